/**
 * Test databases. The template is migrated with the real `prisma migrate deploy` and
 * seeded once per run; each test file gets its own copy (a file copy on SQLite, CREATE
 * DATABASE ... TEMPLATE on PostgreSQL), so files never see each other's writes.
 * TEST_DATABASE_URL=postgresql://... runs the suite on PostgreSQL; otherwise SQLite.
 * Each run names its own template, so two runs at once (SQLite and PostgreSQL, or two
 * developers' runs on one server) never drop each other's databases.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '..', '..');
const SQLITE_DIR = join(ROOT, 'data', 'test');

/** A name for this run's template: unique, and valid as a PostgreSQL identifier and a file name. */
export function newTemplateName(): string {
  return `drawdown_test_template_${process.pid}_${randomBytes(4).toString('hex')}`;
}

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

export function templateUrl(template: string): string {
  return testEngine() === 'sqlite' ? `file:${join(SQLITE_DIR, `${template}.db`)}` : pgUrl(template);
}

/** Creates an empty template database named `template` and returns its URL. */
export async function freshTemplate(template: string): Promise<string> {
  if (testEngine() === 'sqlite') mkdirSync(SQLITE_DIR, { recursive: true });
  else await onPgAdmin((c) => c.query(`CREATE DATABASE ${template}`));
  return templateUrl(template);
}

export async function dropTemplate(template: string): Promise<void> {
  if (testEngine() === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(SQLITE_DIR, `${template}.db${suffix}`), { force: true });
  } else await onPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
}

/** Makes a private copy of the template; returns its URL and a function that deletes it. */
export async function copyOfTemplate(template: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `drawdown_test_${randomBytes(6).toString('hex')}`;
  if (testEngine() === 'sqlite') {
    const file = join(SQLITE_DIR, `${name}.db`);
    copyFileSync(join(SQLITE_DIR, `${template}.db`), file);
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  await onPgAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: pgUrl(name),
    drop: () => onPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
