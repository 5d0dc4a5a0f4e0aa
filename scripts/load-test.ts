/**
 * `npm run load [-- --seconds 60 --connections 50 --port 3310]`: load on the API of the
 * production server (issue 7, item 5): 90% reads spread over the read endpoints, 10%
 * writes (POST /api/v1/milestones with an editor's API token, each with a unique title).
 * Passes when there was no error, no timeout and no 5xx, and every write the server
 * acknowledged (201) is in the database afterwards, counted one by one.
 *
 * It serves the existing build (NEXT_DIST_DIR, default .next; `npm run build` first) with
 * the production server (scripts/server.mjs) on a fresh seeded SQLite database in a temporary folder, or, with
 * LOAD_DATABASE_URL=postgresql://..., on that (emptied) PostgreSQL database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { createOrUpdateUser } from '../lib/auth/users';
import { createToken } from '../lib/auth/tokens';
import { waitFor } from './cli';
import { missionCodeOrDefault } from '../lib/data/missions';

const ROOT = join(import.meta.dirname, '..');
// autocannon ships no types; the few fields used here are typed where they are read.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number; total: number; sent: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '1xx': number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3310' },
    'write-share': { type: 'string', default: '0.1' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
const WRITE_SHARE = Number(values['write-share']);
const DIST = process.env.NEXT_DIST_DIR ?? '.next';

async function main(): Promise<number> {
  if (!existsSync(join(ROOT, DIST, 'BUILD_ID'))) {
    console.error(`No production build in ${DIST}: run npm run build (or set NEXT_DIST_DIR) first.`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'drawdown-load-'));
  const url = process.env.LOAD_DATABASE_URL ?? `file:${join(dir, 'load.db')}`;
  const env = { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST };
  let server: ReturnType<typeof spawn> | undefined;
  try {
    if (url.startsWith('postgres')) {
      const reset = spawnSync('psql', [url, '-qc', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'], { encoding: 'utf8' });
      if (reset.status !== 0) throw new Error(`could not empty ${url}: ${reset.stderr}`);
    }
    const setup = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/db-setup.ts')], { cwd: ROOT, env, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(`db-setup failed: ${setup.stderr}`);

    const { db } = await createDb(url);
    const { user } = await createOrUpdateUser(db, { email: 'load-editor@example.org', role: 'editor', password: 'load test password 1', actor: 'load-test' });
    const { secret } = await createToken(db, { kind: 'user', id: user.id, userId: user.id, role: 'editor' }, 'load test');
    // The writes name no mission, so they go to the default one: its sites only.
    const sites = (await db.site.findMany({ where: { mission: { code: missionCodeOrDefault(undefined) } }, select: { id: true } })).map((s) => s.id);
    const milestonesBefore = await db.milestone.count();

    server = spawn(process.execPath, [join(ROOT, 'scripts/server.mjs')], { cwd: ROOT, env: { ...env, PORT: String(PORT), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let serverErrors = '';
    server.stderr!.on('data', (d) => (serverErrors += d));
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/api/v1/missions`, 60_000);

    const reads = [
      '/api/v1/missions',
      '/api/v1/sites?asOf=2023-10-20',
      '/api/v1/sites?status=closed',
      `/api/v1/sites/${sites[0]}`,
      '/api/v1/contingents',
      '/api/v1/milestones?limit=50',
      '/api/v1/milestones?type=convoy_departed',
      '/api/v1/releases?limit=20',
      '/api/v1/proposals?status=pending',
      '/api/v1/progress?asOf=2023-12-31',
      '/api/v1/progress',
    ];
    const run = `load-${Date.now().toString(36)}`;
    let sent = 0;
    let writesSent = 0;
    const acknowledged = new Map<number, string>();
    const refused: number[] = [];
    let nonJson = 0;

    const started = Date.now();
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 10,
      requests: [
        {
          setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
            sent++;
            if (Math.random() < WRITE_SHARE) {
              const title = `${run} write ${++writesSent}`;
              context.title = title;
              return {
                ...request,
                method: 'POST',
                path: '/api/v1/milestones',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
                body: JSON.stringify({
                  type: 'convoy_departed',
                  date: '2023-10-20',
                  siteId: sites[writesSent % sites.length],
                  title,
                  source: { url: 'https://example.org/load', publisher: 'Load test' },
                }),
              };
            }
            context.title = undefined;
            return { ...request, method: 'GET', path: reads[sent % reads.length], headers: {}, body: undefined };
          },
          onResponse: (status: number, body: string, context: Record<string, unknown>) => {
            if (typeof context.title !== 'string') return;
            if (status === 201) {
              try {
                const created = JSON.parse(body) as { id: number; title: string };
                acknowledged.set(created.id, created.title);
              } catch {
                nonJson++;
              }
            } else refused.push(status);
          },
        },
      ],
    });
    const elapsed = (Date.now() - started) / 1000;

    // autocannon stops reading when its time is up, but the server may still be committing the
    // writes that were in flight: wait until the count holds still before comparing, or a write
    // committed between the two reads below would look like a stray one.
    let settledCount = await db.milestone.count();
    for (let tries = 0; tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = await db.milestone.count();
      if (now === settledCount) break;
      settledCount = now;
    }

    // Every acknowledged write, one by one, as the server acknowledged it.
    const stored = await db.milestone.findMany({ where: { title: { startsWith: run } }, select: { id: true, title: true } });
    const storedById = new Map(stored.map((m) => [m.id, m.title]));
    const missing = [...acknowledged].filter(([id, title]) => storedById.get(id) !== title);
    const unacknowledgedButStored = stored.filter((m) => !acknowledged.has(m.id)).length;
    const milestonesAfter = await db.milestone.count();
    await db.$disconnect();

    const line = {
      seconds: Math.round(elapsed),
      connections: CONNECTIONS,
      requests: result.requests.total,
      perSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      status5xx: result['5xx'],
      writesAcknowledged: acknowledged.size,
      writesRefused: refused.length,
      writesFound: acknowledged.size - missing.length,
      writesMissing: missing.length,
      storedWithoutAcknowledgement: unacknowledgedButStored,
      milestonesAdded: milestonesAfter - milestonesBefore,
    };
    console.log(JSON.stringify(line));
    console.log(
      `${line.requests} requests in ${line.seconds} s at ${CONNECTIONS} connections (${line.perSecond}/s, p50 ${line.latencyP50Ms} ms, p99 ${line.latencyP99Ms} ms, max ${line.latencyMaxMs} ms); ` +
        `errors ${line.errors}, timeouts ${line.timeouts}, non-2xx ${line.non2xx}; ` +
        `${line.writesAcknowledged} writes acknowledged, ${line.writesFound} found afterwards, ${line.writesMissing} missing ` +
        `(${line.storedWithoutAcknowledgement} more stored whose answer was still in flight when the run stopped).`,
    );
    // A write still in flight when the run stops may be stored with its answer unread: at
    // most one per connection. A write acknowledged and not stored is a loss.
    const failed =
      result.errors > 0 ||
      result.timeouts > 0 ||
      result.non2xx > 0 ||
      refused.length > 0 ||
      nonJson > 0 ||
      missing.length > 0 ||
      acknowledged.size === 0 ||
      unacknowledgedButStored > CONNECTIONS ||
      milestonesAfter - milestonesBefore !== stored.length;
    if (failed && serverErrors) console.error(serverErrors.slice(-4000));
    console.log(failed ? 'FAILED' : 'passed');
    return failed ? 1 : 0;
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
