import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getDb } from '@/lib/api/context';
import { resolveSiteSlug } from '@/lib/data/read-api';
import { AppError } from '@/lib/errors';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { pageScope, type SearchParams } from '@/app/_data/search-params';
import { queries } from '@/app/_data/queries';
import { SiteView } from '../_components/site-view';

export const dynamic = 'force-dynamic';

type Params = Promise<{ code: string; slug: string }>;

async function siteIdOr404(mission: string, slug: string): Promise<number> {
  try {
    return await resolveSiteSlug(await getDb(), mission, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { mission, asOf } = await pageScope(params, searchParams);
  const id = await siteIdOr404(mission, (await params).slug);
  const qc = newQueryClient();
  await prefetch.site(qc, id, asOf);
  return { title: qc.getQueryData(queries.site(id, asOf).queryKey)?.name ?? 'Site' };
}

export default async function SitePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { mission, asOf } = await pageScope(params, searchParams);
  const id = await siteIdOr404(mission, (await params).slug);
  const queryClient = newQueryClient();
  await Promise.all([prefetch.site(queryClient, id, asOf), prefetch.contingents(queryClient, mission, asOf)]);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <SiteView id={id} />
    </Hydrate>
  );
}
