import { route, json, otherMethods, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { AppError } from '@/lib/errors';
import { requireRole } from '@/lib/auth/require';
import { clearSignInFailures } from '@/lib/auth/users';

/** Lets a user sign in again at once (admins only): their failed sign-ins are forgotten. */
export const DELETE = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  const actor = await requireRole(request, 'admin');
  if (params.id.length > 100) throw new AppError('not_found', 'User was not found.');
  const { db } = await getDb();
  return json(await clearSignInFailures(db, actor, { id: params.id }), { headers: { 'cache-control': 'no-store' } });
});

export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
