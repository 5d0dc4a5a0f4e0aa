// @ts-check
/**
 * One-shot commands: `schema-engine --datasource '{"url":...}' cli <command>`.
 *
 * The Prisma CLI runs these before opening a JSON-RPC session, e.g. `migrate dev|deploy|reset`
 * first ask `can-connect-to-database` and, on P1003 (database does not exist), run
 * `create-database`. It only looks at the exit code and, on failure, at the stderr lines
 * after the first one: JSON logs, one of which must be an ERROR from target
 * `schema_engine::logger` with `fields.error_code` and `fields.message`.
 * `drop-database` is not used by this CLI version but is part of the native interface.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { quoteIdent, withDatabase } from './datasource.mjs';
import { sqliteDatabaseDoesNotExist } from './errors.mjs';
import { dropPgDatabase, withPgClient } from './adapters.mjs';

/**
 * @typedef {import('./datasource.mjs').Datasource} Datasource
 * @typedef {import('./datasource.mjs').PostgresDatasource} PostgresDatasource
 */

export const CLI_COMMANDS = ['can-connect-to-database', 'create-database', 'drop-database'];

/**
 * @param {string} command
 * @param {Datasource} ds
 * @returns {Promise<string>} what to print on stdout
 */
export async function runCliCommand(command, ds) {
  switch (command) {
    case 'can-connect-to-database':
      await canConnect(ds);
      return 'Connection successful';
    case 'create-database':
      return `Database '${await createDatabase(ds)}' was successfully created.`;
    case 'drop-database':
      await dropDatabase(ds);
      return 'The database was successfully dropped.';
    default:
      throw new Error(`Unknown cli command "${command}"; expected one of: ${CLI_COMMANDS.join(', ')}.`);
  }
}

/** @param {Datasource} ds */
async function canConnect(ds) {
  if (ds.kind === 'sqlite') {
    if (!existsSync(ds.file)) throw sqliteDatabaseDoesNotExist(path.basename(ds.file), ds.file);
    const { default: Database } = await import('better-sqlite3');
    // Opening is not enough to detect a file that is not a database: read the schema.
    const db = new Database(ds.file, { fileMustExist: true, readonly: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } finally {
      db.close();
    }
    return;
  }
  await withPgClient(ds, (client) => client.query('SELECT 1'));
}

/** @param {Datasource} ds @returns {Promise<string>} the database name */
async function createDatabase(ds) {
  if (ds.kind === 'sqlite') {
    mkdirSync(path.dirname(ds.file), { recursive: true });
    const { default: Database } = await import('better-sqlite3');
    new Database(ds.file).close(); // creates an empty database file
    return path.basename(ds.file);
  }
  await withPgClient(maintenanceDatabase(ds), (client) => client.query(`CREATE DATABASE ${quoteIdent(ds.database)}`));
  if (ds.schema !== 'public') {
    // As the native engine: the database is usable right away with the URL's schema.
    await withPgClient(ds, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(ds.schema)}`));
  }
  return ds.database;
}

/** @param {Datasource} ds */
async function dropDatabase(ds) {
  if (ds.kind === 'sqlite') {
    // A WAL-mode database lives in up to three files (plus a rollback journal otherwise).
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(ds.file + suffix, { force: true });
    return;
  }
  await dropPgDatabase(maintenanceDatabase(ds), ds.database);
}

/**
 * CREATE/DROP DATABASE must run from a connection to another database of the server:
 * `postgres`, which every installation has (or `template1` when the target *is* postgres).
 * @param {PostgresDatasource} ds
 */
function maintenanceDatabase(ds) {
  return withDatabase(ds, ds.database === 'postgres' ? 'template1' : 'postgres');
}
