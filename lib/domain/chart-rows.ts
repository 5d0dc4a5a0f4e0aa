/**
 * The rows each chart draws, built once from the progress body: the chart, its data table
 * and its CSV download all read these rows, so the table and the file hold exactly what is
 * drawn. Pure: no I/O, no Date objects; days stay `YYYY-MM-DD` strings, and the x position
 * of a day is its number of days since 1970-01-01.
 */
import { addDays, daysBetween, maxDate, minDate, type CalendarDate } from './calendar-date';
import type { PersonnelPoint, ProgressStep } from './charts';
import type { ProgressView } from './views';

const EPOCH: CalendarDate = '1970-01-01';

/** The x position of a day: whole days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  return daysBetween(EPOCH, date);
}

export function dayFromNumber(n: number): CalendarDate {
  return addDays(EPOCH, n);
}

/**
 * How far past the later of the deadline and the as-of day a projection is drawn: far enough
 * to show a miss, near enough that the months that happened keep most of the width.
 */
export const PROJECTION_HORIZON_DAYS = 92;

export type ProgressInputs = Pick<ProgressView, 'asOf' | 'deadline' | 'sites' | 'series' | 'steps' | 'projection' | 'finishedOn' | 'personnelSeries'>;

export interface ProgressChartRow {
  date: CalendarDate;
  x: number;
  /** closed or handed over by the end of the day; null after the as-of day (not known yet) */
  done: number | null;
  planned: number | null;
  /** the projection's two ends: the as-of day's count and the projected finish */
  projected: number | null;
  step: ProgressStep | null;
}

export interface ProjectionLine {
  from: CalendarDate;
  to: CalendarDate;
  fromValue: number;
  toValue: number;
  /** the projected finish lies beyond the drawn horizon; `to` is the horizon */
  offChart: boolean;
}

/** The days the progress and personnel charts span: the series, the projection and the figures. */
export function chartDomain(p: ProgressInputs): [CalendarDate, CalendarDate] {
  const projection = projectionLine(p);
  const first = minDate(p.series[0]?.date, p.personnelSeries[0]?.date, p.asOf) as CalendarDate;
  const last = maxDate(p.series.at(-1)?.date, p.personnelSeries.at(-1)?.date, projection?.to, p.deadline, p.asOf) as CalendarDate;
  return [first, last];
}

function doneAsOf(p: ProgressInputs): number {
  return p.sites.closed + p.sites.handedOver;
}

/**
 * The dashed line from the as-of day's count to the projected finish, when there is one to
 * draw: a pace, and sites left. A finish beyond the horizon is drawn to the horizon, at the
 * count the same pace gives there.
 */
export function projectionLine(p: ProgressInputs): ProjectionLine | null {
  const done = doneAsOf(p);
  const completion = p.projection.completionDate;
  if (completion === null || p.finishedOn !== null || completion <= p.asOf || done >= p.sites.total) return null;
  const horizon = addDays(maxDate(p.deadline, p.asOf) as CalendarDate, PROJECTION_HORIZON_DAYS);
  if (completion <= horizon) return { from: p.asOf, to: completion, fromValue: done, toValue: p.sites.total, offChart: false };
  const share = daysBetween(p.asOf, horizon) / daysBetween(p.asOf, completion);
  const value = Math.round((done + (p.sites.total - done) * share) * 10) / 10;
  return { from: p.asOf, to: horizon, fromValue: done, toValue: value, offChart: true };
}

/**
 * One row per day of the series (the days where a line moves, the drawdown start, the as-of
 * day and the deadline), plus the projection's end when it is not one of them.
 */
export function progressChartRows(p: ProgressInputs): ProgressChartRow[] {
  const stepByDate = new Map(p.steps.map((s) => [s.date, s]));
  const projection = projectionLine(p);
  const rows: ProgressChartRow[] = p.series.map((point) => ({
    date: point.date,
    x: dayNumber(point.date),
    done: point.date <= p.asOf ? point.done : null,
    planned: point.planned,
    projected: null,
    step: stepByDate.get(point.date) ?? null,
  }));
  if (projection) {
    const start = rows.find((r) => r.date === projection.from);
    if (start) start.projected = projection.fromValue;
    const end = rows.find((r) => r.date === projection.to);
    if (end) end.projected = projection.toValue;
    else {
      rows.push({ date: projection.to, x: dayNumber(projection.to), done: null, planned: null, projected: projection.toValue, step: null });
      rows.sort((a, b) => a.x - b.x);
    }
  }
  return rows;
}

export interface PersonnelChartRow {
  date: CalendarDate;
  x: number;
  departed: number;
  /** departed / in scope, 0 to 1 and beyond; null without a figure in scope */
  share: number | null;
  point: PersonnelPoint;
}

export function personnelChartRows(p: Pick<ProgressView, 'personnelSeries' | 'personnel'>): PersonnelChartRow[] {
  const inScope = p.personnel.inScope;
  return p.personnelSeries.map((point) => ({
    date: point.date,
    x: dayNumber(point.date),
    departed: point.departed,
    share: inScope ? point.departed / inScope : null,
    point,
  }));
}

/**
 * Month starts from `start` to `end` to label a time axis, every month or every few months so
 * that there are at most `maxTicks`.
 */
export function monthTicks(start: CalendarDate, end: CalendarDate, maxTicks: number): CalendarDate[] {
  if (end < start || maxTicks < 1) return [];
  const months: CalendarDate[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  if (!start.endsWith('-01')) m += 1;
  for (;;) {
    if (m > 12) {
      y += 1;
      m = 1;
    }
    const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
    if (day > end) break;
    months.push(day);
    m += 1;
  }
  const every = Math.max(1, Math.ceil(months.length / maxTicks));
  return months.filter((_, i) => i % every === 0);
}
