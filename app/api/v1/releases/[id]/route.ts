import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { pathId } from '@/lib/api/path-params';
import { readRelease } from '@/lib/data/read-api';

export const GET = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), noQuery);
  return json(await readRelease(await getDb(), pathId(params.id, 'Release')));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
