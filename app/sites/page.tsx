import type { Metadata } from 'next';
import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type SearchParams } from '@/app/_data/search-params';
import { SitesView } from './_components/sites-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sites'))('title') };
}

export default async function SitesPage({ searchParams }: { searchParams: SearchParams }) {
  const { mission, asOf } = pageScope(await searchParams);
  const queryClient = newQueryClient();
  await prefetch.sites(queryClient, mission, asOf);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <SitesView />
      </div>
    </HydrationBoundary>
  );
}
