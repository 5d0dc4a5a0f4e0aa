'use client';

import Link from '@/app/_components/link';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { useAsOf } from '@/app/_components/use-as-of';
import type { ReleaseView } from '@/lib/data/releases';
import { formatDay } from '@/lib/format/dates';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** The milestones that cite a release, each linked to its site. */
export function CitingMilestones({ release }: { release: ReleaseView }) {
  const t = useTranslations('releases');
  const tc = useTranslations('common');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const withAsOf = useMissionHref();
  const sites = useQuery(queries.sites(mission, asOf));
  const siteById = new Map((sites.data?.data ?? []).map((s) => [s.id, s]));
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium">{t('cites', { count: release.milestones.length })}</p>
      {release.milestones.length > 0 && (
        <ul className="ml-4 list-disc">
          {release.milestones.map((m) => {
            const site = m.siteId === null ? undefined : siteById.get(m.siteId);
            return (
              <li key={m.id}>
                <time dateTime={m.date}>{formatDay(m.date, locale, 'short')}</time> · {tc(`milestoneType.${m.type}`)} ·{' '}
                {site ? (
                  <Link href={withAsOf(`/sites/${site.slug}`)} className="underline">
                    {site.name}
                  </Link>
                ) : (
                  t('missionWide')
                )}
                {m.status !== 'achieved' && <> · {tc(`milestoneStatus.${m.status}`)}</>}: {m.title}
              </li>
            );
          })}
        </ul>
      )}
      {release.proposalCounts.pending > 0 && <p className="text-slate-700">{t('pending', { count: release.proposalCounts.pending })}</p>}
    </div>
  );
}
