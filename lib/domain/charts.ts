/**
 * What the progress charts draw, as of a calendar day, beyond the figures of
 * lib/domain/progress.ts: the sites and milestones behind each step of the progress line,
 * the personnel figures as reported, one timeline row per site, and the sites by status per
 * phase and per region. Pure: no I/O, no Date objects; everything is derived from the same
 * milestone log and the same status rules (lib/domain/status.ts), so a chart can never
 * disagree with the figures shown beside it.
 */
import type { CalendarDate } from './calendar-date';
import type { MissionSnapshot, SnapshotMilestone, SnapshotSite } from './snapshot';
import { personnelDepartedAsOf } from './progress';
import { countsAsOf, doneOn, siteStatesAsOf, type SiteState } from './status';
import { foldForSearch } from './search';
import type { MilestoneStatus, MilestoneType, SiteStatus } from './vocabulary';

/**
 * Where a milestone comes from. The domain knows only the release id; the read API fills in
 * the release's date and title, or the URL and publisher of a source that is not a release.
 */
export type ChartSource =
  | { releaseId: number; releaseDate?: CalendarDate; releaseTitle?: string | null; url?: string | null; language?: string }
  | { url: string; publisher: string | null }
  | null;

/** A milestone as a chart names it. */
export interface ChartMilestone {
  id: number;
  type: MilestoneType;
  date: CalendarDate;
  title: string;
  siteId: number | null;
  contingentId: number | null;
  figure: number | null;
  source: ChartSource;
}

export interface StepSite {
  id: number;
  name: string;
  /** how the site was done that day: handed over wins over closed on the same day */
  how: 'closed' | 'handed_over';
  /** the closure and handover milestones dated that day: the facts behind the step */
  milestones: ChartMilestone[];
}

export interface PlannedStepSite {
  id: number;
  name: string;
  /** the site's own planned handover date, or its phase's planned end */
  from: 'site' | 'phase';
}

/**
 * One day on which the progress line or the plan line moves. `done` and `planned` are the
 * cumulative counts at the end of that day, as in the series; `doneSites` is empty after
 * asOf (nothing later is known yet).
 */
export interface ProgressStep {
  date: CalendarDate;
  done: number;
  planned: number;
  doneSites: StepSite[];
  plannedSites: PlannedStepSite[];
}

/** A personnel figure as reported: never an interpolated value. */
export interface PersonnelPoint {
  date: CalendarDate;
  departed: number;
  /** `mission`: a mission-wide tally; `unit`: a site's or a contingent's own figure, used before any tally */
  scope: 'mission' | 'unit';
  /** the milestones reporting that figure on that day */
  milestones: ChartMilestone[];
}

export interface TimelineMark {
  id: number;
  type: MilestoneType;
  date: CalendarDate;
  title: string;
  status: Extract<MilestoneStatus, 'achieved' | 'planned'>;
}

export interface TimelineRow {
  siteId: number;
  slug: string;
  name: string;
  region: string;
  phase: string | null;
  phaseName: string | null;
  /** the planned window: the phase's planned start to the site's planned handover */
  plannedStart: CalendarDate | null;
  plannedEnd: CalendarDate | null;
  plannedEndFrom: 'site' | 'phase' | null;
  status: SiteStatus;
  withdrawalStartedOn: CalendarDate | null;
  doneOn: CalendarDate | null;
  closedOn: CalendarDate | null;
  handedOverOn: CalendarDate | null;
  /** achieved milestones dated on or before asOf, and milestones still planned */
  marks: TimelineMark[];
}

export interface BreakdownRow {
  /** the phase code or the region name; '' for sites with no phase */
  key: string;
  label: string;
  active: number;
  withdrawing: number;
  closed: number;
  handedOver: number;
  total: number;
}

export interface ProgressCharts {
  steps: ProgressStep[];
  personnelSeries: PersonnelPoint[];
  timeline: TimelineRow[];
  breakdowns: { byPhase: BreakdownRow[]; byRegion: BreakdownRow[] };
}

function chartMilestone(m: SnapshotMilestone): ChartMilestone {
  return {
    id: m.id,
    type: m.type,
    date: m.date,
    title: m.title,
    siteId: m.siteId,
    contingentId: m.contingentId,
    figure: m.figure,
    source: m.releaseId === null ? null : { releaseId: m.releaseId },
  };
}

function byDateThenId(a: { date: CalendarDate; id: number }, b: { date: CalendarDate; id: number }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id;
}

