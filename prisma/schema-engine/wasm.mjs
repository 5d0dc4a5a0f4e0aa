// @ts-check
/**
 * Loads @prisma/schema-engine-wasm: the native schema engine compiled to WebAssembly,
 * shipped on npm, hence available where binaries.prisma.sh is not.
 *
 * The package's entry point imports the .wasm file as an ES module, which Node only allows
 * behind --experimental-wasm-modules; so the glue module (`schema_engine_bg.js`) is
 * imported and the wasm instantiated by hand, which is what that entry point does.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @typedef {typeof import('@prisma/schema-engine-wasm')} WasmModule */

/** @type {Promise<WasmModule> | undefined} */
let loaded;

/** @returns {Promise<WasmModule>} */
export function loadSchemaEngineWasm() {
  return (loaded ??= instantiate());
}

async function instantiate() {
  // The engine reports the message of a Rust panic through this global before trapping;
  // rpc.mjs reads it back to tell the CLI what happened.
  /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();

  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = await import(gluePath);
  const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return /** @type {WasmModule} */ (glue);
}

class PanicRegistry {
  message = '';
  get() {
    return this.message;
  }
  /** @param {string} message */
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  }
}

/** The message of the last Rust panic, if any. */
export function lastPanicMessage() {
  return /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY?.get() || undefined;
}
