/**
 * The progress of a mission's withdrawal as of a calendar day (SPEC section 5, Progress):
 * site counts, personnel departed, the cumulative series against the plan, the projection at
 * the current pace and the on-track verdict. Pure: no I/O, no Date objects.
 */
import type { CalendarDate } from './calendar-date';
import { addDays, daysBetween, minDate } from './calendar-date';
import type { StatusMilestone } from './status';
import { countsAsOf, doneOn, siteStatesAsOf } from './status';
import type { VerdictStatus } from './vocabulary';
import { reasonInEnglish } from '../format/verdict';

export interface ProgressMilestone extends StatusMilestone {
  figure: number | null;
  contingentId?: number | null;
}

export interface ProgressSite {
  id: number;
  /** the site's own planned handover, else its phase's planned end (resolved by the caller) */
  plannedHandover: CalendarDate | null;
}

export interface ProgressInput {
  asOf: CalendarDate;
  deadline: CalendarDate;
  /** the mission's start of withdrawal */
  drawdownStart: CalendarDate | null;
  personnelInScope: number | null;
  sites: readonly ProgressSite[];
  /** all of the mission's milestones (any date, any status) */
  milestones: readonly ProgressMilestone[];
}

export interface SeriesPoint {
  date: CalendarDate;
  /** sites closed or handed over on or before `date` (never counting anything after asOf) */
  done: number;
  /** sites whose planned handover is on or before `date` */
  planned: number;
}

export const VERDICT_REASON_CODES = ['done', 'late', 'behind_pace', 'no_pace', 'on_pace', 'not_started'] as const;
export type VerdictReasonCode = (typeof VERDICT_REASON_CODES)[number];

export interface VerdictParams {
  sitesLeft: number;
  sitesTotal: number;
  sitesDone: number;
  daysLeft: number;
  /** days per site at the current pace, 1 decimal; null without a pace */
  daysPerSite: number | null;
  completionDate: CalendarDate | null;
  finishedOn: CalendarDate | null;
  deadline: CalendarDate;
  /** the day the withdrawal starts (the mission's drawdown start), when known */
  startsOn: CalendarDate | null;
  /** days from asOf to startsOn; 0 once it has started or when the start is unknown */
  daysToStart: number;
  [key: string]: string | number | null;
}

export interface Verdict {
  status: VerdictStatus;
  reason: string;
  reasonCode: VerdictReasonCode;
  params: VerdictParams;
}

/**
 * The projection at the current pace. The pace is the number of sites done as of asOf
 * divided by the days from `paceFrom` (the mission's drawdown start, else the first day a
 * site was done) to asOf; `paceSites` and `paceDays` are those two figures, so a screen can
 * say in words how the pace was measured.
 */
export interface Projection {
  completionDate: CalendarDate | null;
  pacePerWeek: number | null;
  basis: string;
  paceFrom: CalendarDate | null;
  paceSites: number;
  paceDays: number;
}

