import { route, json, otherMethods, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { requireRole } from '@/lib/auth/require';
import { listUsers } from '@/lib/auth/users';

export const GET = route(async (request) => {
  parseQuery(new URL(request.url), noQuery);
  await requireRole(request, 'admin');
  const { db } = await getDb();
  return json({ data: await listUsers(db) }, { headers: { 'cache-control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
