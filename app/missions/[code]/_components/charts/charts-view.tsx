'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { formatDay } from '@/lib/format/dates';
import { BreakdownCard } from './breakdown-card';
import { PersonnelCard } from './personnel-card';
import { ProgressCard } from './progress-card';
import { SourcesList } from './sources-list';
import { TimelineCard } from './timeline-card';
import { useProgress } from './use-progress';
import { printWithEveryChart } from './lazy';

/** The charts page, recomputed in place for whatever day the as-of control sets. */
export function ChartsView() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const { mission, asOf, data: progress, error, refetch, isPlaceholderData } = useProgress();
  const missionQuery = useQuery(queries.mission(mission));
  const shownDay = formatDay(progress?.asOf ?? asOf, locale);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('heading', { mission, day: shownDay })}</h1>
        {missionQuery.data && <p className="text-slate-700">{missionQuery.data.name}</p>}
        <p className="text-sm text-slate-800">{t('filters', { mission, day: shownDay })}</p>
        {progress && <p className="max-w-prose text-sm text-slate-800">{t('scope', { total: progress.sites.total })}</p>}
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <button
            type="button"
            onClick={() => void printWithEveryChart()}
            className="min-h-10 rounded border border-slate-500 px-3 text-sm font-medium hover:bg-slate-100"
          >
            {t('print')}
          </button>
          {isPlaceholderData && (
            <p role="status" className="text-sm text-slate-700">
              {t('updating')}
            </p>
          )}
        </div>
      </header>
      {error && !progress ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !progress ? (
        <div className="space-y-6">
          <LoadingNote />
          <Skeleton className="h-80" />
          <Skeleton className="h-72" />
        </div>
      ) : (
        <>
          <ProgressCard progress={progress} mission={mission} />
          <PersonnelCard progress={progress} mission={mission} />
          <TimelineCard progress={progress} mission={mission} />
          <div className="grid grid-cols-1 gap-10 lg:grid-cols-2">
            <BreakdownCard progress={progress} mission={mission} by="phase" />
            <BreakdownCard progress={progress} mission={mission} by="region" />
          </div>
          <SourcesList progress={progress} />
        </>
      )}
    </div>
  );
}
