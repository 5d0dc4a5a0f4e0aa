'use client';

import Link from '@/app/_components/link';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { formatDay } from '@/lib/format/dates';
import { verdictMessage } from '@/lib/format/verdict';
import type { ProgressView } from '@/lib/domain/views';
import type { MissionDetail } from '@/lib/data/missions';
import { OverviewProgress } from '@/app/missions/[code]/_components/charts/overview-progress';
import { useAsOf } from '@/app/_components/use-as-of';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { SourceLink } from '@/app/_components/source-link';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** The overview, recomputed in place for whatever day the as-of control sets. */
export function OverviewView() {
  const t = useTranslations('overview');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const missionQuery = useQuery(queries.mission(mission));
  const progressQuery = useQuery(queries.progress(mission, asOf));

  return (
    <div className="space-y-8">
      <section aria-labelledby="overview-heading">
        <h1 id="overview-heading" className="text-2xl font-bold">
          {t('heading', { mission, day: formatDay(asOf, locale) })}
        </h1>
        {missionQuery.data && <p className="text-slate-700">{missionQuery.data.name}</p>}
        {progressQuery.error ? (
          <div className="mt-4">
            <QueryError error={progressQuery.error} retry={() => void progressQuery.refetch()} />
          </div>
        ) : progressQuery.data && missionQuery.data ? (
          <KeyFigures progress={progressQuery.data} mission={missionQuery.data} />
        ) : (
          <KeyFiguresSkeleton />
        )}
      </section>
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="text-xl font-semibold">
          {t('progress')}
        </h2>
        <OverviewProgress />
      </section>
      <LatestMilestones />
    </div>
  );
}

function Figure({ label, value, detail }: { label: string; value: React.ReactNode; detail?: React.ReactNode }) {
  return (
    <div className="rounded border border-slate-300 p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-lg font-semibold">{value}</dd>
      {detail && <dd className="text-sm">{detail}</dd>}
    </div>
  );
}

function KeyFigures({ progress, mission }: { progress: ProgressView; mission: MissionDetail }) {
  const t = useTranslations('overview');
  const tc = useTranslations('common');
  const locale = useLocale();
  const format = useFormatter();
  const day = (d: string | null) => formatDay(d, locale);
  const { sites, personnel, verdict } = progress;
  const reason = verdictMessage(verdict, day);
  return (
    <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Figure
        label={t('deadline')}
        value={day(mission.withdrawalDeadline)}
        detail={
          progress.daysLeft >= 0
            ? t('daysLeft', { days: progress.daysLeft })
            : progress.finishedOn
              ? t('deadlinePassedFinished', { day: day(progress.finishedOn) })
              : t('deadlinePassed', { days: -progress.daysLeft })
        }
      />
      <Figure
        label={t('sitesDone')}
        value={t('ofTotal', { done: sites.closed + sites.handedOver, total: sites.total })}
        detail={t('sitesBreakdown', { ...sites })}
      />
      <Figure
        label={t('personnel')}
        value={
          personnel.departed === null
            ? t('noFigure')
            : personnel.inScope === null
              ? format.number(personnel.departed)
              : t('ofTotal', { done: format.number(personnel.departed), total: format.number(personnel.inScope) })
        }
        detail={personnel.figureDate ? t('figureDate', { day: day(personnel.figureDate) }) : undefined}
      />
      <Figure label={t('verdict')} value={tc(`verdict.${verdict.status}`)} detail={tc(`reason.${reason.key}`, reason.values)} />
    </dl>
  );
}

function KeyFiguresSkeleton() {
  return (
    <div className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <LoadingNote />
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} className="h-[6.5rem]" />
      ))}
    </div>
  );
}

function LatestMilestones() {
  const t = useTranslations('overview');
  const tc = useTranslations('common');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const withAsOf = useMissionHref();
  const milestones = useQuery(queries.latestMilestones(mission, asOf));
  const sites = useQuery(queries.sites(mission, asOf));
  const siteById = new Map((sites.data?.data ?? []).map((s) => [s.id, s]));

  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading" className="text-xl font-semibold">
        {t('latest')}
      </h2>
      {milestones.error ? (
        <QueryError error={milestones.error} retry={() => void milestones.refetch()} />
      ) : !milestones.data ? (
        <div className="mt-2 space-y-2">
          <LoadingNote />
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-16" />
          ))}
        </div>
      ) : milestones.data.data.length === 0 ? (
        <p className="mt-2">{t('latestNone')}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
          {milestones.data.data.map((m) => {
            const site = m.siteId === null ? null : siteById.get(m.siteId);
            return (
              <li key={m.id} className="py-2">
                <p className="text-sm text-slate-700">
                  <time dateTime={m.date}>{formatDay(m.date, locale)}</time> · {tc(`milestoneType.${m.type}`)} ·{' '}
                  {site ? (
                    <Link href={withAsOf(`/sites/${site.slug}`)} className="underline">
                      {site.name}
                    </Link>
                  ) : (
                    t('missionWide')
                  )}
                  {m.status !== 'achieved' && <> · {tc(`milestoneStatus.${m.status}`)}</>}
                </p>
                <p className="font-medium">{m.title}</p>
                <p className="text-sm">
                  {tc('source.label')}: <SourceLink source={m.source} />
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <p className="mt-2 text-sm text-slate-700">{t('allMilestones')}</p>
    </section>
  );
}
