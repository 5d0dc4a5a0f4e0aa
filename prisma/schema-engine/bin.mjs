#!/usr/bin/env node
// @ts-check
/**
 * A drop-in replacement for Prisma's native `schema-engine` binary, built on the
 * WebAssembly build of the same engine (@prisma/schema-engine-wasm) and Prisma's driver
 * adapters (better-sqlite3, pg).
 *
 * Why: the Prisma CLI downloads the native engine from binaries.prisma.sh on first use;
 * behind a firewall that download fails and `migrate`, `generate`, `-v`... all stop.
 * prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here, and the CLI runs this file
 * exactly as it runs the binary:
 *
 *   bin.mjs --version                                          -> print a version
 *   bin.mjs --datasource '{"url":...}' cli <command>           -> one-shot (cli-commands.mjs)
 *   bin.mjs [--datamodels <schema file>]... --datasource '{"url":...,"shadowDatabaseUrl"?:...}'
 *                                                              -> JSON-RPC over stdio (rpc.mjs)
 *
 * Supported URLs: file: (SQLite) and postgres(ql):// (PostgreSQL).
 */
import { log, CLI_ERROR_TARGET } from './log.mjs';

const USAGE = `Usage: schema-engine [--datamodels <file>]... [--datasource <json>] [cli <command>]
       schema-engine --version`;

/**
 * @typedef {object} Args
 * @property {string | undefined} datasource
 * @property {string[]} datamodels
 * @property {string | undefined} cliCommand
 * @property {boolean} version
 * @property {boolean} help
 */

/** @param {string[]} argv @returns {Args} */
function parseArgs(argv) {
  /** @type {Args} */
  const args = { datasource: undefined, datamodels: [], cliCommand: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`Missing value for ${arg}`);
      return next;
    };
    switch (arg) {
      case '--datasource':
        args.datasource = value();
        break;
      case '--datamodels':
      case '-d':
        args.datamodels.push(value());
        break;
      // Accepted for compatibility; the wasm engine takes neither.
      case '--enabled-preview-features':
      case '--extension-types':
        value();
        break;
      case '--version':
      case '-V':
        args.version = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case 'cli':
        args.cliCommand = value();
        break;
      default:
        throw new Error(`Unexpected argument "${arg}"\n${USAGE}`);
    }
  }
  return args;
}

/**
 * @param {string | undefined} json
 * @returns {{ url: string, shadowDatabaseUrl?: string }}
 */
function parseDatasourceArg(json) {
  if (!json) throw new Error('This schema engine needs a datasource (--datasource \'{"url": ...}\'); set `datasource.url` in prisma.config.ts.');
  const parsed = JSON.parse(json);
  if (typeof parsed?.url !== 'string' || parsed.url === '') throw new Error('The datasource has no `url`.');
  return parsed;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    const { loadSchemaEngineWasm } = await import('./wasm.mjs');
    const wasm = await loadSchemaEngineWasm();
    process.stdout.write(`schema-engine-wasm ${wasm.version()}\n`);
    return 0;
  }

  const { parseDatasourceUrl } = await import('./datasource.mjs');
  const datasource = parseDatasourceArg(args.datasource);
  const ds = parseDatasourceUrl(datasource.url);

  if (args.cliCommand) {
    const { runCliCommand } = await import('./cli-commands.mjs');
    // The CLI skips the first stderr line when it parses the logs of a failed command.
    log('INFO', `Starting schema engine CLI: ${args.cliCommand}`);
    try {
      process.stdout.write((await runCliCommand(args.cliCommand, ds)) + '\n');
      return 0;
    } catch (error) {
      const e = /** @type {any} */ (error);
      log('ERROR', e?.message ?? String(e), e?.code && /^P\d{4}$/.test(e.code) ? { error_code: e.code } : {}, CLI_ERROR_TARGET);
      return 1;
    }
  }

  const [{ Connections }, { serve }] = await Promise.all([import('./adapters.mjs'), import('./rpc.mjs')]);
  const connections = await Connections.open(ds, { shadowDatabaseUrl: datasource.shadowDatabaseUrl });
  // The CLI ends a session by closing stdin and, right after, killing the process.
  process.once('SIGTERM', () => {
    connections.close().finally(() => process.exit(0));
  });
  await serve({ connections, datamodelPaths: args.datamodels });
  return 0;
}

main().then(
  (code) => {
    // Let pending stdout writes through before exiting (pools may keep the loop alive).
    process.stdout.write('', () => process.exit(code));
  },
  (error) => {
    log('ERROR', error?.message ?? String(error), {}, CLI_ERROR_TARGET);
    process.exit(1);
  },
);
