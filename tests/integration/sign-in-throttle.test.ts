/**
 * Failed sign-ins slow the next try down, per account and per client address, with their
 * state in the database (issue 14, item 1); an admin can clear an account; sessions rotate at
 * sign-in: a session cookie held before signing in is never the one after.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST as authPost } from '../../app/api/auth/[...all]/route';
import { GET as usersGet } from '../../app/api/v1/users/route';
import { DELETE as clearFailures } from '../../app/api/v1/users/[id]/sign-in-failures/route';
import { ACCOUNT_BACKOFF, accountBackoffKey, CLIENT_BACKOFF, waitAfter } from '../../lib/auth/sign-in-backoff';
import { getDb } from '../../lib/db/client';
import { PEER_HEADER, peerHeaderValue } from '../../lib/security/client';
import { call } from './http';
import { makeUser, PASSWORD, signIn, signedInAs } from './auth-helpers';

/** A refusal names the whole wait, less the few seconds a slow machine took between the failure and the ask. */
function expectWait(message: string, fullSeconds: number) {
  const said = /^Too many failed sign-ins\. Try again in (\d+) seconds?\.$/.exec(message);
  expect(said, message).not.toBeNull();
  expect(Number(said![1])).toBeGreaterThan(fullSeconds - 5);
  expect(Number(said![1])).toBeLessThanOrEqual(fullSeconds);
}

async function signInFrom(peer: string, email: string, password = PASSWORD, extra: Record<string, string> = {}) {
  const response = await authPost(
    new Request('http://localhost/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', [PEER_HEADER]: peerHeaderValue(peer), ...extra },
      body: JSON.stringify({ email, password }),
    }),
  );
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json().catch(() => null) };
}

async function signInWithCookie(email: string, password: string, cookie: string) {
  const response = await authPost(
    new Request('http://localhost/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie },
      body: JSON.stringify({ email, password }),
    }),
  );
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}

/** Moves an account's wait into the past, as if it had been waited out. */
async function waitOut(email: string) {
  const { db } = await getDb();
  await db.signInBackoff.updateMany({ where: { key: accountBackoffKey(email) }, data: { notBefore: new Date(Date.now() - 1) } });
}

describe('the backoff on failed sign-ins', () => {
  it('waits after five failures for an account, doubling the wait, whatever the address, and only that account', async () => {
    const target = await makeUser('admin');
    const other = await makeUser('admin');
    for (let i = 0; i < ACCOUNT_BACKOFF.freeTries; i++) {
      expect((await signInFrom(`192.0.2.${i + 1}`, target.email, 'wrong password, try again')).status).toBe(401);
    }
    // Even the right password waits, from any address, upper case or not.
    const waiting = await signInFrom('198.51.100.9', target.email.toUpperCase());
    expect(waiting.status).toBe(429);
    expectWait(waiting.body.message, 30);
    expect(Number(waiting.retryAfter)).toBeGreaterThan(25);
    expect(Number(waiting.retryAfter)).toBeLessThanOrEqual(30);
    expect((await signIn(other.email)).status).toBe(200);
    // Once waited out, one more try; a failure doubles the wait.
    await waitOut(target.email);
    expect((await signIn(target.email, 'still not it')).status).toBe(401);
    const longer = await signInFrom('198.51.100.9', target.email);
    expect(longer.status).toBe(429);
    expectWait(longer.body.message, 60);
    // The owner, once the wait is over, signs in, and that clears the count.
    await waitOut(target.email);
    expect((await signIn(target.email)).status).toBe(200);
    expect((await signIn(target.email, 'a typo')).status).toBe(401);
    expect((await signIn(target.email)).status).toBe(200);
  });

  it('never keeps the owner out for long: the wait stops growing at five minutes', () => {
    const waits = Array.from({ length: 30 }, (_, i) => waitAfter(i + 1, ACCOUNT_BACKOFF));
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4, 9)).toEqual([30_000, 60_000, 120_000, 240_000, 300_000]);
    expect(Math.max(...waits)).toBe(5 * 60_000);
    expect(Math.max(...Array.from({ length: 60 }, (_, i) => waitAfter(i + 1, CLIENT_BACKOFF)))).toBe(15 * 60_000);
  });

  it('counts one client’s failures over every account it tries, and a made-up X-Forwarded-For changes nothing', async () => {
    const accounts = await Promise.all(Array.from({ length: 3 }, () => makeUser('viewer')));
    for (let i = 0; i < CLIENT_BACKOFF.freeTries; i++) {
      const email = accounts[i % accounts.length]!.email;
      // Wait out each account's own backoff: this test is about the client's.
      await waitOut(email);
      const res = await signInFrom('203.0.113.50', email, 'guessing', { 'x-forwarded-for': `198.18.0.${i}` });
      expect(res.status).toBe(401);
    }
    const victim = await makeUser('viewer');
    const refused = await signInFrom('203.0.113.50', victim.email, PASSWORD, { 'x-forwarded-for': '198.18.1.1' });
    expect(refused.status).toBe(429);
    // Another client, and the same account from it, are not held back.
    expect((await signInFrom('203.0.113.51', victim.email)).status).toBe(200);
  });

  it('lets an admin clear an account’s failures at once, shown on the users list and audited', async () => {
    const admin = await signedInAs('admin');
    const target = await makeUser('editor');
    for (let i = 0; i < ACCOUNT_BACKOFF.freeTries; i++) await signIn(target.email, 'wrong, wrong, wrong');
    expect((await signIn(target.email)).status).toBe(429);
    const listed = (await call(usersGet, '/api/v1/users', {}, { headers: admin.headers })).body.data.find((u: { id: string }) => u.id === target.id);
    expect(listed.failedSignIns).toBe(ACCOUNT_BACKOFF.freeTries);
    expect(Date.parse(listed.signInPausedUntil)).toBeGreaterThan(Date.now());
    // Not for an editor.
    const editor = await signedInAs('editor');
    expect((await call(clearFailures, `/api/v1/users/${target.id}/sign-in-failures`, { id: target.id }, { method: 'DELETE', headers: editor.headers })).status).toBe(403);
    const cleared = await call(clearFailures, `/api/v1/users/${target.id}/sign-in-failures`, { id: target.id }, { method: 'DELETE', headers: admin.headers });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual({ userId: target.id, cleared: true });
    expect((await signIn(target.email)).status).toBe(200);
    const after = (await call(usersGet, '/api/v1/users', {}, { headers: admin.headers })).body.data.find((u: { id: string }) => u.id === target.id);
    expect(after).toMatchObject({ failedSignIns: 0, signInPausedUntil: null });
    const { db } = await getDb();
    expect(await db.auditEvent.count({ where: { entity: 'user', entityId: target.id, action: 'update' } })).toBe(1);
    expect((await call(clearFailures, '/api/v1/users/nobody/sign-in-failures', { id: 'nobody' }, { method: 'DELETE', headers: admin.headers })).status).toBe(404);
  });

  it('forgets keys long quiet when a new one comes, so the table does not grow with every guess ever made', async () => {
    const { db } = await getDb();
    const old = new Date(Date.now() - 2 * 60 * 60_000);
    await db.signInBackoff.create({ data: { key: 'client:203.0.113.99', tries: 3, lastTryAt: old, notBefore: old } });
    await signIn(`someone-new-${Date.now()}@example.org`, 'a guess at random');
    expect(await db.signInBackoff.findUnique({ where: { key: 'client:203.0.113.99' } })).toBeNull();
  });

  it('refuses the NUL character in a sign-in with a 400, on both engines', async () => {
    const res = await signInFrom('198.51.100.5', 'nul\u0000@example.org', 'guess\u0000guess');
    expect(res.status).toBe(400);
  });

  it('refuses a sign-in body past its cap as it streams, before better-auth reads it', async () => {
    const response = await authPost(
      new Request('http://localhost/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(10 * 1024 * 1024) }),
      }),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
  });
});

