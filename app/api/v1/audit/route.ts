import { z } from 'zod';
import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { cursorParam, limitParam } from '@/lib/api/params';
import { requireRole } from '@/lib/auth/require';
import { AUDITED_ENTITIES, AUDIT_ACTIONS, listAuditEvents } from '@/lib/data/audit-history';

const auditQuery = z
  .strictObject({
    entity: z.enum(AUDITED_ENTITIES, { message: `must be one of ${AUDITED_ENTITIES.join(', ')}` }).optional(),
    id: z.string().trim().min(1).max(100).optional(),
    action: z.enum(AUDIT_ACTIONS, { message: `must be one of ${AUDIT_ACTIONS.join(', ')}` }).optional(),
    user: z.string().trim().min(1).max(100).optional(),
    cursor: cursorParam.optional(),
    limit: limitParam,
  })
  .refine((q) => q.id === undefined || q.entity !== undefined, { message: 'needs entity', path: ['id'] });

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
