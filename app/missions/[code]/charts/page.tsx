import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type MissionParams, type SearchParams } from '@/app/_data/search-params';
import { ChartsView } from '../_components/charts/charts-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('charts'))('title') };
}

/**
 * The charts for the day in the address. The progress body and the mission are read on the
 * server and handed to the client cache, so the headings, the summaries in words and the
 * tables arrive with the page; the drawings follow once the page is painted.
 */
export default async function ChartsPage({ params, searchParams }: { params: MissionParams; searchParams: SearchParams }) {
  const { mission, asOf } = await pageScope(params, searchParams);
  const queryClient = newQueryClient();
  await Promise.all([prefetch.progress(queryClient, mission, asOf), prefetch.mission(queryClient, mission)]);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <ChartsView />
    </Hydrate>
  );
}
