/**
 * A per-process cache of read bodies that can never serve data older than the database.
 *
 * Every entry belongs to one *data version*: a marker the database itself changes whenever
 * anything is written, by this process or any other. Each read first asks for the marker (one
 * statement that touches no table); when it differs from the cached entries' version, they are
 * all dropped. So a milestone written through any instance, the CLI or by hand shows on the
 * next read of every endpoint and page, and a deployment's size does not matter to a read that
 * hits: the body is computed once per version and per set of parameters.
 *
 * - PostgreSQL: `pg_current_snapshot()`, the server's transaction horizon (its xmin, xmax and
 *   the transactions in progress). Any transaction that writes takes a transaction id, which
 *   moves the horizon when it starts and again when it ends, on every instance at once. Read-only
 *   transactions take none, so pure reading keeps it still. (Writes to other databases of the
 *   same server move it too: that costs a reload, never correctness.)
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
import type { Db, DbHandle } from '../db/client';

/** Enough for every mission, day and filter staff look at between two writes; oldest go first. */
const MAX_ENTRIES = 500;

interface State {
  version: string;
  entries: Map<string, Promise<unknown>>;
}

// Keyed by client: tests and scripts open several databases in one process.
const states = new WeakMap<Db, State>();

async function readVersion({ db, engine }: DbHandle): Promise<string> {
  if (engine === 'postgresql') {
    const [row] = await db.$queryRawUnsafe<{ v: string }[]>('SELECT pg_current_snapshot()::text AS v');
    return row!.v;
  }
  const [row] = await db.$queryRawUnsafe<{ c: bigint | number; d: bigint | number; a: bigint | number | null }[]>(
    'SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS d, (SELECT max(id) FROM "AuditEvent") AS a',
  );
  return `${row!.c}:${row!.d}:${row!.a}`;
}

/** The data version, read once per server render (React's per-request cache). */
export const dataVersion = cache(readVersion);

/**
 * The body under `key` for the current data version, loading it when the version moved or the
 * body was never read. Concurrent reads of a missing body share one load; a failed load (a
 * missing site, say) is not kept.
 */
export async function cachedRead<T>(handle: DbHandle, key: string, load: () => Promise<T>): Promise<T> {
  const version = await dataVersion(handle);
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
