import { describe, expect, it } from 'vitest';
import {
  ACTIVE_STATE,
  doneOn,
  isDone,
  milestoneDates,
  siteStateAsOf,
  siteStatesAsOf,
  type StatusMilestone,
} from '@/lib/domain/status';
import type { MilestoneStatus, MilestoneType } from '@/lib/domain/vocabulary';

let nextId = 1;
function m(
  type: MilestoneType,
  date: string,
  opts: { siteId?: number | null; status?: MilestoneStatus; id?: number } = {},
): StatusMilestone {
  return {
    id: opts.id ?? nextId++,
    siteId: opts.siteId === undefined ? 1 : opts.siteId,
    type,
    date,
    status: opts.status ?? 'achieved',
  };
}

describe('siteStateAsOf: transitions', () => {
  it('is active with no milestones', () => {
    expect(siteStateAsOf([], '2023-08-31')).toEqual(ACTIVE_STATE);
  });

  it('active -> withdrawing on withdrawal_started', () => {
    const start = m('withdrawal_started', '2023-10-16');
    expect(siteStateAsOf([start], '2023-10-15').status).toBe('active');
    expect(siteStateAsOf([start], '2023-10-20')).toEqual({
      status: 'withdrawing',
      statusSince: '2023-10-16',
      withdrawalStartedOn: '2023-10-16',
      closedOn: null,
      handedOverOn: null,
      statusMilestoneId: start.id,
    });
  });

  it.each([
    'convoy_departed',
    'environmental_assessment',
    'asset_disposal',
    'equipment_destroyed',
    'personnel_departed',
    'contingent_repatriated',
  ] as const)('%s is a withdrawal step', (type) => {
    const step = m(type, '2023-09-01');
    const s = siteStateAsOf([step], '2023-09-01');
    expect(s.status).toBe('withdrawing');
    expect(s.statusSince).toBe('2023-09-01');
    expect(s.statusMilestoneId).toBe(step.id);
  });

  it.each(['convoy_arrived', 'incident', 'other'] as const)('%s does not start a withdrawal', (type) => {
    expect(siteStateAsOf([m(type, '2023-09-01')], '2023-12-31')).toEqual(ACTIVE_STATE);
  });

  it('withdrawing -> closed on withdrawal_completed', () => {
    const start = m('withdrawal_started', '2023-08-11');
    const convoy = m('convoy_departed', '2023-08-12');
    const done = m('withdrawal_completed', '2023-08-13');
    const ms = [start, convoy, done];
    expect(siteStateAsOf(ms, '2023-08-12').status).toBe('withdrawing');
    expect(siteStateAsOf(ms, '2023-08-12').statusSince).toBe('2023-08-11');
    expect(siteStateAsOf(ms, '2023-08-13')).toEqual({
      status: 'closed',
      statusSince: '2023-08-13',
      withdrawalStartedOn: '2023-08-11',
      closedOn: '2023-08-13',
      handedOverOn: null,
      statusMilestoneId: done.id,
    });
  });

  it('withdrawing -> handed_over on site_handed_over', () => {
    const start = m('withdrawal_started', '2023-08-01');
    const handover = m('site_handed_over', '2023-08-20');
    const s = siteStateAsOf([start, handover], '2023-08-20');
    expect(s.status).toBe('handed_over');
    expect(s.statusSince).toBe('2023-08-20');
    expect(s.withdrawalStartedOn).toBe('2023-08-01');
    expect(s.handedOverOn).toBe('2023-08-20');
    expect(s.closedOn).toBeNull();
    expect(s.statusMilestoneId).toBe(handover.id);
  });

  it('closed -> handed_over', () => {
    const done = m('withdrawal_completed', '2023-09-01');
    const handover = m('site_handed_over', '2023-09-10');
    const ms = [handover, done];
    expect(siteStateAsOf(ms, '2023-09-05')).toMatchObject({ status: 'closed', statusSince: '2023-09-01' });
    expect(siteStateAsOf(ms, '2023-09-10')).toEqual({
      status: 'handed_over',
      statusSince: '2023-09-10',
      withdrawalStartedOn: '2023-09-01',
      closedOn: '2023-09-01',
      handedOverOn: '2023-09-10',
      statusMilestoneId: handover.id,
    });
  });

  it('handed over with no recorded start: started on the handover day', () => {
    const handover = m('site_handed_over', '2023-08-03');
    expect(siteStateAsOf([handover], '2023-08-03')).toEqual({
      status: 'handed_over',
      statusSince: '2023-08-03',
      withdrawalStartedOn: '2023-08-03',
      closedOn: null,
      handedOverOn: '2023-08-03',
      statusMilestoneId: handover.id,
    });
  });

  it('closed with no recorded start: started on the closure day', () => {
    const s = siteStateAsOf([m('withdrawal_completed', '2023-08-25')], '2023-08-31');
    expect(s.status).toBe('closed');
    expect(s.withdrawalStartedOn).toBe('2023-08-25');
  });

  it('a step recorded after the closure does not reopen the site; start is the earlier closure', () => {
    const done = m('withdrawal_completed', '2023-08-25');
    const s = siteStateAsOf([done, m('equipment_destroyed', '2023-09-02')], '2023-09-30');
    expect(s).toMatchObject({ status: 'closed', statusSince: '2023-08-25', withdrawalStartedOn: '2023-08-25' });
  });

  it('Ogossagou: handed over 08-03, withdrawal completed 08-04', () => {
    const handover = m('site_handed_over', '2023-08-03');
    const done = m('withdrawal_completed', '2023-08-04');
    const ms = [done, handover];
    expect(siteStateAsOf(ms, '2023-08-02')).toEqual(ACTIVE_STATE);
    expect(siteStateAsOf(ms, '2023-08-03')).toEqual({
      status: 'handed_over',
      statusSince: '2023-08-03',
      withdrawalStartedOn: '2023-08-03',
      closedOn: null,
      handedOverOn: '2023-08-03',
      statusMilestoneId: handover.id,
    });
    expect(siteStateAsOf(ms, '2023-08-04')).toEqual({
      status: 'handed_over',
      statusSince: '2023-08-03',
      withdrawalStartedOn: '2023-08-03',
      closedOn: '2023-08-04',
      handedOverOn: '2023-08-03',
      statusMilestoneId: handover.id,
    });
  });

  it('handover and closure on the same day: handed_over', () => {
    const s = siteStateAsOf([m('withdrawal_completed', '2023-10-21'), m('site_handed_over', '2023-10-21')], '2023-10-21');
    expect(s).toMatchObject({ status: 'handed_over', statusSince: '2023-10-21', closedOn: '2023-10-21' });
  });
});

