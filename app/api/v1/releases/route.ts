import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { releasesQuery } from '@/lib/api/params';
import { readReleases } from '@/lib/data/read-api';
import { MAX_RELEASE_TEXT_BYTES, readBody, releasesImportBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { importReleaseText } from '@/lib/data/release-writes';

export const GET = route(async (request) => {
  const { mission, ...filters } = parseQuery(new URL(request.url), releasesQuery);
  return json(await readReleases(await getDb(), { ...filters, mission: missionCodeOrDefault(mission) }));
});

/**
 * Imports releases from text in the format of SPEC section 3 (editor or admin). Answers
 * which releases were created and which were there already, each with its proposals;
 * 201 when something was created, 200 when everything was known.
 */
export const POST = writeRoute(async (request) => {
  const actor = await requireRole(request, 'editor');
  const { mission, text } = await readBody(request, releasesImportBody, MAX_RELEASE_TEXT_BYTES);
  const { db } = await getDb();
  const answer = await importReleaseText(db, auditActor(actor), missionCodeOrDefault(mission), text);
  return written(answer, answer.created.length ? 201 : 200);
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
