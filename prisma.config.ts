/**
 * Prisma CLI configuration (`prisma migrate ...`, `prisma generate`, `prisma db ...`).
 *
 * One data model, two engines: DATABASE_URL picks SQLite (`file:`, the default) or
 * PostgreSQL (`postgres://`), and with it the generated schema and that engine's own
 * migration history (prisma/<engine>/...). See lib/db/engines.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { DEFAULT_DATABASE_URL, engineOf, prismaPaths, sqlitePath } from './lib/db/engines';

const root = path.dirname(fileURLToPath(import.meta.url));
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const engine = engineOf(url);
const paths = prismaPaths(engine);

// The CLI would otherwise download its native schema engine from binaries.prisma.sh, which
// fails offline / behind a firewall. This executable serves the same protocol from the
// WebAssembly build of the engine (prisma/schema-engine/bin.mjs). An explicit setting wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(root, 'prisma', 'schema-engine', 'bin.mjs');

if (engine === 'sqlite') {
  // SQLite creates the database file but not its directory (data/ for the default URL).
  // Relative paths are resolved against the working directory, as the engine does.
  mkdirSync(path.dirname(path.resolve(sqlitePath(url))), { recursive: true });
}

export default defineConfig({
  schema: path.join(root, paths.schema),
  migrations: { path: path.join(root, paths.migrations) },
  datasource: {
    url,
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
