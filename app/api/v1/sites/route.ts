import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { sitesQuery } from '@/lib/api/params';
import { listSites } from '@/lib/data/sites';

export const GET = route(async (request) => {
  const { mission, asOf, ...filters } = parseQuery(new URL(request.url), sitesQuery);
  const { db } = await getDb();
  const day = asOfOrToday(asOf);
  return json({ data: await listSites(db, missionCodeOrDefault(mission), day, filters), asOf: day });
});
