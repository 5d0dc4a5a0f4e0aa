import { route, json, otherMethods, parseQuery } from '@/lib/api/http';
import { readBody, userUpdateBody } from '@/lib/api/bodies';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { AppError } from '@/lib/errors';
import { requireRole } from '@/lib/auth/require';
import { setUserRole } from '@/lib/auth/users';

/** Changes a user's role (admins only). */
export const PATCH = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  const actor = await requireRole(request, 'admin');
  if (params.id.length > 100) throw new AppError('not_found', 'User was not found.');
  const { role } = await readBody(request, userUpdateBody);
  const { db } = await getDb();
  return json(await setUserRole(db, actor, params.id, role));
});

export const { GET, POST, PUT, DELETE } = otherMethods('PATCH');
