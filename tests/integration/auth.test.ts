/**
 * Accounts, sessions and API tokens through the real endpoints.
 */
import { describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import { requireRole } from '../../lib/auth/require';
import { POST as authPost, GET as authGet } from '../../app/api/auth/[...all]/route';
import { GET as usersGet } from '../../app/api/v1/users/route';
import { PATCH as userPatch } from '../../app/api/v1/users/[id]/route';
import { DELETE as sessionsDelete } from '../../app/api/v1/users/[id]/sessions/route';
import { GET as auditGet } from '../../app/api/v1/audit/route';
import { POST as milestonesPost } from '../../app/api/v1/milestones/route';
import { PATCH as milestonePatch } from '../../app/api/v1/milestones/[id]/route';
import { call } from './http';
import { makeUser, revoke, signIn, signedInAs, tokenFor, tokensGet, PASSWORD } from './auth-helpers';

describe('sessions', () => {
  it('signs in with email and password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await makeUser('editor');
    const { status, setCookie } = await signIn(user.email);
    expect(status).toBe(200);
    expect(setCookie).toMatch(/better-auth\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // Served over plain http here: a Secure cookie would never come back.
    expect(setCookie).not.toMatch(/;\s*Secure/i);
  });

  it('makes the cookie Secure when the request came over HTTPS', async () => {
    const user = await makeUser('viewer');
    const response = await authPost(
      new Request('https://drawdown.example.org/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://drawdown.example.org' },
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
      }),
    );
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/__Secure-better-auth\.session_token=.*;\s*Secure/i);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const user = await makeUser('editor');
    expect((await signIn(user.email, 'not the password at all')).status).toBe(401);
    expect((await signIn('nobody@example.org')).status).toBe(401);
  });

  it('does not let anyone sign up', async () => {
    const { db } = await getDb();
    const before = await db.user.count();
    const response = await authPost(
      new Request('http://localhost/api/auth/sign-up/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ email: 'new@example.org', password: PASSWORD, name: 'New', role: 'admin' }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.count()).toBe(before);
  });

  it('stores sessions in the database: deleting the row (or signing out) ends the session at once', async () => {
    const admin = await signedInAs('admin');
    expect((await call(usersGet, '/api/v1/users', {}, { headers: admin.headers })).status).toBe(200);
    const { db } = await getDb();
    await db.session.deleteMany({ where: { userId: admin.userId } });
    expect((await call(usersGet, '/api/v1/users', {}, { headers: admin.headers })).status).toBe(401);

    const again = await signIn(admin.email);
    const out = await authPost(
      new Request('http://localhost/api/auth/sign-out', { method: 'POST', headers: { cookie: again.cookie, origin: 'http://localhost' } }),
    );
    expect(out.status).toBe(200);
    expect((await call(usersGet, '/api/v1/users', {}, { headers: { cookie: again.cookie } })).status).toBe(401);
  });

  it('reports the signed-in user with their role', async () => {
    const editor = await signedInAs('editor');
    const response = await authGet(new Request('http://localhost/api/auth/get-session', { headers: editor.headers }));
    const body = await response.json();
    expect(body.user).toMatchObject({ email: editor.email, role: 'editor' });
  });

  it('refuses a cookie-authenticated write sent from another site', async () => {
    const admin = await signedInAs('admin');
    const target = await makeUser('viewer');
    const res = await call(userPatch, `/api/v1/users/${target.id}`, { id: target.id }, {
      method: 'PATCH',
      headers: { ...admin.headers, origin: 'https://evil.example' },
      body: { role: 'admin' },
    });
    expect(res.status).toBe(403);
    const { db } = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('viewer');
  });
});

describe('API tokens', () => {
  it('are shown once, stored as a hash, listed without their secret, and revocable', async () => {
    const editor = await signedInAs('editor');
    const token = await tokenFor(editor.headers, 'nightly import');
    expect(token.secret).toMatch(/^dd_[A-Za-z0-9_-]{43}$/);

    const { db } = await getDb();
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).not.toContain(token.secret);
    expect(JSON.stringify(row)).not.toContain(token.secret);

    const listed = await call(tokensGet, '/api/v1/tokens', {}, { headers: editor.headers });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: token.id, name: 'nightly import', revokedAt: null })]);
    expect(listed.text).not.toContain(token.secret);

    const revoked = await revoke(editor.headers, token.id);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
  });

  it('cannot be used to make or list tokens, so a leaked one cannot mint more', async () => {
    const editor = await signedInAs('editor');
    const token = await tokenFor(editor.headers);
    const res = await call(tokensGet, '/api/v1/tokens', {}, { headers: token.headers });
    expect(res.status).toBe(403);
  });

  it("an editor cannot revoke another user's token", async () => {
    const a = await signedInAs('editor');
    const b = await signedInAs('editor');
    const token = await tokenFor(a.headers);
    expect((await revoke(b.headers, token.id)).status).toBe(404);
    const { db } = await getDb();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  it('a viewer cannot hold tokens', async () => {
    const viewer = await signedInAs('viewer');
    const res = await call(tokensGet, '/api/v1/tokens', {}, { headers: viewer.headers });
    expect(res.status).toBe(403);
  });
});

