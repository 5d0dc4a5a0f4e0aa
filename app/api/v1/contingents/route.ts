import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { asOfQuery } from '@/lib/api/params';
import { loadMissionSnapshot } from '@/lib/data/missions';
import { contingentViews } from '@/lib/domain/views';

export const GET = route(async (request) => {
  const { mission, asOf } = parseQuery(new URL(request.url), asOfQuery);
  const { db } = await getDb();
  const day = asOfOrToday(asOf);
  const snapshot = await loadMissionSnapshot(db, missionCodeOrDefault(mission));
  return json({ data: contingentViews(snapshot, day), asOf: day });
});
