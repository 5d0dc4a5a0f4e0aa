import { describe, expect, it } from 'vitest';
import { breakdowns, personnelSeries, progressCharts, progressSteps, timelineRows } from '@/lib/domain/charts';
import type { MissionSnapshot, SnapshotMilestone, SnapshotSite } from '@/lib/domain/snapshot';
import { progressView, siteViews } from '@/lib/domain/views';
import type { MilestoneStatus, MilestoneType } from '@/lib/domain/vocabulary';

let nextId = 1;
function m(
  siteId: number | null,
  type: MilestoneType,
  date: string,
  opts: { status?: MilestoneStatus; figure?: number | null; contingentId?: number | null; releaseId?: number | null } = {},
): SnapshotMilestone {
  return {
    id: nextId++,
    siteId,
    contingentId: opts.contingentId ?? null,
    type,
    date,
    status: opts.status ?? 'achieved',
    figure: opts.figure ?? null,
    title: `${type} ${date}`,
    releaseId: opts.releaseId === undefined ? 100 : opts.releaseId,
  };
}

function site(id: number, name: string, phase: string | null, region: string, plannedHandover: string | null = null): SnapshotSite {
  return { id, slug: name.toLowerCase(), name, aliases: [], kind: 'camp', region, lat: 0, lon: 0, phase, phaseName: phase ? `Phase ${phase}` : null, plannedHandover, version: 1 };
}

/** A MINUSMA-like mission: two phases and a liquidation phase with no planned end. */
function snapshot(milestones: SnapshotMilestone[], over: Partial<MissionSnapshot['mission']> = {}): MissionSnapshot {
  return {
    id: 1,
    mission: {
      code: 'TEST',
      name: 'Test mission',
      hostCountry: 'Mali',
      hostCountryIsoNumeric: null,
      deployedSince: null,
      mandateEnd: '2023-06-30',
      drawdownStart: '2023-07-01',
      withdrawalDeadline: '2023-12-31',
      liquidationStart: null,
      personnelInScope: 13000,
      phases: [
        { code: '1', name: 'Phase 1', plannedStart: '2023-07-01', plannedEnd: '2023-08-31' },
        { code: '2', name: 'Phase 2', plannedStart: '2023-09-01', plannedEnd: '2023-12-15' },
        { code: 'L', name: 'Liquidation', plannedStart: '2024-01-01', plannedEnd: null },
      ],
      version: 1,
      ...over,
    },
    sites: [
      site(1, 'Ogossagou', '1', 'Bandiagara'),
      site(2, 'Ber', '1', 'Timbuktu', '2023-08-15'),
      site(3, 'Ménaka', '1', 'Ménaka'),
      site(4, 'Tessalit', '2', 'Kidal'),
      site(5, 'Aguelhok', '2', 'Kidal', '2023-11-30'),
      site(6, 'Gao', 'L', 'Gao'),
      site(7, 'Annex', null, 'Gao'),
    ],
    contingents: [],
    deployments: [],
    milestones: [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id)),
  };
}

