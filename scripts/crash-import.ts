/**
 * `npm run crash:import`: kills the release import (SIGKILL, no chance to clean up) at
 * random points of a 10,000-release import, ten times, each on a fresh copy of a seeded
 * SQLite database. After each kill: the database passes PRAGMA integrity_check and
 * foreign_key_check; every release holds exactly the proposals extraction gives it and its
 * audit event (no release without its proposals, no proposals without their release); then
 * the import is run again and must end with the exact expected counts.
 *
 * Options (environment): CRASH_RELEASES (10000), CRASH_KILLS (10), CRASH_SEED (1).
 * Prints one line per kill and a summary; exits 1 on any failed check.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDb } from '../lib/db/client';
import { loadGazetteer } from '../lib/data/releases';
import { extractProposals, parseReleases } from '../lib/releases';

const ROOT = join(import.meta.dirname, '..');
const RELEASES = Number(process.env.CRASH_RELEASES ?? 10_000);
const KILLS = Number(process.env.CRASH_KILLS ?? 10);
let seed = Number(process.env.CRASH_SEED ?? 1);

/** mulberry32: the same seed gives the same text and the same kill times. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function releaseText(n: number): string {
  const sites = ['Tessalit', 'Aguelhok', 'Kidal', 'Gao', 'Ménaka', 'Ansongo', 'Ber', 'Goundam', 'Timbuktu', 'Mopti', 'Douentza', 'Ogossagou', 'Bamako'];
  const demonyms = ['Senegalese', 'Togolese', 'Bangladeshi', 'Chadian', 'Egyptian', 'Nigerien', 'German', 'Swedish'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const lines: string[] = ['Press releases', ''];
  for (let i = 0; i < n; i++) {
    const m = Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const site = pick(sites);
    const sentences = [
      `The last ${pick(demonyms)} peacekeepers completed the withdrawal from ${site} on ${monthNames[m]} ${d}, 2023.`,
      `A convoy departed ${site} for Gao on ${d} ${monthNames[m]} 2023.`,
      `MINUSMA handed over its camp in ${site} to the Malian authorities.`,
      `The Mission started its withdrawal from ${pick(sites)} today.`,
      `An incident involving ${pick(demonyms)} peacekeepers was reported near ${pick(['Bandiagara', 'Sévaré', site])}.`,
      `Environmental assessments continued in ${site}.`,
    ];
    const body = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(sentences)).join(' ');
    lines.push(`• ${String(d).padStart(2, '0')} ${months[m]} 2023 - ${body} (Release ${n}-${i}.)`, '');
  }
  return lines.join('\n');
}

interface Expected {
  /** Proposals extraction gives each release, by content hash. */
  proposals: Map<string, number>;
  releases: number;
}

function check(file: string, expected: Expected, baseline: { releases: number; proposals: number }): { releases: number; problems: string[] } {
  const db = new Database(file, { readonly: true });
  const problems: string[] = [];
  try {
    const integrity = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);
    const foreign = db.prepare('PRAGMA foreign_key_check').all();
    if (foreign.length) problems.push(`foreign_key_check: ${foreign.length} rows`);
    const rows = db
      .prepare(
        `SELECT r."id", r."contentHash" AS hash,
                (SELECT COUNT(*) FROM "Proposal" p WHERE p."releaseId" = r."id") AS proposals,
                (SELECT COUNT(*) FROM "AuditEvent" a WHERE a."entity" = 'release' AND a."entityId" = CAST(r."id" AS TEXT) AND a."action" = 'import') AS audits
         FROM "Release" r WHERE r."id" > ?`,
      )
      .all(baseline.releases) as { id: number; hash: string; proposals: number; audits: number }[];
    for (const r of rows) {
      const want = expected.proposals.get(r.hash);
      if (want === undefined) problems.push(`release ${r.id}: not one of the imported releases`);
      else if (r.proposals !== want) problems.push(`release ${r.id}: ${r.proposals} proposals, extraction gives ${want}`);
      if (r.audits !== 1) problems.push(`release ${r.id}: ${r.audits} import audit events`);
    }
    const orphans = db.prepare(`SELECT COUNT(*) FROM "Proposal" p LEFT JOIN "Release" r ON r."id" = p."releaseId" WHERE r."id" IS NULL`).pluck().get() as number;
    if (orphans) problems.push(`${orphans} proposals without their release`);
    const total = db.prepare(`SELECT COUNT(*) FROM "Proposal"`).pluck().get() as number;
    const sum = rows.reduce((n, r) => n + r.proposals, 0);
    if (total !== baseline.proposals + sum) problems.push(`proposal count ${total} is not the seed's ${baseline.proposals} plus the imported releases' ${sum}`);
    return { releases: rows.length, problems: problems.slice(0, 10) };
  } finally {
    db.close();
  }
}

function runImport(url: string, file: string): ReturnType<typeof spawn> {
  // One process (node with tsx as a loader, not the tsx wrapper), so SIGKILL hits the importer itself.
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a whole import; notes when each batch was committed (the progress lines), in ms from start. */
function importToEnd(url: string, file: string): Promise<{ ms: number; batches: number[] }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = runImport(url, file);
    let out = '';
    const batches: number[] = [];
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d: Buffer) => {
      out += d;
      for (const _ of d.toString().matchAll(/releases \(\d+%\)/g)) batches.push(Date.now() - started);
    });
    child.on('exit', (code) => (code === 0 ? resolve({ ms: Date.now() - started, batches }) : reject(new Error(`import exited ${code}: ${out}`))));
  });
}

