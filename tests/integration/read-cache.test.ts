/**
 * Read bodies are cached per process (lib/data/read-cache.ts). This proves the cache never
 * shows the past: after a write, through the API or straight into the database from another
 * connection (another instance, the import CLI), every endpoint and every body the screens
 * hydrate from shows it on the very next read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb, getDb } from '../../lib/db/client';
import * as api from '../../lib/data/read-api';
import { createMilestone } from '../../lib/data/milestone-writes';
import * as milestonesRoute from '../../app/api/v1/milestones/route';
import * as milestoneRoute from '../../app/api/v1/milestones/[id]/route';
import * as sitesRoute from '../../app/api/v1/sites/route';
import * as siteRoute from '../../app/api/v1/sites/[id]/route';
import * as progressRoute from '../../app/api/v1/progress/route';
import * as contingentsRoute from '../../app/api/v1/contingents/route';
import * as missionRoute from '../../app/api/v1/missions/[code]/route';
import * as releasesRoute from '../../app/api/v1/releases/route';
import * as releaseRoute from '../../app/api/v1/releases/[id]/route';
import { call } from './http';
import { signedInAs } from './auth-helpers';

const ASOF = '2023-12-31';
let editor: Awaited<ReturnType<typeof signedInAs>>;
let siteId: number;
let contingentId: number;
let releaseId: number;

/** Everything a reader can see, through the routes and through the bodies pages hydrate. */
async function everything() {
  const handle = await getDb();
  const [sites, site, progress, contingents, milestones, mission, releases, release] = await Promise.all([
    call(sitesRoute.GET, `/api/v1/sites?mission=MINUSMA&asOf=${ASOF}`),
    call(siteRoute.GET, `/api/v1/sites/${siteId}?asOf=${ASOF}`, { id: String(siteId) }),
    call(progressRoute.GET, `/api/v1/progress?mission=MINUSMA&asOf=${ASOF}`),
    call(contingentsRoute.GET, `/api/v1/contingents?mission=MINUSMA&asOf=${ASOF}`),
    call(milestonesRoute.GET, `/api/v1/milestones?mission=MINUSMA&to=${ASOF}&limit=6`),
    call(missionRoute.GET, '/api/v1/missions/MINUSMA', { code: 'MINUSMA' }),
    call(releasesRoute.GET, '/api/v1/releases?mission=MINUSMA&limit=100'),
    call(releaseRoute.GET, `/api/v1/releases/${releaseId}`, { id: String(releaseId) }),
  ]);
  const screens = await Promise.all([
    api.readSites(handle, 'MINUSMA', ASOF),
    api.readSite(handle, siteId, ASOF),
    api.readProgress(handle, 'MINUSMA', ASOF),
    api.readContingents(handle, 'MINUSMA', ASOF),
    api.readMilestones(handle, { mission: 'MINUSMA', to: ASOF, limit: 6 }),
    api.readMission(handle, 'MINUSMA'),
  ]);
  for (const r of [sites, site, progress, contingents, milestones, mission, releases, release]) expect(r.status).toBe(200);
  return {
    siteStatus: [
      sites.body.data.find((s: { id: number }) => s.id === siteId).status,
      site.body.status,
      screens[0].data.find((s) => s.id === siteId)!.status,
      screens[1].status,
    ],
    withdrawing: [progress.body.sites.withdrawing, screens[2].sites.withdrawing],
    siteMilestoneTitles: [site.body.milestones.map((m: { title: string }) => m.title), screens[1].milestones.map((m) => m.title)],
    latestTitles: [milestones.body.data.map((m: { title: string }) => m.title), screens[4].data.map((m) => m.title)],
    repatriated: [
      contingents.body.data.find((c: { id: number }) => c.id === contingentId).repatriated,
      screens[3].data.find((c) => c.id === contingentId)!.repatriated,
    ],
    milestoneDates: [mission.body.milestoneDates, screens[5].milestoneDates],
    releaseCites: [
      release.body.milestones.map((m: { title: string }) => m.title),
      releases.body.data.find((r: { id: number }) => r.id === releaseId).milestones.map((m: { title: string }) => m.title),
    ],
  };
}

const post = (body: unknown) => call(milestonesRoute.POST, '/api/v1/milestones', {}, { method: 'POST', headers: editor.headers, body });

