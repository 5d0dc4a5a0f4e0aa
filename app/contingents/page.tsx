import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type SearchParams } from '@/app/_data/search-params';
import { ContingentsView } from './_components/contingents-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('contingents'))('title') };
}

export default async function ContingentsPage({ searchParams }: { searchParams: SearchParams }) {
  const { mission, asOf } = pageScope(await searchParams);
  const queryClient = newQueryClient();
  await Promise.all([prefetch.contingents(queryClient, mission, asOf), prefetch.sites(queryClient, mission, asOf)]);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <ContingentsView />
    </Hydrate>
  );
}
