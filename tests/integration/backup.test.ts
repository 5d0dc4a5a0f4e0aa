/**
 * Backups (issue 7, item 6): `npm run backup` then `npm run restore` gives back exactly the
 * database that was backed up, every row of every table, on the engine under test (SQLite's
 * online backup; pg_dump and pg_restore on PostgreSQL). The app's open connection keeps
 * working and sees the restored data.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { getDb } from '../../lib/db/client';
import { sqlitePath } from '../../lib/db/engines';
import * as milestones from '../../app/api/v1/milestones/route';
import * as releases from '../../app/api/v1/releases/route';
import { call } from './http';
import { signedInAs, tokenFor } from './auth-helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'drawdown-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: 'backup' | 'restore', file: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, `scripts/${script}.ts`), file], {
    cwd: ROOT,
    env: { ...process.env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every row of every table, in primary-key order, as plain JSON. */
async function dumpAll(): Promise<Record<string, unknown[]>> {
  const url = process.env.DATABASE_URL!;
  const out: Record<string, unknown[]> = {};
  if (url.startsWith('file:')) {
    const db = new Database(sqlitePath(url), { readonly: true });
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
      for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all();
    } finally {
      db.close();
    }
    return out;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    for (const { table_name: t } of rows) out[t] = JSON.parse(JSON.stringify((await client.query(`SELECT * FROM "${t}" ORDER BY 1`)).rows));
  } finally {
    await client.end();
  }
  return out;
}

describe('npm run backup, then npm run restore', () => {
  it('gives back every row of every table exactly, and the running app sees it', async () => {
    // Something of everything: users, a session, a token, a milestone, an import.
    const editor = await signedInAs('editor');
    const token = await tokenFor(editor.headers);
    const created = await call(milestones.POST, '/api/v1/milestones', {}, {
      method: 'POST',
      headers: token.headers,
      body: { type: 'convoy_departed', date: '2023-10-20', siteId: 1, title: "Backed up: l'été <b>", source: { url: 'https://example.org/b', publisher: 'Example' } },
    });
    expect(created.status).toBe(201);
    const imported = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: token.headers, body: { text: '05 Nov 2023 - MINUSMA handed over its camp in Gao.' } });
    expect(imported.status).toBe(201);

    const before = await dumpAll();
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(16);
    expect(before.Milestone!.length).toBeGreaterThan(0);

    const file = join(dir, process.env.DATABASE_URL!.startsWith('file:') ? 'backup.db' : 'backup.dump');
    const backup = run('backup', file);
    expect(backup.status, backup.output).toBe(0);
    expect(backup.output).toContain('Backed up');

    // Changes after the backup, which the restore must undo.
    const { db } = await getDb();
    await db.milestone.deleteMany({ where: { id: created.body.id } });
    await db.auditEvent.create({ data: { actor: 'test', action: 'update', entity: 'milestone', entityId: '1' } });
    await db.user.update({ where: { id: editor.userId }, data: { role: 'viewer' } });
    expect(await dumpAll()).not.toEqual(before);

    const restore = run('restore', file);
    expect(restore.status, restore.output).toBe(0);
    expect(await dumpAll()).toEqual(before);
    // The connection that was open all along reads the restored database.
    expect(await db.milestone.count()).toBe(before.Milestone!.length);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.userId } })).role).toBe('editor');
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const before = await dumpAll();
    const notABackup = join(dir, 'not-a-backup.db');
    new Database(notABackup).exec('CREATE TABLE x (y)');
    const restore = run('restore', notABackup);
    expect(restore.status).not.toBe(0);
    expect(await dumpAll()).toEqual(before);
    expect(run('restore', join(dir, 'missing.db')).status).toBe(2);
  });
});
