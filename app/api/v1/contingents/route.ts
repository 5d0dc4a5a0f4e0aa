import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { asOfQuery } from '@/lib/api/params';
import { readContingents } from '@/lib/data/read-api';
import { contingentCreateBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { createContingent } from '@/lib/data/contingent-writes';

export const GET = route(async (request) => {
  const { mission, asOf } = parseQuery(new URL(request.url), asOfQuery);
  return json(await readContingents(await getDb(), missionCodeOrDefault(mission), asOfOrToday(asOf)));
});

/** Adds a contingent (editor or admin), optionally with its deployments. */
export const POST = writeRoute(async (request) => {
  const actor = await requireRole(request, 'editor');
  const input = await readBody(request, contingentCreateBody);
  const { db } = await getDb();
  return written(await createContingent(db, auditActor(actor), missionCodeOrDefault(input.mission), input), 201);
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
