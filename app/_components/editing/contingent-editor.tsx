'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { contingentCreateBody } from '@/lib/api/bodies';
import type { ContingentView } from '@/lib/domain/views';
import type { ContingentRecord } from '@/lib/data/contingent-writes';
import { queries } from '@/app/_data/queries';
import { useDeleteContingent, useSaveContingent } from '@/app/_data/mutations';
import { useAppScope, useCanEdit } from '../providers';
import { Field, FormProblem, FormStatus, SelectField } from '../form/fields';
import { FieldList, FieldListItem } from '../form/field-list';
import { SiteOptions } from './record-options';
import { emptyToNull, errorAt, toNumberOrNull, useFields } from '../form/use-fields';
import { useWriteProblem } from '../form/api-error';
import { RecordConflictPanel, type ConflictRow } from './conflict-panel';
import { useMission } from '@/app/_components/use-mission';

/** The form's values are the API's body: one zod schema checks both (lib/api/bodies.ts). */
type Values = z.input<typeof contingentCreateBody>;
type Parsed = z.output<typeof contingentCreateBody>;

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
  const deleteContingent = useDeleteContingent();
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
      await deleteContingent.mutateAsync({ id: contingent.id });
      setMessage(t('deleted', { name: contingent.name }));
    } catch (error) {
      setProblem(t('deleteRefused', { name: contingent.name, reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <div className="space-y-2">
      <FormStatus message={message} />
      <FormProblem message={problem} />
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
  const stored = useQuery(queries.contingentRecord(id));
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
  const saveContingent = useSaveContingent();
  const [version, setVersion] = useState(record?.version ?? 0);
  const form = useForm<Values, unknown, Parsed>({ resolver: zodResolver(contingentCreateBody), defaultValues: initial });
  const field = useFields(form);
  const { problem, setProblem, conflict, setConflict, fail } = useWriteProblem<Values, ContingentRecord, Parsed>(form.setError);
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const deployments = useFieldArray({ control, name: 'deployments' });
  const siteName = (siteId: number) => sites.data?.data.find((s) => s.id === siteId)?.name ?? `#${siteId}`;

  async function save(values: Parsed, atVersion: number) {
    setProblem('');
    try {
      await saveContingent.mutateAsync({ id: record?.id, version: atVersion, mission, values });
      onDone(tf('saved'));
    } catch (error) {
      fail(error, values);
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

  const text = (name: 'name' | 'country' | 'countryIso' | 'unitKind') => <Field label={t(`fields.${name}`)} {...field(name)} />;

  return (
    <form onSubmit={handleSubmit((values) => save(values, version))} noValidate className="space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
      <h3 className="font-semibold">{record ? t('heading', { name: record.name }) : t('headingNew')}</h3>
      <FormProblem message={problem} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {text('name')}
        {text('country')}
        {text('countryIso')}
        {text('unitKind')}
        <Field label={t('fields.strength')} type="number" min={0} inputMode="numeric" {...field('strength', { setValueAs: toNumberOrNull })} />
      </div>
      <FieldList
        legend={t('fields.deployments')}
        empty={t('noDeployment')}
        error={errorAt(errors, 'deployments')}
        addLabel={t('addDeployment')}
        onAdd={() => deployments.append({ siteId: 0, startDate: null, endDate: null, strength: null })}
      >
        {deployments.fields.map((item, index) => (
          <FieldListItem key={item.id} legend={t('deploymentLabel', { number: index + 1 })} removeLabel={t('removeDeployment', { number: index + 1 })} onRemove={() => deployments.remove(index)}>
            <SelectField label={t('fields.site')} {...field(`deployments.${index}.siteId`, { setValueAs: (v) => Number(v) || 0 })}>
              <option value="0">{t('chooseSite')}</option>
              <SiteOptions />
            </SelectField>
            <Field label={t('fields.startDate')} type="date" {...field(`deployments.${index}.startDate`, { setValueAs: emptyToNull })} />
            <Field label={t('fields.endDate')} type="date" {...field(`deployments.${index}.endDate`, { setValueAs: emptyToNull })} />
            <Field label={t('fields.deploymentStrength')} type="number" min={0} inputMode="numeric" {...field(`deployments.${index}.strength`, { setValueAs: toNumberOrNull })} />
          </FieldListItem>
        ))}
      </FieldList>
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
