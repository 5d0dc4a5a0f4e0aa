import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, asOfOrToday } from '@/lib/api/context';
import { siteByIdQuery } from '@/lib/api/params';
import { pathId } from '@/lib/api/path-params';
import { readSite } from '@/lib/data/read-api';
import { readBody, siteUpdateBody } from '@/lib/api/bodies';
import { deleteVersion } from '@/lib/api/record-routes';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { deleteSite, updateSite } from '@/lib/data/site-writes';

export const GET = route<{ id: string }>(async (request, params) => {
  const { asOf } = parseQuery(new URL(request.url), siteByIdQuery);
  return json(await readSite(await getDb(), pathId(params.id, 'Site'), asOfOrToday(asOf)));
});

// ---------------------------------------------------------------------------------------
// Writes (editor or admin). The status is never written: it follows from the milestones.

/** Changes a site's name, aliases, kind, region, coordinates, phase or planned handover at the `version` it was read at. */
export const PATCH = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Site');
  const input = await readBody(request, siteUpdateBody);
  const { db } = await getDb();
  return written(await updateSite(db, auditActor(actor), id, input));
});

/** Deletes a site nothing cites, at the `version` it was read at (`?version=N` or `{ "version": N }`). */
export const DELETE = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Site');
  const version = await deleteVersion(request);
  const { db } = await getDb();
  await deleteSite(db, auditActor(actor), id, version);
  return new Response(null, { status: 204 });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
