/**
 * A site's status, derived from its milestone log "as of" a calendar day (SPEC section 2).
 * Pure functions: no I/O, no Date objects, calendar days compared as `YYYY-MM-DD` strings.
 *
 * Rules
 * - Only milestones that are `achieved` and dated on or before `asOf` count. `planned` and
 *   `cancelled` milestones never count, nor does anything dated after `asOf`.
 * - Milestones without a site (`siteId === null`) concern no site and are ignored.
 * - handedOverOn = earliest `site_handed_over`; closedOn = earliest `withdrawal_completed`;
 *   withdrawalStartedOn = earliest milestone whose type is a withdrawal step
 *   (WITHDRAWAL_STEP_TYPES), or the closure / handover day when that is earlier (a site handed
 *   over with no recorded start still started then).
 * - Status precedence: handed_over > closed > withdrawing > active. `statusSince` and
 *   `statusMilestoneId` name the milestone behind the current status (null when active).
 * - Ties (two milestones of the same kind on the same day) go to the lowest id, so the
 *   result does not depend on the order of the input.
 */
import type { CalendarDate } from './calendar-date';
import { minDate } from './calendar-date';
import type { MilestoneStatus, MilestoneType, SiteStatus } from './vocabulary';
import { WITHDRAWAL_STEP_TYPES } from './vocabulary';

export interface StatusMilestone {
  id: number;
  siteId: number | null;
  type: MilestoneType;
  date: CalendarDate;
  status: MilestoneStatus;
}

export interface SiteState {
  status: SiteStatus;
  statusSince: CalendarDate | null;
  withdrawalStartedOn: CalendarDate | null;
  closedOn: CalendarDate | null;
  handedOverOn: CalendarDate | null;
  /** the milestone that put the site in its current status */
  statusMilestoneId: number | null;
}

/** The state of a site with no counting milestone. */
export const ACTIVE_STATE: Readonly<SiteState> = Object.freeze({
  status: 'active',
  statusSince: null,
  withdrawalStartedOn: null,
  closedOn: null,
  handedOverOn: null,
  statusMilestoneId: null,
});

/** True when the milestone counts toward status as of `asOf`: achieved and dated on or before it. */
export function countsAsOf(m: Pick<StatusMilestone, 'status' | 'date'>, asOf: CalendarDate): boolean {
  return m.status === 'achieved' && m.date <= asOf;
}

interface Ref {
  id: number;
  date: CalendarDate;
}

/** Earliest milestone of each kind seen so far for one site. */
interface Accumulator {
  handover: Ref | null;
  closure: Ref | null;
  step: Ref | null;
}

function emptyAccumulator(): Accumulator {
  return { handover: null, closure: null, step: null };
}

function earlier(candidate: Ref, current: Ref | null): boolean {
  if (current === null) return true;
  if (candidate.date !== current.date) return candidate.date < current.date;
  return candidate.id < current.id;
}

/** Feeds one milestone (already known to count) into the accumulator. */
function accumulate(acc: Accumulator, m: StatusMilestone): void {
  const ref: Ref = { id: m.id, date: m.date };
  if (m.type === 'site_handed_over') {
    if (earlier(ref, acc.handover)) acc.handover = ref;
  } else if (m.type === 'withdrawal_completed') {
    if (earlier(ref, acc.closure)) acc.closure = ref;
  } else if (WITHDRAWAL_STEP_TYPES.has(m.type)) {
    if (earlier(ref, acc.step)) acc.step = ref;
  }
}

function finish(acc: Accumulator): SiteState {
  const handedOverOn = acc.handover?.date ?? null;
  const closedOn = acc.closure?.date ?? null;
  const withdrawalStartedOn = minDate(acc.step?.date, closedOn, handedOverOn);
  const cause: Ref | null = acc.handover ?? acc.closure ?? acc.step;
  const status: SiteStatus = acc.handover
    ? 'handed_over'
    : acc.closure
      ? 'closed'
      : acc.step
        ? 'withdrawing'
        : 'active';
  return {
    status,
    statusSince: cause?.date ?? null,
    withdrawalStartedOn,
    closedOn,
    handedOverOn,
    statusMilestoneId: cause?.id ?? null,
  };
}

/**
 * The state of one site as of `asOf`, from that site's milestones (the caller passes the
 * site's log; milestones without a site are ignored, other site ids are not filtered).
 */
export function siteStateAsOf(milestones: readonly StatusMilestone[], asOf: CalendarDate): SiteState {
  const acc = emptyAccumulator();
  for (const m of milestones) {
    if (m.siteId === null || !countsAsOf(m, asOf)) continue;
    accumulate(acc, m);
  }
  return finish(acc);
}

/**
 * The state of every site in `siteIds` as of `asOf`, in one pass over all the mission's
 * milestones. Milestones for a site not in `siteIds`, or with no site, are ignored; a site
 * with no counting milestone is `active`. The map preserves the order of `siteIds`.
 */
export function siteStatesAsOf(
  siteIds: readonly number[],
  milestones: readonly StatusMilestone[],
  asOf: CalendarDate,
): Map<number, SiteState> {
  const accs = new Map<number, Accumulator>();
  for (const id of siteIds) if (!accs.has(id)) accs.set(id, emptyAccumulator());
  for (const m of milestones) {
    if (m.siteId === null || !countsAsOf(m, asOf)) continue;
    const acc = accs.get(m.siteId);
    if (acc) accumulate(acc, m);
  }
  const out = new Map<number, SiteState>();
  for (const [id, acc] of accs) out.set(id, finish(acc));
  return out;
}

/** The day a site stopped counting as open: the earlier of its closure and its handover. */
export function doneOn(state: Pick<SiteState, 'closedOn' | 'handedOverOn'>): CalendarDate | null {
  return minDate(state.closedOn, state.handedOverOn);
}

/** True when the site is closed or handed over. */
export function isDone(state: Pick<SiteState, 'closedOn' | 'handedOverOn'>): boolean {
  return doneOn(state) !== null;
}

/**
 * The distinct dates of the milestones, sorted, for "as of" navigation. Cancelled milestones
 * are always left out; with `achievedOnly` (the default) planned ones are left out too.
 */
export function milestoneDates(
  milestones: readonly Pick<StatusMilestone, 'date' | 'status'>[],
  options: { achievedOnly?: boolean } = {},
): CalendarDate[] {
  const achievedOnly = options.achievedOnly ?? true;
  const dates = new Set<CalendarDate>();
  for (const m of milestones) {
    if (m.status === 'cancelled') continue;
    if (achievedOnly && m.status !== 'achieved') continue;
    dates.add(m.date);
  }
  return [...dates].sort();
}
