/**
 * The admins' activity feed: every change, newest first, filtered by record, action and user
 * (a user's own changes and those of their API tokens).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as audit from '../../app/api/v1/audit/route';
import * as milestones from '../../app/api/v1/milestones/route';
import { getDb } from '../../lib/db/client';
import { call } from './http';
import { signedInAs, tokenFor } from './auth-helpers';

let admin: Awaited<ReturnType<typeof signedInAs>>;
let editor: Awaited<ReturnType<typeof signedInAs>>;

async function logMilestone(headers: Record<string, string>, title: string) {
  const { db } = await getDb();
  const gao = await db.site.findFirstOrThrow({ where: { name: 'Gao' } });
  const release = await db.release.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const made = await call(milestones.POST, '/api/v1/milestones', {}, {
    method: 'POST',
    headers,
    body: { type: 'convoy_departed', date: '2023-10-01', siteId: gao.id, title, source: { releaseId: release.id } },
  });
  expect(made.status).toBe(201);
  return made.body as { id: number };
}

beforeAll(async () => {
  admin = await signedInAs('admin');
  editor = await signedInAs('editor');
});

describe('the activity feed', () => {
  it('lists every change newest first, with who made it, for admins only', async () => {
    await logMilestone(editor.headers, 'First convoy');
    const second = await logMilestone((await tokenFor(editor.headers, 'nightly import')).headers, 'Second convoy');
    const feed = await call(audit.GET, '/api/v1/audit?entity=milestone&action=create', {}, { headers: admin.headers });
    expect(feed.status).toBe(200);
    const [latest, before] = feed.body.data;
    expect(latest.entityId).toBe(String(second.id));
    expect(latest.actor).toMatchObject({ kind: 'token', tokenName: 'nightly import', user: { email: editor.email } });
    expect(before.actor).toMatchObject({ kind: 'user', user: { email: editor.email } });
    expect(before.id).toBeLessThan(latest.id);

    const refused = await call(audit.GET, '/api/v1/audit?entity=milestone', {}, { headers: editor.headers });
    expect(refused.status).toBe(403);
  });

  it("filters by user: their own changes and their tokens', no one else's", async () => {
    const other = await signedInAs('editor');
    await logMilestone(other.headers, 'Someone else');
    const mine = await call(audit.GET, `/api/v1/audit?user=${editor.userId}`, {}, { headers: admin.headers });
    expect(mine.status).toBe(200);
    expect(mine.body.data.length).toBeGreaterThanOrEqual(2);
    for (const event of mine.body.data) expect(event.actor.user?.email).toBe(editor.email);
  });

  it('refuses a record id without its kind, and an unknown action, in words', async () => {
    const noEntity = await call(audit.GET, '/api/v1/audit?id=3', {}, { headers: admin.headers });
    expect(noEntity.status).toBe(400);
    expect(noEntity.body.error.fields.id).toEqual(['needs entity']);
    const badAction = await call(audit.GET, '/api/v1/audit?action=explode', {}, { headers: admin.headers });
    expect(badAction.status).toBe(400);
  });
});
