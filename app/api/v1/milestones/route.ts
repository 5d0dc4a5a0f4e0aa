import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { milestonesQuery } from '@/lib/api/params';
import { listMilestones } from '@/lib/data/milestones';

export const GET = route(async (request) => {
  const { mission, ...filters } = parseQuery(new URL(request.url), milestonesQuery);
  const { db } = await getDb();
  return json(await listMilestones(db, { ...filters, mission: missionCodeOrDefault(mission) }));
});