beforeAll(async () => {
  editor = await signedInAs('editor');
  const handle = await getDb();
  const sites = await api.readSites(handle, 'MINUSMA', ASOF);
  siteId = sites.data.find((s) => s.status === 'active')!.id;
  const contingents = await api.readContingents(handle, 'MINUSMA', ASOF);
  contingentId = contingents.data.find((c) => !c.repatriated)!.id;
  releaseId = (await handle.db.release.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
});

describe('the read cache', () => {
  it('is in use: with nothing written, a read gives back the very same body', async () => {
    const handle = await getDb();
    const first = await api.readProgress(handle, 'MINUSMA', ASOF);
    expect(await api.readProgress(handle, 'MINUSMA', ASOF)).toBe(first);
  });

  it('shows a new milestone, its change and its deletion on every endpoint and screen body at once', async () => {
    const before = await everything();
    await everything(); // every body is now cached
    expect(before.siteStatus).toEqual(['active', 'active', 'active', 'active']);

    const created = await post({ type: 'withdrawal_started', date: '2023-11-02', siteId, title: 'Cache test: withdrawal started', source: { releaseId } });
    expect(created.status).toBe(201);
    const repatriation = await post({
      type: 'contingent_repatriated',
      // The as-of day itself, so that it heads the overview's latest milestones.
      date: ASOF,
      contingentId,
      title: 'Cache test: contingent home',
      source: { url: 'https://example.org/cache-test', publisher: 'Example' },
    });
    expect(repatriation.status).toBe(201);
    // A write's answer is built from the insert (no read-back): it must be what a read gives.
    for (const written of [created, repatriation]) {
      expect(written.body).toEqual((await call(milestoneRoute.GET, `/api/v1/milestones/${written.body.id}`, { id: String(written.body.id) })).body);
    }
    expect(created.body.source).toMatchObject({ releaseId, releaseDate: expect.any(String), language: expect.any(String) });

    const after = await everything();
    expect(after.siteStatus).toEqual(['withdrawing', 'withdrawing', 'withdrawing', 'withdrawing']);
    expect(after.withdrawing).toEqual(before.withdrawing.map((n) => n + 1));
    for (const titles of after.siteMilestoneTitles) expect(titles).toContain('Cache test: withdrawal started');
    for (const titles of after.latestTitles) expect(titles).toContain('Cache test: contingent home');
    expect(after.repatriated).toEqual([true, true]);
    for (const dates of after.milestoneDates) expect(dates).toContain('2023-11-02');
    for (const titles of after.releaseCites) expect(titles).toContain('Cache test: withdrawal started');

    const cancelled = await call(milestoneRoute.PATCH, `/api/v1/milestones/${created.body.id}`, { id: String(created.body.id) }, {
      method: 'PATCH',
      headers: editor.headers,
      body: { version: created.body.version, status: 'cancelled' },
    });
    expect(cancelled.status).toBe(200);
    const deleted = await call(milestoneRoute.DELETE, `/api/v1/milestones/${repatriation.body.id}?version=1`, { id: String(repatriation.body.id) }, {
      method: 'DELETE',
      headers: editor.headers,
    });
    expect(deleted.status).toBe(204);

    const undone = await everything();
    expect(undone.siteStatus).toEqual(before.siteStatus);
    expect(undone.withdrawing).toEqual(before.withdrawing);
    expect(undone.repatriated).toEqual([false, false]);
    for (const titles of undone.latestTitles) expect(titles).not.toContain('Cache test: contingent home');
  });

  it('shows at once a write made by another connection (another instance, the import CLI)', async () => {
    await everything();
    // Its own client, as another app instance or the CLI has: this process hears nothing of it.
    const other = await createDb(process.env.DATABASE_URL!);
    try {
      await createMilestone(other.db, 'test:elsewhere', 'MINUSMA', {
        type: 'withdrawal_started',
        date: '2023-11-05',
        siteId,
        contingentId: null,
        title: 'Cache test: from elsewhere',
        notes: null,
        figure: null,
        status: 'achieved',
        source: { url: 'https://example.org/x', publisher: 'Example' },
      });
    } finally {
      await other.db.$disconnect();
    }
    const after = await everything();
    expect(after.siteStatus).toEqual(['withdrawing', 'withdrawing', 'withdrawing', 'withdrawing']);
    for (const titles of after.siteMilestoneTitles) expect(titles).toContain('Cache test: from elsewhere');
  });
});
