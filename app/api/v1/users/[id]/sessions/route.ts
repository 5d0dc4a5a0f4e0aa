import { route, json, otherMethods, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { AppError } from '@/lib/errors';
import { requireRole } from '@/lib/auth/require';
import { revokeSessions } from '@/lib/auth/users';

/** Signs a user out everywhere (admins only): every session row goes, so every browser with one is signed out at once. */
export const DELETE = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  const actor = await requireRole(request, 'admin');
  if (params.id.length > 100) throw new AppError('not_found', 'User was not found.');
  const { db } = await getDb();
  return json(await revokeSessions(db, actor, params.id), { headers: { 'cache-control': 'no-store' } });
});

export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
