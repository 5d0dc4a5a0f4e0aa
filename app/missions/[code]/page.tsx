import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type MissionParams, type SearchParams } from '@/app/_data/search-params';
import { OverviewView } from './_components/overview/overview-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') };
}

export default async function OverviewPage({ params, searchParams }: { params: MissionParams; searchParams: SearchParams }) {
  const { mission, asOf } = await pageScope(params, searchParams);
  const queryClient = newQueryClient();
  await Promise.all([
    prefetch.progress(queryClient, mission, asOf),
    prefetch.latestMilestones(queryClient, mission, asOf),
    prefetch.sites(queryClient, mission, asOf),
  ]);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <OverviewView />
    </Hydrate>
  );
}
