import { describe, expect, it } from 'vitest';
import { computeProgress, personnelDepartedAsOf, type Progress, type ProgressInput, type ProgressMilestone } from '@/lib/domain/progress';
import { siteStatesAsOf, doneOn } from '@/lib/domain/status';
import { minDate } from '@/lib/domain/calendar-date';
import type { MilestoneStatus, MilestoneType } from '@/lib/domain/vocabulary';

let nextId = 1;
function m(
  siteId: number | null,
  type: MilestoneType,
  date: string,
  opts: { status?: MilestoneStatus; figure?: number | null } = {},
): ProgressMilestone {
  return { id: nextId++, siteId, type, date, status: opts.status ?? 'achieved', figure: opts.figure ?? null, contingentId: null };
}

const OGOSSAGOU = 1;
const MENAKA = 3;
const TESSALIT = 4;
const GAO = 5;

/** A small MINUSMA-like mission. */
const sites: ProgressInput['sites'] = [
  { id: OGOSSAGOU, plannedHandover: '2023-08-15' },
  { id: MENAKA, plannedHandover: '2023-09-30' },
  { id: TESSALIT, plannedHandover: '2023-10-31' },
  { id: GAO, plannedHandover: '2023-12-31' },
];
const milestones: ProgressMilestone[] = [
  m(OGOSSAGOU, 'site_handed_over', '2023-08-03'),
  m(OGOSSAGOU, 'withdrawal_completed', '2023-08-04'),
  m(MENAKA, 'convoy_departed', '2023-08-20'),
  m(MENAKA, 'withdrawal_completed', '2023-08-25'),
  m(GAO, 'convoy_arrived', '2023-08-25'), // receiving a convoy does not start Gao's withdrawal
  m(TESSALIT, 'withdrawal_started', '2023-10-16'),
  m(TESSALIT, 'withdrawal_completed', '2023-10-21'),
  m(TESSALIT, 'site_handed_over', '2023-10-25', { status: 'cancelled' }),
  m(GAO, 'site_handed_over', '2023-12-15', { status: 'planned' }),
  m(null, 'personnel_departed', '2023-07-31', { figure: 2000 }),
  m(null, 'personnel_departed', '2023-08-31', { figure: 6000 }),
  m(null, 'personnel_departed', '2023-08-31', { figure: 5000 }),
  m(null, 'personnel_departed', '2023-09-15', { figure: 9000, status: 'planned' }),
  m(null, 'personnel_departed', '2023-10-15', { figure: 8000 }),
  m(null, 'personnel_departed', '2023-10-18', { figure: null }),
  m(null, 'personnel_departed', '2023-12-01', { figure: 12000, status: 'cancelled' }),
  m(99, 'withdrawal_completed', '2023-07-05'), // a site not in the mission
];
const base: ProgressInput = {
  asOf: '2023-08-31',
  deadline: '2023-12-31',
  drawdownStart: '2023-07-01',
  personnelInScope: 13000,
  sites,
  milestones,
};
const at = (asOf: string, over: Partial<ProgressInput> = {}) => computeProgress({ ...base, asOf, ...over });

/** Every number in the result is finite (no NaN, no Infinity). */
function expectAllFinite(value: unknown, path = 'progress'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
}

/** Series invariants: dates strictly increasing, counts monotonic, done equal to the status as of min(date, asOf). */
function expectSeriesSound(p: Progress, input: ProgressInput): void {
  const ids = input.sites.map((s) => s.id);
  let prev: Progress['series'][number] | undefined;
  for (const point of p.series) {
    if (prev) {
      expect(point.date > prev.date).toBe(true);
      expect(point.done).toBeGreaterThanOrEqual(prev.done);
      expect(point.planned).toBeGreaterThanOrEqual(prev.planned);
    }
    const cut = minDate(point.date, input.asOf) as string;
    const states = siteStatesAsOf(ids, input.milestones, cut);
    expect(point.done, point.date).toBe([...states.values()].filter((s) => doneOn(s) !== null).length);
    expect(point.planned, point.date).toBe(input.sites.filter((s) => s.plannedHandover !== null && s.plannedHandover <= point.date).length);
    prev = point;
  }
  const dates = p.series.map((x) => x.date);
  expect(dates).toContain(input.asOf);
  expect(dates).toContain(input.deadline);
  if (input.drawdownStart) expect(dates).toContain(input.drawdownStart);
}

