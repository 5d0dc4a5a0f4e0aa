import 'server-only';
/**
 * Fills a request's QueryClient with what the page shows first, from the same bodies the
 * API serves (lib/data/read-api.ts) and under the same keys the client asks for
 * (app/_data/queries.ts). A page awaits these in parallel, so there is no waterfall.
 */
import { cache } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { getDb } from '@/lib/api/context';
import type { CalendarDate } from '@/lib/domain/calendar-date';
import { readMission, readContingents, readPortfolio, readMilestones, readProgress, readReleases, readSite, readSites } from '@/lib/data/read-api';
import { LATEST_MILESTONES, queries } from './queries';

/** A site page reads its site for the title and for the body: once per request. */
const siteOnce = cache(async (id: number, asOf: CalendarDate) => readSite(await getDb(), id, asOf));

export function newQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
}

export const prefetch = {
  async mission(qc: QueryClient, code: string) {
    qc.setQueryData(queries.mission(code).queryKey, await readMission(await getDb(), code));
  },
  async portfolio(qc: QueryClient, asOf: CalendarDate) {
    qc.setQueryData(queries.portfolio(asOf).queryKey, await readPortfolio(await getDb(), asOf));
  },
  async progress(qc: QueryClient, mission: string, asOf: CalendarDate) {
    qc.setQueryData(queries.progress(mission, asOf).queryKey, await readProgress(await getDb(), mission, asOf));
  },
  async sites(qc: QueryClient, mission: string, asOf: CalendarDate) {
    qc.setQueryData(queries.sites(mission, asOf).queryKey, await readSites(await getDb(), mission, asOf));
  },
  async site(qc: QueryClient, id: number, asOf: CalendarDate) {
    qc.setQueryData(queries.site(id, asOf).queryKey, await siteOnce(id, asOf));
  },
  async contingents(qc: QueryClient, mission: string, asOf: CalendarDate) {
    qc.setQueryData(queries.contingents(mission, asOf).queryKey, await readContingents(await getDb(), mission, asOf));
  },
  async latestMilestones(qc: QueryClient, mission: string, asOf: CalendarDate) {
    const body = await readMilestones(await getDb(), { mission, to: asOf, limit: LATEST_MILESTONES });
    qc.setQueryData(queries.latestMilestones(mission, asOf).queryKey, body);
  },
  async releases(qc: QueryClient, mission: string, asOf: CalendarDate, q: string) {
    const body = await readReleases(await getDb(), { mission, to: asOf, q: q || undefined, limit: 100 });
    qc.setQueryData(queries.releases(mission, asOf, q).queryKey, body);
  },
};
