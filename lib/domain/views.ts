/**
 * The read model: what the API and the screens show of a mission on an "as of" day,
 * derived from a MissionSnapshot by pure functions. Nothing here is stored: change a
 * milestone and every view follows.
 */
import type { CalendarDate } from './calendar-date';
import type { MissionSnapshot, SnapshotDeployment, SnapshotSite } from './snapshot';
import { siteStatesAsOf, type SiteState } from './status';
import { computeProgress, type Progress } from './progress';
import { progressCharts, type ProgressCharts } from './charts';
import { matchesNameOrAlias, foldForSearch } from './search';
import type { MilestoneType, SiteStatus } from './vocabulary';

export interface ContingentRef {
  id: number;
  country: string;
  countryIso: string;
  unitKind: string;
  name: string;
}

/** A site as the API and the screens show it on the "as of" day. */
export interface SiteView extends Omit<SnapshotSite, 'plannedHandover'>, Omit<SiteState, 'statusMilestoneId'> {
  missionCode: string;
  /** The site's own planned handover date, else its phase's planned end. */
  plannedHandover: CalendarDate | null;
  plannedHandoverFrom: 'site' | 'phase' | null;
  /** Contingents deployed there on the "as of" day. */
  contingents: ContingentRef[];
  /** The site's latest achieved milestone dated on or before the "as of" day. */
  lastMilestone: LastMilestone | null;
}

export interface LastMilestone {
  id: number;
  type: MilestoneType;
  date: CalendarDate;
  title: string;
  releaseId: number | null;
}

export interface SiteFilters {
  status?: SiteStatus | undefined;
  region?: string | undefined;
  phase?: string | undefined;
  q?: string | undefined;
}

export function plannedHandoverOf(
  site: SnapshotSite,
  snapshot: MissionSnapshot,
): { date: CalendarDate | null; from: 'site' | 'phase' | null } {
  if (site.plannedHandover) return { date: site.plannedHandover, from: 'site' };
  const phaseEnd = snapshot.mission.phases.find((p) => p.code === site.phase)?.plannedEnd ?? null;
  return phaseEnd ? { date: phaseEnd, from: 'phase' } : { date: null, from: null };
}

/**
 * A deployment covers the days from its start up to, not including, its end: the end is
 * the day the contingent left.
 */
export function isDeployedOn(deployment: Pick<SnapshotDeployment, 'startDate' | 'endDate'>, asOf: CalendarDate): boolean {
  return (!deployment.startDate || deployment.startDate <= asOf) && (!deployment.endDate || asOf < deployment.endDate);
}

export function siteStates(snapshot: MissionSnapshot, asOf: CalendarDate): Map<number, SiteState> {
  return siteStatesAsOf(
    snapshot.sites.map((s) => s.id),
    snapshot.milestones,
    asOf,
  );
}

export function siteViews(snapshot: MissionSnapshot, asOf: CalendarDate): SiteView[] {
  const states = siteStates(snapshot, asOf);
  const contingentsById = new Map(snapshot.contingents.map((c) => [c.id, c]));
  const presentBySite = new Map<number, ContingentRef[]>();
  for (const d of snapshot.deployments) {
    const c = contingentsById.get(d.contingentId);
    if (!c || !isDeployedOn(d, asOf)) continue;
    const list = presentBySite.get(d.siteId) ?? [];
    if (!list.some((x) => x.id === c.id)) {
      list.push({ id: c.id, country: c.country, countryIso: c.countryIso, unitKind: c.unitKind, name: c.name });
    }
    presentBySite.set(d.siteId, list);
  }
  // Milestones come ordered by date then id, so the last one seen is the latest.
  const lastBySite = new Map<number, LastMilestone>();
  for (const m of snapshot.milestones) {
    if (m.siteId === null || m.status !== 'achieved' || m.date > asOf) continue;
    lastBySite.set(m.siteId, { id: m.id, type: m.type, date: m.date, title: m.title, releaseId: m.releaseId });
  }
  return snapshot.sites.map((site) => {
    const state = states.get(site.id);
    const planned = plannedHandoverOf(site, snapshot);
    return {
      id: site.id,
      missionCode: snapshot.mission.code,
      slug: site.slug,
      name: site.name,
      aliases: site.aliases,
      kind: site.kind,
      region: site.region,
      lat: site.lat,
      lon: site.lon,
      phase: site.phase,
      phaseName: site.phaseName,
      plannedHandover: planned.date,
      plannedHandoverFrom: planned.from,
      status: state?.status ?? 'active',
      statusSince: state?.statusSince ?? null,
      withdrawalStartedOn: state?.withdrawalStartedOn ?? null,
      closedOn: state?.closedOn ?? null,
      handedOverOn: state?.handedOverOn ?? null,
      contingents: presentBySite.get(site.id) ?? [],
      lastMilestone: lastBySite.get(site.id) ?? null,
      version: site.version,
    };
  });
}

