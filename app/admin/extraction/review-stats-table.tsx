'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import type { ReviewStatsRow } from '@/lib/data/proposal-review';
import { useMission } from '@/app/_components/use-mission';

/** Editors' review decisions per milestone type: the extraction's live precision. */
export function ReviewStatsTable() {
  const t = useTranslations('account.extractionPage');
  const tc = useTranslations('common');
  const mission = useMission();
  const query = useQuery(queries.reviewStats(mission));
  if (query.error) return <QueryError error={query.error} retry={() => void query.refetch()} />;
  if (!query.data)
    return (
      <>
        <LoadingNote />
        <Skeleton className="h-40" />
      </>
    );
  const stats = query.data;
  const percent = (r: ReviewStatsRow) => (r.precision === null ? t('noPrecision') : `${Math.round(r.precision * 100)}%`);
  const fields = (r: ReviewStatsRow) =>
    Object.entries(r.corrections)
      .map(([field, n]) => `${field} ${n}`)
      .join(', ') || '—';
  const row = (r: ReviewStatsRow, label: string, strong = false) => (
    <tr key={r.type} className={`border-b border-slate-100 ${strong ? 'font-semibold' : ''}`}>
      <th scope="row" className="px-2 py-1 text-left font-medium">{label}</th>
      <td className="px-2 py-1 text-right tabular-nums">{r.reviewed}</td>
      <td className="px-2 py-1 text-right tabular-nums">{r.acceptedAsProposed}</td>
      <td className="px-2 py-1 text-right tabular-nums">{r.corrected}</td>
      <td className="px-2 py-1 text-right tabular-nums">{r.rejected}</td>
      <td className="px-2 py-1 text-right tabular-nums">{percent(r)}</td>
      <td className="px-2 py-1">{fields(r)}</td>
    </tr>
  );
  return (
    <div className="space-y-3">
      <p className="text-slate-700">{t('intro', { mission: stats.missionCode })}</p>
      <p>{t('pending', { count: stats.pending })}</p>
      {stats.overall.reviewed === 0 ? (
        <p>{t('none', { mission: stats.missionCode })}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('title')}>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1 text-left">{t('type')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('reviewed')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('asProposed')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('corrected')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('rejected')}</th>
                <th scope="col" className="px-2 py-1 text-right">{t('precision')}</th>
                <th scope="col" className="px-2 py-1 text-left">{t('fields')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.byType.map((r) => (r.type === 'all' ? null : row(r, tc(`milestoneType.${r.type}`))))}
              {row(stats.overall, t('all'), true)}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
