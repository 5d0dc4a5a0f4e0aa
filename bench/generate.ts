/**
 * Benchmark datasets, deterministic (a seeded generator: the same size gives the same rows).
 *
 *   npm run bench:generate -- --size small|large [--url DATABASE_URL] [--seed N]
 *
 * - `small`: a freshly migrated database with the MINUSMA seed, exactly as `npm start` makes it.
 * - `large`: the same, plus 199 synthetic missions, so that the deployment holds 200 missions,
 *   5,000 sites, 1,000,000 milestones and 100,000 releases in all. MINUSMA itself is the same as
 *   in `small`: the bench reads MINUSMA on both, so any slowdown on `large` comes from the size of
 *   the *other* missions, which is what the budget forbids.
 *
 * The bulk rows bypass Prisma and go through the drivers in large transactions (multi-row
 * INSERTs on SQLite, one `INSERT ... SELECT FROM unnest($1::int[], ...)` per 20,000 rows on
 * PostgreSQL); the rate is printed. The database named by --url is dropped and recreated.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDb } from '../lib/db/client';
import { engineOf, sqlitePath } from '../lib/db/engines';
import { seedMission } from '../lib/data/seed';
import { MILESTONE_TYPES } from '../lib/domain/vocabulary';
import { migrateDeploy, readSeed, readSeeds } from '../scripts/cli';

export type Size = 'small' | 'large' | 'medium';

/** Totals over the whole deployment (MINUSMA included) for each size. */
export const SIZES: Record<Exclude<Size, 'small'>, { missions: number; sites: number; milestones: number; releases: number }> = {
  large: { missions: 200, sites: 5_000, milestones: 1_000_000, releases: 100_000 },
  // A tenth of `large`, for `npm run bench -- --quick`: the same shape in a few seconds.
  medium: { missions: 20, sites: 500, milestones: 100_000, releases: 10_000 },
};