describe('computeProgress on a MINUSMA-like mission', () => {
  it('as of 2023-08-31: 2 done, on pace', () => {
    const p = at('2023-08-31');
    expect(p.asOf).toBe('2023-08-31');
    expect(p.deadline).toBe('2023-12-31');
    expect(p.daysLeft).toBe(122); // 30 (Sep) + 31 + 30 + 31
    expect(p.sites).toEqual({ total: 4, active: 2, withdrawing: 0, closed: 1, handedOver: 1 });
    expect(p.finishedOn).toBeNull();
    // 2 sites in 61 days (07-01 -> 08-31): 14/61 = 0.2295 a week; 2 left * 30.5 days = 61 days -> 10-31.
    expect(p.projection).toEqual({
      completionDate: '2023-10-31',
      pacePerWeek: 0.23,
      basis: '2 sites closed or handed over in 61 days since 2023-07-01',
      paceFrom: '2023-07-01',
      paceSites: 2,
      paceDays: 61,
    });
    expect(p.verdict.status).toBe('on_track');
    expect(p.verdict.reasonCode).toBe('on_pace');
    expect(p.verdict.params).toMatchObject({
      sitesLeft: 2,
      daysLeft: 122,
      daysPerSite: 30.5,
      completionDate: '2023-10-31',
      finishedOn: null,
    });
    expect(p.verdict.reason).toBe(
      '2 sites left, 122 days to the deadline, current pace 1 site every 30.5 days: projected to finish on 2023-10-31.',
    );
  });

  it('as of 2023-08-31: the series, point by point', () => {
    const p = at('2023-08-31');
    expect(p.series).toEqual([
      { date: '2023-07-01', done: 0, planned: 0 },
      { date: '2023-08-03', done: 1, planned: 0 },
      { date: '2023-08-15', done: 1, planned: 1 },
      { date: '2023-08-25', done: 2, planned: 1 },
      { date: '2023-08-31', done: 2, planned: 1 },
      { date: '2023-09-30', done: 2, planned: 2 },
      { date: '2023-10-31', done: 2, planned: 3 },
      { date: '2023-12-31', done: 2, planned: 4 },
    ]);
    expectSeriesSound(p, { ...base, asOf: '2023-08-31' });
  });

  it('as of 2023-10-20: Tessalit withdrawing, behind pace, closure of 10-21 not yet counted', () => {
    const p = at('2023-10-20');
    expect(p.sites).toEqual({ total: 4, active: 1, withdrawing: 1, closed: 1, handedOver: 1 });
    expect(p.daysLeft).toBe(72);
    // 2 sites in 111 days (07-01 -> 10-20): 14/111 = 0.126; 2 left * 55.5 = 111 days -> 2024-02-08.
    expect(p.projection).toEqual({
      completionDate: '2024-02-08',
      pacePerWeek: 0.13,
      basis: '2 sites closed or handed over in 111 days since 2023-07-01',
      paceFrom: '2023-07-01',
      paceSites: 2,
      paceDays: 111,
    });
    expect(p.verdict).toMatchObject({ status: 'at_risk', reasonCode: 'behind_pace' });
    expect(p.verdict.params).toMatchObject({ sitesLeft: 2, daysLeft: 72, daysPerSite: 55.5, completionDate: '2024-02-08' });
    expect(p.verdict.reason).toContain('2 sites left, 72 days to the deadline, current pace 1 site every 55.5 days');
    expect(p.series.map((x) => x.date)).not.toContain('2023-10-21');
    expect(p.series.find((x) => x.date === '2023-10-31')).toEqual({ date: '2023-10-31', done: 2, planned: 3 });
    expectSeriesSound(p, { ...base, asOf: '2023-10-20' });
  });

  it('as of 2023-10-21: Tessalit closed', () => {
    const p = at('2023-10-21');
    expect(p.sites).toEqual({ total: 4, active: 1, withdrawing: 0, closed: 2, handedOver: 1 });
    // 3 sites in 112 days; 1 left: ceil(112/3) = 38 days -> 2023-11-28.
    expect(p.projection.completionDate).toBe('2023-11-28');
    expect(p.projection.pacePerWeek).toBe(0.19); // 21/112 = 0.1875
    expect(p.verdict).toMatchObject({ status: 'on_track', reasonCode: 'on_pace' });
    expect(p.verdict.params.daysPerSite).toBe(37.3); // 112/3
  });

  it('several sites done on the same day make one step in the series', () => {
    const ms = [m(1, 'site_handed_over', '2023-09-01'), m(2, 'withdrawal_completed', '2023-09-01'), m(3, 'site_handed_over', '2023-09-01')];
    const input: ProgressInput = {
      ...base,
      asOf: '2023-09-10',
      sites: [1, 2, 3, 4].map((id) => ({ id, plannedHandover: null })),
      milestones: ms,
    };
    const p = computeProgress(input);
    expect(p.sites).toEqual({ total: 4, active: 1, withdrawing: 0, closed: 1, handedOver: 2 });
    expect(p.series).toEqual([
      { date: '2023-07-01', done: 0, planned: 0 },
      { date: '2023-09-01', done: 3, planned: 0 },
      { date: '2023-09-10', done: 3, planned: 0 },
      { date: '2023-12-31', done: 3, planned: 0 },
    ]);
    // 3 sites in 71 days; 1 left: ceil(71/3) = 24 -> 2023-10-04.
    expect(p.projection.completionDate).toBe('2023-10-04');
    expect(p.projection.pacePerWeek).toBe(0.3); // 21/71 = 0.2958
    expectSeriesSound(p, input);
  });

  it('a planned handover is plan, not progress; a cancelled one is neither', () => {
    const p = at('2023-12-20');
    expect(p.sites.handedOver).toBe(1);
    expect(p.sites.active).toBe(1); // Gao: its 12-15 handover is only planned
    expect(p.series.map((x) => x.date)).not.toContain('2023-12-15');
    expect(p.series.map((x) => x.date)).not.toContain('2023-10-25');
  });
});

