'use client';

import Link from '@/app/_components/link';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { useAsOf } from '@/app/_components/use-as-of';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { SourceLink } from '@/app/_components/source-link';
import { useKindLabels } from '@/app/_components/labels';
import type { ContingentView } from '@/lib/domain/views';
import { formatDay } from '@/lib/format/dates';
import { ContingentEditor, HistoryPanel } from '@/app/_components/editing/lazy';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** Contingents by country on the day shown, each with where it served and its milestones. */
export function ContingentsView() {
  const t = useTranslations('contingents');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const query = useQuery(queries.contingents(mission, asOf));

  return (
    <section aria-labelledby="contingents-heading" className="space-y-4">
      <h1 id="contingents-heading" className="text-2xl font-bold">
        {t('heading', { day: formatDay(asOf, locale) })}
      </h1>
      <p className="text-slate-700">{t('intro')}</p>
      <ContingentEditor />
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <div className="space-y-3">
          <LoadingNote />
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-40" />
          ))}
        </div>
      ) : query.data.data.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="space-y-4">
          {query.data.data.map((c) => (
            <li key={c.id}>
              <ContingentCard contingent={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ContingentCard({ contingent: c }: { contingent: ContingentView }) {
  const t = useTranslations('contingents');
  const locale = useLocale();
  const { asOf } = useAsOf();
  const { unitKind } = useKindLabels();
  const mission = useMission();
  const sites = useQuery(queries.sites(mission, asOf));
  const withAsOf = useMissionHref();
  const slugById = new Map((sites.data?.data ?? []).map((s) => [s.id, s.slug]));
  const day = (d: string | null) => formatDay(d, locale, 'short');
  const headingId = `contingent-${c.id}`;

  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-300 p-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {c.country}: {c.name}
      </h2>
      <p className="text-sm text-slate-700">
        {unitKind(c.unitKind)}
        {c.strength !== null && <> · {t('strength', { strength: c.strength })}</>}
      </p>
      <p className="mt-1 font-medium">
        <span aria-hidden="true">{c.repatriated ? '✓ ' : '● '}</span>
        {c.repatriated ? t('repatriated', { day: formatDay(c.repatriatedOn, locale) }) : t('notRepatriated')}
      </p>
      <p className="text-sm">
        {c.presentAt.length
          ? t('presentAt', { day: formatDay(asOf, locale), sites: c.presentAt.map((p) => p.siteName).join(', ') })
          : t('nowhere', { day: formatDay(asOf, locale) })}
      </p>
      <h3 className="mt-3 font-semibold">{t('deployments')}</h3>
      {c.deployments.length === 0 ? (
        <p className="text-sm">{t('noDeployments')}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${t('deployments')}: ${c.name}`}>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1">{t('site')}</th>
                <th scope="col" className="px-2 py-1">{t('from')}</th>
                <th scope="col" className="px-2 py-1">{t('to')}</th>
              </tr>
            </thead>
            <tbody>
              {c.deployments.map((d, i) => {
                const slug = slugById.get(d.siteId);
                return (
                  <tr key={i} className="border-b border-slate-100">
                    <th scope="row" className="px-2 py-1 font-medium">
                      {slug ? (
                        <Link href={withAsOf(`/sites/${slug}`)} className="underline">
                          {d.siteName}
                        </Link>
                      ) : (
                        d.siteName
                      )}
                    </th>
                    <td className="px-2 py-1">{d.startDate ? day(d.startDate) : t('unknownStart')}</td>
                    <td className="px-2 py-1">{d.endDate ? day(d.endDate) : t('stillThere')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ContingentEditor contingent={c} />
      <ContingentMilestones contingent={c} />
      <HistoryPanel entity="contingent" id={c.id} what={c.name} />
    </article>
  );
}

/** Loaded when opened: most readers want where a contingent is, not its whole log. */
function ContingentMilestones({ contingent }: { contingent: ContingentView }) {
  const t = useTranslations('contingents');
  const tc = useTranslations('common');
  const locale = useLocale();
  const mission = useMission();
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...queries.contingentMilestones(mission, contingent.id), enabled: open });
  return (
    <details className="mt-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="min-h-10 cursor-pointer py-2 font-semibold">{t('showMilestones', { name: contingent.name })}</summary>
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton className="h-16" />
      ) : query.data.data.length === 0 ? (
        <p className="text-sm">{t('milestonesNone')}</p>
      ) : (
        <ol className="space-y-2">
          {query.data.data.map((m) => (
            <li key={m.id} className="text-sm">
              <p className="text-slate-700">
                <time dateTime={m.date}>{formatDay(m.date, locale)}</time> · {tc(`milestoneType.${m.type}`)} · {tc(`milestoneStatus.${m.status}`)}
              </p>
              <p className="font-medium">{m.title}</p>
              <p>
                {tc('source.label')}: <SourceLink source={m.source} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
