// @ts-check
/**
 * Database connections for the wasm schema engine.
 *
 * The wasm engine has no drivers of its own: it talks to the database through a Prisma
 * "driver adapter factory" (the same adapters the app uses at runtime). This module builds
 * that factory for the datasource URL and adds what the engine needs but the stock adapters
 * do not provide:
 *
 * - one shared connection per database, reused by the shim's own SQL (migrations-table
 *   bootstrap, reset). On SQLite the engine takes `PRAGMA locking_mode=EXCLUSIVE` before
 *   applying migrations, after which any *other* connection gets SQLITE_BUSY;
 * - PostgreSQL: the catalog's internal `"char"` type (OID 18, e.g. pg_class.relkind), which
 *   the engine reads while describing a schema, is refused by @prisma/adapter-pg ("Column
 *   type 'char' could not be deserialized"). Its text form is a plain one-letter string,
 *   so the pool's client presents such columns as `text` (OID 25);
 * - PostgreSQL: `?schema=` is applied as the connection's `search_path`, as the native
 *   engine does, so unqualified names in migration scripts land in that schema;
 * - shadow databases (`migrate dev`): a throw-away database created on the same server
 *   (or the configured `shadowDatabaseUrl`, emptied first), always dropped afterwards,
 *   even if the engine forgets to dispose of it;
 * - a missing `_prisma_migrations` table is presented to the engine as an empty one: the
 *   native engine treats "no table" as "no migration applied yet", while the wasm build
 *   fails with P1014 instead. See migrations-table.mjs for the writing side.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseDatasourceUrl, quoteIdent, withDatabase } from './datasource.mjs';
import { fromPgConnectionError } from './errors.mjs';
import { log } from './log.mjs';
import { resetDatabase } from './reset.mjs';

/**
 * @typedef {import('@prisma/driver-adapter-utils').SqlDriverAdapter} SqlDriverAdapter
 * @typedef {import('@prisma/driver-adapter-utils').SqlQuery} SqlQuery
 * @typedef {import('@prisma/driver-adapter-utils').SqlResultSet} SqlResultSet
 * @typedef {import('@prisma/driver-adapter-utils').Transaction} Transaction
 * @typedef {import('@prisma/driver-adapter-utils').SqlMigrationAwareDriverAdapterFactory} SqlMigrationAwareDriverAdapterFactory
 * @typedef {import('./datasource.mjs').Datasource} Datasource
 * @typedef {import('./datasource.mjs').SqliteDatasource} SqliteDatasource
 * @typedef {import('./datasource.mjs').PostgresDatasource} PostgresDatasource
 */

/** Minimal SQL helper over an adapter, for the shim's own statements (no parameters needed). */
export class Sql {
  /** @param {SqlDriverAdapter} adapter */
  constructor(adapter) {
    this.adapter = adapter;
  }

  /** @param {string} sql @returns {Promise<unknown[][]>} rows as arrays */
  async rows(sql) {
    return (await this.adapter.queryRaw({ sql, args: [], argTypes: [] })).rows;
  }

  /** Runs statements separated by `;` (none of the shim's statements contain one inside). @param {string} script */
  async exec(script) {
    await this.adapter.executeScript(script);
  }
}

