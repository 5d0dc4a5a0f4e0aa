'use client';

import Link from '@/app/_components/link';
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { useAsOf, useSetSearchParams } from '@/app/_components/use-as-of';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import type { ReleaseView } from '@/lib/data/releases';
import { formatDay } from '@/lib/format/dates';
import { CitingMilestones } from './citing-milestones';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** Waits for a pause in typing before searching, so a slow link is not flooded. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function ReleasesView() {
  const t = useTranslations('releases');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const searchParams = useSearchParams();
  const setParams = useSetSearchParams();
  const typed = (searchParams.get('q') ?? '').trim().slice(0, 200);
  const q = useDebounced(typed, 300);
  const query = useQuery(queries.releases(mission, asOf, q));

  return (
    <section aria-labelledby="releases-heading" className="space-y-4">
      <h1 id="releases-heading" className="text-2xl font-bold">
        {t('heading', { day: formatDay(asOf, locale) })}
      </h1>
      <form method="get" role="search" aria-label={t('search')} onSubmit={(event) => event.preventDefault()}>
        {searchParams.get('asOf') && <input type="hidden" name="asOf" value={searchParams.get('asOf') ?? ''} />}
        <label className="flex max-w-md flex-col text-sm font-medium">
          {t('search')}
          <input
            type="search"
            name="q"
            defaultValue={typed}
            aria-describedby="releases-search-hint"
            onChange={(event) => setParams({ q: event.currentTarget.value }, { replace: true })}
            className="min-h-10 rounded border border-slate-500 px-2 font-normal"
          />
        </label>
        <p id="releases-search-hint" className="text-xs text-slate-700">
          {t('searchHint')}
        </p>
      </form>
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <div className="space-y-3">
          <LoadingNote />
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-32" />
          ))}
        </div>
      ) : (
        <>
          <p className="text-sm" aria-live="polite">
            {t('count', { count: query.data.data.length })} {query.data.nextCursor && t('more', { count: query.data.data.length })}
          </p>
          <ol className="space-y-4">
            {query.data.data.map((release) => (
              <li key={release.id}>
                <ReleaseCard release={release} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ReleaseCard({ release }: { release: ReleaseView }) {
  const t = useTranslations('releases');
  const locale = useLocale();
  const withAsOf = useMissionHref();
  const headingId = `release-${release.id}`;
  const excerpt = release.body.length > 280 ? `${release.body.slice(0, 280).replace(/\s+\S*$/, '')}…` : release.body;
  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-300 p-3">
      <h2 id={headingId} className="text-lg font-semibold" lang={release.title ? release.language : undefined}>
        <Link href={withAsOf(`/releases/${release.id}`)} className="underline">
          {release.title ?? t('untitled', { day: formatDay(release.date, locale) })}
        </Link>
      </h2>
      <p className="text-sm text-slate-700">
        <time dateTime={release.date}>{t('published', { day: formatDay(release.date, locale) })}</time>
      </p>
      <p className="mt-1 text-sm" lang={release.language}>
        {excerpt}
      </p>
      <CitingMilestones release={release} />
    </article>
  );
}
