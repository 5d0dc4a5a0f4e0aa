import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { releasesQuery } from '@/lib/api/params';
import { readReleases } from '@/lib/data/read-api';

export const GET = route(async (request) => {
  const { mission, ...filters } = parseQuery(new URL(request.url), releasesQuery);
  return json(await readReleases(await getDb(), { ...filters, mission: missionCodeOrDefault(mission) }));
});
