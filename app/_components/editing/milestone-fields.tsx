'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { MILESTONE_STATUSES, MILESTONE_TYPES } from '@/lib/domain/vocabulary';
import { Field, SelectField, options } from '../form/fields';
import { toNumberOrNull } from '../form/use-fields';
import { ContingentOptions, SiteOptions } from './record-options';

type Name = 'type' | 'date' | 'status' | 'siteId' | 'contingentId' | 'figure' | 'title';

/**
 * A milestone's changeable fields but its notes and source, as the milestone form and the
 * review queue's corrections both show them: `field` is the form's (useFields).
 */
export function MilestoneFields({ field }: { field: (name: Name, options?: { setValueAs: (value: unknown) => unknown }) => UseFormRegisterReturn & { error?: string } }) {
  const t = useTranslations('editing');
  const tc = useTranslations('common');
  return (
    <>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <SelectField label={t('fields.type')} {...field('type')}>
          {options(MILESTONE_TYPES, (type) => type, (type) => tc(`milestoneType.${type}`))}
        </SelectField>
        <Field label={t('fields.date')} type="date" {...field('date')} />
        <SelectField label={t('fields.status')} {...field('status')}>
          {options(MILESTONE_STATUSES, (status) => status, (status) => tc(`milestoneStatus.${status}`))}
        </SelectField>
        <SelectField label={t('fields.site')} {...field('siteId', { setValueAs: toNumberOrNull })}>
          <option value="">{t('none')}</option>
          <SiteOptions />
        </SelectField>
        <SelectField label={t('fields.contingent')} {...field('contingentId', { setValueAs: toNumberOrNull })}>
          <option value="">{t('none')}</option>
          <ContingentOptions />
        </SelectField>
        <Field label={t('fields.figure')} type="number" min={0} inputMode="numeric" {...field('figure', { setValueAs: toNumberOrNull })} />
      </div>
      <Field label={t('fields.title')} {...field('title')} />
    </>
  );
}
