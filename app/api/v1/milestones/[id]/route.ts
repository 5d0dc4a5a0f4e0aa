import { route, json, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { pathId } from '@/lib/api/path-params';
import { getMilestone } from '@/lib/data/milestones';
import { z } from 'zod';

export const GET = route<{ id: string }>(async (request, params) => {
  parseQuery(new URL(request.url), z.strictObject({}));
  const { db } = await getDb();
  return json(await getMilestone(db, pathId(params.id, 'Milestone')));
});
