/**
 * On SQLite, Prisma's queries and the data version run through one statement cache on the
 * adapter's own connection (lib/db/sqlite-statements.ts, decision 0014). The swap relies on a
 * field Prisma's adapter does not type: if a Prisma release renamed it, everything would still
 * work, prepared per query again, and only this test would say so.
 */
import { expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import { dataVersion, SQLITE_VERSION } from '../../lib/data/read-cache';

it("SQLite: Prisma's statements and the data version are prepared once, in one cache; PostgreSQL has none", async () => {
  const handle = await getDb();
  await handle.db.mission.findMany({ select: { code: true } });
  await dataVersion(handle);
  const statements = handle.sqlite?.();
  if (handle.engine === 'postgresql') {
    expect(statements).toBeUndefined();
    return;
  }
  expect(statements, 'the adapter connection behind a statement cache').toBeDefined();
  expect(statements!.has(SQLITE_VERSION)).toBe(true);
  const before = statements!.size;
  expect(before).toBeGreaterThan(1);
  for (let i = 0; i < 5; i++) {
    await handle.db.mission.findMany({ select: { code: true } });
    await dataVersion(handle);
  }
  expect(statements!.size).toBe(before);
});
