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
import { queries } from '@/app/_data/queries';
import { useSaveMission } from '@/app/_data/mutations';
import { Field, FormProblem, FormStatus } from '@/app/_components/form/fields';
import { FieldList, FieldListItem } from '@/app/_components/form/field-list';
import { emptyToNull, errorAt, toNumberOrNull, useFields } from '@/app/_components/form/use-fields';
import { useWriteProblem } from '@/app/_components/form/api-error';
import { RecordConflictPanel, type ConflictRow } from '@/app/_components/editing/conflict-panel';
import { useMission } from '@/app/_components/use-mission';

/** The form's values are the API's body: one zod schema checks both (lib/api/bodies.ts). */
type Values = z.input<typeof missionCreateBody>;
type Parsed = z.output<typeof missionCreateBody>;

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
  const saveMission = useSaveMission();
  const [version, setVersion] = useState(mission?.version ?? 0);
  const [message, setMessage] = useState('');
  const form = useForm<Values, unknown, Parsed>({ resolver: zodResolver(missionCreateBody), defaultValues: mission ? valuesOf(mission) : blank });
  const field = useFields(form);
  const { problem, setProblem, conflict, setConflict, fail } = useWriteProblem<Values, MissionView, Parsed>(form.setError);
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const phases = useFieldArray({ control, name: 'phases' });

  async function save(values: Parsed, atVersion: number) {
    setProblem('');
    setMessage('');
    try {
      await saveMission.mutateAsync({ code: mission?.code, version: atVersion, values });
      setMessage(mission ? tf('saved') : t('created', { code: values.code }));
      if (!mission) reset(blank);
    } catch (error) {
      fail(error, values);
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
  const input = (name: Simple, type: 'text' | 'date' | 'number', options: { readOnly?: boolean } = {}) => (
    <Field
      label={t(`fields.${name}`)}
      type={type}
      readOnly={options.readOnly}
      {...(type === 'number' && { min: 0, inputMode: 'numeric' as const })}
      {...field(name, type === 'number' ? { setValueAs: toNumberOrNull } : NULLABLE.has(name) ? { setValueAs: emptyToNull } : {})}
    />
  );

  return (
    <form onSubmit={handleSubmit((values) => save(values, version))} noValidate className="space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
      <FormStatus message={message} />
      <FormProblem message={problem} />
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
      <FieldList
        legend={t('fields.phases')}
        empty={t('noPhase')}
        error={errorAt(errors, 'phases')}
        addLabel={t('addPhase')}
        onAdd={() => phases.append({ code: '', name: '', plannedStart: null, plannedEnd: null })}
      >
        {phases.fields.map((item, index) => (
          <FieldListItem key={item.id} legend={t('phaseLabel', { number: index + 1 })} removeLabel={t('removePhase', { number: index + 1 })} onRemove={() => phases.remove(index)}>
            <Field label={t('fields.phaseCode')} {...field(`phases.${index}.code`)} />
            <Field label={t('fields.phaseName')} {...field(`phases.${index}.name`)} />
            <Field label={t('fields.plannedStart')} type="date" {...field(`phases.${index}.plannedStart`, { setValueAs: emptyToNull })} />
            <Field label={t('fields.plannedEnd')} type="date" {...field(`phases.${index}.plannedEnd`, { setValueAs: emptyToNull })} />
          </FieldListItem>
        ))}
      </FieldList>
      <button type="submit" disabled={isSubmitting || !online} className="min-h-10 rounded bg-slate-800 px-4 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {isSubmitting ? tf('saving') : tf('save')}
      </button>
      <NeedsConnection online={online} />
    </form>
  );
}
