/**
 * The Prisma CLI, run as a user runs it, works offline on both engines.
 *
 * The CLI would download its native schema engine from binaries.prisma.sh; prisma.config.ts
 * points it at prisma/schema-engine/bin.mjs (the wasm engine behind the same protocol)
 * instead. These tests run the real commands against a throw-away SQLite file and a
 * throw-away PostgreSQL database and check what they did to the database, so any break in
 * that executable (or in the config) fails here. Downloads are pointed at a dead mirror:
 * a CLI that tried to fetch an engine would fail rather than quietly go online.
 *
 * Like the rest of the integration suite, it runs on the engine TEST_DATABASE_URL names:
 * SQLite by default (npm test), PostgreSQL with a postgres:// URL (npm run test:pg), where
 * the test may create and drop databases.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismaPaths, type Engine } from '@/lib/db/engines';
import { testEngine } from './databases';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PRISMA_BIN = path.join(ROOT, 'node_modules', '.bin', 'prisma');
const CLI_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 240_000;
const POSTGRES_TEST_URL = process.env.TEST_DATABASE_URL ?? '';

type Run = { code: number | null; stdout: string; stderr: string; output: string };

/** `npx prisma <args>` (the same local binary npx resolves), with DATABASE_URL set. */
function prisma(args: string[], databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // Nothing may be fetched: a download attempt fails fast instead of succeeding.
    PRISMA_ENGINES_MIRROR: 'http://127.0.0.1:9',
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // prisma.config.ts must be what selects the offline engine.
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  Object.assign(env, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(PRISMA_BIN, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, output: stdout + stderr });
    });
  });
}

