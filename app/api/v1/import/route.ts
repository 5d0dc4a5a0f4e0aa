import { getDb } from '@/lib/api/context';
import { readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { importMission, missionImportBody } from '@/lib/data/mission-archive';
import { otherMethods } from '@/lib/api/http';

/** Exports of a whole mission are large; a mission's record stays far below this. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * Loads a mission from GET /api/v1/export?format=json (its `tables`) into a database that
 * does not hold it: ids, versions, timestamps and audit trail as exported (admin only).
 */
export const POST = writeRoute(async (request) => {
  const actor = await requireRole(request, 'admin');
  const { tables } = await readBody(request, missionImportBody, MAX_IMPORT_BYTES);
  const { db, engine } = await getDb();
  return written(await importMission(db, engine, auditActor(actor), tables), 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
