import { route, json, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { missionCodeParam } from '@/lib/api/params';
import { readMission } from '@/lib/data/read-api';
import { AppError } from '@/lib/errors';
import { z } from 'zod';

export const GET = route<{ code: string }>(async (request, params) => {
  parseQuery(new URL(request.url), z.strictObject({}));
  const code = missionCodeParam.safeParse(params.code);
  if (!code.success) throw new AppError('not_found', `There is no mission with the code "${params.code.slice(0, 40)}".`);
  return json(await readMission(await getDb(), code.data));
});
