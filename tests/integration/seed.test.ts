import { describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import { seedMission } from '../../lib/data/seed';
import { readSeedFiles } from '../../scripts/cli';

describe('the seed', () => {
  it('runs on every start but seeds only once', async () => {
    const { db } = await getDb();
    const before = await Promise.all([db.site.count(), db.release.count(), db.milestone.count(), db.proposal.count()]);
    const result = await seedMission(db, readSeedFiles());
    expect(result.seeded).toBe(false);
    expect(await Promise.all([db.site.count(), db.release.count(), db.milestone.count(), db.proposal.count()])).toEqual(before);
  });

  it('cites a release for every seeded milestone, and marks the proposals it reviewed as accepted', async () => {
    const { db } = await getDb();
    expect(await db.milestone.count({ where: { releaseId: null } })).toBe(0);
    const accepted = await db.proposal.findMany({ where: { status: 'accepted' }, include: { milestone: true } });
    expect(accepted.length).toBeGreaterThan(0);
    for (const p of accepted) {
      expect(p.milestone).not.toBeNull();
      expect(p.milestone!.releaseId).toBe(p.releaseId);
      expect(p.milestone!.type).toBe(p.type);
      expect(p.milestone!.date).toBe(p.date);
    }
  });

  it('refuses seed data with a mistake, and says which', async () => {
    const { db } = await getDb();
    const files = readSeedFiles();
    const reference = structuredClone(files.reference) as { mission: { code: string; withdrawalDeadline: string } };
    reference.mission.code = 'BROKEN';
    reference.mission.withdrawalDeadline = '2023-02-30';
    await expect(seedMission(db, { ...files, reference })).rejects.toThrow(/withdrawalDeadline/);
    expect(await db.mission.count({ where: { code: 'BROKEN' } })).toBe(0);
  });
});
