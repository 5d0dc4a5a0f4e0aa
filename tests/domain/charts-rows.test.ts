import { describe, expect, it } from 'vitest';
import { chartDomain, dayFromNumber, dayNumber, monthTicks, personnelChartRows, progressChartRows, projectionLine, PROJECTION_HORIZON_DAYS } from '@/lib/domain/chart-rows';
import type { MissionSnapshot, SnapshotMilestone } from '@/lib/domain/snapshot';
import { progressView } from '@/lib/domain/views';
import { addDays } from '@/lib/domain/calendar-date';

let nextId = 1;
const m = (siteId: number | null, type: SnapshotMilestone['type'], date: string, figure: number | null = null): SnapshotMilestone => ({
  id: nextId++,
  siteId,
  contingentId: null,
  type,
  date,
  status: 'achieved',
  figure,
  title: `${type} ${date}`,
  releaseId: 1,
});

function snapshot(milestones: SnapshotMilestone[]): MissionSnapshot {
  return {
    id: 1,
    mission: {
      code: 'TEST',
      name: 'Test',
      hostCountry: 'Mali',
      hostCountryIsoNumeric: null,
      deployedSince: null,
      mandateEnd: null,
      drawdownStart: '2023-07-01',
      withdrawalDeadline: '2023-12-31',
      liquidationStart: null,
      personnelInScope: 1000,
      phases: [{ code: '1', name: 'Phase 1', plannedStart: '2023-07-01', plannedEnd: '2023-09-30' }],
      version: 1,
    },
    sites: [1, 2, 3, 4].map((id) => ({
      id,
      slug: `s${id}`,
      name: `Site ${id}`,
      aliases: [],
      kind: 'camp',
      region: 'R',
      lat: 0,
      lon: 0,
      phase: '1',
      phaseName: 'Phase 1',
      plannedHandover: null,
      version: 1,
    })),
    contingents: [],
    deployments: [],
    milestones,
  };
}

describe('day numbers', () => {
  it('round-trips and counts days, across a leap day', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayFromNumber(dayNumber('2023-08-31'))).toBe('2023-08-31');
  });
});

describe('progressChartRows', () => {
  const log = [m(1, 'site_handed_over', '2023-08-01'), m(2, 'withdrawal_completed', '2023-08-31')];

  it('draws what happened up to the as-of day only, the plan throughout, and the projection between its two ends', () => {
    const view = progressView(snapshot(log), '2023-09-10');
    // 2 sites in 71 days; 2 left need ceil(2 * 71 / 2) = 71 days: 2023-11-20.
    expect(view.projection.completionDate).toBe('2023-11-20');
    const rows = progressChartRows(view);
    expect(rows.map((r) => [r.date, r.done, r.planned, r.projected])).toEqual([
      ['2023-07-01', 0, 0, null],
      ['2023-08-01', 1, 0, null],
      ['2023-08-31', 2, 0, null],
      ['2023-09-10', 2, 0, 2],
      ['2023-09-30', null, 4, null],
      ['2023-11-20', null, null, 4],
      ['2023-12-31', null, 4, null],
    ]);
    expect(rows.find((r) => r.date === '2023-08-01')?.step?.doneSites.map((s) => s.name)).toEqual(['Site 1']);
    expect(rows.map((r) => r.x)).toEqual([...rows.map((r) => r.x)].sort((a, b) => a - b));
  });

  it('stops a projection that runs past the horizon at the horizon, at the pace-given count', () => {
    const view = progressView(snapshot([m(1, 'site_handed_over', '2023-08-01')]), '2023-10-01');
    // 1 site in 92 days; 3 left need 276 days: 2024-07-03, past 2023-12-31 + 92 days.
    expect(view.projection.completionDate).toBe('2024-07-03');
    const line = projectionLine(view);
    const horizon = addDays('2023-12-31', PROJECTION_HORIZON_DAYS);
    expect(line).toMatchObject({ from: '2023-10-01', to: horizon, fromValue: 1, offChart: true });
    // 183 of the 276 days: 1 + 3 * 183 / 276 = 2.99.
    expect(line?.toValue).toBe(3);
    expect(chartDomain(view)).toEqual(['2023-07-01', horizon]);
  });

  it('draws no projection without a pace, once finished, or for a mission with no sites', () => {
    expect(projectionLine(progressView(snapshot([]), '2023-09-01'))).toBeNull();
    const all = [1, 2, 3, 4].map((id) => m(id, 'site_handed_over', '2023-09-01'));
    const finished = progressView(snapshot(all), '2023-10-01');
    expect(finished.finishedOn).toBe('2023-09-01');
    expect(projectionLine(finished)).toBeNull();
    expect(progressChartRows(finished).every((r) => r.projected === null)).toBe(true);
    const empty = { ...snapshot([]), sites: [] };
    expect(progressChartRows(progressView(empty, '2023-09-01')).every((r) => r.done === 0 || r.done === null)).toBe(true);
  });

  it('after the deadline, the line of what happened runs to the as-of day', () => {
    const view = progressView(snapshot([...log, m(3, 'site_handed_over', '2024-01-15')]), '2024-02-01');
    const rows = progressChartRows(view);
    expect(rows.find((r) => r.date === '2024-02-01')).toMatchObject({ done: 3, projected: 3 });
    // 3 sites in 215 days; the last one needs ceil(215 / 3) = 72 more: 2024-04-13.
    expect(rows.at(-1)).toMatchObject({ date: '2024-04-13', done: null, projected: 4 });
    expect(rows.find((r) => r.date === '2023-12-31')?.done).toBe(2);
  });
});

describe('personnelChartRows', () => {
  it('gives each reported figure and its share of the personnel in scope', () => {
    const view = progressView(snapshot([m(null, 'personnel_departed', '2023-08-01', 250), m(null, 'personnel_departed', '2023-09-01', 600)]), '2023-10-01');
    expect(personnelChartRows(view).map((r) => [r.date, r.departed, r.share])).toEqual([
      ['2023-08-01', 250, 0.25],
      ['2023-09-01', 600, 0.6],
    ]);
    expect(personnelChartRows({ ...view, personnel: { ...view.personnel, inScope: null } })[0]?.share).toBeNull();
  });
});

describe('monthTicks', () => {
  it('labels month starts, thinned to at most the given number', () => {
    expect(monthTicks('2023-07-01', '2023-12-31', 8)).toEqual(['2023-07-01', '2023-08-01', '2023-09-01', '2023-10-01', '2023-11-01', '2023-12-01']);
    expect(monthTicks('2023-07-15', '2024-02-10', 4)).toEqual(['2023-08-01', '2023-10-01', '2023-12-01', '2024-02-01']);
    expect(monthTicks('2023-07-02', '2023-07-30', 4)).toEqual([]);
  });
});
