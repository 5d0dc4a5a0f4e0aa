/**
 * Small helpers the command-line scripts share: reading the seed files, and running the
 * Prisma CLI (which works offline through prisma/schema-engine, see prisma.config.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { SeedInput } from '../lib/data/seed';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

interface SeedManifest {
  missions: { reference: string; contingents: string; releases?: string; milestones?: string; record?: string }[];
}

/** Every mission's seed files, in the order seeds/missions.json lists them (the first is the default deployment's). */
export function readSeeds(dir = SEEDS_DIR): SeedInput[] {
  const json = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const manifest = json('missions.json') as SeedManifest;
  return manifest.missions.map((m) => ({
    reference: json(m.reference),
    contingents: json(m.contingents),
    milestones: m.milestones ? json(m.milestones) : undefined,
    record: m.record ? json(m.record) : undefined,
    releaseTexts: m.releases
      ? readdirSync(join(dir, m.releases))
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => readFileSync(join(dir, m.releases!, f), 'utf8'))
      : [],
  }));
}

/** One mission's seed files, by its code. */
export function readSeed(code: string, dir = SEEDS_DIR): SeedInput {
  const found = readSeeds(dir).find((s) => (s.reference as { mission?: { code?: string } }).mission?.code === code);
  if (!found) throw new Error(`seeds/missions.json lists no mission ${code}.`);
  return found;
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

/** Waits until `url` answers 2xx (a server the script started is listening), at most `ms`. */
export async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}
