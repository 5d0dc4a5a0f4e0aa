import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type MissionParams, type SearchParams } from '@/app/_data/search-params';
import { queries } from '@/app/_data/queries';
import { SitesView } from './_components/sites-view';
import { SiteMapSection } from './_components/site-map-section';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sites'))('title') };
}

export default async function SitesPage({ params, searchParams }: { params: MissionParams; searchParams: SearchParams }) {
  const { mission, asOf } = await pageScope(params, searchParams);
  const queryClient = newQueryClient();
  await Promise.all([prefetch.sites(queryClient, mission, asOf), prefetch.mission(queryClient, mission)]);
  const missionDetail = queryClient.getQueryData(queries.mission(mission).queryKey);
  const sites = queryClient.getQueryData(queries.sites(mission, asOf).queryKey)?.data ?? [];
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <SitesView />
        {missionDetail && <SiteMapSection mission={missionDetail} sites={sites.map(({ id, lat, lon }) => ({ id, lat, lon }))} />}
      </div>
    </Hydrate>
  );
}
