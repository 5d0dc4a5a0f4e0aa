/**
 * Small helpers the command-line scripts share: reading the seed files, and running the
 * Prisma CLI (which works offline through prisma/schema-engine, see prisma.config.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { SeedInput } from '../lib/data/seed';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

export function readSeedFiles(dir = SEEDS_DIR): SeedInput {
  const json = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const releasesDir = join(dir, 'releases');
  return {
    reference: json('minusma-sites.json'),
    contingents: json('contingents.json'),
    milestones: json('milestones.json'),
    releaseTexts: readdirSync(releasesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(releasesDir, f), 'utf8')),
  };
}

/** Runs `prisma migrate deploy` for a database URL; throws with Prisma's output on failure. */
export function migrateDeploy(databaseUrl: string): void {
  const prisma = join(import.meta.dirname, '..', 'node_modules', '.bin', 'prisma');
  const run = spawnSync(prisma, ['migrate', 'deploy'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${run.stdout}\n${run.stderr}`);
  }
}