/** mulberry32: small, fast and good enough to pick rows; seeded, so runs are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type ColumnType = 'int' | 'text' | 'float' | 'ts';
interface Table {
  name: string;
  columns: [string, ColumnType][];
  rows: unknown[][];
}

const table = (name: string, columns: [string, ColumnType][]): Table => ({ name, columns, rows: [] });

function isoDay(start: number, offsetDays: number): string {
  return new Date(start + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const WORDS = ['north', 'river', 'hill', 'sand', 'stone', 'palm', 'well', 'gate', 'cross', 'lake', 'ridge', 'field', 'bridge', 'market', 'fort', 'oasis'];
const KINDS = ['camp', 'super camp', 'temporary operating base', 'headquarters', 'annex'];
const UNIT_KINDS = ['infantry', 'formed police unit', 'engineers', 'aviation', 'medical', 'signals', 'transport', 'unspecified', 'logistics', 'special forces'];
const COUNTRIES: [string, string][] = [
  ['SN', 'Senegal'], ['TG', 'Togo'], ['BD', 'Bangladesh'], ['CN', 'China'], ['EG', 'Egypt'], ['TD', 'Chad'], ['NE', 'Niger'],
  ['BF', 'Burkina Faso'], ['GN', 'Guinea'], ['CI', "Côte d'Ivoire"], ['NP', 'Nepal'], ['PK', 'Pakistan'], ['IN', 'India'],
  ['RW', 'Rwanda'], ['GH', 'Ghana'], ['NG', 'Nigeria'], ['BJ', 'Benin'], ['SE', 'Sweden'], ['DE', 'Germany'], ['JO', 'Jordan'],
];
const HOSTS: [string, string][] = [['Mali', '466'], ['Niger', '562'], ['Chad', '148'], ['Sudan', '729'], ['Central African Republic', '140'], ['South Sudan', '728']];

/** The rows of the synthetic missions (everything except MINUSMA), ids after `firstIds`. */
export function syntheticRows(
  size: Exclude<Size, 'small'>,
  seed: number,
  base: { missions: number; sites: number; milestones: number; releases: number },
  firstIds: Record<string, number>,
): Table[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const target = SIZES[size];
  const missions = target.missions - base.missions;
  // Spread a total over the missions: the first `total % n` get one more.
  const share = (total: number, i: number) => Math.floor(total / missions) + (i < total % missions ? 1 : 0);
  const now = new Date('2026-01-01T00:00:00.000Z').toISOString();
  const id = { ...firstIds };
  const next = (t: string) => id[t]!++;

  const T = {
    mission: table('Mission', [
      ['id', 'int'], ['code', 'text'], ['name', 'text'], ['hostCountry', 'text'], ['hostCountryIsoNumeric', 'text'], ['deployedSince', 'text'],
      ['mandateEnd', 'text'], ['drawdownStart', 'text'], ['withdrawalDeadline', 'text'], ['liquidationStart', 'text'], ['personnelInScope', 'int'],
      ['version', 'int'], ['createdAt', 'ts'], ['updatedAt', 'ts'],
    ]),
    phase: table('Phase', [['id', 'int'], ['missionId', 'int'], ['code', 'text'], ['name', 'text'], ['plannedStart', 'text'], ['plannedEnd', 'text']]),
    site: table('Site', [
      ['id', 'int'], ['missionId', 'int'], ['phaseId', 'int'], ['slug', 'text'], ['name', 'text'], ['kind', 'text'], ['region', 'text'], ['lat', 'float'],
      ['lon', 'float'], ['plannedHandover', 'text'], ['version', 'int'], ['createdAt', 'ts'], ['updatedAt', 'ts'],
    ]),
    alias: table('SiteAlias', [['id', 'int'], ['siteId', 'int'], ['name', 'text']]),
    contingent: table('Contingent', [
      ['id', 'int'], ['missionId', 'int'], ['country', 'text'], ['countryIso', 'text'], ['unitKind', 'text'], ['name', 'text'], ['strength', 'int'],
      ['version', 'int'], ['createdAt', 'ts'], ['updatedAt', 'ts'],
    ]),
    deployment: table('Deployment', [['id', 'int'], ['contingentId', 'int'], ['siteId', 'int'], ['startDate', 'text'], ['endDate', 'text'], ['strength', 'int']]),
    release: table('Release', [
      ['id', 'int'], ['missionId', 'int'], ['date', 'text'], ['title', 'text'], ['body', 'text'], ['url', 'text'], ['language', 'text'], ['contentHash', 'text'],
      ['createdAt', 'ts'],
    ]),
    milestone: table('Milestone', [
      ['id', 'int'], ['missionId', 'int'], ['siteId', 'int'], ['contingentId', 'int'], ['type', 'text'], ['date', 'text'], ['title', 'text'], ['notes', 'text'],
      ['figure', 'int'], ['status', 'text'], ['releaseId', 'int'], ['sourceUrl', 'text'], ['sourcePublisher', 'text'], ['version', 'int'], ['createdAt', 'ts'],
      ['updatedAt', 'ts'],
    ]),
  };

  for (let m = 0; m < missions; m++) {
    const missionId = next('Mission');
    const code = `SYN${String(m + 1).padStart(3, '0')}`;
    const start = Date.UTC(2005 + int(0, 15), int(0, 11), 1);
    const [host, iso] = pick(HOSTS);
    const deadline = isoDay(start, 3650 + int(0, 900));
    T.mission.rows.push([
      missionId, code, `Synthetic mission ${m + 1}`, host, iso, isoDay(start, 0), isoDay(start, 3400), isoDay(start, 3450), deadline,
      isoDay(start, 3800 + 900), int(5_000, 20_000), 1, now, now,
    ]);
    const phaseIds: number[] = [];
    for (let p = 1; p <= 3; p++) {
      const phaseId = next('Phase');
      phaseIds.push(phaseId);
      T.phase.rows.push([phaseId, missionId, String(p), `Phase ${p}`, isoDay(start, 3400 + (p - 1) * 120), isoDay(start, 3400 + p * 120)]);
    }
    const siteIds: number[] = [];
    for (let s = 0; s < share(target.sites - base.sites, m); s++) {
      const siteId = next('Site');
      siteIds.push(siteId);
      const name = `${pick(WORDS)} ${pick(WORDS)} ${s + 1}`.replace(/^./, (c) => c.toUpperCase());
      T.site.rows.push([
        siteId, missionId, pick(phaseIds), `site-${s + 1}`, name, pick(KINDS), `Region ${int(1, 8)}`, 5 + random() * 15, -10 + random() * 30,
        isoDay(start, 3450 + int(0, 400)), 1, now, now,
      ]);
      T.alias.rows.push([next('SiteAlias'), siteId, `${name} camp`]);
    }
    const contingentIds: number[] = [];
    const countries = [...COUNTRIES].sort(() => random() - 0.5).slice(0, 10);
    for (const [countryIso, country] of countries) {
      const contingentId = next('Contingent');
      contingentIds.push(contingentId);
      T.contingent.rows.push([contingentId, missionId, country, countryIso, pick(UNIT_KINDS), `${country} contingent`, int(100, 1500), 1, now, now]);
      for (let d = 0; d < 2; d++) {
        T.deployment.rows.push([next('Deployment'), contingentId, pick(siteIds), isoDay(start, int(0, 1000)), random() < 0.5 ? null : isoDay(start, 3450 + int(0, 500)), int(50, 800)]);
      }
    }
    const releaseIds: number[] = [];
    for (let r = 0; r < share(target.releases - base.releases, m); r++) {
      const releaseId = next('Release');
      releaseIds.push(releaseId);
      const date = isoDay(start, int(0, 4200));
      const body = `${code} ${date}: the mission reports on ${pick(WORDS)} ${pick(WORDS)}. ${'Peacekeepers continued their work with the local authorities. '.repeat(int(2, 6))}Ref ${releaseId}.`;
      T.release.rows.push([releaseId, missionId, date, `Update ${r + 1}`, body, null, 'en', createHash('sha256').update(body).digest('hex'), now]);
    }
    for (let i = 0; i < share(target.milestones - base.milestones, m); i++) {
      const type = pick(MILESTONE_TYPES);
      const fromRelease = random() < 0.8;
      const status = random() < 0.85 ? 'achieved' : random() < 0.7 ? 'planned' : 'cancelled';
      T.milestone.rows.push([
        next('Milestone'), missionId, type === 'contingent_repatriated' ? null : pick(siteIds), random() < 0.4 ? pick(contingentIds) : null, type,
        isoDay(start, 3000 + int(0, 1800)), `${type.replace(/_/g, ' ')} ${i + 1}`, random() < 0.2 ? 'Synthetic note.' : null,
        type === 'personnel_departed' ? int(10, 15_000) : null, status, fromRelease ? pick(releaseIds) : null,
        fromRelease ? null : `https://example.org/${code.toLowerCase()}/${i}`, fromRelease ? null : 'Example news', 1, now, now,
      ]);
    }
  }
  return Object.values(T);
}