export function filterSites(sites: readonly SiteView[], filters: SiteFilters): SiteView[] {
  const region = filters.region ? foldForSearch(filters.region) : null;
  const phase = filters.phase ? foldForSearch(filters.phase) : null;
  return sites.filter(
    (s) =>
      (!filters.status || s.status === filters.status) &&
      (!region || foldForSearch(s.region) === region) &&
      (!phase || (s.phase !== null && foldForSearch(s.phase) === phase)) &&
      (!filters.q || matchesNameOrAlias(filters.q, s.name, s.aliases)),
  );
}

export interface ContingentView extends ContingentRef {
  missionCode: string;
  strength: number | null;
  deployments: { siteId: number; siteName: string; startDate: CalendarDate | null; endDate: CalendarDate | null; strength: number | null }[];
  /** Sites where it is deployed on the "as of" day. */
  presentAt: { siteId: number; siteName: string }[];
  repatriated: boolean;
  repatriatedOn: CalendarDate | null;
}

export function contingentViews(snapshot: MissionSnapshot, asOf: CalendarDate): ContingentView[] {
  const siteName = new Map(snapshot.sites.map((s) => [s.id, s.name]));
  const repatriatedOn = new Map<number, CalendarDate>();
  for (const m of snapshot.milestones) {
    if (m.type !== 'contingent_repatriated' || m.status !== 'achieved' || m.date > asOf || m.contingentId === null) continue;
    const seen = repatriatedOn.get(m.contingentId);
    if (!seen || m.date < seen) repatriatedOn.set(m.contingentId, m.date);
  }
  return snapshot.contingents.map((c) => {
    const deployments = snapshot.deployments
      .filter((d) => d.contingentId === c.id)
      .map((d) => ({
        siteId: d.siteId,
        siteName: siteName.get(d.siteId) ?? '',
        startDate: d.startDate,
        endDate: d.endDate,
        strength: d.strength,
        present: isDeployedOn(d, asOf),
      }));
    return {
      id: c.id,
      missionCode: snapshot.mission.code,
      country: c.country,
      countryIso: c.countryIso,
      unitKind: c.unitKind,
      name: c.name,
      strength: c.strength,
      deployments: deployments.map(({ present: _p, ...d }) => d),
      presentAt: deployments.filter((d) => d.present).map((d) => ({ siteId: d.siteId, siteName: d.siteName })),
      repatriated: repatriatedOn.has(c.id),
      repatriatedOn: repatriatedOn.get(c.id) ?? null,
    };
  });
}

/** The progress figures and what the charts draw from them (lib/domain/charts.ts). */
export type ProgressView = Progress & ProgressCharts & { missionCode: string };

export function progressView(snapshot: MissionSnapshot, asOf: CalendarDate): ProgressView {
  const progress = computeProgress({
    asOf,
    deadline: snapshot.mission.withdrawalDeadline,
    drawdownStart: snapshot.mission.drawdownStart,
    personnelInScope: snapshot.mission.personnelInScope,
    sites: snapshot.sites.map((s) => ({ id: s.id, plannedHandover: plannedHandoverOf(s, snapshot).date })),
    milestones: snapshot.milestones,
  });
  return { missionCode: snapshot.mission.code, ...progress, ...progressCharts(snapshot, asOf) };
}
