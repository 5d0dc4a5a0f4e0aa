import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { releasesQuery } from '@/lib/api/params';
import { listReleases } from '@/lib/data/releases';

export const GET = route(async (request) => {
  const { mission, ...filters } = parseQuery(new URL(request.url), releasesQuery);
  const { db, engine } = await getDb();
  return json(await listReleases(db, engine, { ...filters, mission: missionCodeOrDefault(mission) }));
});