// ---------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** @param {any} result a node-postgres result, or an array of them for multi-statement text */
function presentCharColumnsAsText(result) {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

/** @type {Promise<typeof import('pg').default> | undefined} */
let pgModule;
const loadPg = () => (pgModule ??= import('pg').then((m) => m.default));

/**
 * A pg.Client whose results describe `"char"` columns as `text`. Subclassing the client
 * (rather than wrapping the pool) covers both paths the adapter uses: `pool.query()`
 * (callback style internally) and clients checked out for transactions (promise style).
 */
async function catalogFriendlyClientClass() {
  const pg = await loadPg();
  return class CatalogFriendlyClient extends pg.Client {
    /**
     * Same contract as pg's (promise without callback, callback otherwise, a Submittable
     * untouched); pg's overloads cannot be restated on an override, hence `any`.
     * @param {any} config @param {any} [values] @param {any} [callback] @returns {any}
     */
    query(config, values, callback) {
      if (typeof config?.submit === 'function') return super.query(config, values, callback);
      if (typeof values === 'function') {
        callback = values;
        values = undefined;
      }
      if (typeof callback === 'function') {
        const done = callback;
        return super.query(config, values, (/** @type {any} */ err, /** @type {any} */ res) =>
          done(err, err ? res : presentCharColumnsAsText(res)),
        );
      }
      return super.query(config, values).then(presentCharColumnsAsText);
    }
  };
}

/**
 * node-postgres configuration for a datasource: `search_path` set to the Prisma schema,
 * and the client class above.
 * @param {PostgresDatasource} ds
 */
export async function pgConfig(ds) {
  return {
    connectionString: ds.connectionString,
    // libpq-style startup option; spaces in a schema name must be backslash-escaped.
    options: `-c search_path=${quoteIdent(ds.schema).replace(/ /g, '\\ ')}`,
    Client: await catalogFriendlyClientClass(),
  };
}

/**
 * Runs `fn` with a single short-lived client, mapping connection failures to the native
 * engine's user-facing errors (P1001, P1003...).
 * @template T
 * @param {PostgresDatasource} ds
 * @param {(client: import('pg').Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withPgClient(ds, fn) {
  const config = await pgConfig(ds);
  const client = new config.Client(config);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw fromPgConnectionError(error, ds);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {import('pg').Client} client */
async function serverVersionNum(client) {
  const { rows } = await client.query('SHOW server_version_num');
  return Number(rows[0]?.server_version_num ?? 0);
}

/**
 * Drops a database, first ending the other sessions on it (`WITH (FORCE)` needs PostgreSQL 13).
 * @param {PostgresDatasource} server any database on the server other than `database`
 * @param {string} database
 */
export async function dropPgDatabase(server, database) {
  await withPgClient(server, async (client) => {
    const force = (await serverVersionNum(client)) >= 130000 ? ' WITH (FORCE)' : '';
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}${force}`);
  });
}

/** @param {PostgresDatasource} ds */
async function pgAdapterFactory(ds) {
  const [{ PrismaPg }, pg, config] = await Promise.all([import('@prisma/adapter-pg'), loadPg(), pgConfig(ds)]);
  const pool = new pg.Pool(config);
  // An idle client dropped by the server must not crash the process; the next query reports it.
  pool.on('error', (error) => log('WARN', `PostgreSQL pool error: ${error.message}`));
  const factory = new PrismaPg(pool, { schema: ds.schema });
  return { factory, close: () => pool.end() };
}

// ---------------------------------------------------------------------------------------
// SQLite
// ---------------------------------------------------------------------------------------

/** @param {SqliteDatasource} ds */
async function sqliteAdapterFactory(ds) {
  const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
  // better-sqlite3 creates a missing file but not its directory.
  mkdirSync(path.dirname(ds.file), { recursive: true });
  return { factory: new PrismaBetterSqlite3({ url: ds.file }), close: async () => {} };
}

// ---------------------------------------------------------------------------------------
// The factory handed to the engine
// ---------------------------------------------------------------------------------------

/**
 * @param {unknown} error
 * @param {string} sql
 */
function isMissingMigrationsTable(error, sql) {
  const e = /** @type {any} */ (error);
  return (
    e?.name === 'DriverAdapterError' &&
    e.cause?.kind === 'TableDoesNotExist' &&
    /^\s*SELECT\b/i.test(sql) &&
    /_prisma_migrations/.test(sql)
  );
}

/** Runs and forgets cleanup callbacks, last registered first, logging failures. @param {Array<() => Promise<void>>} cleanups */
async function runAll(cleanups) {
  while (cleanups.length > 0) {
    const cleanup = /** @type {() => Promise<void>} */ (cleanups.pop());
    await cleanup().catch((error) => log('WARN', `Cleanup failed: ${error?.message ?? error}`));
  }
}

export class Connections {
  /** Set whenever the engine read a `_prisma_migrations` table that does not exist. */
  sawMissingMigrationsTable = false;

  /** @type {Promise<SqlDriverAdapter> | undefined} the one connection to the main database */
  #main;
  /** @type {Array<() => Promise<void>>} run at shutdown, last registered first */
  #cleanups = [];
  /** @type {Array<() => Promise<void>>} shadow databases still to drop */
  #shadowCleanups = [];

  /**
   * @param {Datasource} ds
   * @param {{ factory: any, close: () => Promise<void> }} inner
   * @param {string | undefined} shadowDatabaseUrl
   */
  constructor(ds, inner, shadowDatabaseUrl) {
    this.ds = ds;
    this.inner = inner;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
    this.#cleanups.push(() => inner.close());
  }

  /**
   * @param {Datasource} ds
   * @param {{ shadowDatabaseUrl?: string }} [options]
   */
  static async open(ds, options = {}) {
    const inner = ds.kind === 'sqlite' ? await sqliteAdapterFactory(ds) : await pgAdapterFactory(ds);
    return new Connections(ds, inner, options.shadowDatabaseUrl);
  }

  /** The shared connection to the main database (opened on first use). */
  mainAdapter() {
    this.#main ??= this.inner.factory.connect().catch((/** @type {unknown} */ error) => {
      this.#main = undefined;
      throw this.ds.kind === 'postgresql' ? fromPgConnectionError(error, this.ds) : error;
    });
    return /** @type {Promise<SqlDriverAdapter>} */ (this.#main);
  }

  /** @returns {Promise<Sql>} */
  async sql() {
    return new Sql(await this.mainAdapter());
  }

  /**
   * The factory for the wasm engine (still to be wrapped by
   * `bindMigrationAwareSqlAdapterFactory`).
   * @returns {SqlMigrationAwareDriverAdapterFactory}
   */
  engineFactory() {
    const self = this;
    return {
      provider: this.inner.factory.provider,
      adapterName: this.inner.factory.adapterName,
      async connect() {
        const adapter = await self.mainAdapter();
        return self.#wrap(adapter, {
          // The connection is shared with the shim: the engine "disposing" of it only
          // means the next user opens a fresh one.
          dispose: async () => {
            if ((await self.#main) === adapter) self.#main = undefined;
            await adapter.dispose();
          },
        });
      },
      async connectToShadowDb() {
        const { adapter, dispose } = await self.#connectToShadowDb();
        return self.#wrap(adapter, { dispose });
      },
    };
  }

  /**
   * Drops the shadow databases created so far. Called after every command, before its
   * response is sent: the CLI kills the engine as soon as it is done with it, so nothing
   * can be left for shutdown.
   */
  async releaseShadowDatabases() {
    await runAll(this.#shadowCleanups);
  }

  /** Closes every connection and drops shadow databases; safe to call more than once. */
  async close() {
    await this.releaseShadowDatabases();
    const main = this.#main;
    this.#main = undefined;
    if (main) await main.then((adapter) => adapter.dispose()).catch(() => {});
    await runAll(this.#cleanups);
  }

  /** @returns {Promise<{ adapter: SqlDriverAdapter, dispose: () => Promise<void> }>} */
  async #connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      // A user-provided shadow database: the native engine empties it before use.
      const ds = parseDatasourceUrl(this.shadowDatabaseUrl);
      const shadow = await Connections.open(ds);
      const dispose = () => shadow.close();
      this.#shadowCleanups.push(dispose);
      await resetDatabase(shadow, { externalTables: [], externalEnums: [] });
      return { adapter: await shadow.mainAdapter(), dispose };
    }
    if (this.ds.kind === 'sqlite') {
      // An in-memory database is the native engine's SQLite shadow database too.
      const adapter = await this.inner.factory.connectToShadowDb();
      return { adapter, dispose: () => adapter.dispose() };
    }
    const ds = this.ds;
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withPgClient(ds, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`)).catch((error) => {
      // The native engine's P3014 wording, plus this project's way out.
      throw new Error(
        'Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases, ' +
          "or give it one to use: the datasource's shadowDatabaseUrl (SHADOW_DATABASE_URL in prisma.config.ts). " +
          'Read more about the shadow database (and workarounds) at ' +
          `https://pris.ly/d/migrate-shadow\n\nOriginal error: ${error?.message ?? error}`,
      );
    });
    log('INFO', `Created shadow database ${name}`);
    const shadow = await Connections.open(withDatabase(ds, name));
    let dropped = false;
    const drop = async () => {
      if (dropped) return;
      dropped = true;
      await shadow.close();
      await dropPgDatabase(ds, name);
      log('INFO', `Dropped shadow database ${name}`);
    };
    this.#shadowCleanups.push(drop);
    if (ds.schema !== 'public') await (await shadow.sql()).exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(ds.schema)}`);
    return { adapter: await shadow.mainAdapter(), dispose: drop };
  }

  /**
   * @param {SqlDriverAdapter} adapter
   * @param {{ dispose?: () => Promise<void> }} overrides
   * @returns {SqlDriverAdapter}
   */
  #wrap(adapter, overrides) {
    const queryRaw = this.#tolerateMissingMigrationsTable(adapter);
    /** @type {SqlDriverAdapter} */
    const wrapped = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw,
      executeRaw: this.#allowScripts(adapter),
      executeScript: (script) => adapter.executeScript(script),
      startTransaction: async (isolationLevel) => this.#wrapTransaction(await adapter.startTransaction(isolationLevel)),
      dispose: overrides.dispose ?? (() => adapter.dispose()),
    };
    if (adapter.getConnectionInfo) wrapped.getConnectionInfo = () => /** @type {any} */ (adapter).getConnectionInfo();
    return wrapped;
  }

  /** @param {Transaction} tx @returns {Transaction} */
  #wrapTransaction(tx) {
    /** @type {Transaction} */
    const wrapped = {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: tx.options,
      queryRaw: this.#tolerateMissingMigrationsTable(tx),
      executeRaw: (q) => tx.executeRaw(q),
      commit: () => tx.commit(),
      rollback: () => tx.rollback(),
    };
    for (const method of /** @type {const} */ (['createSavepoint', 'rollbackToSavepoint', 'releaseSavepoint'])) {
      const fn = tx[method];
      if (fn) wrapped[method] = (name) => fn.call(tx, name);
    }
    return wrapped;
  }

  /**
   * The engine also sends whole scripts through `executeRaw` (migrations replayed on the
   * shadow database, `db execute`). node-postgres runs a parameterless multi-statement
   * text as is, but better-sqlite3 prepares one statement at a time and refuses the rest;
   * such scripts go through the adapter's `executeScript` instead.
   * @param {SqlDriverAdapter} adapter
   */
  #allowScripts(adapter) {
    return async (/** @type {SqlQuery} */ query) => {
      try {
        return await adapter.executeRaw(query);
      } catch (error) {
        const multiStatement = error instanceof RangeError && /more than one statement/.test(error.message);
        if (!multiStatement || query.args.length > 0) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
  }

  /** @param {{ queryRaw(q: SqlQuery): Promise<SqlResultSet> }} queryable */
  #tolerateMissingMigrationsTable(queryable) {
    return async (/** @type {SqlQuery} */ query) => {
      try {
        return await queryable.queryRaw(query);
      } catch (error) {
        if (!isMissingMigrationsTable(error, query.sql)) throw error;
        this.sawMissingMigrationsTable = true;
        return { columnNames: [], columnTypes: [], rows: [] };
      }
    };
  }
}
