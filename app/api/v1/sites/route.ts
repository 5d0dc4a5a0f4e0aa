import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { sitesQuery } from '@/lib/api/params';
import { readSites } from '@/lib/data/read-api';

export const GET = route(async (request) => {
  const { mission, asOf, ...filters } = parseQuery(new URL(request.url), sitesQuery);
  return json(await readSites(await getDb(), missionCodeOrDefault(mission), asOfOrToday(asOf), filters));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
