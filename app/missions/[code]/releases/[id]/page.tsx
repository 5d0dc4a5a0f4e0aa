import type { Metadata } from 'next';
import Link from '@/app/_components/link';
import { notFound } from 'next/navigation';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getLocale, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { getDb } from '@/lib/api/context';
import { readRelease } from '@/lib/data/read-api';
import { AppError } from '@/lib/errors';
import { formatDay } from '@/lib/format/dates';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type SearchParams } from '@/app/_data/search-params';
import { CitingMilestones } from '../_components/citing-milestones';
import { HistoryPanel } from '@/app/_components/editing/lazy';

export const dynamic = 'force-dynamic';

type Params = Promise<{ code: string; id: string }>;

/** A release is the same whatever the day shown; read once per request for title and body. */
const releaseOr404 = cache(async (raw: string) => {
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  try {
    return await readRelease(await getDb(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const release = await releaseOr404((await params).id);
  const t = await getTranslations('releases');
  return { title: release.title ?? t('untitled', { day: formatDay(release.date, await getLocale()) }) };
}

export default async function ReleasePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [release, { mission, asOf }] = await Promise.all([releaseOr404((await params).id), pageScope(params, searchParams)]);
  // A release belongs to one mission: under another mission's address it is not found.
  if (release.missionCode !== mission) notFound();
  const t = await getTranslations('releases');
  const locale = await getLocale();
  const queryClient = newQueryClient();
  await prefetch.sites(queryClient, mission, asOf);
  return (
    <article aria-labelledby="release-heading" className="space-y-4">
      <p className="text-sm">
        <Link href={`/missions/${mission}/releases`} className="underline">
          ← {t('backToReleases')}
        </Link>
      </p>
      <h1 id="release-heading" className="text-2xl font-bold" lang={release.title ? release.language : undefined}>
        {release.title ?? t('untitled', { day: formatDay(release.date, locale) })}
      </h1>
      <p className="text-slate-700">
        <time dateTime={release.date}>{t('published', { day: formatDay(release.date, locale) })}</time>
        {release.url && /^https?:\/\//i.test(release.url) && (
          <>
            {' · '}
            <a href={release.url} className="underline" rel="noopener noreferrer">
              {t('original')}
            </a>
          </>
        )}
      </p>
      <HistoryPanel entity="release" id={release.id} what={release.title ?? t('untitled', { day: formatDay(release.date, locale) })} />
      <section aria-labelledby="release-body-heading">
        <h2 id="release-body-heading" className="sr-only">
          {t('body')}
        </h2>
        {release.language !== locale && <p className="text-sm text-slate-700">{t('languageNote')}</p>}
        <div lang={release.language} className="max-w-prose whitespace-pre-line rounded border border-slate-200 bg-slate-50 p-3">
          {release.body}
        </div>
      </section>
      <section aria-labelledby="release-milestones-heading">
        <h2 id="release-milestones-heading" className="text-xl font-semibold">
          {t('milestonesCiting')}
        </h2>
        <Hydrate state={dehydrate(queryClient)}>
          <CitingMilestones release={release} />
        </Hydrate>
      </section>
    </article>
  );
}
