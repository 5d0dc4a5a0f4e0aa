'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { siteUpdateBody } from '@/lib/api/bodies';
import type { SiteView } from '@/lib/domain/views';
import type { SiteRecord } from '@/lib/data/site-writes';
import { queries } from '@/app/_data/queries';
import { useDeleteSite, useUpdateSite } from '@/app/_data/mutations';
import { useCanEdit } from '../providers';
import { Field, FormProblem, FormStatus, SelectField, TextareaField } from '../form/fields';
import { emptyToNull, useFields } from '../form/use-fields';
import { useWriteProblem } from '../form/api-error';
import { RecordConflictPanel, type ConflictRow } from './conflict-panel';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** The form's values are the API's body: one zod schema checks both (lib/api/bodies.ts). */
type Values = z.input<typeof siteUpdateBody>;
type Parsed = z.output<typeof siteUpdateBody>;

const toNumber = (v: unknown) => (v === '' || v === null || v === undefined ? Number.NaN : Number(v));

/** The aliases box keeps blank lines while typing; they are not names, so they are dropped before checking. */
const resolver: Resolver<Values, unknown, Parsed> = (values, context, options) =>
  zodResolver(siteUpdateBody)({ ...values, aliases: (values.aliases ?? []).map((a) => a.trim()).filter(Boolean) }, context, options);

function valuesOf(site: SiteRecord | SiteView): Values {
  // A site view shows the phase's planned end when the site has none of its own: that is not the site's value.
  const own = 'plannedHandoverFrom' in site ? (site.plannedHandoverFrom === 'site' ? site.plannedHandover : null) : site.plannedHandover;
  return {
    version: site.version,
    name: site.name,
    aliases: [...site.aliases],
    kind: site.kind,
    region: site.region,
    lat: site.lat,
    lon: site.lon,
    phase: site.phase,
    plannedHandover: own,
  };
}

/**
 * For editors on a site's page: change its names, kind, region, coordinates, phase and
 * planned handover, or delete it when nothing cites it. Its status is not here: it follows
 * from the milestones.
 */
