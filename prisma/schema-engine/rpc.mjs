// @ts-check
/**
 * The JSON-RPC 2.0 session the Prisma CLI opens with its schema engine: one request per
 * line on stdin, one response per line on stdout (logs go to stderr). Requests are
 * served one at a time, in order: the CLI waits for each answer anyway, and the wasm
 * engine is not meant to run two commands at once.
 *
 * Most methods go straight to the wasm engine, whose method names and JSON shapes are
 * the native engine's. The exceptions are listed in `handlers` below, each with why.
 */
import { readFile } from 'node:fs/promises';
import readline from 'node:readline';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { runCliCommand } from './cli-commands.mjs';
import { ensureMigrationsTable, ensurePgSchema } from './migrations-table.mjs';
import { resetDatabase } from './reset.mjs';
import { forwardEngineLog, log } from './log.mjs';
import { lastPanicMessage, loadSchemaEngineWasm } from './wasm.mjs';

/**
 * @typedef {import('./adapters.mjs').Connections} Connections
 * @typedef {import('@prisma/schema-engine-wasm').SchemaEngine} WasmEngine
 * @typedef {{ jsonrpc: '2.0', id: number | string, method: string, params?: any }} Request
 */

/** Methods passed to the wasm engine unchanged. */
const PASS_THROUGH = [
  'dbExecute',
  'debugPanic',
  'devDiagnostic',
  'ensureConnectionValidity',
  'introspect',
  'introspectSql',
  'markMigrationRolledBack',
];

const NO_FILTER = { externalTables: [], externalEnums: [] };

/**
 * Serves requests until stdin closes.
 * @param {{ connections: Connections, datamodelPaths: string[] }} options
 */
