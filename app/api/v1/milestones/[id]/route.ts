import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { pathId } from '@/lib/api/path-params';
import { versionParam } from '@/lib/api/params';
import { getMilestone } from '@/lib/data/milestones';
import { z } from 'zod';
import { milestoneDeleteBody, milestoneUpdateBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { deleteMilestone, updateMilestone } from '@/lib/data/milestone-writes';
import { AppError } from '@/lib/errors';

export const GET = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), z.strictObject({}));
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
  const { version: inQuery } = parseQuery(new URL(request.url), z.strictObject({ version: versionParam.optional() }));
  const { version: inBody } = await readBody(request, milestoneDeleteBody);
  const version = inQuery ?? inBody;
  if (version === undefined) {
    throw new AppError('validation_failed', 'Say which version you are deleting, so that a newer change is not lost.', { version: ['is required'] });
  }
  const { db } = await getDb();
  await deleteMilestone(db, auditActor(actor), id, version);
  return new Response(null, { status: 204 });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