describe('computeProgress: personnel', () => {
  it('takes the latest achieved figure dated on or before asOf, the largest on a tie', () => {
    expect(at('2023-07-30').personnel).toEqual({ inScope: 13000, departed: null, figureDate: null });
    expect(at('2023-07-31').personnel).toEqual({ inScope: 13000, departed: 2000, figureDate: '2023-07-31' });
    expect(at('2023-08-31').personnel).toEqual({ inScope: 13000, departed: 6000, figureDate: '2023-08-31' });
  });
  it('ignores planned, cancelled and figure-less milestones, and figures after asOf', () => {
    expect(at('2023-09-20').personnel.departed).toBe(6000); // the planned 9000 does not count
    expect(at('2023-10-14').personnel.departed).toBe(6000);
    expect(at('2023-10-20').personnel).toMatchObject({ departed: 8000, figureDate: '2023-10-15' }); // 10-18 has no figure
    expect(at('2023-12-31').personnel.departed).toBe(8000); // the cancelled 12000 does not count
  });
  it('latest by date, not by size or input order', () => {
    const ms = [m(null, 'personnel_departed', '2023-09-01', { figure: 500 }), m(null, 'personnel_departed', '2023-08-01', { figure: 900 })];
    expect(personnelDepartedAsOf(ms, '2023-12-31')).toEqual({ departed: 500, figureDate: '2023-09-01' });
    expect(personnelDepartedAsOf([...ms].reverse(), '2023-12-31')).toEqual({ departed: 500, figureDate: '2023-09-01' });
  });
  it('passes inScope through, null included', () => {
    expect(at('2023-08-31', { personnelInScope: null }).personnel.inScope).toBeNull();
  });
});

