'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { missionCreateBody } from '@/lib/api/bodies';
import type { MissionView } from '@/lib/domain/snapshot';
import { ApiError, queries, sendJson } from '@/app/_data/queries';
import { FieldError } from '@/app/_components/field-error';
import { showFieldErrors } from '@/app/_components/editing/site-editor';
import { fieldClass, inputClass, toNumberOrNull } from '@/app/_components/editing/form-fields';
import { RecordConflictPanel, type ConflictRow } from '@/app/_components/editing/conflict-panel';
import { useMission } from '@/app/_components/use-mission';

/** The form's values are the API's body: one zod schema checks both (lib/api/bodies.ts). */
type Values = z.input<typeof missionCreateBody>;
type Parsed = z.output<typeof missionCreateBody>;

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

function valuesOf(m: MissionView): Values {
  return {
    code: m.code,
    name: m.name,
    hostCountry: m.hostCountry,
    hostCountryIsoNumeric: m.hostCountryIsoNumeric,
    deployedSince: m.deployedSince,
    mandateEnd: m.mandateEnd,
    drawdownStart: m.drawdownStart,
    withdrawalDeadline: m.withdrawalDeadline,
    liquidationStart: m.liquidationStart,
    personnelInScope: m.personnelInScope,
    phases: m.phases.map((p) => ({ ...p })),
  };
}

/** Fields an admin may leave empty: stored as null, not as an empty string. */
const NULLABLE = new Set<keyof Values>(['hostCountryIsoNumeric', 'deployedSince', 'mandateEnd', 'drawdownStart', 'liquidationStart']);

const blank: Values = {
  code: '',
  name: '',
  hostCountry: '',
  hostCountryIsoNumeric: null,
  deployedSince: null,
  mandateEnd: null,
  drawdownStart: null,
  withdrawalDeadline: '',
  liquidationStart: null,
  personnelInScope: null,
  phases: [],
};

/** Admins: the mission shown, to edit, and a form to create another one. */
export function MissionEditor() {
  const t = useTranslations('records.mission');
  const mission = useMission();
  const current = useQuery(queries.mission(mission));
  return (
    <div className="space-y-8">
      <section aria-labelledby="edit-mission-heading" className="space-y-2">
        <h2 id="edit-mission-heading" className="text-xl font-semibold">
          {t('editHeading', { code: mission })}
        </h2>
        {current.error ? (
          <p role="alert" className="text-sm text-red-900">
            {current.error.message}
          </p>
        ) : current.data ? (
          <MissionForm key={`${current.data.code}:${current.data.version}`} mission={current.data} />
        ) : (
          <p className="text-sm">{t('loading')}</p>
        )}
      </section>
      <section aria-labelledby="create-mission-heading" className="space-y-2">
        <h2 id="create-mission-heading" className="text-xl font-semibold">
          {t('createHeading')}
        </h2>
        <MissionForm />
      </section>
    </div>
  );
}