/** Runs a command that must succeed; shows its whole output otherwise. */
async function prismaOk(args: string[], databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<string> {
  const run = await prisma(args, databaseUrl, extraEnv);
  expect(run.code, `prisma ${args.join(' ')} failed:\n${run.output}`).toBe(0);
  return run.output;
}

function migrationNames(engine: Engine): string[] {
  const dir = path.join(ROOT, prismaPaths(engine).migrations);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * `migrate dev` on an up-to-date database must not write a migration. If it does (the
 * data model changed without one), the test fails; the stray directory is removed so that
 * the run leaves the repository as it found it.
 */
async function expectMigrateDevInSync(engine: Engine, databaseUrl: string) {
  const before = migrationNames(engine);
  try {
    const output = await prismaOk(['migrate', 'dev', '--name', 'cli_test'], databaseUrl);
    expect(output).toContain('Already in sync');
  } finally {
    const dir = path.join(ROOT, prismaPaths(engine).migrations);
    for (const name of migrationNames(engine)) {
      if (!before.includes(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
  expect(migrationNames(engine)).toEqual(before);
}

/**
 * `migrate dev` after a change of the data model, on a database that first needs the
 * existing migrations: the everyday path, and the one where the wasm engine needs the
 * shim's help to compute the schema of the migrations (see rpc.mjs). Runs on a copy of the
 * engine's schema and migrations in a temporary project (with its own config, which names
 * the engine executable itself), so the repository is never written to.
 * @returns the SQL of the migration `migrate dev` wrote
 */
async function migrateDevAfterModelChange(engine: Engine, databaseUrl: string, dir: string): Promise<string> {
  const migrations = path.join(dir, 'migrations');
  cpSync(path.join(ROOT, prismaPaths(engine).migrations), migrations, { recursive: true });
  const schema = path.join(dir, 'schema.prisma');
  const original = readFileSync(path.join(ROOT, prismaPaths(engine).schema), 'utf8');
  writeFileSync(
    schema,
    original.replace(/output\s*=\s*".*"/, `output = "${path.join(dir, 'generated')}"`) + '\nmodel CliTestExtra {\n  id   Int    @id\n  note String\n}\n',
  );
  const config = path.join(dir, 'prisma.config.mjs');
  writeFileSync(
    config,
    `export default ${JSON.stringify({ schema, migrations: { path: migrations }, datasource: { url: databaseUrl } })};\n`,
  );
  const before = readdirSync(migrations);
  await prismaOk(['migrate', 'dev', '--name', 'extra', '--config', config], databaseUrl, {
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(ROOT, 'prisma/schema-engine/bin.mjs'),
  });
  const created = readdirSync(migrations).filter((name) => !before.includes(name));
  expect(created).toHaveLength(1);
  expect(created[0]).toMatch(/^\d{14}_extra$/);
  return readFileSync(path.join(migrations, created[0] ?? '', 'migration.sql'), 'utf8');
}

/**
 * `prisma generate` through the project's config (so with the offline engine), on a copy
 * of the engine's schema whose output is a temporary folder: the clients the other test
 * files are using are never rewritten under them.
 */
async function expectGenerate(engine: Engine, databaseUrl: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'drawdown-generate-'));
  try {
    const schema = path.join(dir, 'schema.prisma');
    const original = readFileSync(path.join(ROOT, prismaPaths(engine).schema), 'utf8');
    writeFileSync(schema, original.replace(/output\s*=\s*".*"/, `output = "${path.join(dir, 'generated')}"`));
    const output = await prismaOk(['generate', '--schema', schema], databaseUrl);
    expect(output).toContain('Generated Prisma Client');
    expect(readFileSync(path.join(dir, 'generated', 'client.ts'), 'utf8')).toContain('PrismaClient');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every model's table, by its Prisma name (the checked subset is enough to see a schema). */
const SOME_TABLES = ['Mission', 'Phase', 'Site', 'Milestone', 'Release'];

it(
  'uses the offline schema engine selected by prisma.config.ts',
  async () => {
    const output = await prismaOk(['-v'], 'file:./data/never-created.db');
    expect(output).toMatch(/Schema Engine\s*:\s*schema-engine-wasm \w+ \(at prisma\/schema-engine\/bin\.mjs, resolved by PRISMA_SCHEMA_ENGINE_BINARY\)/);
  },
  TEST_TIMEOUT_MS,
);

if (testEngine() === 'sqlite') describe('SQLite', () => {
  const engine: Engine = 'sqlite';
  let dir: string;
  let file: string;
  let url: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'drawdown-cli-'));
    file = path.join(dir, 'sub', 'cli.db'); // the directory does not exist yet either
    url = `file:${file}`;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function query<T>(sql: string): T[] {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  const tables = () => query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).map((r) => r.name);

  it(
    'migrate deploy creates the database and applies every migration',
    async () => {
      const output = await prismaOk(['migrate', 'deploy'], url);
      expect(output).toContain('All migrations have been successfully applied');
      expect(existsSync(file)).toBe(true);
      expect(tables()).toEqual(expect.arrayContaining([...SOME_TABLES, '_prisma_migrations']));
      const applied = query<{ migration_name: string; finished_at: string | null; rolled_back_at: string | null }>(
        'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(applied.map((row) => row.migration_name)).toEqual(migrationNames(engine));
      expect(applied.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true);
      expect(migrationNames(engine).some((name) => name.endsWith('_init'))).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'migrate status reports the schema up to date',
    async () => {
      expect(await prismaOk(['migrate', 'status'], url)).toContain('Database schema is up to date!');
    },
    TEST_TIMEOUT_MS,
  );

  it('migrate dev finds nothing to do and writes no migration', () => expectMigrateDevInSync(engine, url), TEST_TIMEOUT_MS);

  it(
    'migrate reset --force drops the data and re-applies the migrations',
    async () => {
      const db = new Database(file);
      db.prepare(
        `INSERT INTO Mission (code, name, hostCountry, withdrawalDeadline, updatedAt) VALUES ('TEST', 'Test', 'Nowhere', '2023-12-31', '2023-01-01')`,
      ).run();
      db.exec('CREATE TABLE leftover (id INTEGER)');
      db.close();

      const output = await prismaOk(['migrate', 'reset', '--force'], url);
      expect(output).toContain('Database reset successful');
      expect(query<{ n: number }>('SELECT count(*) AS n FROM Mission')[0]?.n).toBe(0);
      expect(tables()).not.toContain('leftover');
      expect(tables()).toEqual(expect.arrayContaining([...SOME_TABLES, '_prisma_migrations']));
      expect(query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations').map((r) => r.migration_name)).toEqual(
        migrationNames(engine),
      );
      expect(await prismaOk(['migrate', 'status'], url)).toContain('Database schema is up to date!');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'migrate deploy refuses a database it does not manage (P3005), as the native engine',
    async () => {
      const legacy = path.join(dir, 'legacy.db');
      const db = new Database(legacy);
      db.exec('CREATE TABLE legacy (id INTEGER)');
      db.close();
      const run = await prisma(['migrate', 'deploy'], `file:${legacy}`);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain('P3005');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'migrate dev writes and applies a migration for a changed model',
    async () => {
      const project = path.join(dir, 'project');
      const projectFile = path.join(project, 'dev.db');
      const sql = await migrateDevAfterModelChange(engine, `file:${projectFile}`, project);
      expect(sql).toContain('CREATE TABLE "CliTestExtra"');
      const db = new Database(projectFile, { readonly: true });
      const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
      db.close();
      expect(names).toEqual(expect.arrayContaining(['Mission', 'CliTestExtra']));
    },
    TEST_TIMEOUT_MS,
  );

  it('generate writes the SQLite client', () => expectGenerate(engine, url), TEST_TIMEOUT_MS);
});

if (testEngine() === 'postgresql') describe('PostgreSQL', () => {
  const engine: Engine = 'postgresql';
  const database = `drawdown_cli_${Math.random().toString(36).slice(2, 10)}`;
  const server = new URL(POSTGRES_TEST_URL);
  const target = new URL(POSTGRES_TEST_URL);
  target.pathname = `/${database}`;
  const url = target.toString();
  const projectDatabase = `${database}_project`;
  const projectTarget = new URL(POSTGRES_TEST_URL);
  projectTarget.pathname = `/${projectDatabase}`;

  async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }
  const query = <T extends pg.QueryResultRow>(sql: string) => withClient(url, async (c) => (await c.query<T>(sql)).rows);
  const tables = async () =>
    (await query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).map((r) => r.tablename);
  const shadowDatabases = () =>
    withClient(server.toString(), async (c) =>
      (await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`)).rows.map(
        (r) => r.datname,
      ),
    );

  beforeAll(async () => {
    try {
      await withClient(server.toString(), (c) => c.query('SELECT 1'));
    } catch (error) {
      throw new Error(`No PostgreSQL server at TEST_DATABASE_URL (${server.host}): ${(error as Error).message}`);
    }
  });
  afterAll(async () => {
    await withClient(server.toString(), async (c) => {
      for (const name of [database, projectDatabase]) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  });

  it(
    'migrate deploy creates the database and applies every migration',
    async () => {
      const output = await prismaOk(['migrate', 'deploy'], url);
      expect(output).toContain(`PostgreSQL database ${database} created`);
      expect(output).toContain('All migrations have been successfully applied');
      expect(await tables()).toEqual(expect.arrayContaining([...SOME_TABLES, '_prisma_migrations']));
      const applied = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(applied.map((row) => row.migration_name)).toEqual(migrationNames(engine));
      expect(applied.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true);
      expect(migrationNames(engine).some((name) => name.endsWith('_init'))).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'migrate status reports the schema up to date',
    async () => {
      expect(await prismaOk(['migrate', 'status'], url)).toContain('Database schema is up to date!');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'migrate dev finds nothing to do, writes no migration and drops its shadow database',
    async () => {
      const before = await shadowDatabases();
      await expectMigrateDevInSync(engine, url);
      const leaked = (await shadowDatabases()).filter((name) => !before.includes(name));
      expect(leaked).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'migrate reset --force drops the data and re-applies the migrations',
    async () => {
      await query(
        `INSERT INTO "Mission" (code, name, "hostCountry", "withdrawalDeadline", "updatedAt") VALUES ('TEST', 'Test', 'Nowhere', '2023-12-31', now())`,
      );
      await query('CREATE TABLE leftover (id INTEGER)');

      const output = await prismaOk(['migrate', 'reset', '--force'], url);
      expect(output).toContain('Database reset successful');
      expect((await query<{ n: string }>('SELECT count(*) AS n FROM "Mission"'))[0]?.n).toBe('0');
      expect(await tables()).not.toContain('leftover');
      expect(await tables()).toEqual(expect.arrayContaining([...SOME_TABLES, '_prisma_migrations']));
      expect((await query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations')).map((r) => r.migration_name)).toEqual(
        migrationNames(engine),
      );
      expect(await prismaOk(['migrate', 'status'], url)).toContain('Database schema is up to date!');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'migrate dev writes and applies a migration for a changed model',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'drawdown-cli-'));
      try {
        const before = await shadowDatabases();
        const sql = await migrateDevAfterModelChange(engine, projectTarget.toString(), dir);
        expect(sql).toContain('CREATE TABLE "CliTestExtra"');
        const names = await withClient(projectTarget.toString(), async (c) =>
          (await c.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.tablename),
        );
        expect(names).toEqual(expect.arrayContaining(['Mission', 'CliTestExtra']));
        expect((await shadowDatabases()).filter((name) => !before.includes(name))).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TEST_TIMEOUT_MS,
  );

  it('generate writes the PostgreSQL client', () => expectGenerate(engine, url), TEST_TIMEOUT_MS);
});