/** The site's planned handover: its own date, else its phase's planned end (as lib/domain/views.ts). */
function plannedEndOf(site: SnapshotSite, snapshot: MissionSnapshot): { date: CalendarDate | null; from: 'site' | 'phase' | null } {
  if (site.plannedHandover) return { date: site.plannedHandover, from: 'site' };
  const end = snapshot.mission.phases.find((p) => p.code === site.phase)?.plannedEnd ?? null;
  return end ? { date: end, from: 'phase' } : { date: null, from: null };
}

/** Distinct sites, first occurrence wins, as the status and progress functions count them. */
function distinctSites(snapshot: MissionSnapshot): SnapshotSite[] {
  const seen = new Set<number>();
  return snapshot.sites.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

/**
 * The days on which the progress line (up to asOf) or the plan line moves, with the sites
 * behind each move. The counts agree with computeProgress's series on the same days.
 */
export function progressSteps(snapshot: MissionSnapshot, asOf: CalendarDate, states?: Map<number, SiteState>): ProgressStep[] {
  const sites = distinctSites(snapshot);
  const stateOf = states ?? siteStatesAsOf(sites.map((s) => s.id), snapshot.milestones, asOf);
  const byDate = new Map<CalendarDate, { doneSites: StepSite[]; plannedSites: PlannedStepSite[] }>();
  const entry = (date: CalendarDate) => {
    let e = byDate.get(date);
    if (!e) byDate.set(date, (e = { doneSites: [], plannedSites: [] }));
    return e;
  };
  const endings = new Map<number, SnapshotMilestone[]>();
  for (const m of snapshot.milestones) {
    if (m.siteId === null || !countsAsOf(m, asOf)) continue;
    if (m.type !== 'site_handed_over' && m.type !== 'withdrawal_completed') continue;
    const list = endings.get(m.siteId) ?? [];
    list.push(m);
    endings.set(m.siteId, list);
  }
  for (const site of sites) {
    const state = stateOf.get(site.id);
    const done = state ? doneOn(state) : null;
    if (done) {
      const behind = (endings.get(site.id) ?? []).filter((m) => m.date === done).sort(byDateThenId);
      const how = behind.some((m) => m.type === 'site_handed_over') ? 'handed_over' : 'closed';
      entry(done).doneSites.push({ id: site.id, name: site.name, how, milestones: behind.map(chartMilestone) });
    }
    const planned = plannedEndOf(site, snapshot);
    if (planned.date && planned.from) entry(planned.date).plannedSites.push({ id: site.id, name: site.name, from: planned.from });
  }
  const dates = [...byDate.keys()].sort();
  let done = 0;
  let planned = 0;
  return dates.map((date) => {
    const e = byDate.get(date) as { doneSites: StepSite[]; plannedSites: PlannedStepSite[] };
    done += e.doneSites.length;
    planned += e.plannedSites.length;
    return { date, done, planned, doneSites: e.doneSites, plannedSites: e.plannedSites };
  });
}

/**
 * The personnel departed as reported, one point per day on which the reported figure
 * changes source: on each point's day, the headline figure (personnelDepartedAsOf) is that
 * point's figure. Days whose figures the headline ignores (a unit's figure once the mission
 * publishes tallies) make no point, so the chart and the headline never disagree.
 */
export function personnelSeries(milestones: readonly SnapshotMilestone[], asOf: CalendarDate): PersonnelPoint[] {
  const figures = milestones.filter(
    (m) => m.type === 'personnel_departed' && countsAsOf(m, asOf) && m.figure !== null && Number.isFinite(m.figure),
  );
  const days = [...new Set(figures.map((m) => m.date))].sort();
  const points: PersonnelPoint[] = [];
  for (const day of days) {
    const reported = personnelDepartedAsOf(milestones, day);
    if (reported.figureDate !== day || reported.departed === null) continue;
    const onDay = figures.filter((m) => m.date === day && m.figure === reported.departed);
    const missionWide = onDay.filter((m) => m.siteId === null && m.contingentId === null);
    const behind = (missionWide.length > 0 ? missionWide : onDay).sort(byDateThenId);
    points.push({ date: day, departed: reported.departed, scope: missionWide.length > 0 ? 'mission' : 'unit', milestones: behind.map(chartMilestone) });
  }
  return points;
}

/**
 * One row per site, sorted by phase (in the mission's phase order, sites with no phase last),
 * then by planned handover, then by the day it was done, then by name.
 */
export function timelineRows(snapshot: MissionSnapshot, asOf: CalendarDate, states?: Map<number, SiteState>): TimelineRow[] {
  const sites = distinctSites(snapshot);
  const stateOf = states ?? siteStatesAsOf(sites.map((s) => s.id), snapshot.milestones, asOf);
  const phaseOrder = new Map(snapshot.mission.phases.map((p, i) => [p.code, i]));
  const phaseStart = new Map(snapshot.mission.phases.map((p) => [p.code, p.plannedStart]));
  const marks = new Map<number, TimelineMark[]>();
  for (const m of snapshot.milestones) {
    if (m.siteId === null) continue;
    const keep = m.status === 'planned' || countsAsOf(m, asOf);
    if (!keep) continue;
    const list = marks.get(m.siteId) ?? [];
    list.push({ id: m.id, type: m.type, date: m.date, title: m.title, status: m.status === 'planned' ? 'planned' : 'achieved' });
    marks.set(m.siteId, list);
  }
  const rows = sites.map((site): TimelineRow => {
    const state = stateOf.get(site.id);
    const planned = plannedEndOf(site, snapshot);
    return {
      siteId: site.id,
      slug: site.slug,
      name: site.name,
      region: site.region,
      phase: site.phase,
      phaseName: site.phaseName,
      plannedStart: site.phase === null ? null : (phaseStart.get(site.phase) ?? null),
      plannedEnd: planned.date,
      plannedEndFrom: planned.from,
      status: state?.status ?? 'active',
      withdrawalStartedOn: state?.withdrawalStartedOn ?? null,
      doneOn: state ? doneOn(state) : null,
      closedOn: state?.closedOn ?? null,
      handedOverOn: state?.handedOverOn ?? null,
      marks: (marks.get(site.id) ?? []).sort(byDateThenId),
    };
  });
  const rank = (r: TimelineRow) => (r.phase === null ? Number.MAX_SAFE_INTEGER : (phaseOrder.get(r.phase) ?? Number.MAX_SAFE_INTEGER - 1));
  const cmpDate = (a: CalendarDate | null, b: CalendarDate | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.phase ?? '').localeCompare(b.phase ?? '') ||
      cmpDate(a.plannedEnd, b.plannedEnd) ||
      cmpDate(a.doneOn, b.doneOn) ||
      foldForSearch(a.name).localeCompare(foldForSearch(b.name)) ||
      a.siteId - b.siteId,
  );
}