/** Multi-row INSERTs of ROWS_PER_STATEMENT rows, one transaction per table (SQLite takes 32,766 variables a statement). */
const ROWS_PER_STATEMENT = 500;

function insertSqlite(file: string, tables: Table[]): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    for (const t of tables) {
      const columns = t.columns.map(([c]) => `"${c}"`).join(', ');
      const tuple = `(${t.columns.map(() => '?').join(', ')})`;
      const statement = (n: number) => db.prepare(`INSERT INTO "${t.name}" (${columns}) VALUES ${Array(n).fill(tuple).join(', ')}`);
      const full = statement(ROWS_PER_STATEMENT);
      db.transaction(() => {
        for (let i = 0; i < t.rows.length; i += ROWS_PER_STATEMENT) {
          const chunk = t.rows.slice(i, i + ROWS_PER_STATEMENT);
          (chunk.length === ROWS_PER_STATEMENT ? full : statement(chunk.length)).run(chunk.flat());
        }
      })();
    }
  } finally {
    db.close();
  }
}

const PG_TYPES: Record<ColumnType, string> = { int: 'int[]', text: 'text[]', float: 'float8[]', ts: 'timestamp(3)[]' };
const PG_ROWS_PER_STATEMENT = 20_000;

async function insertPostgres(url: string, tables: Table[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Foreign keys are checked by per-row triggers, which dominate a bulk load; the generator
    // makes consistent rows, so they are switched off for this transaction only (a standard
    // bulk-load setting, which needs the superuser the bench connects as).
    await client.query('SET LOCAL session_replication_role = replica');
    for (const t of tables) {
      // Building an index once over all rows is much faster than updating it row by row: the
      // secondary indexes go for the load and come back, from their own definitions, after it.
      const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexname NOT LIKE '%_pkey'`,
        [t.name],
      );
      for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
      const columns = t.columns.map(([c]) => `"${c}"`).join(', ');
      const sql = `INSERT INTO "${t.name}" (${columns}) SELECT * FROM unnest(${t.columns.map(([, type], i) => `$${i + 1}::${PG_TYPES[type]}`).join(', ')})`;
      for (let i = 0; i < t.rows.length; i += PG_ROWS_PER_STATEMENT) {
        const chunk = t.rows.slice(i, i + PG_ROWS_PER_STATEMENT);
        await client.query(sql, t.columns.map((_, c) => chunk.map((row) => row[c])));
      }
      for (const index of indexes) await client.query(index.indexdef);
      // Explicit ids leave the sequence behind; the app's next insert must not collide.
      await client.query(`SELECT setval(pg_get_serial_sequence('"${t.name}"', 'id'), (SELECT max(id) FROM "${t.name}"))`);
    }
    await client.query('COMMIT');
    // Autovacuum would analyse the new rows soon; the bench should not depend on when.
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function recreate(url: string): Promise<void> {
  if (engineOf(url) === 'sqlite') {
    const file = resolve(sqlitePath(url));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    return;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`refusing to recreate database "${name}": use a plain lower-case name`);
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

export interface GenerateResult {
  size: Size;
  url: string;
  seconds: number;
  bulkRows: number;
  bulkSeconds: number;
  rowsPerSecond: number;
  counts: { missions: number; sites: number; milestones: number; releases: number };
}

export async function generate(size: Size, url: string, seed = 1, log: (line: string) => void = console.log): Promise<GenerateResult> {
  const started = performance.now();
  await recreate(url);
  migrateDeploy(url);
  const handle = await createDb(url);
  let counts: GenerateResult['counts'];
  const maxIds: Record<string, number> = {};
  try {
    for (const files of readSeeds()) await seedMission(handle.db, files);
    const { db } = handle;
    counts = { missions: await db.mission.count(), sites: await db.site.count(), milestones: await db.milestone.count(), releases: await db.release.count() };
    for (const [name, model] of Object.entries({ Mission: db.mission, Phase: db.phase, Site: db.site, SiteAlias: db.siteAlias, Contingent: db.contingent, Deployment: db.deployment, Release: db.release, Milestone: db.milestone })) {
      const { _max } = await (model as unknown as { aggregate(a: object): Promise<{ _max: { id: number | null } }> }).aggregate({ _max: { id: true } });
      maxIds[name] = (_max.id ?? 0) + 1;
    }
  } finally {
    await handle.db.$disconnect();
  }
  let bulkRows = 0;
  let bulkSeconds = 0;
  if (size !== 'small') {
    const t0 = performance.now();
    const tables = syntheticRows(size, seed, counts, maxIds);
    bulkRows = tables.reduce((n, t) => n + t.rows.length, 0);
    const made = performance.now();
    if (engineOf(url) === 'sqlite') insertSqlite(resolve(sqlitePath(url)), tables);
    else await insertPostgres(url, tables);
    bulkSeconds = (performance.now() - t0) / 1000;
    log(`  rows made in ${((made - t0) / 1000).toFixed(1)} s, written in ${((performance.now() - made) / 1000).toFixed(1)} s`);
    const rows = (name: string) => tables.find((t) => t.name === name)!.rows.length;
    counts = {
      missions: counts.missions + rows('Mission'),
      sites: counts.sites + rows('Site'),
      milestones: counts.milestones + rows('Milestone'),
      releases: counts.releases + rows('Release'),
    };
  }
  const seconds = (performance.now() - started) / 1000;
  const rowsPerSecond = bulkSeconds ? bulkRows / bulkSeconds : 0;
  log(
    `${size} on ${engineOf(url)}: ${counts.missions} missions, ${counts.sites} sites, ${counts.milestones} milestones, ${counts.releases} releases in ${seconds.toFixed(1)} s` +
      (bulkRows ? ` (bulk: ${bulkRows} rows in ${bulkSeconds.toFixed(1)} s, ${Math.round(rowsPerSecond).toLocaleString('en')} rows/s, generation included)` : ''),
  );
  return { size, url, seconds, bulkRows, bulkSeconds, rowsPerSecond, counts };
}

/**
 * `count` releases in the seed text format (SPEC 3) for the import benchmark: the bodies of
 * the real seed releases, each under another date and with a reference that makes its content
 * unique, so extraction does the work it does on real text and nothing is deduplicated.
 */
export function syntheticReleaseText(count: number, seed = 1): string {
  const random = rng(seed);
  const bodies = readSeed('MINUSMA')
    .releaseTexts.join('\n')
    .split(/\n\s*(?:•\s*)?(?=\d{2} [A-Z][a-z]{2} \d{4} - )/)
    .map((item) => item.replace(/^\s*(?:•\s*)?\d{2} [A-Z][a-z]{2} \d{4} - /, '').replace(/\s+/g, ' ').trim())
    .filter((body) => body.length > 40 && !/^Press releases/i.test(body));
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const lines = ['Press releases', ''];
  for (let i = 0; i < count; i++) {
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const month = months[Math.floor(random() * 12)]!;
    const year = 2013 + Math.floor(random() * 11);
    lines.push(`  • ${day} ${month} ${year} - ${bodies[i % bodies.length]} (Ref. BENCH-${i}.)`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'small' }, url: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const size = values.size as Size;
  if (!['small', 'medium', 'large'].includes(size)) throw new Error('--size must be small, medium or large');
  const url = values.url ?? `file:./data/bench/${size}.db`;
  await generate(size, url, Number(values.seed));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
