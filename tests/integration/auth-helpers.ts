/**
 * Accounts for the write tests: users of each role made the way user:create makes them,
 * signed in through better-auth's real endpoint, and API tokens made through the API.
 */
import { getDb } from '../../lib/db/client';
import { createOrUpdateUser } from '../../lib/auth/users';
import type { Role } from '../../lib/auth/roles';
import { POST as authPost } from '../../app/api/auth/[...all]/route';
import { POST as tokensPost, GET as tokensGet } from '../../app/api/v1/tokens/route';
import { DELETE as tokenDelete } from '../../app/api/v1/tokens/[id]/route';
import { call } from './http';

export const PASSWORD = 'correct horse battery staple';

export async function makeUser(role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`) {
  const { db } = await getDb();
  const { user } = await createOrUpdateUser(db, { email, role, password: PASSWORD, actor: 'test' });
  return user;
}

/** Signs in through POST /api/auth/sign-in/email; returns the Cookie header to send. */
export async function signIn(email: string, password = PASSWORD): Promise<{ status: number; cookie: string; setCookie: string }> {
  const response = await authPost(
    new Request('http://localhost/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ email, password }),
    }),
  );
  const setCookie = response.headers.getSetCookie().join('\n');
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  return { status: response.status, cookie, setCookie };
}

export async function signedInAs(role: Role): Promise<{ userId: string; email: string; headers: Record<string, string> }> {
  const user = await makeUser(role);
  const { status, cookie } = await signIn(user.email);
  if (status !== 200) throw new Error(`sign-in failed with ${status}`);
  return { userId: user.id, email: user.email, headers: { cookie } };
}

export async function tokenFor(session: Record<string, string>, name = 'script'): Promise<{ id: number; secret: string; headers: Record<string, string> }> {
  const res = await call(tokensPost, '/api/v1/tokens', {}, { method: 'POST', headers: session, body: { name } });
  if (res.status !== 201) throw new Error(`token creation failed with ${res.status}: ${res.text}`);
  return { id: res.body.id, secret: res.body.secret, headers: { authorization: `Bearer ${res.body.secret}` } };
}

export async function revoke(session: Record<string, string>, id: number) {
  return call(tokenDelete, `/api/v1/tokens/${id}`, { id: String(id) }, { method: 'DELETE', headers: session });
}

export { tokensGet };
