import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, asOfOrToday } from '@/lib/api/context';
import { siteByIdQuery } from '@/lib/api/params';
import { pathId } from '@/lib/api/path-params';
import { getSite } from '@/lib/data/sites';

export const GET = route<{ id: string }>(async (request, params) => {
  const { asOf } = parseQuery(new URL(request.url), siteByIdQuery);
  const { db } = await getDb();
  return json(await getSite(db, pathId(params.id, 'Site'), asOfOrToday(asOf)));
});