describe('computeProgress: deadline passed', () => {
  it('is late with sites left', () => {
    const p = at('2024-01-10');
    expect(p.daysLeft).toBe(-10);
    expect(p.sites).toEqual({ total: 4, active: 1, withdrawing: 0, closed: 2, handedOver: 1 });
    expect(p.finishedOn).toBeNull();
    expect(p.verdict).toMatchObject({ status: 'late', reasonCode: 'late' });
    expect(p.verdict.params).toMatchObject({ sitesLeft: 1, daysLeft: -10 });
    expect(p.verdict.reason).toBe('Deadline 2023-12-31 passed 10 days ago with 1 site left.');
    expectSeriesSound(p, { ...base, asOf: '2024-01-10' });
  });

  it('is done with finishedOn once every site is done', () => {
    const ms = [...milestones, m(GAO, 'site_handed_over', '2023-12-28')];
    const input = { ...base, asOf: '2024-01-15', milestones: ms };
    const p = computeProgress(input);
    expect(p.daysLeft).toBe(-15);
    expect(p.sites).toEqual({ total: 4, active: 0, withdrawing: 0, closed: 2, handedOver: 2 });
    expect(p.finishedOn).toBe('2023-12-28');
    expect(p.projection.completionDate).toBe('2023-12-28');
    expect(p.projection.basis).toMatch(/^All 4 sites closed or handed over; finished on 2023-12-28\./);
    expect(p.verdict).toMatchObject({ status: 'done', reasonCode: 'done' });
    expect(p.verdict.params).toMatchObject({ sitesLeft: 0, finishedOn: '2023-12-28' });
    expect(p.verdict.reason).toBe('All 4 sites closed or handed over; finished on 2023-12-28, 3 days before the deadline.');
    expect(p.series.at(-1)).toEqual({ date: '2024-01-15', done: 4, planned: 4 });
    expectSeriesSound(p, input);
  });

  it('done after the deadline says so', () => {
    const ms = [...milestones, m(GAO, 'withdrawal_completed', '2024-01-05')];
    const p = computeProgress({ ...base, asOf: '2024-02-01', milestones: ms });
    expect(p.verdict.status).toBe('done');
    expect(p.finishedOn).toBe('2024-01-05');
    expect(p.verdict.reason).toContain('5 days after the deadline');
  });

  it('on the deadline day with a site left: at risk, not late yet', () => {
    const p = at('2023-12-31');
    expect(p.daysLeft).toBe(0);
    expect(p.verdict.status).toBe('at_risk');
  });
});

describe('computeProgress: projection edge cases', () => {
  it('without drawdownStart, the pace runs from the first done date', () => {
    const input = { ...base, drawdownStart: null, asOf: '2023-08-31' };
    const p = computeProgress(input);
    // 2 sites in 28 days (08-03 -> 08-31): 0.5 a week; 2 left * 14 = 28 days -> 09-28.
    expect(p.projection).toEqual({
      completionDate: '2023-09-28',
      pacePerWeek: 0.5,
      basis: '2 sites closed or handed over in 28 days since the first on 2023-08-03',
      paceFrom: '2023-08-03',
      paceSites: 2,
      paceDays: 28,
    });
    expect(p.verdict.params.daysPerSite).toBe(14);
    expect(p.series[0]).toEqual({ date: '2023-08-03', done: 1, planned: 0 });
    expectSeriesSound(p, input);
  });

  it('no pace when the only site done was done today and there is no start date', () => {
    const p = computeProgress({ ...base, drawdownStart: null, asOf: '2023-08-03' });
    expect(p.projection.completionDate).toBeNull();
    expect(p.projection.pacePerWeek).toBeNull();
    expect(p.verdict).toMatchObject({ status: 'at_risk', reasonCode: 'no_pace' });
  });

  it('started but nothing done yet: at risk, no pace', () => {
    const p = at('2023-07-20');
    expect(p.projection).toMatchObject({ completionDate: null, pacePerWeek: null });
    expect(p.projection.basis).toBe('No site closed or handed over yet as of 2023-07-20; no pace to project.');
    expect(p.verdict).toMatchObject({ status: 'at_risk', reasonCode: 'no_pace' });
    expect(p.verdict.params.daysPerSite).toBeNull();
  });

  it('before drawdownStart: not started, with the start and the days to it, and no projection', () => {
    const p = at('2023-06-15');
    expect(p.sites.active).toBe(4);
    expect(p.verdict).toMatchObject({ status: 'not_started', reasonCode: 'not_started' });
    expect(p.verdict.params).toMatchObject({ startsOn: '2023-07-01', daysToStart: 16 });
    expect(p.verdict.reason).toBe('The withdrawal starts on 2023-07-01, in 16 days: 4 sites to close by 2023-12-31.');
    expect(p.projection.completionDate).toBeNull();
    expect(p.projection.basis).toBe('The withdrawal starts on 2023-07-01; there is no pace to project before it.');
    expect(p.series[0]).toEqual({ date: '2023-06-15', done: 0, planned: 0 });
    // The pace is measured from the start, which lies ahead: never a negative number of days.
    expect(p.projection).toMatchObject({ paceFrom: '2023-07-01', paceSites: 0, paceDays: 0 });
  });
});

