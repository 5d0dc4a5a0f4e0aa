'use client';

import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { milestoneCreateBody } from '@/lib/api/bodies';
import { MILESTONE_STATUSES, MILESTONE_TYPES } from '@/lib/domain/vocabulary';
import type { MilestoneView } from '@/lib/data/milestones';
import { formatDay } from '@/lib/format/dates';
import { ApiError, queries } from '@/app/_data/queries';
import { useSaveMilestone, type MilestoneWrite } from '@/app/_data/milestone-outbox';
import { useAppScope } from '../providers';
import { FieldError } from '../field-error';
import { fieldClass, inputClass, toNumberOrNull } from './form-fields';
import { QueryError, Skeleton } from '../query-state';
import { ConflictPanel } from './conflict-panel';
import { useMission } from '@/app/_components/use-mission';

/** The form's values are the API's body: one zod schema checks both (lib/api/bodies.ts). */
type Values = z.input<typeof milestoneCreateBody>;
type Parsed = z.output<typeof milestoneCreateBody>;


/** A stored milestone as the form's (and the API's) values. */
export function valuesOf(m: MilestoneView): Values {
  return {
    type: m.type,
    date: m.date,
    status: m.status,
    siteId: m.siteId,
    contingentId: m.contingentId,
    title: m.title,
    notes: m.notes,
    figure: m.figure,
    source: m.source && 'releaseId' in m.source ? { releaseId: m.source.releaseId } : m.source ? { url: m.source.url, publisher: m.source.publisher ?? '' } : { releaseId: 0 },
  };
}

export type MilestoneFormMode = { kind: 'create'; siteId?: number | null } | { kind: 'edit'; milestone: MilestoneView };

/**
 * The form needs the mission's sites and contingents before it shows: a select whose option
 * is not there yet would read as "None" and, saved, would drop the milestone's site.
 */
export function MilestoneForm(props: { mode: MilestoneFormMode; onDone: (message: string) => void }) {
  const mission = useMission();
  const { today } = useAppScope();
  const sites = useQuery(queries.sites(mission, today));
  const contingents = useQuery(queries.contingents(mission, today));
  if (sites.error) return <QueryError error={sites.error} retry={() => void sites.refetch()} />;
  if (contingents.error) return <QueryError error={contingents.error} retry={() => void contingents.refetch()} />;
  if (!sites.data || !contingents.data) return <Skeleton className="h-96" />;
  return <MilestoneFormFields {...props} />;
}

/**
 * Creates or edits a milestone. Saving an edit names the version it was read at; when another
 * editor saved first, the API answers 409 with their record and the form shows both, so
 * nothing is lost.
 */
