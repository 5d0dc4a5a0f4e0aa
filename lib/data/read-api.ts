/**
 * The bodies of the read API, built in one place so that an /api/v1 route and a page that
 * prefetches the same data for React Query produce byte-for-byte the same JSON: the page
 * hydrates what the client would have fetched, and the client never refetches it.
 *
 * Each body is kept per process for the current data version (./read-cache.ts): a read that
 * hits costs one statement whatever the size of the deployment, and any write moves the
 * version, so the next read of every body is computed afresh. Bodies are shared: never mutate one.
 */
import type { DbHandle } from '../db/client';
import type { CalendarDate } from '../domain/calendar-date';
import { contingentViews, filterSites, progressView, siteViews, type ContingentView, type ProgressView, type SiteFilters, type SiteView } from '../domain/views';
import type { MissionSnapshot } from '../domain/snapshot';
import { portfolioRow, type PortfolioBody } from '../domain/portfolio';
import { getMission, listMissionNames, loadMissionSnapshot, type MissionDetail, type MissionName } from './missions';
import { findSiteIdBySlug, getSite, type SiteDetail } from './sites';
import { listMilestones, milestoneSelect, toMilestoneView, type MilestoneFilters, type MilestoneView } from './milestones';
import { chartMilestones } from '../domain/charts';
import { getRelease, listReleases, type ReleaseFilters, type ReleaseView } from './releases';
import { cachedRead } from './read-cache';

export interface ListBody<T> {
  data: T[];
  nextCursor?: string;
}

export type AsOfListBody<T> = ListBody<T> & { asOf: CalendarDate };

/** Every mission's code and name (the header's switcher and every mission page's 404 check), once per data version. */
export async function readMissionNames(handle: DbHandle): Promise<MissionName[]> {
  return cachedRead(handle, 'missions:names', () => listMissionNames(handle.db));
}

/** Every mission on one day, from the same progress each mission's pages read. */
export async function readPortfolio(handle: DbHandle, asOf: CalendarDate): Promise<PortfolioBody> {
  const missions = await readMissionNames(handle);
  const data = await Promise.all(missions.map(async (mission) => portfolioRow(mission, await readProgress(handle, mission.code, asOf))));
  return { asOf, data };
}

export async function readMission(handle: DbHandle, code: string): Promise<MissionDetail> {
  return cachedRead(handle, `mission:${code}`, () => getMission(handle.db, code));
}

export async function readProgress(handle: DbHandle, mission: string, asOf: CalendarDate): Promise<ProgressView> {
  return cachedRead(handle, `progress:${mission}:${asOf}`, () => loadProgress(handle, mission, asOf));
}

/**
 * One mission snapshot per data version, shared by every body computed from it: the overview
 * reads progress and sites, which would otherwise each load the same rows.
 */
function snapshotOf(handle: DbHandle, mission: string): Promise<MissionSnapshot> {
  return cachedRead(handle, `snapshot:${mission.toUpperCase()}`, () => loadMissionSnapshot(handle.db, mission));
}

async function loadProgress(handle: DbHandle, mission: string, asOf: CalendarDate): Promise<ProgressView> {
  const { db } = handle;
  const progress = progressView(await snapshotOf(handle, mission), asOf);
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
  handle: DbHandle,
  mission: string,
  asOf: CalendarDate,
  filters: SiteFilters = {},
): Promise<AsOfListBody<SiteView>> {
  return cachedRead(handle, `sites:${mission}:${asOf}:${JSON.stringify(filters)}`, async () => ({
    data: filterSites(siteViews(await snapshotOf(handle, mission), asOf), filters),
    asOf,
  }));
}

export async function readSite(handle: DbHandle, id: number, asOf: CalendarDate): Promise<SiteDetail> {
  return cachedRead(handle, `site:${id}:${asOf}`, () => getSite(handle.db, id, asOf, (code) => snapshotOf(handle, code)));
}

/** The id behind a site page's address (`/sites/tessalit`). */
export async function resolveSiteSlug(handle: DbHandle, mission: string, slug: string): Promise<number> {
  return cachedRead(handle, `slug:${mission}:${slug}`, () => findSiteIdBySlug(handle.db, mission, slug));
}

export async function readContingents(handle: DbHandle, mission: string, asOf: CalendarDate): Promise<AsOfListBody<ContingentView>> {
  return cachedRead(handle, `contingents:${mission}:${asOf}`, async () => ({
    data: contingentViews(await snapshotOf(handle, mission), asOf),
    asOf,
  }));
}

export async function readMilestones(handle: DbHandle, filters: MilestoneFilters): Promise<ListBody<MilestoneView>> {
  return cachedRead(handle, `milestones:${JSON.stringify(filters)}`, () => listMilestones(handle.db, filters));
}

export async function readReleases(handle: DbHandle, filters: ReleaseFilters): Promise<ListBody<ReleaseView>> {
  return cachedRead(handle, `releases:${JSON.stringify(filters)}`, () => listReleases(handle.db, handle.engine, filters));
}

export async function readRelease(handle: DbHandle, id: number): Promise<ReleaseView> {
  return cachedRead(handle, `release:${id}`, () => getRelease(handle.db, id));
}
