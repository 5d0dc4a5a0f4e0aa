/**
 * Issue 14, the parts that hold now: simultaneous guesses get no more tries than sequential
 * ones, one password policy wherever a password is set, bodies counted as they stream and
 * nesting capped, and a health endpoint for load balancers.
 */
import { describe, expect, it } from 'vitest';
import { POST as authPost } from '../../app/api/auth/[...all]/route';
import * as milestones from '../../app/api/v1/milestones/route';
import * as releases from '../../app/api/v1/releases/route';
import { GET as health } from '../../app/api/health/route';
import { getDb } from '../../lib/db/client';
import { ACCOUNT_BACKOFF } from '../../lib/auth/sign-in-backoff';
import { MAX_BODY_BYTES } from '../../lib/api/bodies';
import { call } from './http';
import { makeUser, signIn, signedInAs } from './auth-helpers';

const authCall = (path: string, body: unknown, cookie = '') =>
  authPost(
    new Request(`http://localhost/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', ...(cookie && { cookie }) },
      body: JSON.stringify(body),
    }),
  );

describe('sign-in under simultaneous guesses', () => {
  it('checks no more passwords at once than the account has tries left', async () => {
    const target = await makeUser('admin');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(target.email, `wrong guess number ${i}`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(ACCOUNT_BACKOFF.freeTries);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20 - ACCOUNT_BACKOFF.freeTries);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });
});

describe('one password policy', () => {
  it('refuses a weak new password through better-auth’s change-password, and keeps the old one', async () => {
    const user = await makeUser('editor');
    const { cookie } = await signIn(user.email);
    const weak = await authCall('/change-password', { currentPassword: 'correct horse battery staple', newPassword: 'aaaaaaaaaaaa' }, cookie);
    expect(weak.status).toBe(400);
    expect((await weak.json()).message).toMatch(/different characters/);
    const withEmail = await authCall('/change-password', { currentPassword: 'correct horse battery staple', newPassword: `${user.email.split('@')[0]}-2024!` }, cookie);
    expect(withEmail.status).toBe(400);
    expect((await signIn(user.email)).status).toBe(200);
  });
});

describe('request bodies', () => {
  it('refuses a 30,000-deep JSON array with a 400, not a crash', async () => {
    const editor = await signedInAs('editor');
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const res = await call(milestones.POST, '/api/v1/milestones', {}, { method: 'POST', headers: editor.headers, body: deep });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    const nested = JSON.stringify({ type: 'other', notes: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) });
    expect((await call(milestones.POST, '/api/v1/milestones', {}, { method: 'POST', headers: editor.headers, body: nested })).body.error.message).toMatch(/nested/);
  });

  it('stops reading a chunked body at the cap, without Content-Length, and changes nothing', async () => {
    const editor = await signedInAs('editor');
    const { db } = await getDb();
    const before = await db.milestone.count();
    let pulled = 0;
    const chunk = new TextEncoder().encode(`"${'x'.repeat(16 * 1024)}`);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request('http://localhost/api/v1/milestones', {
      method: 'POST',
      headers: { ...editor.headers, 'content-type': 'application/json' },
      body: stream,
      // @ts-expect-error Node's fetch needs this for a streamed body
      duplex: 'half',
    });
    const response = await milestones.POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    // It stopped soon after the cap, not after the 16 MB the stream could give.
    expect(pulled * chunk.byteLength).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
    expect(await db.milestone.count()).toBe(before);
  });

  it('the release import keeps its larger cap, counted the same way', async () => {
    const editor = await signedInAs('editor');
    const big = `16 Oct 2023 - ${'word '.repeat(600_000)}`;
    const res = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: editor.headers, body: { text: big } });
    expect(res.status).toBe(413);
  });
});

describe('methods an address does not take', () => {
  it('answer 405 as a JSON error with Allow and the API’s headers, and change nothing', async () => {
    const editor = await signedInAs('editor');
    const { db } = await getDb();
    const before = await db.milestone.count();
    const res = await call(milestones.PUT, '/api/v1/milestones', {}, { method: 'PUT', headers: editor.headers, body: { type: 'other' } });
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('method_not_allowed');
    expect(res.body.error.message).toMatch(/PUT is not allowed here; this address takes GET and POST/);
    expect(res.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-request-id')).toBeTruthy();
    const del = await call(releases.DELETE, '/api/v1/releases', {}, { method: 'DELETE', headers: editor.headers });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
    expect(await db.milestone.count()).toBe(before);
  });
});

describe('GET /api/health', () => {
  it('answers 200 with the database and the migrations applied', async () => {
    const res = await call(health, '/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ status: 'ok', database: 'ok', version: expect.any(String), migrations: { pending: [] } });
    expect(res.body.migrations.applied).toBeGreaterThanOrEqual(res.body.migrations.expected);
    // The migrations it checks are the ones this build ships (three so far), not an empty list.
    expect(res.body.migrations.expected).toBeGreaterThanOrEqual(3);
  });
});
