// @ts-check
/**
 * `reset`: empty the database — no data and no schema — before `migrate reset` (or
 * `migrate dev` after drift) re-applies every migration.
 *
 * Done by the shim rather than the wasm engine because the engine's SQLite reset only
 * DELETEs rows: tables, indexes and the migrations table survive, so re-applying the
 * first migration fails with "table already exists". Both engines therefore use the
 * native engine's semantics here:
 * - SQLite: drop every view and table (their indexes and triggers go with them). This
 *   runs on the engine's own connection: deleting the file under it is not possible while
 *   it holds the file open (with -wal/-shm side files) in exclusive locking mode;
 * - PostgreSQL: `DROP SCHEMA ... CASCADE` then `CREATE SCHEMA` for the URL's schema, as
 *   the native engine does (tables, types, sequences, the migrations table: everything).
 */
import { quoteIdent } from './datasource.mjs';

/**
 * @typedef {import('./adapters.mjs').Connections} Connections
 * @typedef {import('./migrations-table.mjs').SchemaFilter} SchemaFilter
 */

/**
 * @param {Connections} connections
 * @param {SchemaFilter} filter tables the config declares external (SQLite keeps them)
 */
export async function resetDatabase(connections, filter) {
  if (connections.ds.kind === 'sqlite') await resetSqlite(connections, filter);
  else await resetPostgres(connections);
}

/** @param {Connections} connections @param {SchemaFilter} filter */
async function resetSqlite(connections, filter) {
  const sql = await connections.sql();
  const external = new Set(filter.externalTables);
  const objects = /** @type {[string, string][]} */ (
    await sql.rows(`SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%'`)
  );
  // Views first: they may select from the tables.
  const drops = [
    ...objects.filter(([type]) => type === 'view').map(([, name]) => `DROP VIEW IF EXISTS ${quoteIdent(name)}`),
    ...objects
      .filter(([type, name]) => type === 'table' && !external.has(name))
      .map(([, name]) => `DROP TABLE IF EXISTS ${quoteIdent(name)}`),
  ];
  // Foreign keys would turn each DROP TABLE into a checked DELETE of its rows; the order
  // of the tables does not matter with them off. (The pragma is a no-op in a transaction,
  // and none is open between engine commands.)
  const [[foreignKeys] = [0]] = await sql.rows('PRAGMA foreign_keys');
  await sql.exec('PRAGMA foreign_keys = OFF');
  try {
    if (drops.length > 0) await sql.exec(drops.join(';\n'));
    await sql.exec('PRAGMA user_version = 0');
  } finally {
    await sql.exec(`PRAGMA foreign_keys = ${Number(foreignKeys) ? 'ON' : 'OFF'}`);
  }
  // Give the pages back, so that a reset database is as small as a new one.
  await sql.exec('VACUUM');
}

/** @param {Connections} connections */
async function resetPostgres(connections) {
  if (connections.ds.kind !== 'postgresql') return;
  const schema = quoteIdent(connections.ds.schema);
  const sql = await connections.sql();
  await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await sql.exec(`CREATE SCHEMA ${schema}`);
}
