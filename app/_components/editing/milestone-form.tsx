'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import { milestoneCreateBody } from '@/lib/api/bodies';
import type { MilestoneView } from '@/lib/data/milestones';
import { formatDay } from '@/lib/format/dates';
import { queries } from '@/app/_data/queries';
import { useSaveMilestone, type MilestoneWrite } from '@/app/_data/milestone-outbox';
import { useAppScope } from '../providers';
import { Field, FormProblem, SelectField, TextareaField } from '../form/fields';
import { errorAt, useFields } from '../form/use-fields';
import { useWriteProblem } from '../form/api-error';
import { QueryError, Skeleton } from '../query-state';
import { ConflictPanel } from './conflict-panel';
import { MilestoneFields } from './milestone-fields';
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
  const locale = useLocale();
  const queryClient = useQueryClient();
  const mission = useMission();
  const { today, viewer } = useAppScope();
  const saveMilestone = useSaveMilestone(viewer?.email ?? '');
  const [version, setVersion] = useState(mode.kind === 'edit' ? mode.milestone.version : 0);
  const initial: Values =
    mode.kind === 'edit'
      ? valuesOf(mode.milestone)
      : { type: 'withdrawal_started', date: today, status: 'achieved', siteId: mode.siteId ?? null, contingentId: null, title: '', notes: null, figure: null, source: { releaseId: 0 } };
  const [sourceKind, setSourceKind] = useState<'release' | 'url'>(initial.source && 'url' in initial.source ? 'url' : 'release');
  const [releaseSearch, setReleaseSearch] = useState('');

  const form = useForm<Values, unknown, Parsed>({ resolver: zodResolver(milestoneCreateBody), defaultValues: initial, shouldUnregister: true });
  const field = useFields(form);
  const { problem, setProblem, conflict, setConflict, fail } = useWriteProblem<Values, MilestoneView, { values: Parsed; changed: (keyof Parsed)[] }>(form.setError);
  const {
    handleSubmit,
    reset,
    formState: { isSubmitting, dirtyFields },
  } = form;

  const releases = useQuery(queries.releases(mission, today, releaseSearch.trim()));

  /**
   * An edit sends only the fields this editor changed, so that when another editor saved
   * other fields meanwhile, "save mine over theirs" keeps their changes and adds these.
   */
  async function save(values: Parsed, atVersion: number, changed: (keyof Parsed)[]) {
    setProblem('');
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
      fail(error, { values, changed });
    }
  }

  if (conflict) {
    return (
      <ConflictPanel
        theirs={conflict.theirs}
        mine={conflict.mine.values}
        onKeepTheirs={async () => {
          await queryClient.invalidateQueries();
          onDone('');
        }}
        onSaveMine={async () => {
          const { mine, theirs } = conflict;
          setConflict(null);
          setVersion(theirs.version);
          await save(mine.values, theirs.version, mine.changed);
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

  // Not through `field`: that registers the name, and a registered `source.releaseId` would be sent with a URL.
  const errorOf = (name: string) => errorAt(form.formState.errors, name);
  const sourceError = errorOf('source.releaseId') ?? errorOf('source');

  return (
    <form onSubmit={handleSubmit((values) => save(values, version, (Object.keys(dirtyFields) as (keyof Parsed)[]).filter((key) => key in values)))} noValidate className="space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
      <FormProblem message={problem} />
      <MilestoneFields field={field} />
      <TextareaField label={t('fields.notes')} rows={2} {...field('notes', { setValueAs: (v) => (v === '' ? null : v) })} />
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
            <Field label={t('fields.releaseSearch')} type="search" value={releaseSearch} onChange={(e) => setReleaseSearch(e.currentTarget.value)} />
            <SelectField label={t('fields.release')} {...field('source.releaseId' as 'source', { setValueAs: (v) => Number(v) || 0 })} error={sourceError && t('releaseRequired')}>
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
            </SelectField>
          </div>
        ) : (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field label={t('fields.url')} type="url" {...field('source.url' as 'source')} error={errorOf('source.url') ?? errorOf('source')} />
            <Field label={t('fields.publisher')} {...field('source.publisher' as 'source')} />
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
