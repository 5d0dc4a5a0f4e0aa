'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { milestoneCreateBody } from '@/lib/api/bodies';
import type { MilestoneView } from '@/lib/data/milestones';
import { formatDay } from '@/lib/format/dates';
import { queries } from '@/app/_data/queries';
import { useAppScope } from '../providers';
import { useMission } from '@/app/_components/use-mission';

type Mine = z.output<typeof milestoneCreateBody>;

/**
 * Shown when a save was refused because another editor saved first: both versions side by
 * side, and the choice of which one stands. The editor's own values are kept until they choose.
 */
export function ConflictPanel({
  theirs,
  mine,
  onKeepTheirs,
  onSaveMine,
  onEditAgain,
}: {
  theirs: MilestoneView;
  mine: Mine;
  onKeepTheirs: () => void;
  onSaveMine: () => void;
  onEditAgain: () => void;
}) {
  const t = useTranslations('editing');
  const tc = useTranslations('common');
  const locale = useLocale();
  const mission = useMission();
  const { today } = useAppScope();
  const sites = useQuery(queries.sites(mission, today));
  const contingents = useQuery(queries.contingents(mission, today));
  const siteName = (id: number | null) => (id === null ? t('none') : (sites.data?.data.find((s) => s.id === id)?.name ?? `#${id}`));
  const contingentName = (id: number | null) => (id === null ? t('none') : (contingents.data?.data.find((c) => c.id === id)?.name ?? `#${id}`));
  const source = (s: MilestoneView['source'] | Mine['source']) =>
    !s ? t('none') : 'releaseId' in s ? `${t('fields.release')} #${s.releaseId}` : `${s.url} (${s.publisher ?? ''})`;

  const rows: ConflictRow[] = [
    { label: t('fields.type'), theirs: tc(`milestoneType.${theirs.type}`), mine: tc(`milestoneType.${mine.type}`) },
    { label: t('fields.date'), theirs: formatDay(theirs.date, locale), mine: formatDay(mine.date, locale) },
    { label: t('fields.status'), theirs: tc(`milestoneStatus.${theirs.status}`), mine: tc(`milestoneStatus.${mine.status}`) },
    { label: t('fields.site'), theirs: siteName(theirs.siteId), mine: siteName(mine.siteId) },
    { label: t('fields.contingent'), theirs: contingentName(theirs.contingentId), mine: contingentName(mine.contingentId) },
    { label: t('fields.title'), theirs: theirs.title, mine: mine.title },
    { label: t('fields.notes'), theirs: theirs.notes ?? '', mine: mine.notes ?? '' },
    { label: t('fields.figure'), theirs: theirs.figure === null ? '' : String(theirs.figure), mine: mine.figure === null ? '' : String(mine.figure) },
    { label: t('fields.source'), theirs: source(theirs.source), mine: source(mine.source) },
  ];

  return (
    <RecordConflictPanel
      messages="editing.conflict"
      version={theirs.version}
      rows={rows}
      onKeepTheirs={onKeepTheirs}
      onSaveMine={onSaveMine}
      onEditAgain={onEditAgain}
    />
  );
}

export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

/**
 * A save refused because someone saved first: the stored values beside the editor's own,
 * and the choice of which stand. The editor's values are kept until they choose.
 */
export function RecordConflictPanel({
  messages = 'records.conflict',
  version,
  rows,
  onKeepTheirs,
  onSaveMine,
  onEditAgain,
}: {
  /** Which words: a milestone's or any other record's. */
  messages?: 'records.conflict' | 'editing.conflict';
  version: number;
  rows: ConflictRow[];
  onKeepTheirs: () => void;
  onSaveMine: () => void;
  onEditAgain: () => void;
}) {
  const t = useTranslations(messages);
  return (
    <section role="alert" aria-labelledby="record-conflict-heading" className="space-y-3 rounded border-2 border-amber-700 bg-amber-50 p-3">
      <h3 id="record-conflict-heading" className="font-semibold">
        {t('title')}
      </h3>
      <p className="text-sm">{t('body', { version })}</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="record-conflict-heading">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="px-2 py-1">{t('field')}</th>
              <th scope="col" className="px-2 py-1">{t('theirs')}</th>
              <th scope="col" className="px-2 py-1">{t('yours')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className={`border-b border-slate-200 ${row.theirs !== row.mine ? 'font-semibold' : ''}`}>
                <th scope="row" className="px-2 py-1">{row.label}</th>
                <td className="px-2 py-1">{row.theirs}</td>
                <td className="px-2 py-1">{row.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeepTheirs} className="min-h-10 rounded border border-slate-600 bg-white px-3 text-sm">
          {t('keepTheirs')}
        </button>
        <button type="button" onClick={onSaveMine} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white">
          {t('saveMine')}
        </button>
        <button type="button" onClick={onEditAgain} className="min-h-10 rounded border border-slate-600 bg-white px-3 text-sm">
          {t('editAgain')}
        </button>
      </div>
    </section>
  );
}
