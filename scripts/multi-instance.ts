/**
 * `npm run test:instances`: two app instances on one PostgreSQL database behind a small local
 * proxy, as a deployment with a load balancer runs it (issue 14, item 6). Checks, and exits 1
 * when one fails:
 * - a write through one instance shows at once through the other, in the API and on a page;
 * - a session made on one instance works on the other, and signing out on one ends it on both;
 * - sign-in limits add up across instances: better-auth's per-client limit, and the backoff
 *   per account;
 * - the proxy's forwarded scheme and client address are believed (TRUSTED_PROXIES names it),
 *   a direct connection's are not;
 * - GET /api/health answers 200 on each.
 *
 * Serves the existing build (NEXT_DIST_DIR, default .next): `npm run build` first. The
 * database is TEST_DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres),
 * in a database of its own, created and dropped here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb } from '../lib/db/client';
import { createOrUpdateUser } from '../lib/auth/users';
import { waitFor } from './cli';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NEXT_DIST_DIR ?? '.next';
const BASE_PORT = Number(process.env.INSTANCES_PORT ?? 3340);
const PASSWORD = 'several instances, one database';
const SECRET = randomBytes(32).toString('base64');
const PROXY_ADDRESS = '127.0.0.2';

const checks: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail = ''): void {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

/**
 * The load balancer: round robin over the instances, or the one named by `x-instance` (so a
 * check can say where each request goes). Like a real one, it appends the client's address
 * to X-Forwarded-For and says which scheme and host the browser used.
 */