function emptyRow(key: string, label: string): BreakdownRow {
  return { key, label, active: 0, withdrawing: 0, closed: 0, handedOver: 0, total: 0 };
}

function addStatus(row: BreakdownRow, status: SiteStatus): void {
  if (status === 'handed_over') row.handedOver++;
  else row[status]++;
  row.total++;
}

/**
 * Sites by status as of the day, per phase (the mission's phase order, phases with no site
 * kept so a phase not started still shows; sites with no phase last) and per region (by name).
 */
export function breakdowns(rows: readonly Pick<TimelineRow, 'phase' | 'phaseName' | 'region' | 'status'>[], snapshot: MissionSnapshot): ProgressCharts['breakdowns'] {
  const byPhase = new Map<string, BreakdownRow>();
  for (const p of snapshot.mission.phases) byPhase.set(p.code, emptyRow(p.code, p.name));
  const byRegion = new Map<string, BreakdownRow>();
  for (const r of rows) {
    const key = r.phase ?? '';
    let phaseRow = byPhase.get(key);
    if (!phaseRow) byPhase.set(key, (phaseRow = emptyRow(key, r.phaseName ?? key)));
    addStatus(phaseRow, r.status);
    const regionKey = foldForSearch(r.region);
    let regionRow = byRegion.get(regionKey);
    if (!regionRow) byRegion.set(regionKey, (regionRow = emptyRow(r.region, r.region)));
    addStatus(regionRow, r.status);
  }
  const phaseRows = [...byPhase.values()];
  const noPhase = phaseRows.findIndex((r) => r.key === '');
  if (noPhase >= 0) phaseRows.push(...phaseRows.splice(noPhase, 1));
  const regionRows = [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
  return { byPhase: phaseRows, byRegion: regionRows };
}

/** Everything the charts draw beyond the progress figures, from one pass over the status rules. */
export function progressCharts(snapshot: MissionSnapshot, asOf: CalendarDate): ProgressCharts {
  const states = siteStatesAsOf(distinctSites(snapshot).map((s) => s.id), snapshot.milestones, asOf);
  const timeline = timelineRows(snapshot, asOf, states);
  return {
    steps: progressSteps(snapshot, asOf, states),
    personnelSeries: personnelSeries(snapshot.milestones, asOf),
    timeline,
    breakdowns: breakdowns(timeline, snapshot),
  };
}

/** Every milestone a chart names with its source, for the read API to fill the sources in. */
export function chartMilestones(charts: ProgressCharts): ChartMilestone[] {
  return [
    ...charts.steps.flatMap((s) => s.doneSites.flatMap((d) => d.milestones)),
    ...charts.personnelSeries.flatMap((p) => p.milestones),
  ];
}
