import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { milestonesQuery } from '@/lib/api/params';
import { readMilestones } from '@/lib/data/read-api';

export const GET = route(async (request) => {
  const { mission, ...filters } = parseQuery(new URL(request.url), milestonesQuery);
  return json(await readMilestones(await getDb(), { ...filters, mission: missionCodeOrDefault(mission) }));
});
