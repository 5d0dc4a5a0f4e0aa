import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { auditQuery } from '@/lib/api/params';
import { requireRole } from '@/lib/auth/require';
import { listAuditEvents } from '@/lib/data/audit-history';

/**
 * A record's history (editor or admin, with `entity` and `id`), or the activity feed of every
 * change (admin only), filtered by kind of record, action and user; newest first.
 */
export const GET = route(async (request) => {
  const { entity, id, action, user, cursor, limit } = parseQuery(new URL(request.url), auditQuery);
  await requireRole(request, entity !== undefined && id !== undefined ? 'editor' : 'admin');
  const { db } = await getDb();
  return json(await listAuditEvents(db, { entity, entityId: id, action, userId: user, cursor, limit }), {
    headers: { 'cache-control': 'no-store' },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