/** Without `mission`: creates one. With it: changes it at the version read; its code stays. */
function MissionForm({ mission }: { mission?: MissionView }) {
  const online = useOnline();
  const t = useTranslations('records.mission');
  const tf = useTranslations('records.form');
  const queryClient = useQueryClient();
  const prefix = mission ? 'edit' : 'new';
  const [version, setVersion] = useState(mission?.version ?? 0);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [conflict, setConflict] = useState<{ theirs: MissionView; mine: Parsed } | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({ resolver: zodResolver(missionCreateBody), defaultValues: mission ? valuesOf(mission) : blank });
  const phases = useFieldArray({ control, name: 'phases' });

  async function save(values: Parsed, atVersion: number) {
    setProblem('');
    setMessage('');
    try {
      if (mission) {
        const { code: _code, ...fields } = values;
        await sendJson('PATCH', `/api/v1/missions/${encodeURIComponent(mission.code)}`, { ...fields, version: atVersion });
        setMessage(tf('saved'));
      } else {
        await sendJson('POST', '/api/v1/missions', values);
        setMessage(t('created', { code: values.code }));
        reset(blank);
      }
      // The deadline, phases and denominators feed every screen: refetch them all.
      await queryClient.invalidateQueries();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.current) setConflict({ theirs: error.current as MissionView, mine: values });
      else if (showFieldErrors(error, setError)) setProblem(tf('invalid'));
      else setProblem(tf('failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  if (conflict) {
    const { theirs, mine } = conflict;
    const show = (v: string | number | null) => (v === null ? tf('none') : String(v));
    const phaseText = (list: Parsed['phases']) => list.map((p) => `${p.code}: ${p.name} (${p.plannedStart ?? '…'}–${p.plannedEnd ?? '…'})`).join('; ') || tf('none');
    const keys = ['name', 'hostCountry', 'hostCountryIsoNumeric', 'deployedSince', 'mandateEnd', 'drawdownStart', 'withdrawalDeadline', 'liquidationStart', 'personnelInScope'] as const;
    const rows: ConflictRow[] = [
      ...keys.map((key) => ({ label: t(`fields.${key}`), theirs: show(theirs[key]), mine: show(mine[key]) })),
      { label: t('fields.phases'), theirs: phaseText(theirs.phases), mine: phaseText(mine.phases) },
    ];
    return (
      <RecordConflictPanel
        version={theirs.version}
        rows={rows}
        onKeepTheirs={async () => {
          setConflict(null);
          await queryClient.invalidateQueries();
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

  type Simple = Exclude<keyof Values, 'phases'>;
  const err = (name: Simple) => errors[name]?.message;
  const id = (name: string) => `${prefix}-mission-${name}-error`;
  const input = (name: Simple, type: 'text' | 'date' | 'number', options: { readOnly?: boolean } = {}) => (
    <label className={fieldClass}>
      {t(`fields.${name}`)}
      <input
        type={type}
        readOnly={options.readOnly}
        className={`${inputClass} ${options.readOnly ? 'bg-slate-100' : ''}`}
        aria-invalid={!!err(name)}
        aria-describedby={err(name) ? id(name) : undefined}
        {...(type === 'number' && { min: 0, inputMode: 'numeric' as const })}
        {...register(name, type === 'number' ? { setValueAs: toNumberOrNull } : NULLABLE.has(name) ? { setValueAs: emptyToNull } : {})}
      />
      <FieldError id={id(name)} message={err(name)} />
    </label>
  );

  return (
    <form onSubmit={handleSubmit((values) => save(values, version))} noValidate className="space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
      <p role="status" className="text-sm text-green-900">
        {message}
      </p>
      {problem && (
        <p role="alert" className="text-sm text-red-900">
          {problem}
        </p>
      )}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {input('code', 'text', { readOnly: !!mission })}
        {input('name', 'text')}
        {input('hostCountry', 'text')}
        {input('hostCountryIsoNumeric', 'text')}
        {input('deployedSince', 'date')}
        {input('mandateEnd', 'date')}
        {input('drawdownStart', 'date')}
        {input('withdrawalDeadline', 'date')}
        {input('liquidationStart', 'date')}
        {input('personnelInScope', 'number')}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('fields.phases')}</legend>
        {phases.fields.length === 0 && <p className="text-sm text-slate-700">{t('noPhase')}</p>}
        {phases.fields.map((item, index) => {
          const e = errors.phases?.[index];
          const pid = (name: string) => `${prefix}-phase-${index}-${name}-error`;
          return (
            <fieldset key={item.id} className="grid grid-cols-1 gap-2 rounded border border-slate-300 p-2 sm:grid-cols-5">
              <legend className="px-1 text-xs font-medium">{t('phaseLabel', { number: index + 1 })}</legend>
              <label className={fieldClass}>
                {t('fields.phaseCode')}
                <input type="text" className={inputClass} aria-invalid={!!e?.code} aria-describedby={e?.code ? pid('code') : undefined} {...register(`phases.${index}.code`)} />
                <FieldError id={pid('code')} message={e?.code?.message} />
              </label>
              <label className={fieldClass}>
                {t('fields.phaseName')}
                <input type="text" className={inputClass} aria-invalid={!!e?.name} aria-describedby={e?.name ? pid('name') : undefined} {...register(`phases.${index}.name`)} />
                <FieldError id={pid('name')} message={e?.name?.message} />
              </label>
              <label className={fieldClass}>
                {t('fields.plannedStart')}
                <input type="date" className={inputClass} aria-invalid={!!e?.plannedStart} aria-describedby={e?.plannedStart ? pid('plannedStart') : undefined} {...register(`phases.${index}.plannedStart`, { setValueAs: emptyToNull })} />
                <FieldError id={pid('plannedStart')} message={e?.plannedStart?.message} />
              </label>
              <label className={fieldClass}>
                {t('fields.plannedEnd')}
                <input type="date" className={inputClass} aria-invalid={!!e?.plannedEnd} aria-describedby={e?.plannedEnd ? pid('plannedEnd') : undefined} {...register(`phases.${index}.plannedEnd`, { setValueAs: emptyToNull })} />
                <FieldError id={pid('plannedEnd')} message={e?.plannedEnd?.message} />
              </label>
              <div className="flex items-end">
                <button type="button" onClick={() => phases.remove(index)} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
                  {t('removePhase', { number: index + 1 })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <FieldError id={`${prefix}-mission-phases-error`} message={errors.phases?.message ?? errors.phases?.root?.message} />
        <button type="button" onClick={() => phases.append({ code: '', name: '', plannedStart: null, plannedEnd: null })} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
          {t('addPhase')}
        </button>
      </fieldset>
      <button type="submit" disabled={isSubmitting || !online} className="min-h-10 rounded bg-slate-800 px-4 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {isSubmitting ? tf('saving') : tf('save')}
      </button>
      <NeedsConnection online={online} />
    </form>
  );
}