describe('progressSteps', () => {
  const log = [
    m(1, 'site_handed_over', '2023-08-03'),
    m(1, 'withdrawal_completed', '2023-08-04'),
    m(2, 'withdrawal_completed', '2023-08-13'),
    m(2, 'site_handed_over', '2023-08-13'),
    m(3, 'withdrawal_completed', '2023-08-13', { releaseId: null }),
    m(4, 'withdrawal_started', '2023-10-16'),
    m(4, 'withdrawal_completed', '2023-10-21'),
    m(5, 'site_handed_over', '2023-10-25', { status: 'cancelled' }),
    m(6, 'site_handed_over', '2023-12-15', { status: 'planned' }),
  ];

  it('names every site done on a day with several handovers, and the milestones behind it', () => {
    const steps = progressSteps(snapshot(log), '2023-09-01');
    const day = steps.find((s) => s.date === '2023-08-13');
    expect(day?.done).toBe(3);
    expect(day?.doneSites.map((s) => [s.name, s.how, s.milestones.map((x) => x.type)])).toEqual([
      ['Ber', 'handed_over', ['withdrawal_completed', 'site_handed_over']],
      ['Ménaka', 'closed', ['withdrawal_completed']],
    ]);
    // A release is named by id here; the read API fills in its date and title.
    expect(day?.doneSites[0]?.milestones[0]?.source).toEqual({ releaseId: 100 });
    expect(day?.doneSites[1]?.milestones[0]?.source).toBeNull();
  });

  it('a site is done on its earlier end: the handover of 08-03, not the closure of 08-04', () => {
    const steps = progressSteps(snapshot(log), '2023-09-01');
    expect(steps.find((s) => s.date === '2023-08-03')?.doneSites.map((s) => [s.name, s.how, s.milestones.length])).toEqual([['Ogossagou', 'handed_over', 1]]);
    expect(steps.find((s) => s.date === '2023-08-04')).toBeUndefined();
  });

  it('knows nothing after the as-of day, but keeps the whole plan', () => {
    const steps = progressSteps(snapshot(log), '2023-10-20');
    expect(steps.flatMap((s) => s.doneSites.map((d) => d.name))).toEqual(['Ogossagou', 'Ber', 'Ménaka']);
    expect(steps.at(-1)).toMatchObject({ date: '2023-12-15', done: 3, planned: 5 });
    expect(steps.find((s) => s.date === '2023-10-21')).toBeUndefined();
    expect(progressSteps(snapshot(log), '2023-10-21').find((s) => s.date === '2023-10-21')?.doneSites.map((d) => d.name)).toEqual(['Tessalit']);
  });

  it('planned and cancelled milestones are not progress; the plan comes from the sites and phases', () => {
    const steps = progressSteps(snapshot(log), '2024-02-01');
    expect(steps.map((s) => s.date)).not.toContain('2023-10-25');
    expect(steps.find((s) => s.date === '2023-12-15')?.doneSites).toEqual([]);
    const plan = Object.fromEntries(steps.map((s) => [s.date, s.plannedSites.map((p) => `${p.name}:${p.from}`)]));
    expect(plan).toMatchObject({
      '2023-08-15': ['Ber:site'],
      '2023-08-31': ['Ogossagou:phase', 'Ménaka:phase'],
      '2023-11-30': ['Aguelhok:site'],
      '2023-12-15': ['Tessalit:phase'],
    });
    // Gao (liquidation phase, no planned end) and the annex (no phase) have no planned date.
    expect(steps.flatMap((s) => s.plannedSites.map((p) => p.name))).not.toContain('Gao');
    expect(steps.at(-1)?.planned).toBe(5);
  });

  it('agrees with the progress series on every day the series has', () => {
    for (const asOf of ['2023-06-01', '2023-08-03', '2023-08-13', '2023-10-21', '2023-12-31', '2024-03-01']) {
      const view = progressView(snapshot(log), asOf);
      for (const point of view.series) {
        const last = view.steps.filter((s) => s.date <= point.date).at(-1);
        expect({ asOf, date: point.date, done: last?.done ?? 0, planned: last?.planned ?? 0 }).toEqual({
          asOf,
          date: point.date,
          done: point.done,
          planned: point.planned,
        });
      }
      expect(view.steps.every((s) => view.series.some((p) => p.date === s.date))).toBe(true);
    }
  });

  it('a mission with no milestones has only plan steps', () => {
    const steps = progressSteps(snapshot([]), '2023-09-01');
    expect(steps.every((s) => s.done === 0 && s.doneSites.length === 0)).toBe(true);
    expect(steps.map((s) => s.planned)).toEqual([1, 3, 4, 5]);
  });

  it('a deadline already passed: every step up to the as-of day is there', () => {
    const late = [...log, m(5, 'withdrawal_completed', '2024-01-10'), m(7, 'site_handed_over', '2024-01-10')];
    const view = progressView(snapshot(late), '2024-02-01');
    expect(view.verdict.status).toBe('late');
    const jan = view.steps.find((s) => s.date === '2024-01-10');
    expect(jan?.doneSites.map((s) => s.name)).toEqual(['Aguelhok', 'Annex']);
    expect(jan?.done).toBe(6);
    expect(view.series.find((p) => p.date === '2024-01-10')?.done).toBe(6);
  });
});

