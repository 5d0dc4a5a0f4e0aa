'use client';

import { useLocale, useTranslations } from 'next-intl';
import Link from '@/app/_components/link';
import type { MilestoneSource } from '@/lib/data/milestones';
import { formatDay } from '@/lib/format/dates';
import { useMissionHref } from './use-mission';

/** A milestone's source: its release (linked to the release page) or its URL and publisher. */
export function SourceLink({ source }: { source: MilestoneSource }) {
  const t = useTranslations('common.source');
  const locale = useLocale();
  const missionHref = useMissionHref();
  if (!source) return <span className="text-slate-600">{t('none')}</span>;
  if ('releaseId' in source) {
    return (
      <Link href={missionHref(`/releases/${source.releaseId}`)} className="underline">
        {source.releaseTitle ?? t('release', { date: formatDay(source.releaseDate, locale) })}
      </Link>
    );
  }
  const label = source.publisher ? t('url', { publisher: source.publisher }) : t('urlNoPublisher');
  // Only web addresses become links: a stored "javascript:" URL must stay inert text.
  if (!/^https?:\/\//i.test(source.url)) return <span>{label}</span>;
  return (
    <a href={source.url} className="underline" rel="noopener noreferrer">
      {label}
    </a>
  );
}
