/**
 * The one authorisation check. Every write (route handler or server action) calls
 * `requireRole` itself, so no page, layout or proxy is trusted to have checked before.
 *
 * Credentials: `Authorization: Bearer dd_...` when present (and then only that), else the
 * session cookie. No or bad credentials: 401. Known but not allowed: 403.
 */
import { getDb } from '../db/client';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { roleAtLeast, type Role } from './roles';
import { getAuth } from './server';
import { hashToken, TOKEN_PREFIX } from './tokens';
import { originIsThisApp } from '../security/client';

export type { Actor } from './actor';
export { auditActor } from './actor';

type Source = Request | Headers;

const headersOf = (source: Source): Headers => (source instanceof Request ? source.headers : source);

const unauthorized = (message = 'Sign in, or send an API token as Authorization: Bearer dd_...') =>
  new AppError('unauthorized', message);

/** A token's lastUsedAt is written at most this often, so scripts do not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

async function tokenActor(authorization: string): Promise<Actor> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match || !match[1]!.startsWith(TOKEN_PREFIX)) throw unauthorized('The Authorization header must be "Bearer dd_...".');
  const { db } = await getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]!) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, role: true } } },
  });
  if (!token || token.revokedAt) throw unauthorized('This API token is not valid or has been revoked.');
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { kind: 'token', id: String(token.id), userId: token.user.id, role: token.user.role as Role };
}

/**
 * Refuses a cookie-authenticated write sent from another site's page. SameSite=Lax
 * already keeps the cookie off cross-site POSTs in current browsers; this covers the rest.
 */
function assertSameOrigin(source: Source): void {
  const headers = headersOf(source);
  const origin = headers.get('origin');
  if (!origin) {
    if (headers.get('sec-fetch-site') === 'cross-site') throw new AppError('forbidden', 'Cross-site requests may not write.');
    return;
  }
  if (!(source instanceof Request ? originIsThisApp(origin, headers, source.url) : originIsThisApp(origin, headers))) throw new AppError('forbidden', 'Cross-site requests may not write.');
}

async function sessionActor(source: Source): Promise<Actor | null> {
  const auth = await getAuth(source);
  const session = await auth.api.getSession({ headers: headersOf(source) });
  if (!session) return null;
  return { kind: 'user', id: session.user.id, userId: session.user.id, role: session.user.role as Role };
}

/** Who is asking, or null when nobody signed in; a bad token is an error, never anonymous. */
export async function currentActor(source: Source): Promise<Actor | null> {
  const authorization = headersOf(source).get('authorization');
  if (authorization !== null) return tokenActor(authorization);
  return sessionActor(source);
}

export interface RequireOptions {
  /** Refuse API tokens: managing tokens takes a signed-in person, so a leaked token cannot mint more. */
  sessionOnly?: boolean;
}

export async function requireRole(source: Source, needed: Exclude<Role, 'viewer'>, options: RequireOptions = {}): Promise<Actor> {
  const actor = await currentActor(source);
  if (!actor) throw unauthorized();
  if (actor.kind === 'user') assertSameOrigin(source);
  if (!roleAtLeast(actor.role, needed)) {
    throw new AppError('forbidden', needed === 'admin' ? 'Only an admin may do this.' : 'Only an editor or an admin may do this.');
  }
  if (options.sessionOnly && actor.kind === 'token') {
    throw new AppError('forbidden', 'API tokens are managed by a signed-in user, not with a token.');
  }
  return actor;
}
