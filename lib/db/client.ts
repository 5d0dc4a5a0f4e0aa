/**
 * The one way to get a database client. The engine comes from DATABASE_URL: SQLite
 * through better-sqlite3 (the embedded default), PostgreSQL through node-postgres. Both
 * generated clients come from the same data model (prisma/models.prisma), so they share
 * one API; the app is typed against the SQLite one.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { engineOf, sqlitePath, type Engine } from './engines';
import { StatementCache } from './sqlite-statements';
import { env } from '../env';

export type Db = SqliteClient;
export type { Prisma } from './generated/sqlite/client';
export type { Engine };

export interface DbHandle {
  db: Db;
  engine: Engine;
  url: string;
  /**
   * SQLite only: the statement cache on the very connection Prisma's adapter opened (once it
   * has connected), for the one statement every request runs (the data version,
   * lib/data/read-cache.ts), where Prisma's own overhead costs ten times the statement.
   * Everything else goes through Prisma.
   */
  sqlite?: () => StatementCache | undefined;
}

/**
 * The better-sqlite3 adapter, with a statement cache (lib/db/sqlite-statements.ts) put in front
 * of the connection it opens. The adapter keeps the connection as `client` (not in its typings,
 * hence the check): if a release renames it, `statements` stays undefined, callers fall back to
 * Prisma and statements are prepared per query as before: slower, but the same (an integration
 * test, tests/integration/sqlite-statements.test.ts, fails then, so it is not missed).
 */
function isConnection(client: unknown): client is BetterSqlite3.Database {
  const c = client as Partial<BetterSqlite3.Database> | undefined;
  return typeof c?.prepare === 'function' && typeof c.exec === 'function' && typeof c.close === 'function';
}

class SqliteAdapter extends PrismaBetterSqlite3 {
  statements: StatementCache | undefined;
  override async connect() {
    const adapter = await super.connect();
    const holder = adapter as unknown as { client?: unknown };
    if (isConnection(holder.client)) holder.client = this.statements = new StatementCache(holder.client);
    return adapter;
  }
}

/** Appends a statement run outside Prisma to the benchmark's query log, like Prisma's own (see logQueries). */
export function logStatement(sql: string, ms: number): void {
  if (QUERY_LOG) appendFileSync(QUERY_LOG, `${JSON.stringify({ at: Date.now(), ms, sql, params: '[]' })}\n`);
}

/** Milliseconds a SQLite writer waits for another writer's lock before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Benchmarks only (bench/run.ts): with DRAWDOWN_QUERY_LOG=FILE every SQL statement is appended
 * to FILE as a JSON line with its duration, so the bench can count the statements of each
 * request, find the slowest and ask the engine for their plans. Unset (always, outside the
 * bench), the client is built exactly as before and logs nothing.
 */
const QUERY_LOG = process.env.DRAWDOWN_QUERY_LOG;
const queryLogOptions = QUERY_LOG ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {};

function logQueries(db: { $on(event: 'query', listener: (e: { query: string; params: string; duration: number }) => void): void }): void {
  if (!QUERY_LOG) return;
  db.$on('query', (e) => {
    // Synchronous on purpose: lines must be in the file before the response that caused them.
    appendFileSync(QUERY_LOG, `${JSON.stringify({ at: Date.now(), ms: e.duration, sql: e.query, params: e.params })}\n`);
  });
}

export async function createDb(url: string, options: { poolSize?: number } = {}): Promise<DbHandle> {
  const engine = engineOf(url);
  if (engine === 'sqlite') {
    const file = resolve(sqlitePath(url));
    mkdirSync(dirname(file), { recursive: true });
    const adapter = new SqliteAdapter({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    const client = new SqliteClient({ adapter, ...queryLogOptions });
    logQueries(client as never);
    const db = client as unknown as Db;
    // WAL lets readers go on while one writer writes; it is a property of the file, and
    // NORMAL sync is safe with WAL (a crash loses at most the last commits, never integrity).
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
    return { db, engine, url, sqlite: () => adapter.statements };
  }
  // Both generated clients expose the same model API; the cast only names the shared type.
  const client = new PostgresClient({
    adapter: new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 }),
    ...queryLogOptions,
  });
  logQueries(client as never);
  const db = client as unknown as Db;
  return { db, engine, url };
}

// One client per process, kept on globalThis so Next's hot reload in development does not
// open a new pool on every edit.
const globalForDb = globalThis as unknown as { drawdownDb?: Promise<DbHandle> };

export function getDb(): Promise<DbHandle> {
  globalForDb.drawdownDb ??= createDb(env().DATABASE_URL, { poolSize: env().DATABASE_POOL_SIZE });
  return globalForDb.drawdownDb;
}
