/**
 * Writes of the records milestones cite: sites (editors), contingents and their deployments
 * (editors), missions and their phases (admins). Each through the real route handlers, with
 * the version check, the refusals in words that change nothing, the audit event before and
 * after, and the read API showing the change at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import * as site from '../../app/api/v1/sites/[id]/route';
import * as sites from '../../app/api/v1/sites/route';
import * as contingents from '../../app/api/v1/contingents/route';
import * as contingent from '../../app/api/v1/contingents/[id]/route';
import * as missions from '../../app/api/v1/missions/route';
import * as mission from '../../app/api/v1/missions/[code]/route';
import * as openapi from '../../app/api/v1/openapi.json/route';
import { call } from './http';
import { signedInAs } from './auth-helpers';

let editor: Awaited<ReturnType<typeof signedInAs>>;
let admin: Awaited<ReturnType<typeof signedInAs>>;
let tessalit: number;
let ber: number;
let gao: number;
let kidal: number;
let missionId: number;

beforeAll(async () => {
  editor = await signedInAs('editor');
  admin = await signedInAs('admin');
  const { db } = await getDb();
  const id = async (name: string) => (await db.site.findFirstOrThrow({ where: { name } })).id;
  [tessalit, ber, gao, kidal] = [await id('Tessalit'), await id('Ber'), await id('Gao'), await id('Kidal')];
  missionId = (await db.mission.findUniqueOrThrow({ where: { code: 'MINUSMA' } })).id;
});

const patchSite = (id: number, body: unknown, headers = editor.headers) => call(site.PATCH, `/api/v1/sites/${id}`, { id: String(id) }, { method: 'PATCH', headers, body });
const deleteSite = (id: number, query: string, headers = editor.headers) => call(site.DELETE, `/api/v1/sites/${id}${query}`, { id: String(id) }, { method: 'DELETE', headers });
const readSite = (id: number) => call(site.GET, `/api/v1/sites/${id}?asOf=2023-12-31`, { id: String(id) });
const versionOf = async (id: number) => (await readSite(id)).body.version as number;

async function lastAudit(entity: string, entityId: number | string) {
  const { db } = await getDb();
  return db.auditEvent.findFirstOrThrow({ where: { entity, entityId: String(entityId) }, orderBy: { id: 'desc' } });
}

async function counts() {
  const { db } = await getDb();
  const [audit, siteVersions, aliases, contingentVersions, deployments, missionVersions, phases, sitesCount, contingentsCount, missionsCount] = await Promise.all([
    db.auditEvent.count(),
    db.site.aggregate({ _sum: { version: true } }),
    db.siteAlias.count(),
    db.contingent.aggregate({ _sum: { version: true } }),
    db.deployment.count(),
    db.mission.aggregate({ _sum: { version: true } }),
    db.phase.count(),
    db.site.count(),
    db.contingent.count(),
    db.mission.count(),
  ]);
  return { audit, siteVersions, aliases, contingentVersions, deployments, missionVersions, phases, sitesCount, contingentsCount, missionsCount };
}

describe('editing a site', () => {
  it('changes the planned handover, aliases, phase and coordinates; the read API shows it and the audit keeps before and after', async () => {
    const version = await versionOf(tessalit);
    const res = await patchSite(tessalit, { version, plannedHandover: '2023-10-25', aliases: ['Amachach', 'Tessalit camp'], phase: '1', lat: 20.2, lon: 1.01 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: tessalit, name: 'Tessalit', plannedHandover: '2023-10-25', aliases: ['Amachach', 'Tessalit camp'], phase: '1', lat: 20.2, lon: 1.01, version: version + 1 });
    expect(res.headers.get('cache-control')).toBe('no-store');

    const read = await readSite(tessalit);
    expect(read.body).toMatchObject({ plannedHandover: '2023-10-25', plannedHandoverFrom: 'site', aliases: ['Amachach', 'Tessalit camp'], phase: '1', version: version + 1 });
    const found = await call(sites.GET, '/api/v1/sites?mission=MINUSMA&q=tessalit%20camp');
    expect(found.body.data.map((s: { id: number }) => s.id)).toEqual([tessalit]);

    const event = await lastAudit('site', tessalit);
    expect(event).toMatchObject({ actor: `user:${editor.userId}`, action: 'update', missionId });
    expect(JSON.parse(event.before!)).toMatchObject({ plannedHandover: null, aliases: ['Amachach'], phase: '2', version });
    expect(JSON.parse(event.after!)).toMatchObject({ plannedHandover: '2023-10-25', aliases: ['Amachach', 'Tessalit camp'], phase: '1', version: version + 1 });

    // null clears: the planned handover falls back to the phase's planned end.
    const cleared = await patchSite(tessalit, { version: version + 1, plannedHandover: null, phase: '2' });
    expect(cleared.status).toBe(200);
    expect((await readSite(tessalit)).body).toMatchObject({ plannedHandover: '2023-12-15', plannedHandoverFrom: 'phase' });
  });

  it('never stores a status: one sent (as a read returns it, for any day) is ignored, and the status still follows the milestones', async () => {
    const before = (await readSite(ber)).body;
    const res = await patchSite(ber, { version: before.version, status: before.status === 'closed' ? 'active' : 'closed' });
    expect(res.status, res.text).toBe(200);
    const after = (await readSite(ber)).body;
    expect(after.status).toBe(before.status);
    expect(after.version).toBe(before.version);
  });

  it('refuses coordinates out of range, a phase of no such code, an alias another site has and a repeated alias, in words, changing nothing', async () => {
    const before = await counts();
    const version = await versionOf(ber);
    const range = await patchSite(ber, { version, lat: 91, lon: -181 });
    expect(range.status).toBe(400);
    expect(range.body.error.fields).toEqual({ lat: ['must be a latitude between -90 and 90'], lon: ['must be a longitude between -180 and 180'] });
    const phase = await patchSite(ber, { version, phase: 'Z9' });
    expect(phase.status).toBe(400);
    expect(phase.body.error.fields.phase).toEqual(['is not a phase of MINUSMA']);
    const taken = await patchSite(ber, { version, aliases: ['Tombouctou'] });
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields.aliases).toEqual(['"Tombouctou" is already a name or alias of Timbuktu']);
    const accents = await patchSite(ber, { version, name: 'Menaka' });
    expect(accents.body.error.fields.name).toEqual(['is already a name or alias of Ménaka']);
    const repeated = await patchSite(ber, { version, aliases: ['Ber camp', 'ber  CAMP'] });
    expect(repeated.status).toBe(400);
    expect(repeated.body.error.fields.aliases).toEqual(['must not repeat a name']);
    const badDate = await patchSite(ber, { version, plannedHandover: '2023-02-30' });
    expect(badDate.body.error.fields.plannedHandover).toEqual(['must be a real calendar day written YYYY-MM-DD']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a stale version with 409 and the site as stored, overwriting nothing', async () => {
    const version = await versionOf(gao);
    expect((await patchSite(gao, { version, region: 'Gao region' })).status).toBe(200);
    const stale = await patchSite(gao, { version, region: 'Somewhere else' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', current: { id: gao, region: 'Gao region', version: version + 1 } });
    expect(stale.body.error.message).toMatch(/changed this site/);
    expect((await readSite(gao)).body.region).toBe('Gao region');
  });

  it('answers 404 for a site that does not exist', async () => {
    expect((await patchSite(999_999, { version: 1, name: 'Nowhere' })).status).toBe(404);
  });
});

describe('deleting a site', () => {
  it('is refused with 409 in_use naming how many milestones and deployments cite it, changing nothing', async () => {
    const { db } = await getDb();
    const milestones = await db.milestone.count({ where: { siteId: kidal } });
    const deployments = await db.deployment.count({ where: { siteId: kidal } });
    expect(milestones).toBeGreaterThan(0);
    const before = await counts();
    const res = await deleteSite(kidal, `?version=${await versionOf(kidal)}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('in_use');
    expect(res.body.error.message).toContain(`Kidal cannot be deleted: ${milestones} milestone${milestones === 1 ? '' : 's'}`);
    if (deployments > 0) expect(res.body.error.message).toContain(`${deployments} deployment`);
    expect(await counts()).toEqual(before);
  });

  it('needs the version, refuses a stale one, and deletes a site nothing cites with its audit event', async () => {
    const { db } = await getDb();
    const spare = await db.site.create({
      data: { missionId, slug: 'spare-post', name: 'Spare post', kind: 'camp', region: 'Gao', lat: 16, lon: 0, aliases: { create: [{ name: 'Poste de réserve' }] } },
    });
    expect((await deleteSite(spare.id, '')).status).toBe(400);
    expect((await deleteSite(spare.id, '?version=7')).status).toBe(409);
    const res = await deleteSite(spare.id, '?version=1');
    expect(res.status).toBe(204);
    expect(await db.site.findUnique({ where: { id: spare.id } })).toBeNull();
    expect(await db.siteAlias.count({ where: { name: 'Poste de réserve' } })).toBe(0);
    const event = await lastAudit('site', spare.id);
    expect(event).toMatchObject({ action: 'delete', after: null });
    expect(JSON.parse(event.before!)).toMatchObject({ name: 'Spare post', aliases: ['Poste de réserve'], version: 1 });
    expect((await deleteSite(spare.id, '?version=1')).status).toBe(404);
  });
});

const postContingent = (body: unknown, headers = editor.headers) => call(contingents.POST, '/api/v1/contingents', {}, { method: 'POST', headers, body });
const patchContingent = (id: number, body: unknown, headers = editor.headers) =>
  call(contingent.PATCH, `/api/v1/contingents/${id}`, { id: String(id) }, { method: 'PATCH', headers, body });
const deleteContingent = (id: number, query: string) => call(contingent.DELETE, `/api/v1/contingents/${id}${query}`, { id: String(id) }, { method: 'DELETE', headers: editor.headers });

describe('contingents and their deployments', () => {
  it('adds a contingent with deployments, reads it back, and the contingents list shows where it is', async () => {
    const res = await postContingent({
      name: 'Chadian contingent',
      country: 'Chad',
      countryIso: 'td',
      unitKind: 'infantry',
      strength: 1400,
      deployments: [{ siteId: tessalit, startDate: '2013-07-01', endDate: '2023-10-21', strength: 600 }, { siteId: gao, startDate: '2020-01-01' }],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ missionCode: 'MINUSMA', countryIso: 'TD', version: 1, deployments: [{ siteId: tessalit, endDate: '2023-10-21', strength: 600 }, { siteId: gao, endDate: null, strength: null }] });
    const read = await call(contingent.GET, `/api/v1/contingents/${res.body.id}`, { id: String(res.body.id) });
    expect(read.body).toEqual(res.body);
    const list = await call(contingents.GET, '/api/v1/contingents?mission=MINUSMA&asOf=2023-11-01');
    const shown = list.body.data.find((c: { id: number }) => c.id === res.body.id);
    expect(shown.presentAt.map((p: { siteId: number }) => p.siteId)).toEqual([gao]);
    const event = await lastAudit('contingent', res.body.id);
    expect(event).toMatchObject({ action: 'create', before: null });
    expect(JSON.parse(event.after!).deployments).toHaveLength(2);
  });

  it('refuses an end before the start, a site of no such mission, and a second contingent of the same country and unit kind', async () => {
    const before = await counts();
    const order = await postContingent({ name: 'X', country: 'Niger', countryIso: 'NE', deployments: [{ siteId: gao, startDate: '2023-05-02', endDate: '2023-05-01' }] });
    expect(order.status).toBe(400);
    expect(order.body.error.fields).toEqual({ 'deployments.0.endDate': ['must not be before the start date'] });
    const foreign = await postContingent({ name: 'X', country: 'Niger', countryIso: 'NE', deployments: [{ siteId: 999_999 }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toEqual({ 'deployments.0.siteId': ['is not a site of this mission'] });
    const twin = await postContingent({ name: 'Senegalese again', country: 'Senegal', countryIso: 'SN' });
    expect(twin.status).toBe(400);
    expect(twin.body.error.fields.unitKind).toEqual(['is already the unit kind of Senegalese troops from the same country']);
    const iso = await postContingent({ name: 'X', country: 'Niger', countryIso: 'NER' });
    expect(iso.body.error.fields.countryIso).toEqual(['must be the two-letter ISO 3166-1 code, e.g. SN']);
    expect(await counts()).toEqual(before);
  });

  it('replaces the deployments as a whole, refuses a stale version, and deletes one nothing cites', async () => {
    const created = (await postContingent({ name: 'Egyptian battalion', country: 'Egypt', countryIso: 'EG', unitKind: 'infantry', deployments: [{ siteId: gao }] })).body;
    const res = await patchContingent(created.id, { version: 1, strength: 800, deployments: [{ siteId: kidal, startDate: '2019-01-01', endDate: '2023-10-31' }] });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ strength: 800, version: 2, deployments: [{ siteId: kidal, startDate: '2019-01-01', endDate: '2023-10-31', strength: null }] });
    const event = await lastAudit('contingent', created.id);
    expect(JSON.parse(event.before!)).toMatchObject({ version: 1, strength: null, deployments: [{ siteId: gao }] });
    expect(JSON.parse(event.after!)).toMatchObject({ version: 2, strength: 800, deployments: [{ siteId: kidal }] });

    const stale = await patchContingent(created.id, { version: 1, name: 'Old' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', current: { id: created.id, version: 2, strength: 800 } });

    // A contingent's deployments are its own: they go with it. A site they point at stays.
    const kidalVersion = await versionOf(kidal);
    expect((await deleteContingent(created.id, '?version=2')).status).toBe(204);
    const { db } = await getDb();
    expect(await db.deployment.count({ where: { contingentId: created.id } })).toBe(0);
    expect(await versionOf(kidal)).toBe(kidalVersion);
    expect((await lastAudit('contingent', created.id)).action).toBe('delete');
  });

  it('refuses to delete a contingent milestones cite, with the reason', async () => {
    const { db } = await getDb();
    const senegal = await db.contingent.findFirstOrThrow({ where: { countryIso: 'SN' } });
    const cited = await db.milestone.count({ where: { contingentId: senegal.id } });
    expect(cited).toBeGreaterThan(0);
    const before = await counts();
    const res = await deleteContingent(senegal.id, `?version=${senegal.version}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('in_use');
    expect(res.body.error.message).toMatch(new RegExp(`^Senegalese troops cannot be deleted: ${cited} milestones?`));
    expect(await counts()).toEqual(before);
  });
});

const postMission = (body: unknown, headers = admin.headers) => call(missions.POST, '/api/v1/missions', {}, { method: 'POST', headers, body });
const patchMission = (code: string, body: unknown, headers = admin.headers) => call(mission.PATCH, `/api/v1/missions/${code}`, { code }, { method: 'PATCH', headers, body });

describe('missions and phases (admins)', () => {
  it('creates a mission with its phases; the read API lists it; the audit names the admin', async () => {
    const res = await postMission({
      code: 'unamid',
      name: 'African Union-United Nations Hybrid Operation in Darfur',
      hostCountry: 'Sudan',
      hostCountryIsoNumeric: '729',
      deployedSince: '2007-07-31',
      mandateEnd: '2020-12-31',
      withdrawalDeadline: '2021-06-30',
      personnelInScope: 6000,
      phases: [{ code: 'A', name: 'First team sites', plannedStart: '2021-01-01', plannedEnd: '2021-03-31' }, { code: 'B', name: 'Super camps' }],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ code: 'UNAMID', version: 1, phases: [{ code: 'A', plannedEnd: '2021-03-31' }, { code: 'B', plannedStart: null }] });
    const read = await call(mission.GET, '/api/v1/missions/UNAMID', { code: 'UNAMID' });
    expect(read.body).toMatchObject({ code: 'UNAMID', hostCountry: 'Sudan', withdrawalDeadline: '2021-06-30' });
    const { db } = await getDb();
    const row = await db.mission.findUniqueOrThrow({ where: { code: 'UNAMID' } });
    const event = await lastAudit('mission', row.id);
    expect(event).toMatchObject({ actor: `user:${admin.userId}`, action: 'create', missionId: row.id });
    expect(JSON.parse(event.after!)).toMatchObject({ code: 'UNAMID', phases: [{ code: 'A' }, { code: 'B' }] });

    const again = await postMission({ code: 'UNAMID', name: 'Twice', hostCountry: 'Sudan', withdrawalDeadline: '2021-06-30' });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ code: ['is already the code of a mission'] });
  });

  it('refuses bad dates and repeated phase codes in words', async () => {
    const before = await counts();
    const res = await postMission({
      code: 'BAD',
      name: 'Bad',
      hostCountry: 'Nowhere',
      deployedSince: '2020-01-01',
      withdrawalDeadline: '2019-12-31',
      phases: [{ code: 'A', name: 'One', plannedStart: '2020-02-01', plannedEnd: '2020-01-01' }, { code: 'a', name: 'Two' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject({
      withdrawalDeadline: ['must not be before the deployment date'],
      'phases.0.plannedEnd': ['must not be before the planned start'],
      phases: ['must not repeat a phase code'],
    });
    expect(await counts()).toEqual(before);
  });

  it('changes fields and phases (matched by code, so sites keep theirs), refuses removing a phase sites belong to, and a stale version', async () => {
    const { version } = (await call(mission.GET, '/api/v1/missions/MINUSMA', { code: 'MINUSMA' })).body;
    const phases = [
      { code: '1', name: 'Phase 1: remote posts', plannedStart: '2023-07-01', plannedEnd: '2023-09-15' },
      { code: '2', name: 'Phase 2: northern, north-eastern and central bases', plannedStart: '2023-09-01', plannedEnd: '2023-12-15' },
      { code: 'L', name: 'Liquidation sites', plannedStart: '2024-01-01', plannedEnd: null },
      { code: '3', name: 'Liquidation', plannedStart: '2024-01-01', plannedEnd: '2024-06-30' },
    ];
    const res = await patchMission('minusma', { version, personnelInScope: 14000, phases });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ personnelInScope: 14000, version: version + 1 });
    expect(res.body.phases.map((p: { code: string }) => p.code)).toEqual(['1', '2', '3', 'L']);
    expect((await readSite(ber)).body).toMatchObject({ phase: '1', plannedHandover: '2023-09-15', plannedHandoverFrom: 'phase' });
    expect((await call(mission.GET, '/api/v1/missions/MINUSMA', { code: 'MINUSMA' })).body.personnelInScope).toBe(14000);

    const before = await counts();
    const removing = await patchMission('MINUSMA', { version: version + 1, phases: phases.filter((p) => p.code !== 'L') });
    expect(removing.status).toBe(400);
    expect(removing.body.error.fields.phases).toEqual([expect.stringMatching(/^L cannot be removed: 3 sites belong to it$/)]);
    const stale = await patchMission('MINUSMA', { version, name: 'Old name' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', current: { code: 'MINUSMA', version: version + 1 } });
    const order = await patchMission('MINUSMA', { version: version + 1, withdrawalDeadline: '2010-01-01' });
    expect(order.body.error.fields).toEqual({ withdrawalDeadline: ['must not be before the deployment date'] });
    expect(await counts()).toEqual(before);

    // A phase nobody uses may go.
    const removed = await patchMission('MINUSMA', { version: version + 1, phases: phases.filter((p) => p.code !== '3') });
    expect(removed.status).toBe(200);
    expect(removed.body.phases.map((p: { code: string }) => p.code)).toEqual(['1', '2', 'L']);
    const { db } = await getDb();
    const event = await lastAudit('mission', missionId);
    expect(JSON.parse(event.before!).phases.map((p: { code: string }) => p.code)).toEqual(['1', '2', '3', 'L']);
    expect(JSON.parse(event.after!).phases.map((p: { code: string }) => p.code)).toEqual(['1', '2', 'L']);
    expect(await db.site.count({ where: { phaseId: null, missionId } })).toBe(0);
  });

  it('answers 404 for a mission that does not exist', async () => {
    expect((await patchMission('NOPE', { version: 1, name: 'x' })).status).toBe(404);
  });
});

describe('a save that changes nothing (issue 15)', () => {
  it('keeps the version and writes no history, for a site, a contingent and a mission', async () => {
    const before = await counts();
    const { db } = await getDb();
    const stored = await db.site.findUniqueOrThrow({ where: { id: ber }, select: { name: true, kind: true, region: true, lat: true, lon: true, plannedHandover: true, version: true, aliases: { select: { name: true }, orderBy: { id: 'asc' } } } });
    const sameSite = await patchSite(ber, { version: stored.version, name: stored.name, kind: stored.kind, region: stored.region, lat: stored.lat, lon: stored.lon, plannedHandover: stored.plannedHandover, aliases: stored.aliases.map((a) => a.name) });
    expect(sameSite.status, sameSite.text).toBe(200);
    expect(sameSite.body.version).toBe(stored.version);

    const created = (await postContingent({ name: 'Unchanged company', country: 'Ghana', countryIso: 'GH', unitKind: 'engineers', deployments: [{ siteId: gao, startDate: '2020-01-01' }] })).body;
    const afterCreate = await counts();
    const { id: _id, missionCode: _code, ...asStored } = created;
    const sameContingent = await patchContingent(created.id, asStored);
    expect(sameContingent.status, sameContingent.text).toBe(200);
    expect(sameContingent.body.version).toBe(created.version);

    const read = (await call(mission.GET, '/api/v1/missions/UNIFIL', { code: 'UNIFIL' })).body;
    const sameMission = await patchMission('UNIFIL', { version: read.version, name: read.name, phases: read.phases });
    expect(sameMission.status, sameMission.text).toBe(200);
    expect(sameMission.body.version).toBe(read.version);

    // Nothing but the contingent's creation was recorded.
    const after = await counts();
    expect(after).toEqual(afterCreate);
    expect(after.audit).toBe(before.audit + 1);
  });
});

describe('writes take what reads return (issue 15)', () => {
  it('a site, a contingent and a mission read and sent back as read are accepted, and change nothing', async () => {
    const before = await counts();
    const siteRead = (await readSite(tessalit)).body;
    const site = await patchSite(tessalit, siteRead);
    expect(site.status, site.text).toBe(200);
    expect(site.body.version).toBe(siteRead.version);

    const { db } = await getDb();
    const senegal = await db.contingent.findFirstOrThrow({ where: { countryIso: 'SN' } });
    const contingentRead = (await call(contingent.GET, `/api/v1/contingents/${senegal.id}`, { id: String(senegal.id) })).body;
    const sent = await patchContingent(senegal.id, contingentRead);
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body.version).toBe(contingentRead.version);

    const missionRead = (await call(mission.GET, '/api/v1/missions/MINUSMA', { code: 'MINUSMA' })).body;
    const same = await patchMission('MINUSMA', missionRead);
    expect(same.status, same.text).toBe(200);
    expect(same.body.version).toBe(missionRead.version);
    expect(await counts()).toEqual(before);
  });

  it('a site whose planned handover comes from its phase keeps none of its own when sent back as read', async () => {
    const { db } = await getDb();
    const phased = await db.site.findFirstOrThrow({ where: { plannedHandover: null, phaseId: { not: null } }, select: { id: true } });
    const read = (await readSite(phased.id)).body;
    expect(read.plannedHandoverFrom).toBe('phase');
    const res = await patchSite(phased.id, { ...read, region: `${read.region}` });
    expect(res.status, res.text).toBe(200);
    expect((await db.site.findUniqueOrThrow({ where: { id: phased.id } })).plannedHandover).toBeNull();
  });

  it('refuses a read whose missionCode or id names another record', async () => {
    const read = (await readSite(tessalit)).body;
    expect((await patchSite(tessalit, { ...read, missionCode: 'UNIFIL' })).status).toBe(400);
    expect((await patchSite(tessalit, { ...read, id: ber })).status).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('describes the writes of sites, contingents and missions with their security and refusals', async () => {
    const doc = (await call(openapi.GET, '/api/v1/openapi.json')).body;
    const writes: [string, string, string][] = [
      ['/api/v1/sites/{id}', 'patch', 'SiteConflict'],
      ['/api/v1/sites/{id}', 'delete', ''],
      ['/api/v1/contingents', 'post', ''],
      ['/api/v1/contingents/{id}', 'patch', 'ContingentConflict'],
      ['/api/v1/contingents/{id}', 'delete', ''],
      ['/api/v1/missions', 'post', ''],
      ['/api/v1/missions/{code}', 'patch', 'MissionConflict'],
    ];
    for (const [path, method, conflict] of writes) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.security.length).toBeGreaterThan(0);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
      if (conflict) expect(op.responses['409'].content['application/json'].schema.$ref).toBe(`#/components/schemas/${conflict}`);
    }
    expect(doc.paths['/api/v1/sites/{id}'].get).toBeDefined();
    expect(doc.paths['/api/v1/missions/{code}'].get).toBeDefined();
    expect(doc.paths['/api/v1/missions/{code}'].patch.description).toMatch(/admin/);
    expect(doc.paths['/api/v1/sites/{id}'].patch.requestBody.content['application/json'].schema.required).toEqual(['version']);
  });
});
