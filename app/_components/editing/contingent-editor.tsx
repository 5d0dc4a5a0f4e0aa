'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { contingentCreateBody } from '@/lib/api/bodies';
import type { ContingentView } from '@/lib/domain/views';
import type { ContingentRecord } from '@/lib/data/contingent-writes';
import { ApiError, queries, sendJson } from '@/app/_data/queries';
import { useAppScope, useCanEdit } from '../providers';
import { FieldError } from '../field-error';
import { showFieldErrors } from './site-editor';
import { fieldClass, inputClass, toNumberOrNull } from './form-fields';
import { RecordConflictPanel, type ConflictRow } from './conflict-panel';
import { useMission } from '@/app/_components/use-mission';

/** The form's values are the API's body: one zod schema checks both (lib/api/bodies.ts). */
type Values = z.input<typeof contingentCreateBody>;
type Parsed = z.output<typeof contingentCreateBody>;

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

/** The contingent as stored, with the version an edit names (the list view carries none). */
const storedContingent = (id: number) =>
  queryOptions({
    queryKey: ['contingent-record', id] as const,
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/v1/contingents/${id}`, { signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new ApiError(response.status, 'http_error', response.statusText);
      return (await response.json()) as ContingentRecord;
    },
    staleTime: 0,
  });

function valuesOf(c: ContingentRecord): Values {
  return {
    name: c.name,
    country: c.country,
    countryIso: c.countryIso,
    unitKind: c.unitKind,
    strength: c.strength,
    deployments: c.deployments.map((d) => ({ ...d })),
  };
}

const blank: Values = { name: '', country: '', countryIso: '', unitKind: 'unspecified', strength: null, deployments: [] };

/**
 * For editors on the contingents page. Without `contingent`: an "Add a contingent" button
 * and form. With one: edit and delete buttons for it; the form loads the stored record
 * (its deployments and version) when opened, and saves the deployments as a whole.
 */
export function ContingentEditor({ contingent }: { contingent?: ContingentView }) {
  const online = useOnline();
  const t = useTranslations('records.contingent');
  const canEdit = useCanEdit();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  if (!canEdit) return null;

  async function remove() {
    if (!contingent) return;
    setProblem('');
    setMessage('');
    if (!window.confirm(t('confirmDelete', { name: contingent.name }))) return;
    try {
      const stored = await queryClient.fetchQuery(storedContingent(contingent.id));
      await sendJson('DELETE', `/api/v1/contingents/${contingent.id}?version=${stored.version}`);
      setMessage(t('deleted', { name: contingent.name }));
      await queryClient.invalidateQueries();
    } catch (error) {
      setProblem(t('deleteRefused', { name: contingent.name, reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <div className="space-y-2">
      <p role="status" className="text-sm text-green-900">
        {message}
      </p>
      {problem && (
        <p role="alert" className="text-sm text-red-900">
          {problem}
        </p>
      )}
      {open ? (
        contingent ? (
          <StoredContingentForm
            id={contingent.id}
            onDone={(done) => {
              setMessage(done);
              setOpen(false);
            }}
          />
        ) : (
          <ContingentForm
            initial={blank}
            onDone={(done) => {
              setMessage(done);
              setOpen(false);
            }}
          />
        )
      ) : (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={() => {
              setMessage('');
              setProblem('');
              setOpen(true);
            }}
            aria-label={contingent ? t('editNamed', { name: contingent.name }) : undefined}
            className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white"
          >
            {contingent ? t('edit') : t('add')}
          </button>
          {contingent && (
            <button type="button" onClick={remove} disabled={!online} aria-label={t('deleteNamed', { name: contingent.name })} className="min-h-10 rounded border border-red-800 px-3 text-sm text-red-900 disabled:opacity-60">
              {t('delete')}
            </button>
          )}
          {contingent && <NeedsConnection online={online} />}
        </div>
      )}
    </div>
  );
}

function StoredContingentForm({ id, onDone }: { id: number; onDone: (message: string) => void }) {
  const t = useTranslations('records.contingent');
  const stored = useQuery(storedContingent(id));
  if (stored.error) return <p role="alert" className="text-sm text-red-900">{stored.error.message}</p>;
  if (!stored.data) return <p className="text-sm">{t('loading')}</p>;
  return <ContingentForm record={stored.data} initial={valuesOf(stored.data)} onDone={onDone} />;
}

function ContingentForm({ record, initial, onDone }: { record?: ContingentRecord; initial: Values; onDone: (message: string) => void }) {
  const online = useOnline();
  const t = useTranslations('records.contingent');
  const tf = useTranslations('records.form');
  const queryClient = useQueryClient();
  const mission = useMission();
  const { today } = useAppScope();
  const sites = useQuery(queries.sites(mission, today));
  const [version, setVersion] = useState(record?.version ?? 0);
  const [problem, setProblem] = useState('');
  const [conflict, setConflict] = useState<{ theirs: ContingentRecord; mine: Parsed } | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({ resolver: zodResolver(contingentCreateBody), defaultValues: initial });
  const deployments = useFieldArray({ control, name: 'deployments' });
  const siteName = (siteId: number) => sites.data?.data.find((s) => s.id === siteId)?.name ?? `#${siteId}`;

  async function save(values: Parsed, atVersion: number) {
    setProblem('');
    try {
      if (record) await sendJson('PATCH', `/api/v1/contingents/${record.id}`, { ...values, version: atVersion });
      else await sendJson('POST', '/api/v1/contingents', { ...values, mission });
      await queryClient.invalidateQueries();
      onDone(tf('saved'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.current) setConflict({ theirs: error.current as ContingentRecord, mine: values });
      else if (showFieldErrors(error, setError)) setProblem(tf('invalid'));
      else setProblem(tf('failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  if (conflict) {
    const deploymentsText = (list: Parsed['deployments']) =>
      list.map((d) => `${siteName(d.siteId)} ${d.startDate ?? '…'}–${d.endDate ?? '…'}${d.strength === null ? '' : ` (${d.strength})`}`).join('; ') || tf('none');
    const { theirs, mine } = conflict;
    const rows: ConflictRow[] = [
      { label: t('fields.name'), theirs: theirs.name, mine: mine.name },
      { label: t('fields.country'), theirs: theirs.country, mine: mine.country },
      { label: t('fields.countryIso'), theirs: theirs.countryIso, mine: mine.countryIso },
      { label: t('fields.unitKind'), theirs: theirs.unitKind, mine: mine.unitKind },
      { label: t('fields.strength'), theirs: theirs.strength === null ? '' : String(theirs.strength), mine: mine.strength === null ? '' : String(mine.strength) },
      { label: t('fields.deployments'), theirs: deploymentsText(theirs.deployments), mine: deploymentsText(mine.deployments) },
    ];
    return (
      <RecordConflictPanel
        version={theirs.version}
        rows={rows}
        onKeepTheirs={async () => {
          await queryClient.invalidateQueries();
          onDone('');
        }}
        onSaveMine={async () => {
          setConflict(null);
          setVersion(theirs.version);
          await save(mine, theirs.version);
        }}
        onEditAgain={() => {
          setVersion(theirs.version);
          reset(valuesOf(theirs));
          setConflict(null);
        }}
      />
    );
  }

  const err = (name: 'name' | 'country' | 'countryIso' | 'unitKind' | 'strength') => errors[name]?.message;
  const describedBy = (name: Parameters<typeof err>[0]) => (err(name) ? `contingent-${name}-error` : undefined);
  const text = (name: 'name' | 'country' | 'countryIso' | 'unitKind') => (
    <label className={fieldClass}>
      {t(`fields.${name}`)}
      <input type="text" className={inputClass} aria-invalid={!!err(name)} aria-describedby={describedBy(name)} {...register(name)} />
      <FieldError id={`contingent-${name}-error`} message={err(name)} />
    </label>
  );

  return (
    <form onSubmit={handleSubmit((values) => save(values, version))} noValidate className="space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
      <h3 className="font-semibold">{record ? t('heading', { name: record.name }) : t('headingNew')}</h3>
      {problem && (
        <p role="alert" className="text-sm text-red-900">
          {problem}
        </p>
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {text('name')}
        {text('country')}
        {text('countryIso')}
        {text('unitKind')}
        <label className={fieldClass}>
          {t('fields.strength')}
          <input type="number" min={0} inputMode="numeric" className={inputClass} aria-invalid={!!err('strength')} aria-describedby={describedBy('strength')} {...register('strength', { setValueAs: toNumberOrNull })} />
          <FieldError id="contingent-strength-error" message={err('strength')} />
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('fields.deployments')}</legend>
        {deployments.fields.length === 0 && <p className="text-sm text-slate-700">{t('noDeployment')}</p>}
        {deployments.fields.map((item, index) => {
          const e = errors.deployments?.[index];
          const id = (name: string) => `deployment-${index}-${name}-error`;
          return (
            <fieldset key={item.id} className="grid grid-cols-1 gap-2 rounded border border-slate-300 p-2 sm:grid-cols-5">
              <legend className="px-1 text-xs font-medium">{t('deploymentLabel', { number: index + 1 })}</legend>
              <label className={fieldClass}>
                {t('fields.site')}
                <select className={inputClass} aria-invalid={!!e?.siteId} aria-describedby={e?.siteId ? id('siteId') : undefined} {...register(`deployments.${index}.siteId`, { setValueAs: (v) => Number(v) || 0 })}>
                  <option value="0">{t('chooseSite')}</option>
                  {(sites.data?.data ?? []).map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
                <FieldError id={id('siteId')} message={e?.siteId?.message} />
              </label>
              <label className={fieldClass}>
                {t('fields.startDate')}
                <input type="date" className={inputClass} aria-invalid={!!e?.startDate} aria-describedby={e?.startDate ? id('startDate') : undefined} {...register(`deployments.${index}.startDate`, { setValueAs: emptyToNull })} />
                <FieldError id={id('startDate')} message={e?.startDate?.message} />
              </label>
              <label className={fieldClass}>
                {t('fields.endDate')}
                <input type="date" className={inputClass} aria-invalid={!!e?.endDate} aria-describedby={e?.endDate ? id('endDate') : undefined} {...register(`deployments.${index}.endDate`, { setValueAs: emptyToNull })} />
                <FieldError id={id('endDate')} message={e?.endDate?.message} />
              </label>
              <label className={fieldClass}>
                {t('fields.deploymentStrength')}
                <input type="number" min={0} inputMode="numeric" className={inputClass} aria-invalid={!!e?.strength} aria-describedby={e?.strength ? id('strength') : undefined} {...register(`deployments.${index}.strength`, { setValueAs: toNumberOrNull })} />
                <FieldError id={id('strength')} message={e?.strength?.message} />
              </label>
              <div className="flex items-end">
                <button type="button" onClick={() => deployments.remove(index)} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
                  {t('removeDeployment', { number: index + 1 })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <FieldError id="contingent-deployments-error" message={errors.deployments?.message ?? errors.deployments?.root?.message} />
        <button type="button" onClick={() => deployments.append({ siteId: 0, startDate: null, endDate: null, strength: null })} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
          {t('addDeployment')}
        </button>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={isSubmitting || !online} className="min-h-10 rounded bg-slate-800 px-4 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          {isSubmitting ? tf('saving') : tf('save')}
        </button>
        <NeedsConnection online={online} />
        <button type="button" onClick={() => onDone('')} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
          {tf('cancel')}
        </button>
      </div>
    </form>
  );
}