describe('users and roles', () => {
  it('an admin lists users (without password hashes) and changes a role, audited', async () => {
    const admin = await signedInAs('admin');
    const target = await makeUser('viewer');
    const list = await call(usersGet, '/api/v1/users', {}, { headers: admin.headers });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ id: target.id, role: 'viewer' })]));
    expect(list.text).not.toMatch(/password|\$scrypt|[0-9a-f]{32}:[0-9a-f]{64}/i);

    const res = await call(userPatch, `/api/v1/users/${target.id}`, { id: target.id }, { method: 'PATCH', headers: admin.headers, body: { role: 'editor' } });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('editor');
    const { db } = await getDb();
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: 'user', entityId: target.id }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ actor: `user:${admin.userId}`, action: 'update' });
    expect(JSON.parse(event.before!)).toEqual({ role: 'viewer' });
    expect(JSON.parse(event.after!)).toEqual({ role: 'editor' });
  });

  it('refuses an unknown role with a field error', async () => {
    const admin = await signedInAs('admin');
    const target = await makeUser('viewer');
    const res = await call(userPatch, `/api/v1/users/${target.id}`, { id: target.id }, { method: 'PATCH', headers: admin.headers, body: { role: 'owner' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.role).toBeDefined();
  });

  it('a token acts with its creator’s current role: demoting the editor stops the token', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    const token = await tokenFor(editor.headers);
    const asToken = new Request('http://localhost/x', { headers: token.headers });
    await expect(requireRole(asToken, 'editor')).resolves.toMatchObject({ kind: 'token', id: String(token.id), userId: editor.userId, role: 'editor' });
    await call(userPatch, `/api/v1/users/${editor.userId}`, { id: editor.userId }, { method: 'PATCH', headers: admin.headers, body: { role: 'viewer' } });
    await expect(requireRole(asToken, 'editor')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('never leaves the app without an admin', async () => {
    const { db } = await getDb();
    await db.user.updateMany({ where: { role: 'admin' }, data: { role: 'editor' } });
    const admin = await signedInAs('admin');
    const res = await call(userPatch, `/api/v1/users/${admin.userId}`, { id: admin.userId }, { method: 'PATCH', headers: admin.headers, body: { role: 'editor' } });
    expect(res.status).toBe(409);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).role).toBe('admin');
  });
});

describe('signing a user out everywhere', () => {
  it('an admin deletes every session of a user, who is signed out at once', async () => {
    const admin = await signedInAs('admin');
    const editor = await signedInAs('editor');
    const second = await signIn(editor.email);
    const res = await call(sessionsDelete, `/api/v1/users/${editor.userId}/sessions`, { id: editor.userId }, { method: 'DELETE', headers: admin.headers });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ userId: editor.userId, sessions: 2 });
    for (const headers of [editor.headers, { cookie: second.cookie }]) {
      expect((await call(tokensGet, '/api/v1/tokens', {}, { headers })).status).toBe(401);
    }
    expect((await call(usersGet, '/api/v1/users', {}, { headers: admin.headers })).status).toBe(200);
  });
});

describe('history', () => {
  it('lists a record’s changes newest first, naming the user, or the token and its creator', async () => {
    const { db } = await getDb();
    const editor = await signedInAs('editor');
    const token = await tokenFor(editor.headers, 'nightly');
    const gao = (await db.site.findFirstOrThrow({ where: { name: 'Gao' } })).id;
    const created = await call(milestonesPost, '/api/v1/milestones', {}, {
      method: 'POST',
      headers: editor.headers,
      body: { type: 'convoy_departed', date: '2023-10-20', siteId: gao, title: 'Convoy', source: { url: 'https://example.org/a', publisher: 'Example' } },
    });
    const id = created.body.id as number;
    await call(milestonePatch, `/api/v1/milestones/${id}`, { id: String(id) }, { method: 'PATCH', headers: token.headers, body: { version: 1, title: 'Convoy to Niamey' } });

    const res = await call(auditGet, `/api/v1/audit?entity=milestone&id=${id}`, {}, { headers: editor.headers });
    expect(res.status).toBe(200);
    expect(res.body.data.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    const [update, create] = res.body.data;
    expect(update.actor).toEqual({ id: `token:${token.id}`, kind: 'token', tokenName: 'nightly', user: expect.objectContaining({ id: editor.userId, email: editor.email }) });
    expect(update.before).toMatchObject({ title: 'Convoy', version: 1 });
    expect(update.after).toMatchObject({ title: 'Convoy to Niamey', version: 2 });
    expect(create.actor).toMatchObject({ kind: 'user', user: { email: editor.email } });

    const paged = await call(auditGet, `/api/v1/audit?entity=milestone&id=${id}&limit=1`, {}, { headers: editor.headers });
    expect(paged.body.data).toHaveLength(1);
    const next = await call(auditGet, `/api/v1/audit?entity=milestone&id=${id}&limit=1&cursor=${paged.body.nextCursor}`, {}, { headers: editor.headers });
    expect(next.body.data[0].action).toBe('create');
    expect((await call(auditGet, '/api/v1/audit?entity=secrets', {}, { headers: editor.headers })).status).toBe(400);
  });
});