function MilestoneFormFields({ mode, onDone }: { mode: MilestoneFormMode; onDone: (message: string) => void }) {
  const t = useTranslations('editing');
  const tc = useTranslations('common');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const mission = useMission();
  const { today, viewer } = useAppScope();
  const saveMilestone = useSaveMilestone(viewer?.email ?? '');
  const [version, setVersion] = useState(mode.kind === 'edit' ? mode.milestone.version : 0);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ theirs: MilestoneView; mine: Parsed; changed: (keyof Parsed)[] } | null>(null);
  const initial: Values =
    mode.kind === 'edit'
      ? valuesOf(mode.milestone)
      : { type: 'withdrawal_started', date: today, status: 'achieved', siteId: mode.siteId ?? null, contingentId: null, title: '', notes: null, figure: null, source: { releaseId: 0 } };
  const [sourceKind, setSourceKind] = useState<'release' | 'url'>(initial.source && 'url' in initial.source ? 'url' : 'release');
  const [releaseSearch, setReleaseSearch] = useState('');

  const form = useForm<Values, unknown, Parsed>({ resolver: zodResolver(milestoneCreateBody), defaultValues: initial, shouldUnregister: true });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, dirtyFields },
  } = form;

  const sites = useQuery(queries.sites(mission, today));
  const contingents = useQuery(queries.contingents(mission, today));
  const releases = useQuery(queries.releases(mission, today, releaseSearch.trim()));

  /**
   * An edit sends only the fields this editor changed, so that when another editor saved
   * other fields meanwhile, "save mine over theirs" keeps their changes and adds these.
   */
  async function save(values: Parsed, atVersion: number, changed: (keyof Parsed)[]) {
    setProblem(null);
    try {
      if (mode.kind === 'edit' && changed.length === 0) {
        onDone('');
        return;
      }
      const write: MilestoneWrite =
        mode.kind === 'edit'
          ? { kind: 'edit', milestoneId: mode.milestone.id, version: atVersion, values, changed }
          : { kind: 'create', mission, values };
      // Without a connection it is kept on the device and sent when the link returns (decision 0017).
      const result = await saveMilestone.mutateAsync({ write });
      onDone(result.outcome === 'queued' ? t('outbox.queued') : t('saved'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.current) {
        setConflict({ theirs: error.current as MilestoneView, mine: values, changed });
      } else if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        for (const [field, messages] of Object.entries(error.fields)) {
          setError(field as FieldPath<Values>, { message: messages.join(' ') });
        }
        setProblem(t('invalid'));
      } else {
        setProblem(t('failed', { message: error instanceof Error ? error.message : String(error) }));
      }
    }
  }

  if (conflict) {
    return (
      <ConflictPanel
        theirs={conflict.theirs}
        mine={conflict.mine}
        onKeepTheirs={async () => {
          await queryClient.invalidateQueries();
          onDone('');
        }}
        onSaveMine={async () => {
          const { mine, theirs, changed } = conflict;
          setConflict(null);
          setVersion(theirs.version);
          await save(mine, theirs.version, changed);
        }}
        onEditAgain={() => {
          setVersion(conflict.theirs.version);
          reset(valuesOf(conflict.theirs));
          setSourceKind(conflict.theirs.source && 'url' in conflict.theirs.source ? 'url' : 'release');
          setConflict(null);
        }}
      />
    );
  }

  const field = fieldClass;
  const input = inputClass;
  const err = (name: string) => {
    const path = name.split('.');
    let node: unknown = errors;
    for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
    return (node as { message?: string } | undefined)?.message;
  };
  const describedBy = (name: string) => (err(name) ? `${name}-error` : undefined);

  return (
    <form onSubmit={handleSubmit((values) => save(values, version, (Object.keys(dirtyFields) as (keyof Parsed)[]).filter((key) => key in values)))} noValidate className="space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
      {problem && (
        <p role="alert" className="text-sm text-red-900">
          {problem}
        </p>
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <label className={field}>
          {t('fields.type')}
          <select className={input} aria-invalid={!!err('type')} aria-describedby={describedBy('type')} {...register('type')}>
            {MILESTONE_TYPES.map((type) => (
              <option key={type} value={type}>
                {tc(`milestoneType.${type}`)}
              </option>
            ))}
          </select>
          <FieldError id="type-error" message={err('type')} />
        </label>
        <label className={field}>
          {t('fields.date')}
          <input type="date" className={input} aria-invalid={!!err('date')} aria-describedby={describedBy('date')} {...register('date')} />
          <FieldError id="date-error" message={err('date')} />
        </label>
        <label className={field}>
          {t('fields.status')}
          <select className={input} {...register('status')}>
            {MILESTONE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tc(`milestoneStatus.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t('fields.site')}
          <select className={input} aria-invalid={!!err('siteId')} aria-describedby={describedBy('siteId')} {...register('siteId', { setValueAs: toNumberOrNull })}>
            <option value="">{t('none')}</option>
            {(sites.data?.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="siteId-error" message={err('siteId')} />
        </label>
        <label className={field}>
          {t('fields.contingent')}
          <select className={input} aria-invalid={!!err('contingentId')} aria-describedby={describedBy('contingentId')} {...register('contingentId', { setValueAs: toNumberOrNull })}>
            <option value="">{t('none')}</option>
            {(contingents.data?.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.country})
              </option>
            ))}
          </select>
          <FieldError id="contingentId-error" message={err('contingentId')} />
        </label>
        <label className={field}>
          {t('fields.figure')}
          <input type="number" min={0} inputMode="numeric" className={input} aria-invalid={!!err('figure')} aria-describedby={describedBy('figure')} {...register('figure', { setValueAs: toNumberOrNull })} />
          <FieldError id="figure-error" message={err('figure')} />
        </label>
      </div>
      <label className={field}>
        {t('fields.title')}
        <input type="text" className={input} aria-invalid={!!err('title')} aria-describedby={describedBy('title')} {...register('title')} />
        <FieldError id="title-error" message={err('title')} />
      </label>
      <label className={field}>
        {t('fields.notes')}
        <textarea rows={2} className={`${input} py-1`} {...register('notes', { setValueAs: (v) => (v === '' ? null : v) })} />
      </label>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('fields.source')}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="inline-flex min-h-10 items-center gap-2">
            <input type="radio" name="source-kind" checked={sourceKind === 'release'} onChange={() => setSourceKind('release')} />
            {t('fields.sourceRelease')}
          </label>
          <label className="inline-flex min-h-10 items-center gap-2">
            <input type="radio" name="source-kind" checked={sourceKind === 'url'} onChange={() => setSourceKind('url')} />
            {t('fields.sourceUrl')}
          </label>
        </div>
        {sourceKind === 'release' ? (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <label className={field}>
              {t('fields.releaseSearch')}
              <input type="search" className={input} value={releaseSearch} onChange={(e) => setReleaseSearch(e.currentTarget.value)} />
            </label>
            <label className={field}>
              {t('fields.release')}
              <select
                className={input}
                aria-invalid={!!err('source.releaseId') || !!err('source')}
                aria-describedby={err('source.releaseId') || err('source') ? 'source-error' : undefined}
                {...register('source.releaseId' as 'source', { setValueAs: (v) => Number(v) || 0 })}
              >
                <option value="0">{releases.data?.data.length === 0 ? t('noReleaseFound') : t('chooseRelease')}</option>
                {mode.kind === 'edit' && mode.milestone.source && 'releaseId' in mode.milestone.source && (
                  <option value={mode.milestone.source.releaseId}>
                    {formatDay(mode.milestone.source.releaseDate, locale, 'short')}
                    {mode.milestone.source.releaseTitle ? ` · ${mode.milestone.source.releaseTitle}` : ''}
                  </option>
                )}
                {(releases.data?.data ?? [])
                  .filter((r) => !(mode.kind === 'edit' && mode.milestone.source && 'releaseId' in mode.milestone.source && mode.milestone.source.releaseId === r.id))
                  .map((r) => (
                    <option key={r.id} value={r.id}>
                      {formatDay(r.date, locale, 'short')} · {r.title ?? r.body.slice(0, 80)}
                    </option>
                  ))}
              </select>
              <FieldError id="source-error" message={(err('source.releaseId') || err('source')) && t('releaseRequired')} />
            </label>
          </div>
        ) : (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <label className={field}>
              {t('fields.url')}
              <input type="url" className={input} aria-invalid={!!err('source.url')} aria-describedby={describedBy('source.url')} {...register('source.url' as 'source')} />
              <FieldError id="source.url-error" message={err('source.url') ?? err('source')} />
            </label>
            <label className={field}>
              {t('fields.publisher')}
              <input type="text" className={input} aria-invalid={!!err('source.publisher')} aria-describedby={describedBy('source.publisher')} {...register('source.publisher' as 'source')} />
              <FieldError id="source.publisher-error" message={err('source.publisher')} />
            </label>
          </div>
        )}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={isSubmitting} className="min-h-10 rounded bg-slate-800 px-4 text-sm font-medium text-white hover:bg-slate-700">
          {isSubmitting ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={() => onDone('')} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
          {t('close')}
        </button>
      </div>
    </form>
  );
}
