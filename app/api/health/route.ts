import { route, json, otherMethods, parseQuery } from '@/lib/api/http';
import { getDb } from '@/lib/api/context';
import { noQuery } from '@/lib/api/params';
import { checkHealth, unreachable } from '@/lib/data/health';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

/** For load balancers: 200 when this instance's database answers and is migrated, else 503. */
export const GET = route(async (request) => {
  parseQuery(new URL(request.url), noQuery);
  const health = await getDb()
    .then(({ db, engine }) => checkHealth(db, engine, packageJson.version))
    .catch(() => unreachable(packageJson.version));
  return json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
