/**
 * Sign-in throttled per account (better-auth throttles per IP in production), and sessions
 * that rotate at sign-in: a session cookie held before signing in is never the one after.
 */
import { describe, expect, it } from 'vitest';
import { POST as authPost } from '../../app/api/auth/[...all]/route';
import { GET as usersGet } from '../../app/api/v1/users/route';
import { SIGN_IN_THROTTLE } from '../../lib/auth/server';
import { call } from './http';
import { makeUser, signIn } from './auth-helpers';

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

describe('signing in', () => {
  it('locks an account after repeated wrong passwords, with a clear message, and only that account', async () => {
    const target = await makeUser('admin');
    const other = await makeUser('admin');
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures; i++) {
      expect((await signIn(target.email, 'wrong password, try again')).status).toBe(401);
    }
    // Even the right password is refused while the account is locked.
    const locked = await authPost(
      new Request('http://localhost/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ email: target.email.toUpperCase() }),
      }),
    );
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toMatch(/^Too many failed sign-ins for this account\. Try again in 15 minutes\.$/);
    expect((await signIn(target.email)).status).toBe(429);
    expect((await signIn(other.email)).status).toBe(200);
  });

  it('a success clears the failures before the lock', async () => {
    const user = await makeUser('editor');
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures - 1; i++) expect((await signIn(user.email, 'not it at all')).status).toBe(401);
    expect((await signIn(user.email)).status).toBe(200);
    expect((await signIn(user.email, 'not it at all')).status).toBe(401);
    expect((await signIn(user.email)).status).toBe(200);
  });

  it('gives a new session at each sign-in and ends it at sign-out', async () => {
    const admin = await makeUser('admin');
    const first = await signIn(admin.email);
    const second = await signInWithCookie(admin.email, 'correct horse battery staple', first.cookie);
    expect(second).toMatch(/session_token=/);
    expect(second).not.toBe(first.cookie);
    expect((await call(usersGet, '/api/v1/users', {}, { headers: { cookie: second } })).status).toBe(200);
    await authPost(new Request('http://localhost/api/auth/sign-out', { method: 'POST', headers: { cookie: second, origin: 'http://localhost' } }));
    expect((await call(usersGet, '/api/v1/users', {}, { headers: { cookie: second } })).status).toBe(401);
  });
});
