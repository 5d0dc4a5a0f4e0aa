/**
 * The bodies of the read API, built in one place so that an /api/v1 route and a page that
 * prefetches the same data for React Query produce byte-for-byte the same JSON: the page
 * hydrates what the client would have fetched, and the client never refetches it.
 */
import type { DbHandle } from '../db/client';
import type { CalendarDate } from '../domain/calendar-date';
import { contingentViews, progressView, type ContingentView, type ProgressView, type SiteFilters, type SiteView } from '../domain/views';
import { getMission, loadMissionSnapshot, type MissionDetail } from './missions';
import { findSiteIdBySlug, getSite, listSites, type SiteDetail } from './sites';
import { listMilestones, milestoneSelect, toMilestoneView, type MilestoneFilters, type MilestoneView } from './milestones';
import { chartMilestones } from '../domain/charts';
import { getRelease, listReleases, type ReleaseFilters, type ReleaseView } from './releases';

export interface ListBody<T> {
  data: T[];
  nextCursor?: string;
}

export type AsOfListBody<T> = ListBody<T> & { asOf: CalendarDate };

export async function readMission({ db }: DbHandle, code: string): Promise<MissionDetail> {
  return getMission(db, code);
}

export async function readProgress({ db }: DbHandle, mission: string, asOf: CalendarDate): Promise<ProgressView> {
  const progress = progressView(await loadMissionSnapshot(db, mission), asOf);
  // The snapshot knows a milestone's release id only; the charts name each fact's source, so
  // the sources of the few milestones they cite are read in one more query.
  const cited = chartMilestones(progress);
  if (cited.length > 0) {
    const rows = await db.milestone.findMany({ where: { id: { in: [...new Set(cited.map((m) => m.id))] } }, select: milestoneSelect });
    const sources = new Map(rows.map((row) => [row.id, toMilestoneView(row).source]));
    for (const m of cited) m.source = sources.get(m.id) ?? m.source;
  }
  return progress;
}

export async function readSites(
  { db }: DbHandle,
  mission: string,
  asOf: CalendarDate,
  filters: SiteFilters = {},
): Promise<AsOfListBody<SiteView>> {
  return { data: await listSites(db, mission, asOf, filters), asOf };
}

export async function readSite({ db }: DbHandle, id: number, asOf: CalendarDate): Promise<SiteDetail> {
  return getSite(db, id, asOf);
}

/** The id behind a site page's address (`/sites/tessalit`). */
export async function resolveSiteSlug({ db }: DbHandle, mission: string, slug: string): Promise<number> {
  return findSiteIdBySlug(db, mission, slug);
}

export async function readContingents({ db }: DbHandle, mission: string, asOf: CalendarDate): Promise<AsOfListBody<ContingentView>> {
  return { data: contingentViews(await loadMissionSnapshot(db, mission), asOf), asOf };
}

export async function readMilestones({ db }: DbHandle, filters: MilestoneFilters): Promise<ListBody<MilestoneView>> {
  return listMilestones(db, filters);
}

export async function readReleases({ db, engine }: DbHandle, filters: ReleaseFilters): Promise<ListBody<ReleaseView>> {
  return listReleases(db, engine, filters);
}

export async function readRelease({ db }: DbHandle, id: number): Promise<ReleaseView> {
  return getRelease(db, id);
}