describe('siteStateAsOf: what counts', () => {
  it('cuts at asOf: the same day counts, the day before does not', () => {
    const start = m('withdrawal_started', '2023-10-16');
    expect(siteStateAsOf([start], '2023-10-15').status).toBe('active');
    expect(siteStateAsOf([start], '2023-10-16').status).toBe('withdrawing');
  });

  it('ignores milestones dated after asOf', () => {
    const ms = [m('withdrawal_started', '2023-10-16'), m('withdrawal_completed', '2023-10-21')];
    const s = siteStateAsOf(ms, '2023-10-20');
    expect(s).toMatchObject({ status: 'withdrawing', closedOn: null });
  });

  it('planned milestones never count', () => {
    const ms = [
      m('withdrawal_started', '2023-09-01', { status: 'planned' }),
      m('site_handed_over', '2023-09-30', { status: 'planned' }),
    ];
    expect(siteStateAsOf(ms, '2024-06-01')).toEqual(ACTIVE_STATE);
  });

  it('cancelled milestones never count', () => {
    const done = m('withdrawal_completed', '2023-09-01');
    const ms = [done, m('site_handed_over', '2023-09-05', { status: 'cancelled' })];
    expect(siteStateAsOf(ms, '2023-12-31')).toMatchObject({
      status: 'closed',
      handedOverOn: null,
      statusMilestoneId: done.id,
    });
  });

  it('ignores milestones with no site', () => {
    const ms = [m('withdrawal_started', '2023-07-01', { siteId: null }), m('personnel_departed', '2023-07-02', { siteId: null })];
    expect(siteStateAsOf(ms, '2023-12-31')).toEqual(ACTIVE_STATE);
  });

  it('takes the earliest of each kind, lowest id on a tie, whatever the input order', () => {
    const a = m('withdrawal_completed', '2023-09-03', { id: 50 });
    const b = m('withdrawal_completed', '2023-09-01', { id: 40 });
    const c = m('withdrawal_completed', '2023-09-01', { id: 30 });
    const expected = { status: 'closed', statusSince: '2023-09-01', closedOn: '2023-09-01', statusMilestoneId: 30 };
    expect(siteStateAsOf([a, b, c], '2023-09-30')).toMatchObject(expected);
    expect(siteStateAsOf([c, b, a], '2023-09-30')).toMatchObject(expected);
    expect(siteStateAsOf([b, a, c], '2023-09-30')).toMatchObject(expected);
  });
});

