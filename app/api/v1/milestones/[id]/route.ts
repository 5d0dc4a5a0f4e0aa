import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { pathId } from '@/lib/api/path-params';
import { deleteVersion } from '@/lib/api/record-routes';
import { getMilestone } from '@/lib/data/milestones';
import { milestoneUpdateBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { deleteMilestone, updateMilestone } from '@/lib/data/milestone-writes';

export const GET = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  const { db } = await getDb();
  return json(await getMilestone(db, pathId(params.id, 'Milestone')));
});

/** Changes a milestone (editor or admin); the body names the `version` it was read at. */
export const PATCH = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Milestone');
  const input = await readBody(request, milestoneUpdateBody);
  const { db } = await getDb();
  return written(await updateMilestone(db, auditActor(actor), id, input));
});

/** Deletes a milestone (editor or admin) at the `version` it was read at: `?version=N` or `{ "version": N }`. */
export const DELETE = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Milestone');
  const version = await deleteVersion(request);
  const { db } = await getDb();
  await deleteMilestone(db, auditActor(actor), id, version);
  return new Response(null, { status: 204 });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
