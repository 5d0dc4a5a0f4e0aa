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
import { readSeed } from '../../scripts/cli';

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
      ['2023-08-13', 2, ['Ber:handed_over']],
      ['2023-08-16', 3, ['Goundam:handed_over']],
      ['2023-08-25', 4, ['Ménaka:handed_over']],
    ]);
    expect(done[0]?.doneSites[0]?.milestones).toEqual([
      expect.objectContaining({ type: 'site_handed_over', date: '2023-08-03', source: expect.objectContaining({ releaseDate: '2023-08-04' }) }),
    ]);
    // Ménaka: the handover from the public record, the departure from the user's release of 31 August.
    expect(done[3]?.doneSites[0]?.milestones.map((m) => m.source)).toEqual(
      expect.arrayContaining([expect.objectContaining({ releaseDate: '2023-08-31' }), expect.objectContaining({ url: expect.stringMatching(/^https:/) })]),
    );
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
    expect(phase1).toMatchObject({ total: 4, handedOver: 4, closed: 0, active: 0 });
    const kidal = res.body.breakdowns.byRegion.find((r: { key: string }) => r.key === 'Kidal');
    expect(kidal).toMatchObject({ withdrawing: 2 });
    expect(res.body.projection).toMatchObject({ paceFrom: '2023-07-01', paceSites: 4, paceDays: 111 });
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

/** MINUSMA's public record, as seeded: the expected figures and sources come from the file. */
const record = (readSeed('MINUSMA').record as { milestones: { type: string; date: string; site: string | null; figure?: number; source: { url: string; publisher: string } }[] }).milestones;

describe('progress: personnel figures and sources that are not releases', () => {
  beforeAll(async () => {
    const { db } = await getDb();
    const mission = await db.mission.findUniqueOrThrow({ where: { code: 'MINUSMA' }, select: { id: true } });
    // Written like every write of the app: with its audit event in the same transaction, which
    // the read cache takes as the sign that data changed (lib/data/read-cache.ts).
    const insert = db.milestone.createMany({
      data: [
        { missionId: mission.id, status: 'planned', type: 'personnel_departed', date: '2023-11-10', figure: 9999, title: 'Planned figure' },
        { missionId: mission.id, status: 'achieved', type: 'personnel_departed', date: '2023-11-12', figure: 7000, title: 'A figure with no publisher', sourceUrl: 'https://example.org/nov' },
      ],
    });
    await db.$transaction([insert, db.auditEvent.create({ data: auditRow({ actor: 'test', action: 'create', entity: 'milestone', entityId: 'fixtures', missionId: mission.id }) })]);
  });

  it('gives the reported figures only, up to the day, with their sources', async () => {
    const res = await get('2023-11-15');
    const published = record.filter((m) => m.type === 'personnel_departed' && m.date <= '2023-11-15');
    expect(published.length).toBeGreaterThan(2);
    expect(res.body.personnelSeries.map((p: { date: string; departed: number; scope: string }) => [p.date, p.departed, p.scope])).toEqual([
      ...published.map((m) => [m.date, m.figure, 'mission']),
      ['2023-11-12', 7000, 'mission'],
    ]);
    expect(res.body.personnelSeries[0].milestones[0].source).toEqual(published[0]!.source);
    expect(res.body.personnelSeries.at(-1).milestones[0].source).toEqual({ url: 'https://example.org/nov', publisher: null });
    expect(res.body.personnel).toMatchObject({ departed: 7000, figureDate: '2023-11-12', inScope: 13871 });
    expect((await get(published[0]!.date)).body.personnelSeries).toHaveLength(1);
  });

  it('names a step whose source is a URL', async () => {
    const res = await get('2023-08-31');
    const ber = record.find((m) => m.site === 'Ber' && m.type === 'site_handed_over')!;
    const step = res.body.steps.find((s: Step) => s.date === ber.date);
    expect(step).toMatchObject({ done: 2 });
    expect(step.doneSites[0]).toMatchObject({ name: 'Ber', how: 'handed_over' });
    expect(step.doneSites[0].milestones[0].source).toEqual(ber.source);
  });
});