describe('computeProgress: empty missions', () => {
  it('a mission with no milestones', () => {
    const input: ProgressInput = { ...base, asOf: '2023-06-01', milestones: [] };
    const before = computeProgress(input);
    expect(before.sites).toEqual({ total: 4, active: 4, withdrawing: 0, closed: 0, handedOver: 0 });
    expect(before.personnel).toEqual({ inScope: 13000, departed: null, figureDate: null });
    expect(before.verdict).toMatchObject({ status: 'not_started', reasonCode: 'not_started' });
    expectAllFinite(before);
    expectSeriesSound(before, input);

    const after = computeProgress({ ...input, asOf: '2023-08-01' });
    expect(after.verdict).toMatchObject({ status: 'at_risk', reasonCode: 'no_pace' });
    expectAllFinite(after);

    const noStart = computeProgress({ ...input, asOf: '2023-08-01', drawdownStart: null });
    // No start date and no site started: not started, whatever the day.
    expect(noStart.verdict).toMatchObject({ status: 'not_started', reasonCode: 'not_started' });
    expect(noStart.verdict.params.daysToStart).toBe(0);
    expect(noStart.series.map((x) => x.date)).toEqual(['2023-08-01', '2023-08-15', '2023-09-30', '2023-10-31', '2023-12-31']);
  });

  it('a mission with no sites', () => {
    const input: ProgressInput = { ...base, sites: [], asOf: '2023-09-01' };
    const p = computeProgress(input);
    expect(p.sites).toEqual({ total: 0, active: 0, withdrawing: 0, closed: 0, handedOver: 0 });
    expect(p.finishedOn).toBeNull();
    expect(p.projection).toMatchObject({ completionDate: null, pacePerWeek: null });
    expect(p.verdict).toMatchObject({ status: 'not_started', reasonCode: 'not_started' });
    expect(p.series).toEqual([
      { date: '2023-07-01', done: 0, planned: 0 },
      { date: '2023-09-01', done: 0, planned: 0 },
      { date: '2023-12-31', done: 0, planned: 0 },
    ]);
    expect(p.personnel.departed).toBe(6000);
    expectAllFinite(p);
    expectAllFinite(computeProgress({ ...input, asOf: '2024-03-01', milestones: [], drawdownStart: null }));
  });
});

describe('computeProgress: series soundness across dates', () => {
  it.each(['2023-06-01', '2023-07-01', '2023-08-03', '2023-08-04', '2023-08-25', '2023-10-16', '2023-10-21', '2023-12-31', '2024-02-01'])(
    'as of %s',
    (asOf) => {
      const input = { ...base, asOf };
      const p = computeProgress(input);
      expectSeriesSound(p, input);
      expectAllFinite(p);
      expect(p.sites.active + p.sites.withdrawing + p.sites.closed + p.sites.handedOver).toBe(p.sites.total);
      const last = p.series.find((x) => x.date === asOf);
      expect(last?.done).toBe(p.sites.closed + p.sites.handedOver);
    },
  );
});

describe('personnel departed: mission-wide tallies first', () => {
  const base = { id: 0, siteId: null, contingentId: null, type: 'personnel_departed' as const, status: 'achieved' as const };
  it('reports the latest mission-wide tally even when a unit figure is more recent', () => {
    const result = personnelDepartedAsOf(
      [
        { ...base, id: 1, date: '2023-09-01', figure: 6000 },
        { ...base, id: 2, date: '2023-09-05', figure: 200, contingentId: 7 },
      ],
      '2023-09-30',
    );
    expect(result).toEqual({ departed: 6000, figureDate: '2023-09-01' });
  });

  it('falls back to a unit or site figure when the mission has published no tally', () => {
    const result = personnelDepartedAsOf([{ ...base, id: 2, date: '2023-09-05', figure: 200, siteId: 3 }], '2023-09-30');
    expect(result).toEqual({ departed: 200, figureDate: '2023-09-05' });
  });
});
