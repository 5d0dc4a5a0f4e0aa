/**
 * `npm run restore -- FILE`: puts a backup made by `npm run backup` back into the database
 * named by DATABASE_URL, replacing everything in it.
 * - SQLite: the backup is checked (integrity, a Drawdown database), then copied into the
 *   database with SQLite's backup API, under SQLite's locking, so a running app sees the
 *   restored data at its next query. The replaced database is first saved beside the
 *   backup (FILE.replaced-<time>.db), so a wrong restore can itself be undone.
 * - PostgreSQL: `pg_restore --clean --if-exists --single-transaction`: all of it or, on
 *   any error, none of it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { env } from '../lib/env';
import { engineOf, sqlitePath } from '../lib/db/engines';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    console.error(file ? `${file}: no such file.` : 'Usage: npm run restore -- FILE (a file made by npm run backup)');
    return 2;
  }
  const url = env().DATABASE_URL;
  const engine = engineOf(url);
  const started = Date.now();

  if (engine === 'sqlite') {
    const backup = new Database(resolve(file), { readonly: true, fileMustExist: true });
    try {
      const integrity = backup.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`${file} fails its integrity check (${String(integrity)}); nothing was restored.`);
      const tables = backup.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('_prisma_migrations', 'Mission')`).pluck().all();
      if (tables.length !== 2) throw new Error(`${file} is not a Drawdown database; nothing was restored.`);
      const target = resolve(sqlitePath(url));
      if (existsSync(target)) {
        const saved = `${resolve(file)}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}.db`;
        const current = new Database(target, { readonly: true });
        try {
          await current.backup(saved);
        } finally {
          current.close();
        }
        console.log(`The database it replaces is saved as ${saved}.`);
      }
      await backup.backup(target);
    } finally {
      backup.close();
    }
  } else {
    const run = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '--dbname', url, resolve(file)], { encoding: 'utf8' });
    if (run.error) {
      console.error(`pg_restore is needed to restore PostgreSQL (${run.error.message}); install the PostgreSQL client tools.`);
      return 1;
    }
    if (run.status !== 0) {
      console.error(`pg_restore failed; nothing was changed: ${run.stderr.trim()}`);
      return 1;
    }
  }
  console.log(`Restored ${engine} from ${file} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
