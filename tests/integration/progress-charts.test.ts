/**
 * What GET /api/v1/progress gives the charts: the sites and milestones behind each step with
 * their sources, the personnel figures as reported, the timeline rows and the breakdowns.
 * This file adds milestones to its own copy of the seeded database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './http';
import * as progress from '../../app/api/v1/progress/route';
import * as openapi from '../../app/api/v1/openapi.json/route';
import { auditRow } from '../../lib/data/audit';
import { getDb } from '../../lib/db/client';

const get = (asOf: string) => call(progress.GET, `/api/v1/progress?mission=MINUSMA&asOf=${asOf}`);

type Step = { date: string; done: number; planned: number; doneSites: { name: string; how: string; milestones: { type: string; source: unknown }[] }[]; plannedSites: { name: string; from: string }[] };

describe('progress: what the charts draw, from the seed', () => {
  it('names the sites and the milestones behind each step, with their release', async () => {
    const res = await get('2023-08-31');
    expect(res.status).toBe(200);
    const steps: Step[] = res.body.steps;
    const done = steps.filter((s) => s.doneSites.length > 0);
    expect(done.map((s) => [s.date, s.done, s.doneSites.map((d) => `${d.name}:${d.how}`)])).toEqual([
      ['2023-08-03', 1, ['Ogossagou:handed_over']],
      ['2023-08-25', 2, ['Ménaka:closed']],
    ]);
    expect(done[0]?.doneSites[0]?.milestones).toEqual([
      expect.objectContaining({ type: 'site_handed_over', date: '2023-08-03', source: expect.objectContaining({ releaseDate: '2023-08-04' }) }),
    ]);
    expect(done[1]?.doneSites[0]?.milestones[0]?.source).toMatchObject({ releaseDate: '2023-08-31' });
    // Each step's counts are the series' counts on that day.
    for (const step of steps) expect(res.body.series).toContainEqual({ date: step.date, done: step.done, planned: step.planned });
    // Phase 1 ends on 31 Aug, phase 2 on 15 Dec: the plan names their sites.
    expect(steps.find((s) => s.date === '2023-08-31')?.plannedSites.map((p) => p.name)).toEqual(['Ogossagou', 'Ber', 'Goundam', 'Ménaka']);
    expect(steps.find((s) => s.date === '2023-08-31')?.plannedSites.every((p) => p.from === 'phase')).toBe(true);
  });

  it('gives one timeline row per site and the breakdowns, as of the day', async () => {
    const res = await get('2023-10-20');
    expect(res.body.timeline).toHaveLength(13);
    const tessalit = res.body.timeline.find((r: { name: string }) => r.name === 'Tessalit');
    expect(tessalit).toMatchObject({ phase: '2', plannedStart: '2023-09-01', plannedEnd: '2023-12-15', status: 'withdrawing', withdrawalStartedOn: '2023-10-16', doneOn: null });
    expect(tessalit.marks.map((m: { type: string }) => m.type)).toContain('withdrawal_started');
    expect(res.body.timeline.map((r: { phase: string }) => r.phase)).toEqual([...'1111222222LLL']);
    const phase1 = res.body.breakdowns.byPhase.find((r: { key: string }) => r.key === '1');
    expect(phase1).toMatchObject({ total: 4, handedOver: 1, closed: 1, active: 2 });
    const kidal = res.body.breakdowns.byRegion.find((r: { key: string }) => r.key === 'Kidal');
    expect(kidal).toMatchObject({ withdrawing: 2 });
    expect(res.body.projection).toMatchObject({ paceFrom: '2023-07-01', paceSites: 2, paceDays: 111 });
  });

  it('documents the chart fields in the OpenAPI document', async () => {
    const doc = (await call(openapi.GET, '/api/v1/openapi.json')).body;
    const props = Object.keys(doc.components.schemas.Progress.properties);
    expect(props).toEqual(expect.arrayContaining(['steps', 'personnelSeries', 'timeline', 'breakdowns']));
    expect(Object.keys(doc.components.schemas.Progress.properties.projection.properties)).toEqual(
      expect.arrayContaining(['paceFrom', 'paceSites', 'paceDays']),
    );
  });
});

describe('progress: personnel figures and sources that are not releases', () => {
  beforeAll(async () => {
    const { db } = await getDb();
    const mission = await db.mission.findUniqueOrThrow({ where: { code: 'MINUSMA' }, select: { id: true } });
    const ber = await db.site.findFirstOrThrow({ where: { missionId: mission.id, name: 'Ber' }, select: { id: true } });
    const common = { missionId: mission.id, status: 'achieved' };
    // Written like every write of the app: with its audit event in the same transaction, which
    // the read cache takes as the sign that data changed (lib/data/read-cache.ts).
    const insert = db.milestone.createMany({
      data: [
        { ...common, type: 'site_handed_over', date: '2023-08-13', siteId: ber.id, title: 'Ber handed over', sourceUrl: 'https://example.org/ber', sourcePublisher: 'Example news' },
        { ...common, type: 'personnel_departed', date: '2023-08-31', figure: 4200, title: 'Personnel departed to date' },
        { ...common, type: 'personnel_departed', date: '2023-10-31', figure: 7800, title: 'Personnel departed to date', sourceUrl: 'https://example.org/oct' },
        { ...common, status: 'planned', type: 'personnel_departed', date: '2023-11-30', figure: 10000, title: 'Planned figure' },
      ],
    });
    await db.$transaction([insert, db.auditEvent.create({ data: auditRow({ actor: 'test', action: 'create', entity: 'milestone', entityId: 'fixtures', missionId: mission.id }) })]);
  });

  it('gives the reported figures only, up to the day, with their sources', async () => {
    const res = await get('2023-11-15');
    expect(res.body.personnelSeries.map((p: { date: string; departed: number; scope: string }) => [p.date, p.departed, p.scope])).toEqual([
      ['2023-08-31', 4200, 'mission'],
      ['2023-10-31', 7800, 'mission'],
    ]);
    expect(res.body.personnelSeries[1].milestones[0].source).toEqual({ url: 'https://example.org/oct', publisher: null });
    expect(res.body.personnel).toMatchObject({ departed: 7800, figureDate: '2023-10-31', inScope: 13871 });
    expect((await get('2023-09-30')).body.personnelSeries).toHaveLength(1);
  });

  it('names a step whose source is a URL', async () => {
    const res = await get('2023-08-31');
    const step = res.body.steps.find((s: Step) => s.date === '2023-08-13');
    expect(step).toMatchObject({ done: 2 });
    expect(step.doneSites[0]).toMatchObject({ name: 'Ber', how: 'handed_over' });
    expect(step.doneSites[0].milestones[0].source).toEqual({ url: 'https://example.org/ber', publisher: 'Example news' });
  });
});