export interface Progress {
  asOf: CalendarDate;
  deadline: CalendarDate;
  /** deadline - asOf in days; negative once the deadline has passed */
  daysLeft: number;
  sites: { total: number; active: number; withdrawing: number; closed: number; handedOver: number };
  personnel: { inScope: number | null; departed: number | null; figureDate: CalendarDate | null };
  series: SeriesPoint[];
  projection: Projection;
  verdict: Verdict;
  /** the day the last site closed or was handed over, when all are done as of asOf */
  finishedOn: CalendarDate | null;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The latest achieved `personnel_departed` figure dated on or before asOf (largest on a tie). */
export function personnelDepartedAsOf(
  milestones: readonly ProgressMilestone[],
  asOf: CalendarDate,
): { departed: number | null; figureDate: CalendarDate | null } {
  // Figures are "departed to date" tallies. A mission-wide tally (no site, no contingent)
  // is the one to report; a unit's or a site's own figure is only a floor, used when the
  // mission has published no tally yet, so a unit's "200 left" never hides "5,000 left".
  const best = (missionWide: boolean) => {
    let departed: number | null = null;
    let figureDate: CalendarDate | null = null;
    for (const m of milestones) {
      if (m.type !== 'personnel_departed' || !countsAsOf(m, asOf)) continue;
      if (m.figure === null || !Number.isFinite(m.figure)) continue;
      if (missionWide && (m.siteId !== null || (m.contingentId ?? null) !== null)) continue;
      if (figureDate === null || m.date > figureDate || (m.date === figureDate && m.figure > (departed ?? -Infinity))) {
        departed = m.figure;
        figureDate = m.date;
      }
    }
    return { departed, figureDate };
  };
  const missionWide = best(true);
  return missionWide.departed !== null ? missionWide : best(false);
}

/**
 * The cumulative series. Points: every date where `done` or `planned` changes, plus
 * drawdownStart, asOf and deadline; sorted and unique.
 *
 * Points after asOf are kept so the plan line is complete up to max(deadline, last planned
 * date); on those points `done` stays frozen at its asOf value (done dates come only from
 * milestones achieved on or before asOf, so nothing later can leak in).
 */
function buildSeries(
  doneDates: readonly CalendarDate[],
  plannedDates: readonly CalendarDate[],
  extraDates: readonly (CalendarDate | null)[],
): SeriesPoint[] {
  const done = [...doneDates].sort();
  const planned = [...plannedDates].sort();
  const all = new Set<CalendarDate>([...done, ...planned]);
  for (const d of extraDates) if (d) all.add(d);
  const dates = [...all].sort();
  const series: SeriesPoint[] = [];
  let i = 0;
  let j = 0;
  for (const date of dates) {
    while (i < done.length && (done[i] as CalendarDate) <= date) i++;
    while (j < planned.length && (planned[j] as CalendarDate) <= date) j++;
    series.push({ date, done: i, planned: j });
  }
  return series;
}

export function computeProgress(input: ProgressInput): Progress {
  const { asOf, deadline, drawdownStart, personnelInScope } = input;
  const siteIds = input.sites.map((s) => s.id);
  const states = siteStatesAsOf(siteIds, input.milestones, asOf);

  // Counts, done dates and the de facto start of withdrawal, as of asOf.
  const sites = { total: states.size, active: 0, withdrawing: 0, closed: 0, handedOver: 0 };
  const doneDates: CalendarDate[] = [];
  let firstStartedOn: CalendarDate | null = null;
  for (const state of states.values()) {
    if (state.status === 'active') sites.active++;
    else if (state.status === 'withdrawing') sites.withdrawing++;
    else if (state.status === 'closed') sites.closed++;
    else sites.handedOver++;
    const d = doneOn(state);
    if (d) doneDates.push(d);
    firstStartedOn = minDate(firstStartedOn, state.withdrawalStartedOn);
  }
  doneDates.sort();

  // Planned dates, one per distinct site (a duplicated id counts once, as in `states`).
  const plannedById = new Map<number, CalendarDate | null>();
  for (const s of input.sites) if (!plannedById.has(s.id)) plannedById.set(s.id, s.plannedHandover);
  const plannedDates: CalendarDate[] = [];
  for (const p of plannedById.values()) if (p) plannedDates.push(p);

  const total = sites.total;
  const doneCount = doneDates.length;
  const remaining = total - doneCount;
  const allDone = total > 0 && remaining === 0;
  const finishedOn = allDone ? (doneDates[doneDates.length - 1] ?? null) : null;
  const daysLeft = daysBetween(asOf, deadline);

  const personnel = { inScope: personnelInScope, ...personnelDepartedAsOf(input.milestones, asOf) };

  const series = buildSeries(doneDates, plannedDates, [drawdownStart, asOf, deadline]);

  // Projection at the current pace: sites done / days elapsed since the start.
  const firstDoneOn = doneDates[0] ?? null;
  const paceStart = drawdownStart ?? firstDoneOn;
  const elapsed = paceStart === null ? 0 : daysBetween(paceStart, asOf);
  const hasPace = doneCount > 0 && elapsed > 0;
  const pacePerWeek = hasPace ? round((doneCount * 7) / elapsed, 2) : null;
  const daysPerSite = hasPace ? round(elapsed / doneCount, 1) : null;
  let completionDate: CalendarDate | null = null;
  if (allDone) completionDate = finishedOn;
  else if (hasPace && remaining > 0) completionDate = addDays(asOf, Math.ceil((remaining * elapsed) / doneCount));

  // The withdrawal has begun when the mission says so, or (without a start date) once any site started.
  const effectiveStart = drawdownStart ?? firstStartedOn;
  const started = effectiveStart !== null && asOf >= effectiveStart;
  const beforeStart = drawdownStart !== null && asOf < drawdownStart;

  let basis: string;
  const doneText = `${plural(doneCount, 'site')} closed or handed over`;
  if (beforeStart && !allDone) {
    basis = `The withdrawal starts on ${drawdownStart}; there is no pace to project before it.`;
  } else if (hasPace) {
    const since = drawdownStart ? `since ${drawdownStart}` : `since the first on ${paceStart}`;
    basis = `${doneText} in ${plural(elapsed, 'day')} ${since}`;
  } else if (total === 0) {
    basis = 'No sites recorded for this mission; no pace to project.';
  } else if (doneCount === 0) {
    basis = `No site closed or handed over yet as of ${asOf}; no pace to project.`;
  } else {
    basis = `${doneText}, but no days elapsed since ${paceStart ?? asOf}; no pace to project yet.`;
  }
  if (allDone) basis = `All ${plural(total, 'site')} closed or handed over; finished on ${finishedOn}. ${basis}`;

  // Verdict.
  const params: VerdictParams = {
    sitesLeft: remaining,
    sitesTotal: total,
    sitesDone: doneCount,
    daysLeft,
    daysPerSite,
    completionDate,
    finishedOn,
    deadline,
    startsOn: drawdownStart,
    daysToStart: beforeStart ? daysBetween(asOf, drawdownStart) : 0,
  };
  // The words of the reason are the messages' (messages/en/common.json, reason.*): one wording.
  const verdictOf = (status: VerdictStatus, reasonCode: VerdictReasonCode): Verdict => {
    const verdict = { status, reasonCode, params };
    return { ...verdict, reason: reasonInEnglish(verdict) };
  };
  let verdict: Verdict;
  if (allDone) verdict = verdictOf('done', 'done');
  else if (beforeStart) verdict = verdictOf('not_started', 'not_started');
  else if (total > 0 && asOf > deadline) verdict = verdictOf('late', 'late');
  // Nothing to withdraw has been recorded: neither done nor late; treat as not started.
  else if (total === 0) verdict = verdictOf('not_started', 'not_started');
  else if (completionDate === null) verdict = started ? verdictOf('at_risk', 'no_pace') : verdictOf('not_started', 'not_started');
  else if (completionDate > deadline) verdict = verdictOf('at_risk', 'behind_pace');
  else verdict = verdictOf('on_track', 'on_pace');

  return {
    asOf,
    deadline,
    daysLeft,
    sites,
    personnel,
    series,
    projection: { completionDate, pacePerWeek, basis, paceFrom: paceStart, paceSites: doneCount, paceDays: Math.max(elapsed, 0) },
    verdict,
    finishedOn,
  };
}
