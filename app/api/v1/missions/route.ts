import { route, json, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { listMissions } from '@/lib/data/missions';
import { z } from 'zod';

export const GET = route(async (request) => {
  parseQuery(new URL(request.url), z.strictObject({}));
  const { db } = await getDb();
  return json({ data: await listMissions(db) });
});
