import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StatementCache } from '../../lib/db/sqlite-statements';

// Used exactly as Prisma's better-sqlite3 adapter uses its connection:
// prepare(sql).bind(args), then run(), or reader / columns() / raw().all().
describe('StatementCache', () => {
  let db: Database.Database;
  let cache: StatementCache;
  beforeEach(() => {
    db = new Database(':memory:');
    cache = new StatementCache(db);
    cache.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  });
  afterEach(() => {
    if (db.open) cache.close();
  });

  const insert = (name: string) => cache.prepare('INSERT INTO t (name) VALUES (?)').bind([name]).run();
  const select = (id: number) => {
    const statement = cache.prepare('SELECT id, name FROM t WHERE id = ?').bind([id]);
    return { reader: statement.reader, columns: statement.columns().map((c) => c.name), rows: statement.raw().all() };
  };

  it('runs one prepared statement again with each query its own arguments', () => {
    expect(insert('Tessalit').lastInsertRowid).toBe(1);
    expect(insert('Kidal').lastInsertRowid).toBe(2);
    expect(select(1)).toEqual({ reader: true, columns: ['id', 'name'], rows: [[1, 'Tessalit']] });
    expect(select(2).rows).toEqual([[2, 'Kidal']]);
    expect(select(3).rows).toEqual([]);
    // Five queries, two statements, each prepared once.
    expect(cache.size).toBe(2);
  });

  it('tells a statement that returns rows from one that does not', () => {
    expect(cache.prepare('INSERT INTO t (name) VALUES (?)').bind(['Aguelhok']).reader).toBe(false);
    expect(cache.prepare('SELECT count(*) FROM t').bind([]).reader).toBe(true);
  });

  it('runs transactions as the adapter does, with statements that take no arguments', () => {
    cache.prepare('BEGIN').run();
    insert('Gao');
    cache.prepare('ROLLBACK').run();
    cache.prepare('BEGIN').run();
    insert('Menaka');
    cache.prepare('COMMIT').run();
    expect(db.prepare('SELECT name FROM t').pluck().all()).toEqual(['Menaka']);
  });

  it('begins a transaction holding the write lock, so another connection waits instead of failing its first write later', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'statements-')), 'lock.db');
    const first = new Database(file);
    first.pragma('journal_mode = WAL');
    const other = new Database(file, { timeout: 0 });
    try {
      const shared = new StatementCache(first);
      shared.prepare('BEGIN').run();
      expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
      shared.prepare('COMMIT').run();
      other.exec('BEGIN IMMEDIATE');
      other.exec('COMMIT');
    } finally {
      other.close();
      first.close();
    }
  });

  it('keeps working after the schema changes under a cached statement', () => {
    insert('Ber');
    expect(select(1).rows).toEqual([[1, 'Ber']]);
    cache.exec('ALTER TABLE t ADD COLUMN region TEXT');
    expect(select(1).rows).toEqual([[1, 'Ber']]);
    expect(cache.prepare('SELECT * FROM t WHERE id = ?').bind([1]).raw().all()).toEqual([[1, 'Ber', null]]);
  });

  it('reports a bad statement when it is prepared, and caches nothing for it', () => {
    expect(() => cache.prepare('SELECT nope FROM t')).toThrow(/no such column/);
    expect(cache.size).toBe(0);
  });

  it('keeps at most 500 statements, dropping the least recently used', () => {
    const kept = 'SELECT id, name FROM t WHERE id = ?';
    select(1);
    for (let i = 0; i < 499; i++) cache.prepare(`SELECT ${i} FROM t`).bind([]).raw().all();
    expect(cache.size).toBe(500);
    select(1); // used again: now the most recent
    cache.prepare('SELECT 499 FROM t').bind([]).raw().all();
    expect(cache.size).toBe(500);
    expect(cache.has(kept)).toBe(true);
    expect(cache.has('SELECT 0 FROM t')).toBe(false);
    expect(cache.has('SELECT 1 FROM t')).toBe(true);
  });

  it('closes the connection', () => {
    cache.close();
    expect(db.open).toBe(false);
  });
});
