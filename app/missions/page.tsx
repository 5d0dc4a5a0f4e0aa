import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { getTranslations } from 'next-intl/server';
import { Hydrate } from '@/app/_components/hydrate';
import { AsOfControl } from '@/app/_components/as-of-control';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { asOfParam, type SearchParams } from '@/app/_data/search-params';
import { PortfolioView } from './_components/portfolio-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('missions'))('title') };
}

/** Every mission side by side on the day in the address: where someone who follows several drawdowns starts. */
export default async function MissionsPage({ searchParams }: { searchParams: SearchParams }) {
  const asOf = asOfParam(await searchParams);
  const queryClient = newQueryClient();
  await prefetch.portfolio(queryClient, asOf);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <AsOfControl missionSteps={false} />
      <PortfolioView />
    </Hydrate>
  );
}
