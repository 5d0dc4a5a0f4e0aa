import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { pathId } from '@/lib/api/path-params';
import { contingentUpdateBody, readBody } from '@/lib/api/bodies';
import { deleteVersion } from '@/lib/api/record-routes';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { deleteContingent, getContingentRecord, updateContingent } from '@/lib/data/contingent-writes';

/** A contingent as stored, with its deployments and the version an edit must name. */
export const GET = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  const { db } = await getDb();
  return json(await getContingentRecord(db, pathId(params.id, 'Contingent')));
});

/** Changes a contingent (editor or admin) at the `version` it was read at; `deployments` replaces them all. */
export const PATCH = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Contingent');
  const input = await readBody(request, contingentUpdateBody);
  const { db } = await getDb();
  return written(await updateContingent(db, auditActor(actor), id, input));
});

/** Deletes a contingent no milestone or proposal cites, at the `version` it was read at. */
export const DELETE = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Contingent');
  const version = await deleteVersion(request);
  const { db } = await getDb();
  await deleteContingent(db, auditActor(actor), id, version);
  return new Response(null, { status: 204 });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
