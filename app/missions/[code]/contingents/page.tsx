import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type MissionParams, type SearchParams } from '@/app/_data/search-params';
import { ContingentsView } from './_components/contingents-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('contingents'))('title') };
}

export default async function ContingentsPage({ params, searchParams }: { params: MissionParams; searchParams: SearchParams }) {
  const { mission, asOf } = await pageScope(params, searchParams);
  const queryClient = newQueryClient();
  await Promise.all([prefetch.contingents(queryClient, mission, asOf), prefetch.sites(queryClient, mission, asOf)]);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <ContingentsView />
    </Hydrate>
  );
}
