/**
 * Every mission side by side on one day (the /missions page, its CSV and JSON): each mission's
 * deadline and days left, sites done of total, personnel departed of those in scope and the
 * verdict, from the same progress the mission's own pages show. Pure: no I/O.
 */
import type { CalendarDate } from './calendar-date';
import type { Progress, SeriesPoint, Verdict } from './progress';
import { toCsv } from './csv';

export interface PortfolioRow {
  code: string;
  name: string;
  hostCountry: string;
  drawdownStart: CalendarDate | null;
  deadline: CalendarDate;
  /** deadline - asOf in days; negative once it has passed */
  daysLeft: number;
  sitesDone: number;
  sitesTotal: number;
  personnelDeparted: number | null;
  personnelInScope: number | null;
  personnelFigureDate: CalendarDate | null;
  verdict: Pick<Verdict, 'status' | 'reasonCode' | 'reason' | 'params'>;
  finishedOn: CalendarDate | null;
  /** Sites done and planned over time, for the small progress line. */
  series: SeriesPoint[];
}

export interface PortfolioBody {
  asOf: CalendarDate;
  data: PortfolioRow[];
}

export function portfolioRow(
  mission: { code: string; name: string; hostCountry: string },
  progress: Pick<Progress, 'deadline' | 'daysLeft' | 'sites' | 'personnel' | 'verdict' | 'finishedOn' | 'series'>,
): PortfolioRow {
  const { status, reasonCode, reason, params } = progress.verdict;
  return {
    code: mission.code,
    name: mission.name,
    hostCountry: mission.hostCountry,
    // The progress carries the mission's drawdown start (the day its verdict counts from).
    drawdownStart: params.startsOn,
    deadline: progress.deadline,
    daysLeft: progress.daysLeft,
    sitesDone: progress.sites.closed + progress.sites.handedOver,
    sitesTotal: progress.sites.total,
    personnelDeparted: progress.personnel.departed,
    personnelInScope: progress.personnel.inScope,
    personnelFigureDate: progress.personnel.figureDate,
    verdict: { status, reasonCode, reason, params },
    finishedOn: progress.finishedOn,
    series: progress.series,
  };
}

export const PORTFOLIO_SORTS = ['code', 'deadline', 'daysLeft', 'sites', 'personnel', 'verdict'] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

/** The order of verdicts from most to least in need of attention. */
const VERDICT_ORDER = ['late', 'at_risk', 'on_track', 'not_started', 'done'];

function share(done: number | null, total: number | null): number {
  return done === null || !total ? -1 : done / total;
}

/** The rows ordered by a column, ties by code; `descending` reverses the column's order, not the ties'. */
export function sortPortfolio(rows: readonly PortfolioRow[], by: PortfolioSort, descending = false): PortfolioRow[] {
  const key = (r: PortfolioRow): number | string => {
    switch (by) {
      case 'code':
        return r.code;
      case 'deadline':
        return r.deadline;
      case 'daysLeft':
        return r.daysLeft;
      case 'sites':
        return share(r.sitesDone, r.sitesTotal);
      case 'personnel':
        return share(r.personnelDeparted, r.personnelInScope);
      case 'verdict':
        return VERDICT_ORDER.indexOf(r.verdict.status);
    }
  };
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = ka < kb ? -1 : ka > kb ? 1 : 0;
    return (descending ? -order : order) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  });
}

export function portfolioCsv(body: PortfolioBody): string {
  return toCsv(
    ['as_of', 'mission', 'name', 'host_country', 'drawdown_start', 'deadline', 'days_left', 'sites_done', 'sites_total', 'personnel_departed', 'personnel_in_scope', 'personnel_figure_date', 'verdict', 'verdict_reason', 'finished_on'],
    body.data.map((r) => [
      body.asOf,
      r.code,
      r.name,
      r.hostCountry,
      r.drawdownStart,
      r.deadline,
      r.daysLeft,
      r.sitesDone,
      r.sitesTotal,
      r.personnelDeparted,
      r.personnelInScope,
      r.personnelFigureDate,
      r.verdict.status,
      r.verdict.reason,
      r.finishedOn,
    ]),
  );
}
