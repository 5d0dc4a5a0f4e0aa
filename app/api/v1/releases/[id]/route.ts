import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { pathId } from '@/lib/api/path-params';
import { readRelease } from '@/lib/data/read-api';
import { z } from 'zod';

export const GET = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), z.strictObject({}));
  return json(await readRelease(await getDb(), pathId(params.id, 'Release')));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
