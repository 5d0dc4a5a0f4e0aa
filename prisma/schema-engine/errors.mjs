// @ts-check
/**
 * User-facing errors, with the codes and wording of the native schema engine, so that the
 * Prisma CLI reacts to them exactly as it does with the native binary (it branches on
 * some codes, e.g. P1003 -> "create the database", and prints the others).
 */

export class UserFacingError extends Error {
  /**
   * @param {string} code Prisma error code, e.g. "P1001".
   * @param {string} message
   * @param {Record<string, unknown>} [meta]
   */
  constructor(code, message, meta = {}) {
    super(message);
    this.name = 'UserFacingError';
    this.code = code;
    this.meta = meta;
  }
}

/** @param {{ host: string, port: number }} server */
export function cannotReachServer(server) {
  const at = `${server.host}:${server.port}`;
  return new UserFacingError(
    'P1001',
    `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
    { database_host: server.host, database_port: server.port },
  );
}

/** @param {string} fileName @param {string} filePath */
export function sqliteDatabaseDoesNotExist(fileName, filePath) {
  return new UserFacingError('P1003', `Database \`${fileName}\` does not exist at \`${filePath}\`.`, {
    database_file_name: fileName,
    database_file_path: filePath,
  });
}

/** @param {string} database @param {{ host: string, port: number }} server */
export function postgresDatabaseDoesNotExist(database, server) {
  return new UserFacingError(
    'P1003',
    `Database \`${database}\` does not exist on the database server at \`${server.host}:${server.port}\`.`,
    { database_name: database, database_host: server.host, database_port: server.port },
  );
}

/** Same code and text as the native engine's `DatabaseSchemaNotEmpty`. */
export function databaseSchemaNotEmpty() {
  return new UserFacingError(
    'P3005',
    'The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline',
  );
}

/**
 * Translates a node-postgres error raised while connecting into the native engine's
 * user-facing error, when there is one.
 * @param {any} error
 * @param {{ host: string, port: number, database: string, user: string }} target
 * @returns {Error}
 */
export function fromPgConnectionError(error, target) {
  const code = error?.code;
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN'].includes(code)) {
    return cannotReachServer(target);
  }
  if (code === '3D000') return postgresDatabaseDoesNotExist(target.database, target);
  if (code === '28P01' || code === '28000') {
    return new UserFacingError(
      'P1000',
      `Authentication failed against database server at \`${target.host}\`, the provided database credentials for \`${target.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${target.host}\`.`,
      { database_user: target.user, database_host: target.host },
    );
  }
  if (code === '42501') {
    return new UserFacingError('P1010', `User \`${target.user}\` was denied access on the database \`${target.database}\``, {
      database_user: target.user,
      database_name: target.database,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}
