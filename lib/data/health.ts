/**
 * The health of one app instance, for a load balancer (GET /api/health): the database answers
 * and every migration shipped with this build is applied. One cheap read per call.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Db, Engine } from '../db/client';
import { engineOf, prismaPaths } from '../db/engines';
import { env } from '../env';

export interface Health {
  status: 'ok' | 'unavailable';
  version: string;
  database: 'ok' | 'unreachable';
  migrations: { applied: number; expected: number; pending: string[] };
}

const shipped = new Map<Engine, string[]>();

/** The migrations this build ships for the engine (their folder names), read once. */
function shippedMigrations(engine: Engine): string[] {
  let names = shipped.get(engine);
  if (!names) {
    const dir = path.join(process.cwd(), prismaPaths(engine).migrations);
    try {
      names = readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    } catch {
      names = [];
    }
    shipped.set(engine, names);
  }
  return names;
}

export async function checkHealth(db: Db, engine: Engine, version: string): Promise<Health> {
  const expected = shippedMigrations(engine);
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expected.filter((name) => !applied.has(name));
    return {
      status: pending.length === 0 ? 'ok' : 'unavailable',
      version,
      database: 'ok',
      migrations: { applied: applied.size, expected: expected.length, pending },
    };
  } catch {
    return unreachable(version, engine);
  }
}

/** The answer when the database cannot be reached (or its client not even made). */
export function unreachable(version: string, engine: Engine = engineOf(env().DATABASE_URL)): Health {
  const expected = shippedMigrations(engine);
  return { status: 'unavailable', version, database: 'unreachable', migrations: { applied: 0, expected: expected.length, pending: expected } };
}