describe('siteStatesAsOf', () => {
  const ms: StatusMilestone[] = [
    m('site_handed_over', '2023-08-03', { siteId: 1, id: 1 }),
    m('withdrawal_completed', '2023-08-04', { siteId: 1, id: 2 }),
    m('convoy_departed', '2023-08-20', { siteId: 3, id: 3 }),
    m('withdrawal_completed', '2023-08-25', { siteId: 3, id: 4 }),
    m('withdrawal_started', '2023-10-16', { siteId: 4, id: 5 }),
    m('withdrawal_started', '2023-07-01', { siteId: null, id: 6 }),
    m('withdrawal_started', '2023-07-01', { siteId: 99, id: 7 }), // a site not in the list
    m('withdrawal_completed', '2023-12-01', { siteId: 4, id: 8, status: 'planned' }),
  ];

  it('groups by site, as of a date', () => {
    const states = siteStatesAsOf([1, 3, 4, 5], ms, '2023-08-31');
    expect([...states.keys()]).toEqual([1, 3, 4, 5]);
    expect(states.get(1)).toMatchObject({ status: 'handed_over', statusSince: '2023-08-03', closedOn: '2023-08-04' });
    expect(states.get(3)).toMatchObject({ status: 'closed', statusSince: '2023-08-25', withdrawalStartedOn: '2023-08-20' });
    expect(states.get(4)).toEqual(ACTIVE_STATE);
    expect(states.get(5)).toEqual(ACTIVE_STATE);
  });

  it('Tessalit withdrawing since 2023-10-16 as of 2023-10-20', () => {
    expect(siteStatesAsOf([4], ms, '2023-10-20').get(4)).toMatchObject({
      status: 'withdrawing',
      statusSince: '2023-10-16',
      statusMilestoneId: 5,
    });
  });

  it('ignores unknown site ids and milestones with no site', () => {
    const states = siteStatesAsOf([1], ms, '2023-12-31');
    expect(states.size).toBe(1);
    expect(states.has(99)).toBe(false);
  });

  it('agrees with siteStateAsOf on each site', () => {
    for (const asOf of ['2023-07-01', '2023-08-03', '2023-08-04', '2023-08-31', '2023-10-16', '2024-01-01']) {
      const states = siteStatesAsOf([1, 3, 4, 5], ms, asOf);
      for (const [id, state] of states) {
        expect(state).toEqual(siteStateAsOf(ms.filter((x) => x.siteId === id), asOf));
      }
    }
  });

  it('handles no sites and no milestones', () => {
    expect(siteStatesAsOf([], ms, '2023-12-31').size).toBe(0);
    expect(siteStatesAsOf([1, 2], [], '2023-12-31').get(2)).toEqual(ACTIVE_STATE);
  });

  it('counts a duplicated site id once', () => {
    expect(siteStatesAsOf([1, 1], ms, '2023-12-31').size).toBe(1);
  });
});

describe('doneOn / isDone', () => {
  it('is the earlier of closure and handover', () => {
    expect(doneOn({ closedOn: '2023-08-04', handedOverOn: '2023-08-03' })).toBe('2023-08-03');
    expect(doneOn({ closedOn: '2023-08-25', handedOverOn: null })).toBe('2023-08-25');
    expect(doneOn({ closedOn: null, handedOverOn: '2023-09-10' })).toBe('2023-09-10');
    expect(doneOn(ACTIVE_STATE)).toBeNull();
    expect(isDone(ACTIVE_STATE)).toBe(false);
    expect(isDone({ closedOn: '2023-08-25', handedOverOn: null })).toBe(true);
  });
});

describe('milestoneDates', () => {
  const ms = [
    m('withdrawal_started', '2023-10-16'),
    m('convoy_departed', '2023-08-20'),
    m('withdrawal_completed', '2023-08-20'),
    m('site_handed_over', '2023-12-01', { status: 'planned' }),
    m('site_handed_over', '2023-11-01', { status: 'cancelled' }),
  ];
  it('sorted unique achieved dates by default', () => {
    expect(milestoneDates(ms)).toEqual(['2023-08-20', '2023-10-16']);
    expect(milestoneDates(ms, { achievedOnly: true })).toEqual(['2023-08-20', '2023-10-16']);
  });
  it('adds planned dates, never cancelled ones, when achievedOnly is false', () => {
    expect(milestoneDates(ms, { achievedOnly: false })).toEqual(['2023-08-20', '2023-10-16', '2023-12-01']);
  });
  it('is empty without milestones', () => {
    expect(milestoneDates([])).toEqual([]);
  });
});
