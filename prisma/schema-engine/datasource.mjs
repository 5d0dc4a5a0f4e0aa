// @ts-check
/**
 * Parsing of the datasource the Prisma CLI hands to the engine (`--datasource '{"url":...}'`).
 *
 * The native engine picks its connector from the URL; so does the shim. The SQLite rules
 * mirror lib/db/engines.ts (`file:` URLs, relative paths resolved against the working
 * directory, which the CLI sets to the directory of prisma.config.ts). That module is
 * TypeScript and this executable must run without a build step, hence the small copy.
 */
import path from 'node:path';

/**
 * @typedef {object} SqliteDatasource
 * @property {'sqlite'} kind
 * @property {string} url       The URL as given.
 * @property {string} file      Absolute path of the database file.
 *
 * @typedef {object} PostgresDatasource
 * @property {'postgresql'} kind
 * @property {string} url               The URL as given.
 * @property {string} connectionString  The URL without Prisma-only parameters (for node-postgres).
 * @property {string} database          Database name (libpq default: the user name).
 * @property {string} schema            The `?schema=` parameter, `public` by default.
 * @property {string} host
 * @property {number} port
 * @property {string} user
 *
 * @typedef {SqliteDatasource | PostgresDatasource} Datasource
 */

/**
 * Query parameters that only Prisma understands. node-postgres would ignore most of them,
 * but `schema` must not leak: it is applied through `search_path` instead.
 */
const PRISMA_ONLY_PG_PARAMS = ['schema', 'connection_limit', 'pool_timeout', 'pgbouncer', 'statement_cache_size', 'socket_timeout'];

/**
 * @param {string} url
 * @param {string} [cwd] directory relative SQLite paths are resolved against
 * @returns {Datasource}
 */
export function parseDatasourceUrl(url, cwd = process.cwd()) {
  if (/^file:/i.test(url)) {
    const relative = url.replace(/^file:(\/\/)?/i, '').replace(/\?.*$/, '');
    if (relative === '' || relative === ':memory:') {
      throw new Error('The schema engine needs a SQLite database file, not an in-memory database.');
    }
    return { kind: 'sqlite', url, file: path.resolve(cwd, decodeURIComponent(relative)) };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const parsed = new URL(url);
    const user = decodeURIComponent(parsed.username) || process.env.PGUSER || 'postgres';
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user;
    const schema = parsed.searchParams.get('schema') || 'public';
    for (const param of PRISMA_ONLY_PG_PARAMS) parsed.searchParams.delete(param);
    return {
      kind: 'postgresql',
      url,
      connectionString: parsed.toString(),
      database,
      schema,
      host: parsed.hostname || 'localhost',
      port: Number(parsed.port || 5432),
      user,
    };
  }
  throw new Error(
    `Unsupported datasource URL "${redact(url)}": this schema engine handles file: (SQLite) and postgres:// (PostgreSQL) URLs.`,
  );
}

/**
 * The same PostgreSQL server, another database (used for CREATE/DROP DATABASE, which must
 * run from a connection to a different database, and for shadow databases).
 * @param {PostgresDatasource} ds
 * @param {string} database
 * @returns {PostgresDatasource}
 */
export function withDatabase(ds, database) {
  const parsed = new URL(ds.url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return /** @type {PostgresDatasource} */ (parseDatasourceUrl(parsed.toString()));
}

/** Hides credentials when a URL must appear in a message. @param {string} url */
export function redact(url) {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

/** Double-quotes an SQL identifier (same rule for SQLite and PostgreSQL). @param {string} name */
export function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Single-quotes an SQL string literal. @param {string} value */
export function quoteLiteral(value) {
  return `'${value.replace(/'/g, "''")}'`;
}
