/**
 * `npm run backup [-- FILE]`: a consistent copy of the database named by DATABASE_URL,
 * taken while the app keeps running.
 * - SQLite: SQLite's online backup API (better-sqlite3 `.backup()`): pages are copied
 *   under SQLite's own locking, so writers can go on and the copy is one point in time.
 * - PostgreSQL: `pg_dump --format=custom` (one snapshot), when pg_dump is installed.
 * Default FILE: data/backups/drawdown-<engine>-<UTC time>.db (SQLite) or .dump (PostgreSQL).
 * Restore with `npm run restore -- FILE`.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { env } from '../lib/env';
import { engineOf, sqlitePath } from '../lib/db/engines';

async function main(): Promise<number> {
  const url = env().DATABASE_URL;
  const engine = engineOf(url);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = resolve(process.argv[2] ?? `data/backups/drawdown-${engine}-${stamp}.${engine === 'sqlite' ? 'db' : 'dump'}`);
  mkdirSync(dirname(out), { recursive: true });
  const started = Date.now();

  if (engine === 'sqlite') {
    const source = resolve(sqlitePath(url));
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await db.backup(out);
    } finally {
      db.close();
    }
    // The copy is checked before it is called a backup.
    const copy = new Database(out, { readonly: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    copy.close();
    if (integrity !== 'ok') {
      console.error(`The copy failed its integrity check (${String(integrity)}); ${out} is not a backup.`);
      return 1;
    }
  } else {
    const run = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', out, url], { encoding: 'utf8' });
    if (run.error) {
      console.error(`pg_dump is needed to back up PostgreSQL (${run.error.message}); install the PostgreSQL client tools.`);
      return 1;
    }
    if (run.status !== 0) {
      console.error(`pg_dump failed: ${run.stderr.trim()}`);
      return 1;
    }
  }
  const size = (statSync(out).size / 1024 / 1024).toFixed(1);
  console.log(`Backed up ${engine} to ${out} (${size} MB, ${((Date.now() - started) / 1000).toFixed(1)} s). Restore: npm run restore -- ${out}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
