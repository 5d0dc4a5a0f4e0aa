// @ts-check
/**
 * Logging for the schema-engine shim.
 *
 * stdout is reserved for JSON-RPC responses, so every log goes to stderr, one JSON object
 * per line, in the shape of the native engine's `tracing` output
 * (`{ timestamp, level, fields: { message, ... }, target }`). The Prisma CLI parses those
 * lines: in RPC mode it keeps the last ERROR to explain a crash, and for the one-shot
 * `cli can-connect-to-database` / `create-database` commands it looks for an ERROR from
 * target `schema_engine::logger` carrying `fields.error_code` to decide what to do
 * (e.g. P1003 "database does not exist" makes `migrate dev` create the database).
 */

/** The target the CLI expects on user-facing errors of the one-shot commands. */
export const CLI_ERROR_TARGET = 'schema_engine::logger';

/**
 * @param {'ERROR' | 'WARN' | 'INFO' | 'DEBUG'} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 * @param {string} [target]
 */
export function log(level, message, fields = {}, target = 'schema_engine_shim') {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target };
  process.stderr.write(JSON.stringify(line) + '\n');
}

/**
 * Forwards a log line emitted by the wasm engine. It already emits the native JSON shape,
 * so it is passed through untouched (only made sure to be a single line).
 * @param {unknown} line
 */
export function forwardEngineLog(line) {
  const text = typeof line === 'string' ? line : JSON.stringify(line);
  process.stderr.write(text.replace(/\r?\n/g, ' ') + '\n');
}
