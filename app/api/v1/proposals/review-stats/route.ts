import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault } from '@/lib/api/context';
import { missionQuery } from '@/lib/api/params';
import { requireRole } from '@/lib/auth/require';
import { reviewStats } from '@/lib/data/proposal-review';

/** Editors' review decisions per milestone type: the live precision of the extraction (admins). */
export const GET = route(async (request) => {
  await requireRole(request, 'admin');
  const { mission } = parseQuery(new URL(request.url), missionQuery);
  const { db } = await getDb();
  return json(await reviewStats(db, missionCodeOrDefault(mission)), { headers: { 'cache-control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
