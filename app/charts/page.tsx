import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { getTranslations } from 'next-intl/server';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { asOfOrToday, missionCodeOrDefault } from '@/lib/data/missions';
import { isCalendarDate } from '@/lib/domain/calendar-date';
import { ChartsView } from './_components/charts-view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('charts'))('title') };
}

/**
 * The charts for the day in the address. The progress body and the mission are read on the
 * server and handed to the client cache, so the headings, the summaries in words and the
 * tables arrive with the page; the drawings follow once the page is painted.
 */
export default async function ChartsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const raw = typeof query.asOf === 'string' ? query.asOf : undefined;
  const mission = missionCodeOrDefault(undefined);
  const asOf = asOfOrToday(raw && isCalendarDate(raw) ? raw : undefined);
  const queryClient = newQueryClient();
  await Promise.all([prefetch.progress(queryClient, mission, asOf), prefetch.mission(queryClient, mission)]);
  return (
    <Hydrate state={dehydrate(queryClient)}>
      <ChartsView />
    </Hydrate>
  );
}
