'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { proposalAcceptBody } from '@/lib/api/bodies';
import type { ProposalSpan, ProposalView } from '@/lib/data/proposals';
import { MILESTONE_STATUSES, MILESTONE_TYPES } from '@/lib/domain/vocabulary';
import { formatDay } from '@/lib/format/dates';
import { ApiError, describeError, queries, sendJson } from '@/app/_data/queries';
import { useAppScope } from '@/app/_components/providers';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { FieldError } from '@/app/_components/field-error';
import { fieldClass, inputClass, toNumberOrNull } from '@/app/_components/editing/form-fields';
import { useMission } from '@/app/_components/use-mission';

const SPAN_STYLE: Record<ProposalSpan['kind'], string> = {
  site: 'bg-sky-100 decoration-sky-800',
  contingent: 'bg-violet-100 decoration-violet-800',
  date: 'bg-amber-100 decoration-amber-800',
  type: 'bg-emerald-100 decoration-emerald-800',
};

/** The sentence with what was detected marked, each mark also named in words. */
function HighlightedSentence({ sentence, spans }: { sentence: string; spans: ProposalSpan[] }) {
  const t = useTranslations('editing.review.span');
  const ordered = [...spans].filter((s) => s.start >= 0 && s.end <= sentence.length && s.start < s.end).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    parts.push(sentence.slice(at, span.start));
    parts.push(
      <mark key={`${span.kind}-${span.start}`} className={`rounded px-0.5 underline decoration-2 ${SPAN_STYLE[span.kind]}`}>
        {sentence.slice(span.start, span.end)}
        <span className="text-xs font-semibold"> [{t(span.kind)}]</span>
      </mark>,
    );
    at = span.end;
  }
  parts.push(sentence.slice(at));
  return <blockquote className="border-l-2 border-slate-300 pl-2">{parts}</blockquote>;
}

