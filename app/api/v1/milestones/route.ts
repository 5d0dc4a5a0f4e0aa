import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { milestonesQuery } from '@/lib/api/params';
import { readMilestones } from '@/lib/data/read-api';
import { milestoneCreateBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { createMilestone } from '@/lib/data/milestone-writes';

export const GET = route(async (request) => {
  const { mission, ...filters } = parseQuery(new URL(request.url), milestonesQuery);
  return json(await readMilestones(await getDb(), { ...filters, mission: missionCodeOrDefault(mission) }));
});

/** Creates a milestone (editor or admin). The source is required: a release, or a URL and its publisher. */
export const POST = writeRoute(async (request) => {
  const actor = await requireRole(request, 'editor');
  const input = await readBody(request, milestoneCreateBody);
  const { db } = await getDb();
  return written(await createMilestone(db, auditActor(actor), missionCodeOrDefault(input.mission), input), 201);
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
