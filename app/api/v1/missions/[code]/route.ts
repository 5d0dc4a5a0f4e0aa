import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { missionCodeParam, noQuery } from '@/lib/api/params';
import { readMission } from '@/lib/data/read-api';
import { AppError } from '@/lib/errors';
import { missionUpdateBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { updateMission } from '@/lib/data/mission-writes';

export const GET = route<{ code: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  const code = missionCodeParam.safeParse(params.code);
  if (!code.success) throw new AppError('not_found', `There is no mission with the code "${params.code.slice(0, 40)}".`);
  return json(await readMission(await getDb(), code.data));
});

/** Changes a mission's fields and phases (admin only) at the `version` it was read at; `phases` replaces them all. */
export const PATCH = writeRoute<{ code: string }>(async (request, params) => {
  const actor = await requireRole(request, 'admin');
  const code = missionCodeParam.safeParse(params.code);
  if (!code.success) throw new AppError('not_found', `There is no mission with the code "${params.code.slice(0, 40)}".`);
  const input = await readBody(request, missionUpdateBody);
  const { db } = await getDb();
  return written(await updateMission(db, auditActor(actor), code.data, input));
});

export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
