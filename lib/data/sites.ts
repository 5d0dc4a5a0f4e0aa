/**
 * Site reads. A site's status is derived from its milestones on the "as of" day (never
 * stored), so every read goes through the mission snapshot and lib/domain/views.ts.
 */
import type { Db } from '../db/client';
import type { CalendarDate } from '../domain/calendar-date';
import { siteViews, type SiteView } from '../domain/views';
import { notFound } from '../errors';
import { loadMissionSnapshot } from './missions';
import type { MissionSnapshot } from '../domain/snapshot';
import { milestoneSelect, toMilestoneView, type MilestoneView } from './milestones';
import { quoteFor } from '../releases/quote';

/** A milestone of the site with the passage of its source that backs it. */
export type SiteMilestone = MilestoneView & { quote: string | null };

export type SiteDetail = SiteView & { milestones: SiteMilestone[] };

/**
 * One site on the "as of" day, with its whole milestone log (every status, every date).
 * `snapshot` lets the read API hand in the mission snapshot it already holds.
 */
export async function getSite(
  db: Db,
  id: number,
  asOf: CalendarDate,
  snapshot: (missionCode: string) => Promise<MissionSnapshot> = (code) => loadMissionSnapshot(db, code),
): Promise<SiteDetail> {
  const site = await db.site.findUnique({ where: { id }, select: { mission: { select: { code: true } } } });
  if (!site) throw notFound(`Site ${id}`);
  const [missionSnapshot, milestones] = await Promise.all([
    snapshot(site.mission.code),
    db.milestone.findMany({
      where: { siteId: id },
      select: {
        ...milestoneSelect,
        release: { select: { ...milestoneSelect.release.select, body: true } },
        proposal: { select: { sentence: true } },
      },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const view = siteViews(missionSnapshot, asOf).find((s) => s.id === id);
  if (!view) throw notFound(`Site ${id}`);
  const names = [view.name, ...view.aliases];
  return {
    ...view,
    milestones: milestones.map((row) => ({
      ...toMilestoneView(row),
      // The sentence the editor accepted is the best quote; otherwise the release's own words about the site.
      quote: row.proposal?.sentence ?? (row.release ? quoteFor(row.release.body, names) : null),
    })),
  };
}

/** The id of a mission's site from the slug in its page's address. */
export async function findSiteIdBySlug(db: Db, mission: string, slug: string): Promise<number> {
  const site = await db.site.findFirst({ where: { slug, mission: { code: mission.toUpperCase() } }, select: { id: true } });
  if (!site) throw notFound(`Site "${slug.slice(0, 60)}"`);
  return site.id;
}