export function ReviewQueue() {
  const t = useTranslations('editing.review');
  const online = useOnline();
  const mission = useMission();
  const queryClient = useQueryClient();
  const query = useQuery(queries.pendingProposals(mission));
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');

  const done = async (text: string) => {
    setMessage(text);
    setProblem('');
    // Accepting makes milestones: statuses, counts and lists all change.
    await queryClient.invalidateQueries();
  };
  const fail = (error: unknown) => setProblem(describeError(error));

  const proposals = query.data?.data ?? [];
  return (
    <section aria-labelledby="queue-heading" className="space-y-3">
      <h2 id="queue-heading" className="text-xl font-semibold">
        {t('queueHeading')}
      </h2>
      <p className="text-sm text-slate-700">{t('queueIntro')}</p>
      <NeedsConnection online={online} />
      <p role="status" className="text-sm text-green-900">
        {message}
      </p>
      {problem && (
        <p role="alert" className="text-sm text-red-900">
          {problem}
        </p>
      )}
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <>
          <LoadingNote />
          <Skeleton className="h-40" />
        </>
      ) : proposals.length === 0 ? (
        <p>{t('queueEmpty')}</p>
      ) : (
        <>
          <button
            type="button"
            disabled={selected.size === 0 || !online}
            onClick={async () => {
              try {
                const result = await sendJson<{ accepted: unknown[]; refused: { id: number; error: { message: string } }[] }>('POST', '/api/v1/proposals/accept', { ids: [...selected] });
                setSelected(new Set());
                await done(t('acceptedMany', { count: result.accepted.length }));
                if (result.refused.length) setProblem(result.refused.map((r) => `#${r.id}: ${r.error.message}`).join(' '));
              } catch (error) {
                fail(error);
              }
            }}
            className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white disabled:opacity-50"
          >
            {t('acceptSelected', { count: selected.size })}
          </button>
          <ol className="space-y-4">
            {proposals.map((p) => (
              <li key={p.id}>
                <ProposalCard
                  proposal={p}
                  selected={selected.has(p.id)}
                  onSelect={(on) => {
                    const next = new Set(selected);
                    if (on) next.add(p.id);
                    else next.delete(p.id);
                    setSelected(next);
                  }}
                  onDone={done}
                  onFail={fail}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

type Corrections = z.input<typeof proposalAcceptBody>;
type ParsedCorrections = z.output<typeof proposalAcceptBody>;

function ProposalCard({
  proposal: p,
  selected,
  onSelect,
  onDone,
  onFail,
}: {
  proposal: ProposalView;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onDone: (message: string) => Promise<void>;
  onFail: (error: unknown) => void;
}) {
  const t = useTranslations('editing.review');
  const te = useTranslations('editing');
  const tc = useTranslations('common');
  const online = useOnline();
  const locale = useLocale();
  const format = useFormatter();
  const mission = useMission();
  const { today } = useAppScope();
  const [correcting, setCorrecting] = useState(false);
  const sites = useQuery(queries.sites(mission, today));
  const contingents = useQuery(queries.contingents(mission, today));
  const siteName = p.siteId === null ? t('noSite') : (sites.data?.data.find((s) => s.id === p.siteId)?.name ?? `#${p.siteId}`);
  const headingId = `proposal-${p.id}`;

  const form = useForm<Corrections, unknown, ParsedCorrections>({
    resolver: zodResolver(proposalAcceptBody),
    defaultValues: { type: p.type, date: p.date ?? '', siteId: p.siteId, contingentId: p.contingentId, figure: p.figure, title: p.title, status: p.milestoneStatus },
  });
  const errors = form.formState.errors;

  const accept = async (body: ParsedCorrections) => {
    try {
      await sendJson('POST', `/api/v1/proposals/${p.id}/accept`, body);
      await onDone(t('accepted', { title: body.title ?? p.title }));
    } catch (error) {
      if (error instanceof ApiError) {
        for (const [field, messages] of Object.entries(error.fields)) form.setError(field as keyof Corrections, { message: messages.join(' ') });
        if (Object.keys(error.fields).length) setCorrecting(true);
      }
      onFail(error);
    }
  };

  const input = inputClass;
  const field = fieldClass;
  return (
    <article aria-labelledby={headingId} className="space-y-2 rounded border border-slate-300 p-3">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
          aria-label={t('select', { title: p.title })}
          className="mt-1 h-5 w-5"
        />
        <div className="min-w-0 space-y-1">
          <h3 id={headingId} className="font-semibold">
            {p.title}
          </h3>
          <p className="text-sm text-slate-700">{t('from', { day: formatDay(p.releaseDate, locale) })}</p>
          <HighlightedSentence sentence={p.sentence} spans={p.spans} />
          <p className="text-sm">
            {t('detected')}: {tc(`milestoneType.${p.type}`)} · {p.date ? formatDay(p.date, locale) : t('noDate')} · {siteName}
            {p.figure !== null && <> · {format.number(p.figure)}</>} · {tc(`milestoneStatus.${p.milestoneStatus}`)} ·{' '}
            {t('confidence', { value: p.confidence })}
          </p>
        </div>
      </div>
      {correcting && (!sites.data || !contingents.data) ? (
        <Skeleton className="h-64" />
      ) : correcting ? (
        <form onSubmit={form.handleSubmit(accept)} noValidate className="space-y-3 rounded bg-slate-50 p-2">
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            <label className={field}>
              {te('fields.type')}
              <select className={input} {...form.register('type')}>
                {MILESTONE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {tc(`milestoneType.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className={field}>
              {te('fields.date')}
              <input type="date" className={input} aria-invalid={!!errors.date} aria-describedby={errors.date ? `p${p.id}-date-error` : undefined} {...form.register('date')} />
              <FieldError id={`p${p.id}-date-error`} message={errors.date?.message} />
            </label>
            <label className={field}>
              {te('fields.status')}
              <select className={input} {...form.register('status')}>
                {MILESTONE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tc(`milestoneStatus.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className={field}>
              {te('fields.site')}
              <select className={input} aria-invalid={!!errors.siteId} aria-describedby={errors.siteId ? `p${p.id}-site-error` : undefined} {...form.register('siteId', { setValueAs: toNumberOrNull })}>
                <option value="">{te('none')}</option>
                {(sites.data?.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <FieldError id={`p${p.id}-site-error`} message={errors.siteId?.message} />
            </label>
            <label className={field}>
              {te('fields.contingent')}
              <select className={input} {...form.register('contingentId', { setValueAs: toNumberOrNull })}>
                <option value="">{te('none')}</option>
                {(contingents.data?.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.country})
                  </option>
                ))}
              </select>
            </label>
            <label className={field}>
              {te('fields.figure')}
              <input type="number" min={0} className={input} aria-invalid={!!errors.figure} aria-describedby={errors.figure ? `p${p.id}-figure-error` : undefined} {...form.register('figure', { setValueAs: toNumberOrNull })} />
              <FieldError id={`p${p.id}-figure-error`} message={errors.figure?.message} />
            </label>
          </div>
          <label className={field}>
            {te('fields.title')}
            <input type="text" className={input} aria-invalid={!!errors.title} aria-describedby={errors.title ? `p${p.id}-title-error` : undefined} {...form.register('title')} />
            <FieldError id={`p${p.id}-title-error`} message={errors.title?.message} />
          </label>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={!online} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white disabled:opacity-60">
              {t('accept')}
            </button>
            <button type="button" onClick={() => setCorrecting(false)} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
              {te('close')}
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" aria-label={t('acceptNamed', { title: p.title })} onClick={() => accept({})} disabled={!online} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white disabled:opacity-60">
            {t('accept')}
          </button>
          <button type="button" aria-label={t('correctNamed', { title: p.title })} onClick={() => setCorrecting(true)} className="min-h-10 rounded border border-slate-600 px-3 text-sm">
            {t('correct')}
          </button>
          <button
            type="button"
            aria-label={t('rejectNamed', { title: p.title })}
            disabled={!online}
            onClick={async () => {
              try {
                await sendJson('POST', `/api/v1/proposals/${p.id}/reject`, {});
                await onDone(t('rejected', { title: p.title }));
              } catch (error) {
                onFail(error);
              }
            }}
            className="min-h-10 rounded border border-red-700 px-3 text-sm text-red-800"
          >
            {t('reject')}
          </button>
        </div>
      )}
    </article>
  );
}
