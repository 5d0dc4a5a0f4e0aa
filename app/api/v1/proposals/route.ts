import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { proposalsQuery } from '@/lib/api/params';
import { listProposals } from '@/lib/data/proposals';

export const GET = route(async (request) => {
  const { mission, ...filters } = parseQuery(new URL(request.url), proposalsQuery);
  const { db } = await getDb();
  return json(await listProposals(db, { ...filters, mission: missionCodeOrDefault(mission) }));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
