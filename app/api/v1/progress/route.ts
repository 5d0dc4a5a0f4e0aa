import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { asOfQuery } from '@/lib/api/params';
import { loadMissionSnapshot } from '@/lib/data/missions';
import { progressView } from '@/lib/domain/views';

export const GET = route(async (request) => {
  const { mission, asOf } = parseQuery(new URL(request.url), asOfQuery);
  const { db } = await getDb();
  const snapshot = await loadMissionSnapshot(db, missionCodeOrDefault(mission));
  return json(progressView(snapshot, asOfOrToday(asOf)));
});
