import { route, json, otherMethods, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { pathId } from '@/lib/api/path-params';
import { requireRole } from '@/lib/auth/require';
import { revokeToken } from '@/lib/auth/tokens';

/** Revokes a token: it stops working at once; the row stays for the audit trail. */
export const DELETE = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  const actor = await requireRole(request, 'editor', { sessionOnly: true });
  const id = pathId(params.id, 'Token');
  const { db } = await getDb();
  return json(await revokeToken(db, actor, id));
});

export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
