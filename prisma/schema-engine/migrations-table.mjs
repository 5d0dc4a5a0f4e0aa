// @ts-check
/**
 * The `_prisma_migrations` table, where Prisma Migrate records applied migrations.
 *
 * The native engine creates it on first use (`applyMigrations`, `markMigrationApplied`);
 * the wasm build does not: it fails with P1014 "The underlying table for model
 * `_prisma_migrations` does not exist". So the shim creates it before those commands,
 * with the very definition the native engine uses for each database, and keeps the native
 * safety check: `migrate deploy` refuses (P3005) to start recording migrations in a
 * database that already has a schema it did not create — that database must be baselined
 * with `migrate resolve --applied` instead.
 *
 * Read-only commands (`migrate status`, the diagnostic of `migrate dev`) never create it:
 * adapters.mjs presents a missing table to the engine as an empty one.
 */
import { quoteIdent, quoteLiteral } from './datasource.mjs';
import { databaseSchemaNotEmpty } from './errors.mjs';

/**
 * @typedef {import('./adapters.mjs').Connections} Connections
 * @typedef {{ externalTables: string[], externalEnums: string[] }} SchemaFilter
 */

const TABLE = '_prisma_migrations';

/** Copied from the native engine (sql-schema-connector, `create_migrations_table`). */
const CREATE_TABLE = {
  sqlite: `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`,
  postgresql: `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`,
};

/**
 * Names of the user objects (tables, views, sequences, enums) of the database's schema,
 * the migrations table excepted.
 * @param {Connections} connections
 * @returns {Promise<string[]>}
 */
export async function schemaObjectNames(connections) {
  const sql = await connections.sql();
  const rows =
    connections.ds.kind === 'sqlite'
      ? await sql.rows(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'`)
      : await sql.rows(`
          SELECT c.relname FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = ${quoteLiteral(connections.ds.schema)} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          UNION ALL
          SELECT t.typname FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname = ${quoteLiteral(connections.ds.schema)} AND t.typtype = 'e'`);
  return rows.map((row) => String(row[0])).filter((name) => name !== TABLE);
}

/** @param {Connections} connections */
export async function migrationsTableExists(connections) {
  const sql = await connections.sql();
  const rows =
    connections.ds.kind === 'sqlite'
      ? await sql.rows(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${TABLE}'`)
      : await sql.rows(
          `SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = ${quoteLiteral(connections.ds.schema)} AND tablename = '${TABLE}'`,
        );
  return rows.length > 0;
}

/**
 * Creates the migrations table when missing.
 * @param {Connections} connections
 * @param {{ baseline: boolean, filter?: SchemaFilter }} options `baseline: false` refuses
 *   (P3005) a database that already holds a schema, like the native `migrate deploy`;
 *   `markMigrationApplied` (baselining) passes `true`.
 */
export async function ensureMigrationsTable(connections, { baseline, filter }) {
  if (await migrationsTableExists(connections)) return;
  if (!baseline) {
    const external = new Set(filter?.externalTables ?? []);
    const schema = connections.ds.kind === 'postgresql' ? connections.ds.schema : undefined;
    const own = (await schemaObjectNames(connections)).filter(
      (name) => !external.has(name) && !(schema && external.has(`${schema}.${name}`)),
    );
    if (own.length > 0) throw databaseSchemaNotEmpty();
  }
  const sql = await connections.sql();
  if (connections.ds.kind === 'postgresql') await ensurePgSchema(connections);
  await sql.exec(CREATE_TABLE[connections.ds.kind]);
}

/**
 * Creates the PostgreSQL schema named by `?schema=` when missing: the connection's
 * search_path points at it and migration scripts use unqualified names. (Checked first
 * because even `CREATE SCHEMA IF NOT EXISTS` needs the CREATE privilege.)
 * @param {Connections} connections
 */
export async function ensurePgSchema(connections) {
  if (connections.ds.kind !== 'postgresql') return;
  const sql = await connections.sql();
  const name = connections.ds.schema;
  const found = await sql.rows(`SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ${quoteLiteral(name)}`);
  if (found.length === 0) await sql.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)}`);
}
