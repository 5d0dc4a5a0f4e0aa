import { route, json, parseQuery } from '@/lib/api/http';
import { getDb, asOfOrToday } from '@/lib/api/context';
import { siteByIdQuery } from '@/lib/api/params';
import { pathId } from '@/lib/api/path-params';
import { readSite } from '@/lib/data/read-api';

export const GET = route<{ id: string }>(async (request, params) => {
  const { asOf } = parseQuery(new URL(request.url), siteByIdQuery);
  return json(await readSite(await getDb(), pathId(params.id, 'Site'), asOfOrToday(asOf)));
});