describe('personnelSeries', () => {
  it('gives the reported figures as points, the latest achieved one per day, the largest on a tie', () => {
    const log = [
      m(null, 'personnel_departed', '2023-07-31', { figure: 2000 }),
      m(null, 'personnel_departed', '2023-08-31', { figure: 5000 }),
      m(null, 'personnel_departed', '2023-08-31', { figure: 6000 }),
      m(null, 'personnel_departed', '2023-09-15', { figure: 9000, status: 'planned' }),
      m(null, 'personnel_departed', '2023-10-15', { figure: 8000 }),
      m(null, 'personnel_departed', '2023-10-18', { figure: null }),
      m(null, 'personnel_departed', '2023-11-01', { figure: 12000, status: 'cancelled' }),
      m(null, 'personnel_departed', '2023-12-01', { figure: 11000 }),
    ];
    const points = personnelSeries(snapshot(log).milestones, '2023-11-30');
    expect(points.map((p) => [p.date, p.departed, p.scope])).toEqual([
      ['2023-07-31', 2000, 'mission'],
      ['2023-08-31', 6000, 'mission'],
      ['2023-10-15', 8000, 'mission'],
    ]);
    expect(points[1]?.milestones.map((x) => x.figure)).toEqual([6000]);
  });

  it('ends on the headline figure of every day, and uses unit figures only before the first tally', () => {
    const log = [
      m(4, 'personnel_departed', '2023-07-20', { figure: 150, contingentId: 9 }),
      m(null, 'personnel_departed', '2023-08-01', { figure: 3000 }),
      m(5, 'personnel_departed', '2023-08-10', { figure: 400, contingentId: 8 }), // a unit's own figure: not the mission's
      m(null, 'personnel_departed', '2023-09-01', { figure: 5200 }),
    ];
    const snap = snapshot(log);
    expect(personnelSeries(snap.milestones, '2023-12-31').map((p) => [p.date, p.departed, p.scope])).toEqual([
      ['2023-07-20', 150, 'unit'],
      ['2023-08-01', 3000, 'mission'],
      ['2023-09-01', 5200, 'mission'],
    ]);
    for (const asOf of ['2023-07-01', '2023-07-25', '2023-08-05', '2023-08-15', '2023-12-31']) {
      const view = progressView(snap, asOf);
      expect(view.personnelSeries.at(-1)?.departed ?? null).toBe(view.personnel.departed);
      expect(view.personnelSeries.at(-1)?.date ?? null).toBe(view.personnel.figureDate);
    }
  });

  it('is empty for a mission with no figure', () => {
    expect(personnelSeries([], '2023-12-31')).toEqual([]);
    expect(progressView(snapshot([]), '2023-12-31').personnelSeries).toEqual([]);
  });
});

describe('timelineRows', () => {
  const log = [
    m(1, 'site_handed_over', '2023-08-03'),
    m(4, 'convoy_departed', '2023-10-16'),
    m(4, 'withdrawal_completed', '2023-10-21'),
    m(4, 'site_handed_over', '2023-10-25', { status: 'cancelled' }),
    m(6, 'site_handed_over', '2024-06-30', { status: 'planned' }),
  ];

  it('sorts by phase in the mission order, then planned date, then the day done, sites with no phase last', () => {
    const rows = timelineRows(snapshot(log), '2023-12-31');
    // Ogossagou and Ménaka share the phase's planned end; Ogossagou is done, Ménaka not yet.
    expect(rows.map((r) => r.name)).toEqual(['Ber', 'Ogossagou', 'Ménaka', 'Aguelhok', 'Tessalit', 'Gao', 'Annex']);
    expect(timelineRows(snapshot(log), '2023-08-01').slice(0, 3).map((r) => r.name)).toEqual(['Ber', 'Ménaka', 'Ogossagou']);
  });

  it('gives the planned window and the actual start and end as of the day', () => {
    const rows = Object.fromEntries(timelineRows(snapshot(log), '2023-10-18').map((r) => [r.name, r]));
    expect(rows['Tessalit']).toMatchObject({
      plannedStart: '2023-09-01',
      plannedEnd: '2023-12-15',
      plannedEndFrom: 'phase',
      status: 'withdrawing',
      withdrawalStartedOn: '2023-10-16',
      doneOn: null,
    });
    expect(rows['Ogossagou']).toMatchObject({ status: 'handed_over', withdrawalStartedOn: '2023-08-03', doneOn: '2023-08-03', handedOverOn: '2023-08-03' });
    expect(rows['Aguelhok']).toMatchObject({ plannedEnd: '2023-11-30', plannedEndFrom: 'site' });
    expect(rows['Annex']).toMatchObject({ plannedStart: null, plannedEnd: null, plannedEndFrom: null, status: 'active' });
  });

  it('marks achieved milestones up to the day and planned ones, never cancelled ones', () => {
    const before = Object.fromEntries(timelineRows(snapshot(log), '2023-10-18').map((r) => [r.name, r.marks.map((k) => `${k.type}@${k.date}:${k.status}`)]));
    expect(before['Tessalit']).toEqual(['convoy_departed@2023-10-16:achieved']);
    expect(before['Gao']).toEqual(['site_handed_over@2024-06-30:planned']);
    const after = Object.fromEntries(timelineRows(snapshot(log), '2023-12-31').map((r) => [r.name, r.marks.length]));
    expect(after['Tessalit']).toBe(2);
  });

  it('uses the same planned handover as the site views', () => {
    const snap = snapshot(log);
    const planned = new Map(siteViews(snap, '2023-10-18').map((s) => [s.id, [s.plannedHandover, s.plannedHandoverFrom]]));
    for (const row of timelineRows(snap, '2023-10-18')) expect([row.plannedEnd, row.plannedEndFrom]).toEqual(planned.get(row.siteId));
  });
});

