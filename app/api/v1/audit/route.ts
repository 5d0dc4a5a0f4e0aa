import { z } from 'zod';
import { route, json, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { cursorParam, limitParam } from '@/lib/api/params';
import { requireRole } from '@/lib/auth/require';
import { AUDITED_ENTITIES, listAuditEvents } from '@/lib/data/audit-history';

const auditQuery = z.strictObject({
  entity: z.enum(AUDITED_ENTITIES, { message: `must be one of ${AUDITED_ENTITIES.join(', ')}` }),
  id: z.string().trim().min(1).max(100).optional(),
  cursor: cursorParam.optional(),
  limit: limitParam,
});

/** A record's history (editor or admin): who changed what, when, before and after; newest first. */
export const GET = route(async (request) => {
  await requireRole(request, 'editor');
  const { entity, id, cursor, limit } = parseQuery(new URL(request.url), auditQuery);
  const { db } = await getDb();
  return json(await listAuditEvents(db, { entity, entityId: id, cursor, limit }), { headers: { 'cache-control': 'no-store' } });
});
