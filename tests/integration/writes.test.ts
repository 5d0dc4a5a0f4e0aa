/**
 * The write API through the real route handlers: milestones (with the version check),
 * the release import and the review of proposals, each leaving its audit trail, and the
 * read API showing the change at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import * as milestones from '../../app/api/v1/milestones/route';
import * as milestone from '../../app/api/v1/milestones/[id]/route';
import * as releases from '../../app/api/v1/releases/route';
import * as sites from '../../app/api/v1/sites/route';
import * as progress from '../../app/api/v1/progress/route';
import * as accept from '../../app/api/v1/proposals/[id]/accept/route';
import * as reject from '../../app/api/v1/proposals/[id]/reject/route';
import * as acceptMany from '../../app/api/v1/proposals/accept/route';
import { call } from './http';
import { signedInAs } from './auth-helpers';

let editor: Awaited<ReturnType<typeof signedInAs>>;
let other: Awaited<ReturnType<typeof signedInAs>>;
let kidal: number;
let gao: number;
let releaseId: number;

beforeAll(async () => {
  editor = await signedInAs('editor');
  other = await signedInAs('editor');
  const { db } = await getDb();
  kidal = (await db.site.findFirstOrThrow({ where: { name: 'Kidal' } })).id;
  gao = (await db.site.findFirstOrThrow({ where: { name: 'Gao' } })).id;
  releaseId = (await db.release.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
});

const post = (body: unknown, headers = editor.headers) => call(milestones.POST, '/api/v1/milestones', {}, { method: 'POST', headers, body });
const patch = (id: number, body: unknown, headers = editor.headers) =>
  call(milestone.PATCH, `/api/v1/milestones/${id}`, { id: String(id) }, { method: 'PATCH', headers, body });
const del = (id: number, query: string, headers = editor.headers) =>
  call(milestone.DELETE, `/api/v1/milestones/${id}${query}`, { id: String(id) }, { method: 'DELETE', headers });
const get = (id: number) => call(milestone.GET, `/api/v1/milestones/${id}`, { id: String(id) });

async function statusOf(siteId: number, asOf = '2023-12-31') {
  const res = await call(sites.GET, `/api/v1/sites?mission=MINUSMA&asOf=${asOf}`);
  return res.body.data.find((s: { id: number }) => s.id === siteId).status as string;
}

async function lastAudit(entity: string, entityId: number | string) {
  const { db } = await getDb();
  return db.auditEvent.findFirstOrThrow({ where: { entity, entityId: String(entityId) }, orderBy: { id: 'desc' } });
}

const convoy = () => ({
  type: 'convoy_departed',
  date: '2023-10-20',
  siteId: gao,
  title: 'A convoy left Gao for Niamey',
  source: { url: 'https://example.org/news/convoy', publisher: 'Example News' },
});

describe('creating milestones', () => {
  it('creates one citing a release, answers it with version 1, and audits who and what', async () => {
    const res = await post({ type: 'withdrawal_started', date: '2023-10-25', siteId: kidal, title: 'Kidal withdrawal begins', source: { releaseId } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ missionCode: 'MINUSMA', siteId: kidal, contingentId: null, type: 'withdrawal_started', status: 'achieved', version: 1 });
    expect(res.body.source).toMatchObject({ releaseId });
    expect((await get(res.body.id)).body.title).toBe('Kidal withdrawal begins');
    const event = await lastAudit('milestone', res.body.id);
    expect(event).toMatchObject({ actor: `user:${editor.userId}`, action: 'create', before: null });
    expect(JSON.parse(event.after!)).toMatchObject({ type: 'withdrawal_started', siteId: kidal, releaseId, version: 1 });
  });

  it('takes a URL with its publisher as the source', async () => {
    const res = await post(convoy());
    expect(res.status).toBe(201);
    expect(res.body.source).toEqual({ url: 'https://example.org/news/convoy', publisher: 'Example News' });
  });

  it('refuses a milestone without a source, a site-level type without a site, foreign ids and bad URLs, writing nothing', async () => {
    const { db } = await getDb();
    const [milestonesBefore, auditBefore] = [await db.milestone.count(), await db.auditEvent.count()];
    const noSource = await post({ ...convoy(), source: undefined });
    expect(noSource.status).toBe(400);
    expect(noSource.body.error.fields.source).toBeDefined();

    const noSite = await post({ ...convoy(), type: 'site_handed_over', siteId: null });
    expect(noSite.status).toBe(400);
    expect(noSite.body.error.fields.siteId).toEqual(['is required for a site_handed_over milestone']);

    const foreign = await post({ ...convoy(), siteId: 999_999, contingentId: 999_999, source: { releaseId: 999_999 } });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.body.error.fields).sort()).toEqual(['contingentId', 'siteId', 'source.releaseId']);

    const script = await post({ ...convoy(), source: { url: 'javascript:alert(1)', publisher: 'x' } });
    expect(script.status).toBe(400);
    const noPublisher = await post({ ...convoy(), source: { url: 'https://example.org' } });
    expect(noPublisher.status).toBe(400);
    const badDate = await post({ ...convoy(), date: '2023-02-30' });
    expect(badDate.body.error.fields.date).toBeDefined();
    const figureless = await post({ ...convoy(), type: 'personnel_departed', siteId: null });
    expect(figureless.body.error.fields.figure).toBeDefined();
    const unknownField = await post({ ...convoy(), version: 7 });
    expect(unknownField.status).toBe(400);

    const notJson = await call(milestones.POST, '/api/v1/milestones', {}, { method: 'POST', headers: editor.headers, body: '{"type":' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('bad_request');
    expect(notJson.text).not.toMatch(/at |stack/i);

    expect(await db.milestone.count()).toBe(milestonesBefore);
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it('refuses a body larger than the limit', async () => {
    const res = await post({ ...convoy(), notes: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
  });
});

describe('writes take the names reads return (issue 15)', () => {
  it('a milestone read and sent back as it was read is created, and again edited, with nothing refused', async () => {
    const cited = await post({ ...convoy(), type: 'other', siteId: kidal, title: 'Read, then written back', source: { releaseId } });
    expect(cited.status).toBe(201);
    const read = (await get(cited.body.id)).body;
    expect(read).toMatchObject({ missionCode: 'MINUSMA', source: { releaseId, releaseDate: expect.any(String), language: expect.any(String) } });
    // POST the read minus its id and version: missionCode, createdAt, updatedAt and the release's details come along.
    const { id: _id, version: _version, ...asRead } = read;
    const copy = await post({ ...asRead, title: 'A copy of what was read' });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ missionCode: 'MINUSMA', siteId: kidal, source: { releaseId }, version: 1, title: 'A copy of what was read' });
    expect(copy.body.id).not.toBe(read.id);
    // PATCH with every field as read changes nothing: same version, no new history.
    const same = await patch(read.id, read);
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(read.version);
    // A release source as read, with its address null, is still that release.
    const titled = await patch(read.id, { version: read.version, title: 'Edited as read', source: { releaseId, url: null } });
    expect(titled.status).toBe(200);
    expect(titled.body).toMatchObject({ title: 'Edited as read', source: { releaseId }, version: read.version + 1 });
  });

  it('refuses a read’s mission code that names another mission, and changes nothing', async () => {
    const created = await post({ ...convoy(), type: 'other' });
    const read = (await get(created.body.id)).body;
    const moved = await patch(read.id, { ...read, missionCode: 'UNIFIL' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.fields.missionCode).toEqual(['a milestone stays in its mission: send its own code, or none']);
    const clash = await post({ ...convoy(), type: 'other', mission: 'MINUSMA', missionCode: 'UNIFIL' });
    expect(clash.status).toBe(400);
    expect(clash.body.error.fields.missionCode).toEqual(['names another mission than `mission`']);
    expect((await get(read.id)).body.version).toBe(read.version);
    // Names no read returns are still refused.
    expect((await post({ ...convoy(), type: 'other', colour: 'red' })).status).toBe(400);
    expect((await post({ ...convoy(), type: 'other', id: read.id })).status).toBe(400);
  });
});

describe('bodies are JSON only when they say so (issue 15)', () => {
  it('refuses a write whose body is not labelled JSON with 415, writing nothing, and takes JSON with parameters', async () => {
    const { db } = await getDb();
    const before = await db.milestone.count();
    const body = JSON.stringify({ ...convoy(), type: 'other', title: 'Labelled or not' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const res = await call(milestones.POST, '/api/v1/milestones', {}, { method: 'POST', headers: { ...editor.headers, 'content-type': type }, body });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
    }
    expect(await db.milestone.count()).toBe(before);
    const labelled = await call(milestones.POST, '/api/v1/milestones', {}, { method: 'POST', headers: { ...editor.headers, 'content-type': 'application/json; charset=utf-8' }, body });
    expect(labelled.status).toBe(201);
  });
});

describe('editing with the version read', () => {
  it('saves at the current version, bumps it, and audits before and after', async () => {
    const created = (await post(convoy())).body;
    const res = await patch(created.id, { version: 1, title: 'Convoy left Gao', figure: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.id, title: 'Convoy left Gao', version: 2, type: 'convoy_departed' });
    const event = await lastAudit('milestone', created.id);
    expect(event.action).toBe('update');
    expect(JSON.parse(event.before!)).toMatchObject({ title: 'A convoy left Gao for Niamey', version: 1 });
    expect(JSON.parse(event.after!)).toMatchObject({ title: 'Convoy left Gao', version: 2 });
  });

  it('a save that changes nothing keeps the version and writes no history', async () => {
    const created = (await post(convoy())).body;
    const { db } = await getDb();
    const events = () => db.auditEvent.count({ where: { entity: 'milestone', entityId: String(created.id) } });
    const before = await events();
    const same = await patch(created.id, { version: 1, title: created.title, date: created.date, siteId: created.siteId });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(1);
    expect(await events()).toBe(before);
    // A stale version is still refused, even when it would change nothing.
    await patch(created.id, { version: 1, title: 'Changed' });
    expect((await patch(created.id, { version: 1, title: 'Changed' })).status).toBe(409);
  });

  it('refuses a stale save with 409 and the other editor’s change, and keeps that change', async () => {
    const created = (await post(convoy())).body;
    expect((await patch(created.id, { version: 1, title: 'Their title' }, other.headers)).status).toBe(200);

    const stale = await patch(created.id, { version: 1, title: 'My title' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.current).toMatchObject({ id: created.id, title: 'Their title', version: 2 });
    expect((await get(created.id)).body).toMatchObject({ title: 'Their title', version: 2 });
    expect((await lastAudit('milestone', created.id)).actor).toBe(`user:${other.userId}`);
  });

  it('two saves of the same version at the same moment: exactly one wins, the other gets 409', async () => {
    const created = (await post(convoy())).body;
    const results = await Promise.all([
      patch(created.id, { version: 1, title: 'First' }),
      patch(created.id, { version: 1, title: 'Second' }, other.headers),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body;
    const loser = results.find((r) => r.status === 409)!.body;
    expect(loser.error.current).toMatchObject({ title: winner.title, version: 2 });
    expect((await get(created.id)).body).toMatchObject({ title: winner.title, version: 2 });
    const { db } = await getDb();
    expect(await db.auditEvent.count({ where: { entity: 'milestone', entityId: String(created.id), action: 'update' } })).toBe(1);
  });

  it('checks the merged record: clearing the site of a site-level milestone is refused', async () => {
    const created = (await post({ ...convoy(), type: 'withdrawal_started', siteId: gao, date: '2023-12-30' })).body;
    const res = await patch(created.id, { version: 1, siteId: null });
    expect(res.status).toBe(400);
    expect((await get(created.id)).body).toMatchObject({ siteId: gao, version: 1 });
  });

  it('answers 404 for a milestone that does not exist', async () => {
    expect((await patch(999_999, { version: 1, title: 'x' })).status).toBe(404);
  });
});

describe('status reflects a change at once', () => {
  it('a handover makes the site handed_over; cancelling it makes it active again', async () => {
    expect(await statusOf(kidal, '2023-10-24')).toBe('active');
    const before = (await call(progress.GET, '/api/v1/progress?mission=MINUSMA&asOf=2023-11-02')).body.sites;
    const created = (await post({ type: 'site_handed_over', date: '2023-10-31', siteId: kidal, title: 'Kidal handed over', source: { releaseId } })).body;
    expect(await statusOf(kidal, '2023-11-02')).toBe('handed_over');
    const after = (await call(progress.GET, '/api/v1/progress?mission=MINUSMA&asOf=2023-11-02')).body.sites;
    expect(after.handedOver).toBe(before.handedOver + 1);

    expect((await patch(created.id, { version: 1, status: 'cancelled' })).status).toBe(200);
    expect(await statusOf(kidal, '2023-11-02')).not.toBe('handed_over');
    await del(created.id, '?version=2');
  });
});

describe('deleting', () => {
  it('needs the version, refuses a stale one, and audits what was deleted', async () => {
    const created = (await post(convoy())).body;
    const missing = await del(created.id, '');
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.version).toBeDefined();
    await patch(created.id, { version: 1, notes: 'seen by another editor' }, other.headers);
    const stale = await del(created.id, '?version=1');
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.notes).toBe('seen by another editor');

    const done = await del(created.id, '?version=2');
    expect(done.status).toBe(204);
    expect((await get(created.id)).status).toBe(404);
    const event = await lastAudit('milestone', created.id);
    expect(event).toMatchObject({ action: 'delete', actor: `user:${editor.userId}`, after: null });
    expect(JSON.parse(event.before!)).toMatchObject({ notes: 'seen by another editor', version: 2 });
    expect((await del(created.id, '?version=2')).status).toBe(404);
  });
});

const NEW_RELEASES = `Press releases

20 Nov 2023 - MINUSMA handed over its camp in Kidal to the Malian authorities on 31 October 2023, the Mission said.

21 Nov 2023 - The Secretary-General's spokesperson spoke to the press in New York.
`;

describe('importing releases and reviewing proposals', () => {
  it('creates releases once and answers them with their proposals; the same text again creates nothing', async () => {
    const first = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: editor.headers, body: { text: NEW_RELEASES } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ missionCode: 'MINUSMA', parsed: 2, existing: [] });
    expect(first.body.created.map((r: { date: string }) => r.date)).toEqual(['2023-11-20', '2023-11-21']);
    const kidalRelease = first.body.created[0];
    expect(kidalRelease.proposals).toEqual([expect.objectContaining({ siteId: kidal, type: 'site_handed_over', status: 'pending', releaseId: kidalRelease.id })]);
    expect((await lastAudit('release', kidalRelease.id)).actor).toBe(`user:${editor.userId}`);

    const again = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: editor.headers, body: { text: NEW_RELEASES } });
    expect(again.status).toBe(200);
    expect(again.body.created).toEqual([]);
    expect(again.body.existing.map((r: { id: number }) => r.id)).toEqual(first.body.created.map((r: { id: number }) => r.id));
    expect(again.body.existing[0].proposals).toHaveLength(1);
  });

  it('refuses text with no release in it', async () => {
    const res = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: editor.headers, body: { text: 'hello' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.text).toBeDefined();
  });

  it('accepting a proposal makes a milestone citing the release, and the site’s status follows; twice is 409', async () => {
    const { db } = await getDb();
    const proposal = await db.proposal.findFirstOrThrow({ where: { siteId: kidal, type: 'site_handed_over', status: 'pending' } });
    expect(await statusOf(kidal)).not.toBe('handed_over');

    const res = await call(accept.POST, `/api/v1/proposals/${proposal.id}/accept`, { id: String(proposal.id) }, {
      method: 'POST',
      headers: editor.headers,
      body: { title: 'Kidal camp handed over to the Malian authorities' },
    });
    expect(res.status).toBe(201);
    expect(res.body.milestone).toMatchObject({ siteId: kidal, type: 'site_handed_over', title: 'Kidal camp handed over to the Malian authorities', source: { releaseId: proposal.releaseId } });
    expect(res.body.proposal).toMatchObject({ status: 'accepted', milestoneId: res.body.milestone.id });
    expect(await statusOf(kidal)).toBe('handed_over');
    const stored = await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(stored.reviewedBy).toBe(`user:${editor.userId}`);
    expect((await lastAudit('proposal', proposal.id)).action).toBe('accept');

    const twice = await call(accept.POST, `/api/v1/proposals/${proposal.id}/accept`, { id: String(proposal.id) }, { method: 'POST', headers: other.headers });
    expect(twice.status).toBe(409);
    expect(await db.milestone.count({ where: { siteId: kidal, type: 'site_handed_over' } })).toBe(1);
  });

  async function pendingProposal(text: string): Promise<{ id: number; releaseId: number }> {
    const res = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: editor.headers, body: { text } });
    const found = res.body.created.flatMap((r: { proposals: unknown[] }) => r.proposals)[0];
    if (!found) throw new Error(`no proposal from: ${text}`);
    return found;
  }

  it('two editors accepting the same proposal at once make one milestone', async () => {
    const { db } = await getDb();
    const proposal = await pendingProposal('24 Nov 2023 - MINUSMA completed its withdrawal from the Tessalit camp on 23 November 2023.');
    const before = await db.milestone.count();
    const results = await Promise.all(
      [editor, other].map((who) => call(accept.POST, `/api/v1/proposals/${proposal.id}/accept`, { id: String(proposal.id) }, { method: 'POST', headers: who.headers })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await db.milestone.count()).toBe(before + 1);
  });

  it('accepts many at once, each on its own: what cannot be accepted is reported and holds nothing back', async () => {
    const { db } = await getDb();
    const release = (await db.release.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;
    const make = (date: string | null, title: string) =>
      db.proposal.create({ data: { releaseId: release, type: 'convoy_departed', date, siteId: gao, title, sentence: title, confidence: 0.8 } });
    const [a, b, undated] = [await make('2023-11-01', 'Convoy A'), await make('2023-11-02', 'Convoy B'), await make(null, 'Convoy with no date')];
    const done = await db.proposal.findFirstOrThrow({ where: { status: 'accepted' } });
    const res = await call(acceptMany.POST, '/api/v1/proposals/accept', {}, {
      method: 'POST',
      headers: editor.headers,
      body: { ids: [a.id, done.id, b.id, undated.id, 999_999] },
    });
    expect(res.status).toBe(200);
    expect(res.body.accepted.map((r: { proposal: { id: number } }) => r.proposal.id)).toEqual([a.id, b.id]);
    expect(res.body.refused).toEqual([
      { id: done.id, error: expect.objectContaining({ code: 'conflict' }) },
      { id: undated.id, error: expect.objectContaining({ code: 'validation_failed', fields: { date: expect.any(Array) } }) },
      { id: 999_999, error: expect.objectContaining({ code: 'not_found' }) },
    ]);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: undated.id } })).status).toBe('pending');
    const repeated = await call(acceptMany.POST, '/api/v1/proposals/accept', {}, { method: 'POST', headers: editor.headers, body: { ids: [a.id, a.id] } });
    expect(repeated.status).toBe(400);
  });

  it('a correction that breaks a rule is refused and leaves the proposal pending', async () => {
    const { db } = await getDb();
    const proposal = await pendingProposal('22 Nov 2023 - The last MINUSMA convoy departed from Tessalit camp on 21 November 2023.');
    const res = await call(accept.POST, `/api/v1/proposals/${proposal.id}/accept`, { id: String(proposal.id) }, {
      method: 'POST',
      headers: editor.headers,
      body: { type: 'site_handed_over', siteId: null },
    });
    expect(res.status).toBe(400);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('pending');
  });

  it('rejecting files the proposal away without a milestone; twice is 409', async () => {
    const { db } = await getDb();
    const proposal = await pendingProposal('23 Nov 2023 - Peacekeepers completed the withdrawal from the Aguelhok camp on 22 November 2023.');
    const milestonesBefore = await db.milestone.count();
    const res = await call(reject.POST, `/api/v1/proposals/${proposal.id}/reject`, { id: String(proposal.id) }, {
      method: 'POST',
      headers: editor.headers,
      body: { reason: 'Not a withdrawal step' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: proposal.id, status: 'rejected', milestoneId: null });
    expect(await db.milestone.count()).toBe(milestonesBefore);
    expect(JSON.parse((await lastAudit('proposal', proposal.id)).after!)).toEqual({ status: 'rejected', reason: 'Not a withdrawal step' });
    const twice = await call(reject.POST, `/api/v1/proposals/${proposal.id}/reject`, { id: String(proposal.id) }, { method: 'POST', headers: editor.headers });
    expect(twice.status).toBe(409);
  });
});

describe('the OpenAPI document', () => {
  it('describes every write with its body, its security and its refusals', async () => {
    const { GET } = await import('../../app/api/v1/openapi.json/route');
    const doc = (await call(GET, '/api/v1/openapi.json')).body;
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
    const writes: [string, string][] = [
      ['/api/v1/milestones', 'post'],
      ['/api/v1/milestones/{id}', 'patch'],
      ['/api/v1/milestones/{id}', 'delete'],
      ['/api/v1/releases', 'post'],
      ['/api/v1/proposals/{id}/accept', 'post'],
      ['/api/v1/proposals/{id}/reject', 'post'],
      ['/api/v1/proposals/accept', 'post'],
      ['/api/v1/users/{id}/sessions', 'delete'],
      ['/api/v1/audit', 'get'],
      ['/api/v1/tokens', 'post'],
      ['/api/v1/tokens/{id}', 'delete'],
      ['/api/v1/users/{id}', 'patch'],
    ];
    for (const [path, method] of writes) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.security.length).toBeGreaterThan(0);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    // The reads on the same paths are still there.
    expect(doc.paths['/api/v1/milestones'].get).toBeDefined();
    expect(doc.paths['/api/v1/milestones/{id}'].patch.responses['409'].content['application/json'].schema.$ref).toBe('#/components/schemas/MilestoneConflict');
    const create = doc.paths['/api/v1/milestones'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['type', 'date', 'title', 'source']));
  });
});

describe('the NUL character', () => {
  it('is refused in any body with a 400 on both engines, and nothing is written', async () => {
    const { db } = await getDb();
    const editor = await signedInAs('editor');
    const before = await db.milestone.count();
    const res = await call(milestones.POST, '/api/v1/milestones', {}, {
      method: 'POST',
      headers: editor.headers,
      body: JSON.stringify({ type: 'other', date: '2023-10-01', title: 'a\u0000b', source: { url: 'https://un.org', publisher: 'UN' } }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/NUL character/);
    expect(await db.milestone.count()).toBe(before);
  });
});
