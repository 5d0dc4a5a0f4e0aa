/**
 * Site reads. A site's status is derived from its milestones on the "as of" day (never
 * stored), so every read goes through the mission snapshot and lib/domain/views.ts.
 */
import type { Db } from '../db/client';
import type { CalendarDate } from '../domain/calendar-date';
import { filterSites, siteViews, type SiteFilters, type SiteView } from '../domain/views';
import { notFound } from '../errors';
import { loadMissionSnapshot } from './missions';
import { milestoneSelect, toMilestoneView, type MilestoneView } from './milestones';

export async function listSites(db: Db, mission: string, asOf: CalendarDate, filters: SiteFilters = {}): Promise<SiteView[]> {
  const snapshot = await loadMissionSnapshot(db, mission);
  return filterSites(siteViews(snapshot, asOf), filters);
}

export type SiteDetail = SiteView & { milestones: MilestoneView[] };

/** One site on the "as of" day, with its whole milestone log (every status, every date). */
export async function getSite(db: Db, id: number, asOf: CalendarDate): Promise<SiteDetail> {
  const site = await db.site.findUnique({ where: { id }, select: { mission: { select: { code: true } } } });
  if (!site) throw notFound(`Site ${id}`);
  const [snapshot, milestones] = await Promise.all([
    loadMissionSnapshot(db, site.mission.code),
    db.milestone.findMany({ where: { siteId: id }, select: milestoneSelect, orderBy: [{ date: 'asc' }, { id: 'asc' }] }),
  ]);
  const view = siteViews(snapshot, asOf).find((s) => s.id === id);
  if (!view) throw notFound(`Site ${id}`);
  return { ...view, milestones: milestones.map(toMilestoneView) };
}
