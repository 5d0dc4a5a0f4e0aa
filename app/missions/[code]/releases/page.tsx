import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, param, type MissionParams, type SearchParams } from '@/app/_data/search-params';
import { ReleasesView } from './_components/releases-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('releases'))('title') };
}

export default async function ReleasesPage({ params, searchParams }: { params: MissionParams; searchParams: SearchParams }) {
  const query = await searchParams;
  const { mission, asOf } = await pageScope(params, searchParams);
  const q = (param(query, 'q') ?? '').trim().slice(0, 200);
  const queryClient = newQueryClient();
  await Promise.all([prefetch.releases(queryClient, mission, asOf, q), prefetch.sites(queryClient, mission, asOf)]);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <ReleasesView />
    </Hydrate>
  );
}
