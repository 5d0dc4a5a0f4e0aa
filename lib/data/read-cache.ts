/**
 * A per-process cache of read bodies that can never serve data older than the database.
 *
 * Every entry belongs to one *data version*: a marker the database changes whenever the app
 * writes, in this process or any other (another instance, the import CLI). Each read first asks
 * for the marker (one cheap statement); when it differs from the cached entries' version, they
 * are all dropped. So a milestone written anywhere shows on the next read of every endpoint and
 * page, and a deployment's size does not matter to a read that hits: each body is computed once
 * per version and per set of parameters.
 *
 * - PostgreSQL: the last audit event's id. Every write records its audit event in its own
 *   transaction (lib/data/audit.ts), so a commit on any instance moves it. Ids are handed out
 *   before commit, so a transaction may commit after a later one: while any transaction of this
 *   database is writing (it holds a row-exclusive lock, live in `pg_locks`), nothing read is
 *   kept, so nothing can be cached under an id that a slower transaction's commit would not move.
 *   (`pg_current_snapshot()` would also see writes without an audit event, but it is global to
 *   the server: every write to any other database would empty the cache.)
 * - SQLite: `total_changes()` counts the rows this process's connection changed, the file's
 *   `data_version` changes when another process (the import CLI) commits, and the last audit
 *   event's id goes back down when a write transaction rolls back: every write records an audit
 *   event in its own transaction (lib/data/audit.ts), and this one connection sees its own
 *   uncommitted rows. What stays out of reach is a transaction that changes rows and rolls back
 *   before it writes its audit event; no write path in lib/data does that.
 *
 * The marker is read once per request: React's `cache()` shares it between the reads of one
 * server render (the layout and the page), and is a plain call in route handlers and tests.
 * Cached bodies are shared between requests: callers must not mutate them.
 */
import { cache } from 'react';
import { logStatement, type Db, type DbHandle } from '../db/client';

/** Enough for every mission, day and filter staff look at between two writes; oldest go first. */
const MAX_ENTRIES = 500;

interface State {
  version: string;
  entries: Map<string, Promise<unknown>>;
}

// Keyed by client: tests and scripts open several databases in one process.
const states = new WeakMap<Db, State>();

interface Version {
  key: string;
  /** False while a write may still commit under an older key: read afresh, keep nothing. */
  cacheable: boolean;
}

async function readVersion({ db, engine, sqlite }: DbHandle): Promise<Version> {
  if (engine === 'postgresql') {
    // A transaction that has written holds a row-exclusive (or stronger) lock on each table it
    // changed until it ends; pg_locks shows them at once (pg_stat_activity would too, at several
    // times the cost). SHARE UPDATE EXCLUSIVE is vacuum's, which changes no data.
    const [row] = await db.$queryRawUnsafe<{ a: number | null; w: boolean }[]>(
      `SELECT (SELECT max(id) FROM "AuditEvent") AS a,
              EXISTS (SELECT 1 FROM pg_locks
                      WHERE locktype = 'relation'
                        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                        AND mode IN ('RowExclusiveLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')) AS w`,
    );
    return { key: String(row!.a), cacheable: !row!.w };
  }
  const statements = sqlite?.();
  let row: SqliteVersion | undefined;
  if (statements) {
    // Straight on Prisma's own connection (so it sees what Prisma's queries see), through its
    // statement cache, so prepared once: this runs on every request.
    const started = performance.now();
    row = statements.statement(SQLITE_VERSION).raw(false).get() as SqliteVersion;
    logStatement(SQLITE_VERSION, performance.now() - started);
  } else {
    [row] = await db.$queryRawUnsafe<SqliteVersion[]>(SQLITE_VERSION);
  }
  return { key: `${row!.c}:${row!.d}:${row!.a}`, cacheable: true };
}

type SqliteVersion = { c: bigint | number; d: bigint | number; a: bigint | number | null };
/** Exported for its integration test. */
export const SQLITE_VERSION = 'SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS d, (SELECT max(id) FROM "AuditEvent") AS a';

/** The data version, read once per server render (React's per-request cache). */
export const dataVersion = cache(readVersion);

/**
 * The body under `key` for the current data version, loading it when the version moved or the
 * body was never read. Concurrent reads of a missing body share one load; a failed load (a
 * missing site, say) is not kept.
 */
export async function cachedRead<T>(handle: DbHandle, key: string, load: () => Promise<T>): Promise<T> {
  const { key: version, cacheable } = await dataVersion(handle);
  if (!cacheable) return load();
  let state = states.get(handle.db);
  if (!state || state.version !== version) {
    // The version was read before anything below is loaded, so an entry can only ever hold
    // data as new as its version or newer, never older.
    state = { version, entries: new Map() };
    states.set(handle.db, state);
  }
  const entries = state.entries;
  let entry = entries.get(key) as Promise<T> | undefined;
  if (!entry) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entry = load();
    entries.set(key, entry);
    entry.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
  }
  return entry;
}
