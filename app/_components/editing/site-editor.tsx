'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Controller, useForm, type FieldPath, type FieldValues, type Resolver, type UseFormSetError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { siteUpdateBody } from '@/lib/api/bodies';
import type { SiteView } from '@/lib/domain/views';
import type { SiteRecord } from '@/lib/data/site-writes';
import { ApiError, queries, sendJson } from '@/app/_data/queries';
import { useCanEdit } from '../providers';
import { FieldError } from '../field-error';
import { RecordConflictPanel, type ConflictRow } from './conflict-panel';
import { fieldClass, inputClass } from './form-fields';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** The form's values are the API's body: one zod schema checks both (lib/api/bodies.ts). */
type Values = z.input<typeof siteUpdateBody>;
type Parsed = z.output<typeof siteUpdateBody>;

const toNumber = (v: unknown) => (v === '' || v === null || v === undefined ? Number.NaN : Number(v));
const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

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

/** Puts the API's field errors (`{ "aliases": ["..."] }`) beside the fields they name. */
export function showFieldErrors<V extends FieldValues>(error: unknown, setError: UseFormSetError<V>): boolean {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return false;
  for (const [field, messages] of Object.entries(error.fields)) setError(field as FieldPath<V>, { message: messages.join(' ') });
  return true;
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
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [conflict, setConflict] = useState<{ theirs: SiteRecord; mine: Parsed } | null>(null);
  const missionQuery = useQuery({ ...queries.mission(mission), enabled: canEdit && open });
  const form = useForm<Values, unknown, Parsed>({ resolver, defaultValues: valuesOf(site) });
  const {
    register,
    control,
    handleSubmit,
    setError,
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
      await sendJson('PATCH', `/api/v1/sites/${site.id}`, values);
      // Every screen shows sites: refetch them all.
      await queryClient.invalidateQueries();
      setOpen(false);
      setMessage(tf('saved'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.current) setConflict({ theirs: error.current as SiteRecord, mine: values });
      else if (showFieldErrors(error, setError)) setProblem(tf('invalid'));
      else setProblem(tf('failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  async function remove() {
    setProblem('');
    setMessage('');
    if (!window.confirm(t('confirmDelete', { name: site.name }))) return;
    try {
      await sendJson('DELETE', `/api/v1/sites/${site.id}?version=${site.version}`);
      await queryClient.invalidateQueries();
      router.push(missionHref('/sites'));
    } catch (error) {
      setProblem(t('deleteRefused', { name: site.name, reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  const phases = missionQuery.data?.phases ?? [];
  const err = (name: keyof Values) => errors[name]?.message;
  const describedBy = (name: keyof Values) => (err(name) ? `site-${name}-error` : undefined);

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
      <p role="status" className="text-sm text-green-900">
        {message}
      </p>
      {problem && (
        <p role="alert" className="text-sm text-red-900">
          {problem}
        </p>
      )}
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
            <label className={fieldClass}>
              {t('fields.name')}
              <input type="text" className={inputClass} aria-invalid={!!err('name')} aria-describedby={describedBy('name')} {...register('name')} />
              <FieldError id="site-name-error" message={err('name')} />
            </label>
            <label className={fieldClass}>
              {t('fields.aliases')}
              <Controller
                control={control}
                name="aliases"
                render={({ field }) => (
                  <textarea
                    rows={3}
                    className={`${inputClass} py-1`}
                    aria-invalid={!!err('aliases')}
                    aria-describedby={`site-aliases-hint${err('aliases') ? ' site-aliases-error' : ''}`}
                    name={field.name}
                    ref={field.ref}
                    onBlur={field.onBlur}
                    value={(field.value ?? []).join('\n')}
                    onChange={(e) => field.onChange(e.currentTarget.value.split('\n'))}
                  />
                )}
              />
              <span id="site-aliases-hint" className="mt-1 text-xs font-normal text-slate-700">
                {t('fields.aliasesHint')}
              </span>
              <FieldError id="site-aliases-error" message={err('aliases') ?? errors.aliases?.root?.message} />
            </label>
            <label className={fieldClass}>
              {t('fields.kind')}
              <input type="text" className={inputClass} aria-invalid={!!err('kind')} aria-describedby={describedBy('kind')} {...register('kind')} />
              <FieldError id="site-kind-error" message={err('kind')} />
            </label>
            <label className={fieldClass}>
              {t('fields.region')}
              <input type="text" className={inputClass} aria-invalid={!!err('region')} aria-describedby={describedBy('region')} {...register('region')} />
              <FieldError id="site-region-error" message={err('region')} />
            </label>
            <label className={fieldClass}>
              {t('fields.lat')}
              <input type="number" step="any" min={-90} max={90} inputMode="decimal" className={inputClass} aria-invalid={!!err('lat')} aria-describedby={describedBy('lat')} {...register('lat', { setValueAs: toNumber })} />
              <FieldError id="site-lat-error" message={err('lat')} />
            </label>
            <label className={fieldClass}>
              {t('fields.lon')}
              <input type="number" step="any" min={-180} max={180} inputMode="decimal" className={inputClass} aria-invalid={!!err('lon')} aria-describedby={describedBy('lon')} {...register('lon', { setValueAs: toNumber })} />
              <FieldError id="site-lon-error" message={err('lon')} />
            </label>
            <label className={fieldClass}>
              {t('fields.phase')}
              <select className={inputClass} aria-invalid={!!err('phase')} aria-describedby={describedBy('phase')} {...register('phase', { setValueAs: emptyToNull })}>
                <option value="">{t('noPhase')}</option>
                {/* The stored phase stays choosable while the mission's phases load. */}
                {site.phase && !phases.some((p) => p.code === site.phase) && <option value={site.phase}>{site.phaseName ?? site.phase}</option>}
                {phases.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
              <FieldError id="site-phase-error" message={err('phase')} />
            </label>
            <label className={fieldClass}>
              {t('fields.plannedHandover')}
              <input
                type="date"
                className={inputClass}
                aria-invalid={!!err('plannedHandover')}
                aria-describedby={`site-plannedHandover-hint${err('plannedHandover') ? ' site-plannedHandover-error' : ''}`}
                {...register('plannedHandover', { setValueAs: emptyToNull })}
              />
              <span id="site-plannedHandover-hint" className="mt-1 text-xs font-normal text-slate-700">
                {t('fields.plannedHandoverHint')}
              </span>
              <FieldError id="site-plannedHandover-error" message={err('plannedHandover')} />
            </label>
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