/**
 * Starts an import and kills it `delayMs` after batch `batch` was committed (batch 0: after
 * the start), so that kills land at random points spread over the whole import: while it
 * loads and parses, inside a batch's transaction, or between two.
 */
function killAt(url: string, file: string, batch: number, delayMs: number): Promise<{ progress: string; finished: boolean }> {
  return new Promise((resolve) => {
    const child = runImport(url, file);
    let progress = 'before the first batch';
    let finished = false;
    let seen = 0;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer = setTimeout(() => child.kill('SIGKILL'), delayMs));
    if (batch === 0) arm();
    child.stderr!.on('data', (d: Buffer) => {
      for (const m of d.toString().matchAll(/(\d+\/\d+) releases/g)) {
        progress = `${m[1]} committed`;
        if (++seen === batch) arm();
      }
    });
    child.stdout!.on('data', () => (finished = true));
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ progress, finished });
    });
  });
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'drawdown-crash-'));
  try {
    const textFile = join(dir, 'releases.txt');
    writeFileSync(textFile, releaseText(RELEASES));
    const template = join(dir, 'template.db');
    const templateUrl = `file:${template}`;
    const setup = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/db-setup.ts')], { cwd: ROOT, env: { ...process.env, DATABASE_URL: templateUrl }, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(`db-setup failed: ${setup.stderr}`);
    // Fold the WAL into the file so that a copy of the file is the whole database.
    const t = new Database(template);
    t.pragma('wal_checkpoint(TRUNCATE)');
    const baseline = {
      releases: t.prepare('SELECT MAX("id") FROM "Release"').pluck().get() as number,
      proposals: t.prepare('SELECT COUNT(*) FROM "Proposal"').pluck().get() as number,
    };
    t.close();

    // What the import must end with: every parsed release, each with what extraction gives it.
    const { db } = await createDb(templateUrl);
    const missionId = (await db.mission.findFirstOrThrow({ where: { code: 'MINUSMA' } })).id;
    const gazetteer = await loadGazetteer(db, missionId);
    await db.$disconnect();
    const parsed = parseReleases(readFileSync(textFile, 'utf8')).releases;
    const expected: Expected = { releases: new Set(parsed.map((r) => r.contentHash)).size, proposals: new Map() };
    for (const r of parsed) expected.proposals.set(r.contentHash, extractProposals({ date: r.date, body: r.body }, gazetteer).length);
    const expectedProposals = [...expected.proposals.values()].reduce((a, b) => a + b, 0);
    if (expected.releases !== RELEASES) throw new Error(`generated ${RELEASES} releases but ${expected.releases} are distinct`);

    // How long a whole import takes here, so that the kills land inside it.
    const calibration = join(dir, 'calibration.db');
    copyFileSync(template, calibration);
    const full = await importToEnd(`file:${calibration}`, textFile);
    console.log(`${RELEASES} releases, ${expectedProposals} proposals expected; a whole import takes ${(full.ms / 1000).toFixed(1)} s here (${full.batches.length} batches).`);

    let failures = 0;
    for (let k = 1; k <= KILLS; k++) {
      const file = join(dir, `kill-${k}.db`);
      const url = `file:${file}`;
      // A random batch, then a random moment before the next one would be committed. A
      // kill that came too late (the import had finished) is drawn again on a fresh copy.
      let batch = 0;
      let afterMs = 0;
      let progress = '';
      for (let attempt = 0; ; attempt++) {
        copyFileSync(template, file);
        for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
        batch = Math.floor(random() * full.batches.length);
        const gap = batch === 0 ? full.batches[0]! : full.batches[batch]! - full.batches[batch - 1]!;
        afterMs = Math.round(random() * gap * 0.8);
        const killed = await killAt(url, textFile, batch, afterMs);
        progress = killed.progress;
        if (!killed.finished) break;
        if (attempt === 3) throw new Error('every kill came after the import had finished');
      }
      const afterKill = check(file, expected, baseline);
      const rerun = await importToEnd(url, textFile);
      const afterRerun = check(file, expected, baseline);
      if (afterRerun.releases !== RELEASES) afterRerun.problems.push(`${afterRerun.releases} releases after the re-run, expected ${RELEASES}`);
      const total = new Database(file, { readonly: true });
      const proposals = (total.prepare('SELECT COUNT(*) FROM "Proposal"').pluck().get() as number) - baseline.proposals;
      total.close();
      if (proposals !== expectedProposals) afterRerun.problems.push(`${proposals} proposals after the re-run, expected ${expectedProposals}`);
      const problems = [...afterKill.problems.map((p) => `after the kill: ${p}`), ...afterRerun.problems.map((p) => `after the re-run: ${p}`)];
      console.log(
        `kill ${k}/${KILLS}, ${afterMs} ms after batch ${batch} (last progress: ${progress}): ${afterKill.releases} releases committed, integrity ok=${!afterKill.problems.some((p) => p.startsWith('integrity'))}; ` +
          `re-run ${(rerun.ms / 1000).toFixed(1)} s -> ${afterRerun.releases} releases, ${proposals} proposals: ${problems.length ? 'FAILED' : 'ok'}`,
      );
      for (const p of problems) console.log(`  ${p}`);
      if (problems.length) failures++;
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    }
    console.log(failures ? `${failures} of ${KILLS} kills left the database wrong.` : `All ${KILLS} kills: database intact and consistent; every re-run ended with exactly ${RELEASES} releases and ${expectedProposals} proposals.`);
    return failures ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
