/**
 * Test databases. The template is migrated with the real `prisma migrate deploy` and
 * seeded once per run; each test file gets its own copy (a file copy on SQLite, CREATE
 * DATABASE ... TEMPLATE on PostgreSQL), so files never see each other's writes.
 * TEST_DATABASE_URL=postgresql://... runs the suite on PostgreSQL; otherwise SQLite.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '..', '..');
const SQLITE_DIR = join(ROOT, 'data', 'test');
const TEMPLATE_DB = 'drawdown_test_template';

export function testEngine(): 'sqlite' | 'postgresql' {
  return process.env.TEST_DATABASE_URL?.startsWith('postgres') ? 'postgresql' : 'sqlite';
}

/** A URL on the same PostgreSQL server as TEST_DATABASE_URL, naming another database. */
function pgUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onPgAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function templateUrl(): string {
  return testEngine() === 'sqlite' ? `file:${join(SQLITE_DIR, 'template.db')}` : pgUrl(TEMPLATE_DB);
}

/** Drops any leftover template and returns the URL of a fresh empty one. */
export async function freshTemplate(): Promise<string> {
  if (testEngine() === 'sqlite') {
    mkdirSync(SQLITE_DIR, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(SQLITE_DIR, `template.db${suffix}`), { force: true });
  } else {
    await onPgAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    });
  }
  return templateUrl();
}

export async function dropTemplate(): Promise<void> {
  if (testEngine() === 'sqlite') rmSync(join(SQLITE_DIR, 'template.db'), { force: true });
  else await onPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`));
}

/** Makes a private copy of the template; returns its URL and a function that deletes it. */
export async function copyOfTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `drawdown_test_${randomBytes(6).toString('hex')}`;
  if (testEngine() === 'sqlite') {
    const file = join(SQLITE_DIR, `${name}.db`);
    copyFileSync(join(SQLITE_DIR, 'template.db'), file);
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  await onPgAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
  return {
    url: pgUrl(name),
    drop: () => onPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
