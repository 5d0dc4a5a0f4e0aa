import { describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import { seedMission } from '../../lib/data/seed';
import { readSeed, readSeeds } from '../../scripts/cli';

/** How many milestones MINUSMA's public record adds. */
const RECORD = (readSeed('MINUSMA').record as { milestones: unknown[] }).milestones.length;

describe('the seed', () => {
  it('runs on every start but seeds only once', async () => {
    const { db } = await getDb();
    const before = await Promise.all([db.site.count(), db.release.count(), db.milestone.count(), db.proposal.count()]);
    for (const files of readSeeds()) {
      const result = await seedMission(db, files);
      expect(result.seeded).toBe(false);
    }
    expect(await Promise.all([db.site.count(), db.release.count(), db.milestone.count(), db.proposal.count()])).toEqual(before);
  });

  it('cites a source for every seeded milestone, and marks the proposals it reviewed as accepted', async () => {
    const { db } = await getDb();
    // A release of the mission, or a web page with its publisher: never nothing.
    expect(await db.milestone.count({ where: { releaseId: null, OR: [{ sourceUrl: null }, { sourcePublisher: null }] } })).toBe(0);
    expect(await db.milestone.count({ where: { releaseId: null } })).toBeGreaterThan(0);
    const accepted = await db.proposal.findMany({ where: { status: 'accepted' }, include: { milestone: true } });
    expect(accepted.length).toBeGreaterThan(0);
    for (const p of accepted) {
      expect(p.milestone).not.toBeNull();
      expect(p.milestone!.releaseId).toBe(p.releaseId);
      expect(p.milestone!.type).toBe(p.type);
      expect(p.milestone!.date).toBe(p.date);
    }
  });

  /** The seed files with another mission code, so a test can seed a mission from scratch. */
  function asMission(code: string) {
    const files = readSeed('MINUSMA');
    const reference = structuredClone(files.reference) as { mission: { code: string } };
    reference.mission.code = code;
    const renamed = (file: unknown) => ({ ...(file as object), mission: code });
    return { ...files, reference, contingents: renamed(files.contingents), milestones: renamed(files.milestones), record: renamed(files.record) };
  }

  async function counts(code: string) {
    const { db } = await getDb();
    const mission = await db.mission.findUniqueOrThrow({ where: { code } });
    return {
      sites: await db.site.count({ where: { missionId: mission.id } }),
      releases: await db.release.count({ where: { missionId: mission.id } }),
      milestones: await db.milestone.count({ where: { missionId: mission.id } }),
    };
  }

  it('finishes on the next start a seed that stopped half-way', async () => {
    const { db } = await getDb();
    const good = asMission('RESUMED');
    const broken = structuredClone(good.milestones) as unknown as { milestones: { site: string | null }[] };
    broken.milestones.at(-1)!.site = 'Atlantis';
    await expect(seedMission(db, { ...good, milestones: broken })).rejects.toThrow(/Atlantis/);
    expect(await counts('RESUMED')).toEqual({ sites: 13, releases: 19, milestones: 0 });
    const resumed = await seedMission(db, good);
    expect(resumed).toMatchObject({ seeded: true, releases: 0, milestones: 10, recordMilestones: RECORD });
    expect(await counts('RESUMED')).toEqual({ sites: 13, releases: 19, milestones: 10 + RECORD });
    expect((await seedMission(db, good)).seeded).toBe(false);
  });

  it('seeds once when several instances start at the same time', async () => {
    const { db } = await getDb();
    const files = asMission('CONCURRENT');
    const results = await Promise.allSettled([seedMission(db, files), seedMission(db, files), seedMission(db, files)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(await counts('CONCURRENT')).toEqual({ sites: 13, releases: 19, milestones: 10 + RECORD });
  });

  it('adds the public record to a mission seeded before it, once', async () => {
    const { db } = await getDb();
    const files = asMission('LATER');
    const first = await seedMission(db, { ...files, record: undefined });
    expect(first).toMatchObject({ seeded: true, milestones: 10, recordMilestones: 0 });
    const next = await seedMission(db, files);
    expect(next).toMatchObject({ seeded: true, releases: 0, milestones: 0, recordMilestones: RECORD });
    expect(await counts('LATER')).toEqual({ sites: 13, releases: 19, milestones: 10 + RECORD });
    expect((await seedMission(db, files)).seeded).toBe(false);
  });

  it('refuses seed data with a mistake, and says which', async () => {
    const { db } = await getDb();
    const files = readSeed('MINUSMA');
    const reference = structuredClone(files.reference) as { mission: { code: string; withdrawalDeadline: string } };
    reference.mission.code = 'BROKEN';
    reference.mission.withdrawalDeadline = '2023-02-30';
    await expect(seedMission(db, { ...files, reference })).rejects.toThrow(/withdrawalDeadline/);
    expect(await db.mission.count({ where: { code: 'BROKEN' } })).toBe(0);
  });
});
