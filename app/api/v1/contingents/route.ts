import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { asOfQuery } from '@/lib/api/params';
import { readContingents } from '@/lib/data/read-api';

export const GET = route(async (request) => {
  const { mission, asOf } = parseQuery(new URL(request.url), asOfQuery);
  return json(await readContingents(await getDb(), missionCodeOrDefault(mission), asOfOrToday(asOf)));
});