export async function serve({ connections, datamodelPaths }) {
  const session = new Session(connections, datamodelPaths);
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  /** @type {Promise<void>} */
  let queue = Promise.resolve();
  input.on('line', (line) => {
    if (line.trim() === '') return;
    /** @type {any} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      session.send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    // The CLI answering one of our own requests (`print`) must not wait behind the
    // command that is waiting for that very answer.
    if (message.method === undefined && message.id !== undefined) session.onReply(message);
    else queue = queue.then(() => session.handle(message));
  });
  await new Promise((resolve) => input.once('close', resolve));
  await queue;
  await session.close();
}

class Session {
  /** @type {Promise<WasmEngine> | undefined} */
  #engine;
  #nextOwnId = 1;
  /** @type {Map<string, (reply: any) => void>} replies awaited from the CLI */
  #awaitingReply = new Map();
  /**
   * Where the adapter binding keeps JavaScript exceptions the engine only knows by number.
   * @type {{ consumeError(id: number): { error: unknown } | undefined } | undefined}
   */
  errorRegistry;

  /** @param {Connections} connections @param {string[]} datamodelPaths */
  constructor(connections, datamodelPaths) {
    this.connections = connections;
    this.datamodelPaths = datamodelPaths;

    /** @type {Record<string, (params: any) => Promise<unknown>>} */
    this.handlers = {
      // The wasm engine does not create the migrations table (see migrations-table.mjs).
      applyMigrations: async (params) => {
        await ensureMigrationsTable(connections, { baseline: false, filter: params?.filters });
        return (await this.engine()).applyMigrations(params);
      },
      markMigrationApplied: async (params) => {
        await ensureMigrationsTable(connections, { baseline: true });
        return (await this.engine()).markMigrationApplied(params);
      },
      // A missing table was shown to the engine as an empty one: tell the truth to the CLI
      // (`migrate status` words its advice differently for an unmanaged database).
      diagnoseMigrationHistory: async (params) => {
        connections.sawMissingMigrationsTable = false;
        const result = await (await this.engine()).diagnoseMigrationHistory(params);
        return connections.sawMissingMigrationsTable ? { ...result, hasMigrationsTable: false } : result;
      },
      // `db push` creates tables with unqualified names, i.e. in the search_path schema,
      // which must then exist (applyMigrations gets the same through the table bootstrap).
      schemaPush: async (params) => {
        await ensurePgSchema(connections);
        return (await this.engine()).schemaPush(params);
      },
      // The wasm SQLite reset only deletes rows (see reset.mjs).
      reset: async (params) => {
        await resetDatabase(connections, params?.filter ?? NO_FILTER);
        return null;
      },
      // The native engine prints a diff by asking the CLI to (`print`); the wasm engine
      // returns it instead.
      diff: async (params) => {
        const { stdout, ...rest } = await (await this.engine()).diff(params);
        if (stdout) await this.request('print', { content: stdout.replace(/\n$/, '') });
        return rest;
      },
      evaluateDataLoss: (params) => this.withMigrationsSchema('evaluateDataLoss', params),
      createMigration: (params) => this.withMigrationsSchema('createMigration', params),
      // Renamed in the wasm engine.
      getDatabaseVersion: async (params) => (await this.engine()).version(params ?? undefined),
      // Not in the wasm engine; same as the one-shot `cli create-database`.
      createDatabase: async () => ({ databaseName: await createDatabaseName(connections) }),
    };
    for (const method of PASS_THROUGH) {
      this.handlers[method] ??= async (params) => /** @type {any} */ (await this.engine())[method](params);
    }
  }

  /** The wasm engine, created on first use so that a failure is reported as a response. */
  engine() {
    this.#engine ??= (async () => {
      const wasm = await loadSchemaEngineWasm();
      const datamodels =
        this.datamodelPaths.length > 0
          ? await Promise.all(this.datamodelPaths.map(async (file) => /** @type {[string, string]} */ ([file, await readFile(file, 'utf8')])))
          : undefined; // the engine wants either no schema or a non-empty list
      const factory = bindMigrationAwareSqlAdapterFactory(this.connections.engineFactory());
      this.errorRegistry = factory.errorRegistry;
      return wasm.SchemaEngine.new({ datamodels }, forwardEngineLog, factory);
    })();
    this.#engine.catch(() => (this.#engine = undefined));
    return this.#engine;
  }

  /**
   * `evaluateDataLoss` and `createMigration` need the schema the migrations produce. The
   * wasm engine computes it (on a shadow database from the adapter factory) only while
   * diagnosing the history, caches it by migration list, and then has these two commands
   * read the cache: with no cached entry they fail with "... shadow DB must be provided
   * through an external factory". The entry for the *whole* list exists only if the
   * database was up to date at `devDiagnostic` time; when `migrate dev` has just applied
   * pending migrations it does not. Then diagnosing again (now that every migration is
   * applied) fills the cache, and the command is retried once.
   * @param {'evaluateDataLoss' | 'createMigration'} method
   * @param {any} params
   */
  async withMigrationsSchema(method, params) {
    const engine = await this.engine();
    try {
      return await engine[method](params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/.test(/** @type {any} */ (error)?.message ?? '')) throw error;
      log('INFO', `Computing the schema of the migrations before retrying ${method}`);
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters ?? NO_FILTER,
      });
      return engine[method](params);
    }
  }

  /** @param {Request} request */
  async handle(request) {
    const { id, method, params } = request ?? {};
    if (request?.jsonrpc !== '2.0' || typeof method !== 'string') {
      this.send({ jsonrpc: '2.0', id: id ?? null, error: { code: -32600, message: 'Invalid request' } });
      return;
    }
    const handler = Object.hasOwn(this.handlers, method) ? this.handlers[method] : undefined;
    if (!handler) {
      this.send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } });
      return;
    }
    /** @type {object} */
    let response;
    try {
      const result = await handler(params);
      response = { jsonrpc: '2.0', id, result: result ?? null };
    } catch (error) {
      response = { jsonrpc: '2.0', id, error: toRpcError(error, this.errorRegistry) };
    }
    await this.connections.releaseShadowDatabases();
    this.send(response);
    if ('error' in response && /** @type {any} */ (response).error.data?.is_panic) {
      // A wasm instance that trapped cannot be used again; the native engine exits too.
      await this.close();
      process.exit(101);
    }
  }

  /** Sends a request to the CLI and waits for its reply. @param {string} method @param {object} params */
  request(method, params) {
    const id = `shim-${this.#nextOwnId++}`;
    return new Promise((resolve) => {
      this.#awaitingReply.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** @param {{ id: string | number }} reply */
  onReply(reply) {
    const resolve = this.#awaitingReply.get(String(reply.id));
    this.#awaitingReply.delete(String(reply.id));
    if (resolve) resolve(reply);
    else log('WARN', `Unexpected reply with id ${reply.id}`);
  }

  /** @param {object} message */
  send(message) {
    process.stdout.write(JSON.stringify(message) + '\n');
  }

  async close() {
    const engine = this.#engine;
    this.#engine = undefined;
    if (engine) await engine.then((e) => e.free()).catch(() => {});
    await this.connections.close();
  }
}

/** @param {Connections} connections */
async function createDatabaseName(connections) {
  await runCliCommand('create-database', connections.ds);
  return connections.ds.kind === 'sqlite' ? connections.ds.file : connections.ds.database;
}

/**
 * The native engine's error response: the CLI reads `data.message`, `data.error_code`
 * (user-facing errors, e.g. P3005) and `data.is_panic`.
 * @param {unknown} error
 * @param {Session['errorRegistry']} [errorRegistry]
 */
export function toRpcError(error, errorRegistry) {
  const e = /** @type {any} */ (error);
  if (e instanceof WebAssembly.RuntimeError) {
    const message = lastPanicMessage() ?? e.message;
    log('ERROR', message, { is_panic: true });
    return { code: 4466, message, data: { is_panic: true, message, backtrace: e.stack } };
  }
  let message = e instanceof Error ? e.message : String(e);
  // A driver error raised by the shim's own SQL: its payload says more than its kind.
  if (e?.name === 'DriverAdapterError' && e.cause) message = e.cause.message ?? `${e.cause.kind}: ${JSON.stringify(e.cause)}`;
  // An exception thrown by a driver reaches the engine as "External error id#N" only.
  message = message.replace(/External error id#(\d+)/g, (text, n) => {
    const original = /** @type {any} */ (errorRegistry?.consumeError(Number(n))?.error);
    return original ? `${text}: ${original.message ?? String(original)}` : text;
  });
  const code = typeof e?.code === 'string' && /^P\d{4}$/.test(e.code) ? e.code : undefined;
  log('ERROR', message, code ? { error_code: code } : {});
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: false, message, meta: e?.meta ?? null, ...(code ? { error_code: code } : {}) },
  };
}
