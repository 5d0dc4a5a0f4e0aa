'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { proposalAcceptBody } from '@/lib/api/bodies';
import type { ProposalSpan, ProposalView } from '@/lib/data/proposals';
import { formatDay } from '@/lib/format/dates';
import { describeError, queries } from '@/app/_data/queries';
import { useAcceptProposal, useAcceptProposals, useRejectProposal } from '@/app/_data/mutations';
import { useAppScope } from '@/app/_components/providers';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { FormProblem, FormStatus } from '@/app/_components/form/fields';
import { useFields } from '@/app/_components/form/use-fields';
import { showFieldErrors } from '@/app/_components/form/api-error';
import { useMission } from '@/app/_components/use-mission';
import { MilestoneFields } from '@/app/_components/editing/milestone-fields';

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
  const query = useQuery(queries.pendingProposals(mission));
  const acceptMany = useAcceptProposals();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');

  const done = (text: string) => {
    setMessage(text);
    setProblem('');
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
      <FormStatus message={message} />
      <FormProblem message={problem} />
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
                const result = await acceptMany.mutateAsync([...selected]);
                setSelected(new Set());
                done(t('acceptedMany', { count: result.accepted.length }));
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
  onDone: (message: string) => void;
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
  const field = useFields(form);
  const acceptProposal = useAcceptProposal();
  const rejectProposal = useRejectProposal();

  /** Runs a decision; a refusal is said above the queue, and field errors open the corrections beside their fields. */
  const decide = async (write: () => Promise<unknown>, message: string) => {
    try {
      await write();
      onDone(message);
    } catch (error) {
      if (showFieldErrors(error, form.setError)) setCorrecting(true);
      onFail(error);
    }
  };
  const accept = (corrections: ParsedCorrections) => decide(() => acceptProposal.mutateAsync({ id: p.id, corrections }), t('accepted', { title: corrections.title ?? p.title }));
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
          <MilestoneFields field={field} />
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
            onClick={() => decide(() => rejectProposal.mutateAsync(p.id), t('rejected', { title: p.title }))}
            className="min-h-10 rounded border border-red-700 px-3 text-sm text-red-800"
          >
            {t('reject')}
          </button>
        </div>
      )}
    </article>
  );
}