export function SiteEditor({ site }: { site: SiteView }) {
  const online = useOnline();
  const t = useTranslations('records.site');
  const tf = useTranslations('records.form');
  const canEdit = useCanEdit();
  const router = useRouter();
  const missionHref = useMissionHref();
  const queryClient = useQueryClient();
  const mission = useMission();
  const updateSite = useUpdateSite();
  const deleteSite = useDeleteSite();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const missionQuery = useQuery({ ...queries.mission(mission), enabled: canEdit && open });
  const form = useForm<Values, unknown, Parsed>({ resolver, defaultValues: valuesOf(site) });
  const field = useFields(form);
  const { problem, setProblem, conflict, setConflict, fail } = useWriteProblem<Values, SiteRecord, Parsed>(form.setError);
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  if (!canEdit) return null;

  const openForm = () => {
    reset(valuesOf(site));
    setProblem('');
    setMessage('');
    setOpen(true);
  };

  async function save(values: Parsed) {
    setProblem('');
    try {
      await updateSite.mutateAsync({ id: site.id, changes: values });
      setOpen(false);
      setMessage(tf('saved'));
    } catch (error) {
      fail(error, values);
    }
  }

  async function remove() {
    setProblem('');
    setMessage('');
    if (!window.confirm(t('confirmDelete', { name: site.name }))) return;
    try {
      await deleteSite.mutateAsync({ id: site.id, version: site.version });
      router.push(missionHref('/sites'));
    } catch (error) {
      setProblem(t('deleteRefused', { name: site.name, reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  const phases = missionQuery.data?.phases ?? [];
  const conflictRows = (theirs: SiteRecord, mine: Parsed): ConflictRow[] => {
    const none = tf('none');
    const pick = <T,>(value: T | undefined, fallback: T) => (value === undefined ? fallback : value);
    return [
      { label: t('fields.name'), theirs: theirs.name, mine: pick(mine.name, theirs.name) },
      { label: t('fields.aliases'), theirs: theirs.aliases.join(', '), mine: pick(mine.aliases, theirs.aliases).join(', ') },
      { label: t('fields.kind'), theirs: theirs.kind, mine: pick(mine.kind, theirs.kind) },
      { label: t('fields.region'), theirs: theirs.region, mine: pick(mine.region, theirs.region) },
      { label: t('fields.lat'), theirs: String(theirs.lat), mine: String(pick(mine.lat, theirs.lat)) },
      { label: t('fields.lon'), theirs: String(theirs.lon), mine: String(pick(mine.lon, theirs.lon)) },
      { label: t('fields.phase'), theirs: theirs.phase ?? none, mine: pick(mine.phase, theirs.phase) ?? none },
      { label: t('fields.plannedHandover'), theirs: theirs.plannedHandover ?? none, mine: pick(mine.plannedHandover, theirs.plannedHandover) ?? none },
    ];
  };

  return (
    <section aria-label={t('heading', { name: site.name })} className="space-y-2">
      <FormStatus message={message} />
      <FormProblem message={problem} />
      {conflict ? (
        <RecordConflictPanel
          version={conflict.theirs.version}
          rows={conflictRows(conflict.theirs, conflict.mine)}
          onKeepTheirs={async () => {
            setConflict(null);
            setOpen(false);
            await queryClient.invalidateQueries();
          }}
          onSaveMine={async () => {
            const { mine, theirs } = conflict;
            setConflict(null);
            await save({ ...mine, version: theirs.version });
          }}
          onEditAgain={() => {
            reset(valuesOf(conflict.theirs));
            setConflict(null);
          }}
        />
      ) : open ? (
        <form onSubmit={handleSubmit(save)} noValidate className="space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
          <h2 className="font-semibold">{t('heading', { name: site.name })}</h2>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field label={t('fields.name')} {...field('name')} />
            <Controller
              control={control}
              name="aliases"
              render={({ field: aliases }) => (
                <TextareaField
                  label={t('fields.aliases')}
                  hint={t('fields.aliasesHint')}
                  error={errors.aliases?.message ?? errors.aliases?.root?.message}
                  rows={3}
                  name={aliases.name}
                  ref={aliases.ref}
                  onBlur={aliases.onBlur}
                  value={(aliases.value ?? []).join('\n')}
                  onChange={(e) => aliases.onChange(e.currentTarget.value.split('\n'))}
                />
              )}
            />
            <Field label={t('fields.kind')} {...field('kind')} />
            <Field label={t('fields.region')} {...field('region')} />
            <Field label={t('fields.lat')} type="number" step="any" min={-90} max={90} inputMode="decimal" {...field('lat', { setValueAs: toNumber })} />
            <Field label={t('fields.lon')} type="number" step="any" min={-180} max={180} inputMode="decimal" {...field('lon', { setValueAs: toNumber })} />
            <SelectField label={t('fields.phase')} {...field('phase', { setValueAs: emptyToNull })}>
              <option value="">{t('noPhase')}</option>
              {/* The stored phase stays choosable while the mission's phases load. */}
              {site.phase && !phases.some((p) => p.code === site.phase) && <option value={site.phase}>{site.phaseName ?? site.phase}</option>}
              {phases.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <Field label={t('fields.plannedHandover')} hint={t('fields.plannedHandoverHint')} type="date" {...field('plannedHandover', { setValueAs: emptyToNull })} />
          </div>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={isSubmitting || !online} className="min-h-10 rounded bg-slate-800 px-4 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
              {isSubmitting ? tf('saving') : tf('save')}
            </button>
            <NeedsConnection online={online} />
            <button type="button" onClick={() => setOpen(false)} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
              {tf('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={openForm} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white">
            {t('edit')}
          </button>
          <button type="button" onClick={remove} disabled={!online} className="min-h-10 rounded border border-red-800 px-3 text-sm text-red-900 disabled:opacity-60">
            {t('delete')}
          </button>
          <NeedsConnection online={online} />
        </div>
      )}
    </section>
  );
}