describe('breakdowns', () => {
  it('counts sites by status per phase (every phase, in order) and per region (by name)', () => {
    const snap = snapshot([m(1, 'site_handed_over', '2023-08-03'), m(3, 'withdrawal_completed', '2023-08-25'), m(4, 'withdrawal_started', '2023-10-16')]);
    const { byPhase, byRegion } = breakdowns(timelineRows(snap, '2023-10-20'), snap);
    expect(byPhase).toEqual([
      { key: '1', label: 'Phase 1', active: 1, withdrawing: 0, closed: 1, handedOver: 1, total: 3 },
      { key: '2', label: 'Phase 2', active: 1, withdrawing: 1, closed: 0, handedOver: 0, total: 2 },
      { key: 'L', label: 'Liquidation', active: 1, withdrawing: 0, closed: 0, handedOver: 0, total: 1 },
      { key: '', label: '', active: 1, withdrawing: 0, closed: 0, handedOver: 0, total: 1 },
    ]);
    expect(byRegion.map((r) => [r.label, r.total, r.active])).toEqual([
      ['Bandiagara', 1, 0],
      ['Gao', 2, 2],
      ['Kidal', 2, 1],
      ['Ménaka', 1, 0],
      ['Timbuktu', 1, 1],
    ]);
  });

  it('adds up to the progress counts on any day', () => {
    const snap = snapshot([m(1, 'site_handed_over', '2023-08-03'), m(3, 'withdrawal_completed', '2023-08-25'), m(4, 'withdrawal_started', '2023-10-16')]);
    for (const asOf of ['2023-06-01', '2023-08-10', '2023-10-20']) {
      const view = progressView(snap, asOf);
      for (const rows of [view.breakdowns.byPhase, view.breakdowns.byRegion]) {
        const sum = (k: 'active' | 'withdrawing' | 'closed' | 'handedOver' | 'total') => rows.reduce((n, r) => n + r[k], 0);
        expect({ active: sum('active'), withdrawing: sum('withdrawing'), closed: sum('closed'), handedOver: sum('handedOver'), total: sum('total') }).toEqual(view.sites);
      }
    }
  });
});

describe('progressCharts', () => {
  it('a mission with no sites and no milestones draws nothing but does not fail', () => {
    const empty = { ...snapshot([]), sites: [] };
    expect(progressCharts(empty, '2023-09-01')).toEqual({
      steps: [],
      personnelSeries: [],
      timeline: [],
      breakdowns: {
        byPhase: [
          { key: '1', label: 'Phase 1', active: 0, withdrawing: 0, closed: 0, handedOver: 0, total: 0 },
          { key: '2', label: 'Phase 2', active: 0, withdrawing: 0, closed: 0, handedOver: 0, total: 0 },
          { key: 'L', label: 'Liquidation', active: 0, withdrawing: 0, closed: 0, handedOver: 0, total: 0 },
        ],
        byRegion: [],
      },
    });
  });
});
