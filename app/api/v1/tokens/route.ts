import { route, json, otherMethods, parseQuery } from '@/lib/api/http';
import { readBody, tokenCreateBody } from '@/lib/api/bodies';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { requireRole } from '@/lib/auth/require';
import { createToken, listTokens } from '@/lib/auth/tokens';

/** The caller's own tokens (never their secrets). */
export const GET = route(async (request) => {
  parseQuery(new URL(request.url), noQuery);
  const actor = await requireRole(request, 'editor', { sessionOnly: true });
  const { db } = await getDb();
  return json({ data: await listTokens(db, actor.userId) }, { headers: { 'cache-control': 'no-store' } });
});

/** Makes a token; the answer carries its secret, shown this once. */
export const POST = route(async (request) => {
  parseQuery(new URL(request.url), noQuery);
  const actor = await requireRole(request, 'editor', { sessionOnly: true });
  const { name } = await readBody(request, tokenCreateBody);
  const { db } = await getDb();
  return json(await createToken(db, actor, name), { status: 201, headers: { 'cache-control': 'no-store' } });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
