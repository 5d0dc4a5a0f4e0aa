import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { listMissions } from '@/lib/data/missions';
import { missionCreateBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { createMission } from '@/lib/data/mission-writes';

export const GET = route(async (request) => {
  parseQuery(new URL(request.url), noQuery);
  const { db } = await getDb();
  return json({ data: await listMissions(db) });
});

/** Creates a mission with its phases (admin only). */
export const POST = writeRoute(async (request) => {
  const actor = await requireRole(request, 'admin');
  const input = await readBody(request, missionCreateBody);
  const { db } = await getDb();
  return written(await createMission(db, auditActor(actor), input), 201);
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