describe('sessions', () => {
  it('gives a new session at each sign-in and ends it at sign-out', async () => {
    const admin = await makeUser('admin');
    const first = await signIn(admin.email);
    const second = await signInWithCookie(admin.email, PASSWORD, first.cookie);
    expect(second).toMatch(/session_token=/);
    expect(second).not.toBe(first.cookie);
    expect((await call(usersGet, '/api/v1/users', {}, { headers: { cookie: second } })).status).toBe(200);
    await authPost(new Request('http://localhost/api/auth/sign-out', { method: 'POST', headers: { cookie: second, origin: 'http://localhost' } }));
    expect((await call(usersGet, '/api/v1/users', {}, { headers: { cookie: second } })).status).toBe(401);
  });
});

describe('npm run user:unlock', () => {
  function userUnlock(args: string[]) {
    const run = spawnSync(join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx'), ['scripts/user-unlock.ts', ...args], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: run.status, out: run.stdout, err: run.stderr };
  }

  it('lets an account, or a client address, sign in again at once, and refuses what it cannot clear', async () => {
    const user = await makeUser('viewer');
    for (let i = 0; i < ACCOUNT_BACKOFF.freeTries; i++) await signIn(user.email, 'wrong again and again');
    expect((await signIn(user.email)).status).toBe(429);
    const done = userUnlock(['--email', user.email.toUpperCase()]);
    expect(done).toMatchObject({ code: 0 });
    expect(done.out).toMatch(/may sign in again now/);
    expect((await signIn(user.email)).status).toBe(200);
    expect(userUnlock(['--email', user.email]).out).toMatch(/had no failed sign-ins/);

    for (let i = 0; i < CLIENT_BACKOFF.freeTries; i++) await signInFrom('198.51.100.77', `nobody-${i}@example.org`, 'guess');
    expect((await signInFrom('198.51.100.77', user.email)).status).toBe(429);
    expect(userUnlock(['--client', '198.51.100.77']).out).toMatch(/Cleared the failed sign-ins from 198\.51\.100\.77/);
    expect((await signInFrom('198.51.100.77', user.email)).status).toBe(200);

    expect(userUnlock(['--email', 'nobody-at-all@example.org'])).toMatchObject({ code: 1 });
    expect(userUnlock(['--client', 'not-an-address'])).toMatchObject({ code: 1 });
    expect(userUnlock([])).toMatchObject({ code: 1 });
  }, 120_000);
});
