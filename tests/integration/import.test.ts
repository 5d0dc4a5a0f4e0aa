import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDb } from '../../lib/db/client';
import { importReleases } from '../../lib/data/releases';
import { loadMissionSnapshot } from '../../lib/data/missions';
import { progressView, siteViews } from '../../lib/domain/views';

const NEW_RELEASES = `Press releases

  • 23 Oct 2023 - Bamako, 23 October 2023 - MINUSMA today completed its withdrawal from the Aguelhok camp. The last peacekeepers left the camp this morning.
  • 21 Oct 2023 - Bamako, 21 October 2023 - MINUSMA completed the withdrawal of its personnel from the Tessalit camp today.
`;

const ROOT = join(import.meta.dirname, '..', '..');

function runImport(...files: string[]) {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/import.ts', ...files], {
    cwd: ROOT,
    env: { ...process.env },
    encoding: 'utf8',
  });
}

describe('importing releases', () => {
  it('creates releases once: the same text twice creates nothing the second time', async () => {
    const { db } = await getDb();
    const first = await importReleases(db, { mission: 'MINUSMA', text: NEW_RELEASES, actor: 'test' });
    expect(first.parsed).toBe(2);
    expect(first.created.map((r) => r.date)).toEqual(['2023-10-23', '2023-10-21']);
    expect(first.existing).toEqual([]);
    const second = await importReleases(db, { mission: 'MINUSMA', text: NEW_RELEASES, actor: 'test' });
    expect(second.created).toEqual([]);
    expect(second.existing.map((r) => r.id).sort()).toEqual(first.created.map((r) => r.id).sort());
    expect(await db.release.count({ where: { date: { in: ['2023-10-21', '2023-10-23'] } } })).toBe(2);
    // Every created release is in the audit trail.
    expect(await db.auditEvent.count({ where: { entity: 'release', action: 'import', actor: 'test' } })).toBe(2);
  });

  it('proposes milestones that count for nothing until an editor accepts them', async () => {
    const { db } = await getDb();
    const text = `24 Oct 2023 - Bamako, 24 October 2023 - MINUSMA handed over the Ansongo camp to the Malian authorities yesterday.`;
    const before = progressView(await loadMissionSnapshot(db, 'MINUSMA'), '2023-10-31');
    const result = await importReleases(db, { mission: 'MINUSMA', text, actor: 'test' });
    expect(result.created).toHaveLength(1);
    const proposals = await db.proposal.findMany({ where: { releaseId: result.created[0]!.id } });
    expect(proposals.map((p) => [p.type, p.date, p.status])).toContainEqual(['site_handed_over', '2023-10-23', 'pending']);
    expect(proposals.every((p) => p.status === 'pending')).toBe(true);
    const snapshot = await loadMissionSnapshot(db, 'MINUSMA');
    expect(progressView(snapshot, '2023-10-31').sites).toEqual(before.sites);
    expect(siteViews(snapshot, '2023-10-31').find((s) => s.name === 'Ansongo')?.status).toBe('active');
  });

  it('reads the site a release\'s title names for "the camp" in its body', async () => {
    const { db } = await getDb();
    const text = `19 Nov 2023 - MINUSMA closes its base in Ansongo\nThe camp was handed over to the Malian authorities yesterday by the head of the Gao office.`;
    const result = await importReleases(db, { mission: 'MINUSMA', text, actor: 'test' });
    expect(result.created).toHaveLength(1);
    const ansongo = await db.site.findFirstOrThrow({ where: { name: 'Ansongo' } });
    const proposals = await db.proposal.findMany({ where: { releaseId: result.created[0]!.id } });
    expect(proposals.map((p) => [p.type, p.date, p.siteId])).toEqual([['site_handed_over', '2023-11-18', ansongo.id]]);
  });

  it('finds no release in text that is not in the release format, and says why', async () => {
    const { db } = await getDb();
    const result = await importReleases(db, { mission: 'MINUSMA', text: 'hello\nthis is not a press release', actor: 'test' });
    expect(result.parsed).toBe(0);
    expect(result.created).toEqual([]);
    expect(result.reason).toMatch(/\w/);
  });
});

describe('npm run import', () => {
  it('reports what it created, what was there already and what it proposed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawdown-import-'));
    const file = join(dir, 'new.txt');
    writeFileSync(file, `30 Oct 2023 - Bamako, 30 October 2023 - The last convoy left the Kidal camp today.\n`);
    const first = runImport(file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/1 releases read; 1 created, 0 already there/);
    const second = runImport(file);
    expect(second.stdout).toMatch(/1 releases read; 0 created, 1 already there/);
  });

  it('creates nothing from the seed files, which the first start imported', () => {
    const seeds = readdirSync(join(ROOT, 'seeds', 'releases')).map((f) => join(ROOT, 'seeds', 'releases', f));
    const run = runImport(...seeds);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.match(/ 0 created/g)).toHaveLength(2);
    expect(run.stdout).not.toMatch(/ [1-9]\d* created/);
  });

  it('shows a progress line on a large file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawdown-import-'));
    const file = join(dir, 'large.txt');
    const lines = Array.from({ length: 1200 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + i));
      const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][day.getUTCMonth()];
      const stamp = `${String(day.getUTCDate()).padStart(2, '0')} ${month} ${day.getUTCFullYear()}`;
      return `${stamp} - Bulletin number ${i + 1}: the Mission held a coordination meeting.`;
    });
    writeFileSync(file, lines.join('\n'));
    const run = runImport(file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/500\/1200 releases/);
    expect(run.stderr).toMatch(/1200\/1200 releases \(100%\)/);
    expect(run.stdout).toMatch(/1200 releases read; 1200 created/);
  });

  it('fails with a message on a file that cannot be read', () => {
    const run = runImport('/nonexistent/file.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read/);
  });
});
