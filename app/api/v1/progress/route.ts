import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { asOfQuery } from '@/lib/api/params';
import { readProgress } from '@/lib/data/read-api';

export const GET = route(async (request) => {
  const { mission, asOf } = parseQuery(new URL(request.url), asOfQuery);
  return json(await readProgress(await getDb(), missionCodeOrDefault(mission), asOfOrToday(asOf)));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