function startProxy(port: number, backends: number[]): Promise<Server> {
  let next = 0;
  const server = createServer((req, res) => {
    const named = Number(req.headers['x-instance']);
    const backend = Number.isInteger(named) && backends[named] ? backends[named]! : backends[next++ % backends.length]!;
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: backend,
        // The proxy's own address, the one TRUSTED_PROXIES names; the checks' direct requests come from 127.0.0.1.
        localAddress: PROXY_ADDRESS,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https', 'x-forwarded-host': `drawdown.test:${port}` },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

interface Answer {
  status: number;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

/** One request, from the loopback address `from` (each client of the checks has its own), through node:http. */
function send(base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown; from?: string } = {}): Promise<Answer> {
  const url = new URL(path, base);
  const payload = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: init.method ?? 'GET',
        localAddress: init.from ?? '127.0.0.1',
        headers: { ...(payload !== undefined && { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }), ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
          }
          let json: unknown = null;
          try {
            json = JSON.parse(body);
          } catch {
            // a page
          }
          resolve({ status: res.statusCode ?? 0, body, json, headers });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function main(): Promise<number> {
  if (!existsSync(join(ROOT, DIST, 'BUILD_ID'))) {
    console.error(`No production build in ${DIST}: run npm run build (or set NEXT_DIST_DIR) first.`);
    return 2;
  }
  const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const name = `drawdown_instances_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST,
    BETTER_AUTH_SECRET: SECRET,
    TRUSTED_PROXIES: PROXY_ADDRESS,
    HOST: '127.0.0.1',
  };
  const instances: ChildProcess[] = [];
  let proxy: Server | undefined;
  try {
    const setup = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/db-setup.ts')], { cwd: ROOT, env, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(`db-setup failed: ${setup.stderr}`);
    const { db } = await createDb(url.toString());
    const editorEmail = 'instances-editor@example.org';
    await createOrUpdateUser(db, { email: editorEmail, role: 'admin', password: PASSWORD, actor: 'multi-instance' });
    const target = 'instances-target@example.org';
    await createOrUpdateUser(db, { email: target, role: 'viewer', password: PASSWORD, actor: 'multi-instance' });
    const site = await db.site.findFirstOrThrow({ where: { mission: { code: 'MINUSMA' } }, select: { id: true, slug: true } });

    const ports = [BASE_PORT + 1, BASE_PORT + 2];
    for (const port of ports) {
      const child = spawn(process.execPath, [join(ROOT, 'scripts/server.mjs')], { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
      instances.push(child);
    }
    await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/api/health`, 90_000)));
    proxy = await startProxy(BASE_PORT, ports);
    const lb = `http://127.0.0.1:${BASE_PORT}`;
    const on = (i: number, headers: Record<string, string> = {}) => ({ 'x-instance': String(i), ...headers });
    const origin = `https://drawdown.test:${BASE_PORT}`;

    for (const [i, port] of ports.entries()) {
      const health = await send(`http://127.0.0.1:${port}`, '/api/health');
      check(`instance ${i + 1}: GET /api/health answers 200 with the database up`, health.status === 200 && health.json?.database === 'ok', `${health.status} ${health.body.slice(0, 120)}`);
    }

    // HOST=127.0.0.1: the instances listen there and nowhere else (another loopback address is refused).
    const elsewhere = await send(`http://127.0.0.3:${ports[0]}`, '/api/health').then(
      (answer) => `answered ${answer.status}`,
      (error: NodeJS.ErrnoException) => error.code ?? String(error),
    );
    check('HOST is honoured: an instance bound to 127.0.0.1 is not reached at 127.0.0.3', elsewhere === 'ECONNREFUSED', elsewhere);

    // A session made on one instance works on the other. Each sign-in comes from its own client address.
    const signIn = await send(lb, '/api/auth/sign-in/email', { method: 'POST', headers: on(0, { origin }), body: { email: editorEmail, password: PASSWORD }, from: '127.0.0.10' });
    const setCookie = signIn.headers.getSetCookie();
    const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    check('sign in through instance 1', signIn.status === 200, String(signIn.status));
    check('the proxy said HTTPS and is trusted: the session cookie is Secure', setCookie.some((c) => /secure/i.test(c) && /__Secure-/.test(c)), setCookie.join(' | ').slice(0, 160));
    const users = await send(lb, '/api/v1/users', { headers: on(1, { cookie }) });
    check('that session works on instance 2', users.status === 200, String(users.status));

    // A write through one instance is read at once through the other (API and page).
    const title = `Written on instance 1 ${Date.now()}`;
    const beforePage = await send(lb, `/sites/${site.slug}`, { headers: on(1) });
    const created = await send(lb, '/api/v1/milestones', {
      method: 'POST',
      headers: on(0, { cookie, origin }),
      body: { type: 'other', date: '2023-10-20', siteId: site.id, title, source: { url: 'https://example.org/instances', publisher: 'Multi-instance test' } },
    });
    check('write through instance 1', created.status === 201, `${created.status} ${created.body.slice(0, 160)}`);
    const read = await send(lb, `/api/v1/milestones/${created.json?.id}`, { headers: on(1) });
    check('read at once through instance 2 (API)', read.status === 200 && read.json?.title === title, String(read.status));
    const page = await send(lb, `/sites/${site.slug}`, { headers: on(1) });
    check('shown at once through instance 2 (the site page, cached before the write)', beforePage.status === 200 && !beforePage.body.includes(title) && page.body.includes(title), `${beforePage.status} then ${page.status}`);

    // Another origin, even one that only changes the port, is refused on both.
    const cross = await send(lb, '/api/v1/milestones', { method: 'POST', headers: on(1, { cookie, origin: `https://drawdown.test:${BASE_PORT + 1}` }), body: { type: 'other' } });
    check('a write from another origin (same host, other port) is refused', cross.status === 403, String(cross.status));

    // Sign-in limits add up across instances: the account's backoff, from six addresses, alternating instances.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await send(lb, '/api/auth/sign-in/email', { method: 'POST', headers: on(i % 2, { origin }), body: { email: target, password: 'not the password' }, from: `127.0.1.${i + 1}` });
      statuses.push(res.status);
    }
    check('five failures for one account over both instances, then it waits (429) on either', statuses.slice(0, 5).every((s) => s === 401) && statuses[5] === 429, statuses.join(','));
    // better-auth's own limit per client address: 3 sign-ins in 10 s, counted in the database;
    // the client's made-up X-Forwarded-For (a new one each time) changes nothing.
    const burst: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await send(lb, '/api/auth/sign-in/email', { method: 'POST', headers: on(i % 2, { origin, 'x-forwarded-for': `192.0.2.${i + 1}` }), body: { email: `nobody-${i}@example.org`, password: 'x'.repeat(12) }, from: '127.0.0.200' });
      burst.push(res.status);
    }
    check('one client’s sign-ins are counted together over both instances (the 4th in 10 s is refused)', burst.slice(0, 3).every((s) => s === 401) && burst[3] === 429, burst.join(','));

    // A direct connection (not through the trusted proxy) cannot claim HTTPS.
    const direct = await send(`http://127.0.0.1:${ports[1]}`, '/api/v1/missions', { headers: { 'x-forwarded-proto': 'https' } });
    const proxied = await send(lb, '/api/v1/missions', { headers: on(1) });
    check(
      'HSTS only when the trusted proxy says HTTPS',
      !direct.headers.get('strict-transport-security') && !!proxied.headers.get('strict-transport-security'),
      `direct: ${direct.headers.get('strict-transport-security')}, proxied: ${proxied.headers.get('strict-transport-security')}`,
    );

    // Signing out on instance 2 ends the session on instance 1.
    await send(lb, '/api/auth/sign-out', { method: 'POST', headers: on(1, { cookie, origin }) });
    const after = await send(lb, '/api/v1/users', { headers: on(0, { cookie }) });
    check('signing out on instance 2 ends the session on instance 1', after.status === 401, String(after.status));
    await db.$disconnect();
  } finally {
    proxy?.close();
    for (const child of instances) child.kill('SIGTERM');
    await Promise.all(instances.map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  const failed = checks.filter((c) => !c.ok);
  console.log(`\n${checks.length - failed.length} of ${checks.length} checks passed`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
