'use client';

import Link from '@/app/_components/link';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { useAsOf } from '@/app/_components/use-as-of';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { StatusBadge } from '@/app/_components/status-badge';
import { SourceLink } from '@/app/_components/source-link';
import { useKindLabels } from '@/app/_components/labels';
import { daysBetween } from '@/lib/domain/calendar-date';
import { isDeployedOn } from '@/lib/domain/views';
import type { SiteDetail, SiteMilestone } from '@/lib/data/sites';
import { formatDay } from '@/lib/format/dates';
import { AddMilestone, HistoryPanel, MilestoneActions, SiteEditor } from '@/app/_components/editing/lazy';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** One site on the day shown: status, plan against reality, who was there, and what happened. */
export function SiteView({ id }: { id: number }) {
  const { asOf } = useAsOf();
  const query = useQuery(queries.site(id, asOf));
  if (query.error) return <QueryError error={query.error} retry={() => void query.refetch()} />;
  if (!query.data) {
    return (
      <div className="space-y-4">
        <LoadingNote />
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-40" />
        <Skeleton className="h-80" />
      </div>
    );
  }
  return <SiteDetails site={query.data} />;
}

function SiteDetails({ site }: { site: SiteDetail }) {
  const t = useTranslations('site');
  const locale = useLocale();
  const { asOf } = useAsOf();
  const withAsOf = useMissionHref();
  const { siteKind } = useKindLabels();
  const day = (d: string | null) => formatDay(d, locale);
  const actual = site.handedOverOn ?? site.closedOn;
  const slip = site.plannedHandover && actual ? daysBetween(site.plannedHandover, actual) : null;

  return (
    <article aria-labelledby="site-heading" className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={withAsOf('/sites')} className="underline">
            ← {t('backToSites')}
          </Link>
        </p>
        <h1 id="site-heading" className="text-2xl font-bold">
          {site.name}
        </h1>
        <p className="text-slate-700">
          {t('facts', { kind: siteKind(site.kind), region: site.region })} ·{' '}
          {site.phase ? (site.phaseName ?? t('phase', { phase: site.phase })) : t('noPhase')}
        </p>
        {site.aliases.length > 0 && <p className="text-sm text-slate-700">{t('aliases', { aliases: site.aliases.join(', ') })}</p>}
        <SiteEditor site={site} />
        <HistoryPanel entity="site" id={site.id} what={site.name} />
      </header>

      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className="rounded border border-slate-300 p-3">
          <dt className="text-sm text-slate-700">{t('statusAsOf', { day: day(asOf) })}</dt>
          <dd className="mt-1">
            <StatusBadge status={site.status} />
          </dd>
          {site.statusSince && <dd className="text-sm">{t('since', { day: day(site.statusSince) })}</dd>}
        </div>
        <div className="rounded border border-slate-300 p-3">
          <dt className="text-sm text-slate-700">{t('withdrawalStarted')}</dt>
          <dd className="font-semibold">{site.withdrawalStartedOn ? day(site.withdrawalStartedOn) : t('notYet')}</dd>
        </div>
        <div className="rounded border border-slate-300 p-3">
          <dt className="text-sm text-slate-700">{t('handover')}</dt>
          <dd>
            {t('planned')}: <span className="font-semibold">{site.plannedHandover ? day(site.plannedHandover) : t('noPlan')}</span>
            {site.plannedHandoverFrom === 'phase' && site.phase && (
              <span className="block text-xs text-slate-700">{t('plannedFromPhase', { phase: site.phase })}</span>
            )}
          </dd>
          <dd>
            {t('actual')}: <span className="font-semibold">{actual ? day(actual) : t('notYet')}</span>
          </dd>
          {slip !== null && <dd className="text-sm">{slip >= 0 ? t('difference', { days: slip }) : t('early', { days: -slip })}</dd>}
        </div>
      </dl>

      <SiteContingents siteId={site.id} />
      <Timeline milestones={site.milestones} siteId={site.id} />
    </article>
  );
}

function SiteContingents({ siteId }: { siteId: number }) {
  const t = useTranslations('site');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const query = useQuery(queries.contingents(mission, asOf));
  const day = (d: string | null) => formatDay(d, locale, 'short');
  const rows = (query.data?.data ?? []).flatMap((c) =>
    c.deployments.filter((d) => d.siteId === siteId).map((d, i) => ({ key: `${c.id}-${i}`, contingent: c, deployment: d })),
  );
  return (
    <section aria-labelledby="site-contingents-heading">
      <h2 id="site-contingents-heading" className="text-xl font-semibold">
        {t('contingents')}
      </h2>
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton className="mt-2 h-24" />
      ) : rows.length === 0 ? (
        <p className="mt-2">{t('contingentsNone')}</p>
      ) : (
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="site-contingents-heading">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1">{t('contingent')}</th>
                <th scope="col" className="px-2 py-1">{t('from')}</th>
                <th scope="col" className="px-2 py-1">{t('to')}</th>
                <th scope="col" className="px-2 py-1">{t('presentOn', { day: day(asOf) })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, contingent, deployment }) => (
                <tr key={key} className="border-b border-slate-100">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {contingent.name} ({contingent.country})
                  </th>
                  <td className="px-2 py-1">{deployment.startDate ? day(deployment.startDate) : t('unknownStart')}</td>
                  <td className="px-2 py-1">{deployment.endDate ? day(deployment.endDate) : t('stillThere')}</td>
                  <td className="px-2 py-1">{isDeployedOn(deployment, asOf) ? t('yes') : t('no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const MARK_STYLE: Record<SiteMilestone['status'], string> = {
  achieved: 'border-l-4 border-solid border-slate-800',
  planned: 'border-l-4 border-dashed border-slate-500',
  cancelled: 'border-l-4 border-dotted border-slate-400 text-slate-700',
};

function Timeline({ milestones, siteId }: { milestones: SiteMilestone[]; siteId: number }) {
  const t = useTranslations('site');
  const tc = useTranslations('common');
  const locale = useLocale();
  const format = useFormatter();
  const { asOf } = useAsOf();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {t('timeline')}
      </h2>
      <p className="text-sm text-slate-700">{t('legend')}</p>
      <div className="mt-2">
        <AddMilestone siteId={siteId} />
      </div>
      {milestones.length === 0 ? (
        <p className="mt-2">{t('timelineNone')}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {milestones.map((m) => (
            <li key={m.id} className={`pl-3 ${MARK_STYLE[m.status]}`}>
              <p className="text-sm text-slate-700">
                <time dateTime={m.date}>{formatDay(m.date, locale)}</time> · {tc(`milestoneType.${m.type}`)} ·{' '}
                <span className="font-semibold">{tc(`milestoneStatus.${m.status}`)}</span>
                {m.date > asOf && <> · {t('afterAsOf')}</>}
              </p>
              <p className={`font-medium ${m.status === 'cancelled' ? 'line-through' : ''}`}>{m.title}</p>
              {m.notes && <p className="text-sm">{m.notes}</p>}
              {m.figure !== null && <p className="text-sm">{t('figure', { figure: format.number(m.figure) })}</p>}
              {m.quote && (
                <figure className="mt-1 border-l-2 border-slate-300 pl-2 text-sm">
                  <figcaption className="sr-only">{t('quote')}</figcaption>
                  <blockquote lang={m.source && 'language' in m.source ? m.source.language : undefined} className="italic text-slate-800">“{m.quote}”</blockquote>
                </figure>
              )}
              <p className="text-sm">
                {tc('source.label')}: <SourceLink source={m.source} />
              </p>
              <MilestoneActions milestone={m} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
