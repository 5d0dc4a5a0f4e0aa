/**
 * Loads a mission's seed data (the files in seeds/) into an empty database: the mission,
 * its phases and sites from the reference file, its contingents, its releases (through
 * the importer, like any import) and the milestones an editor accepted from them.
 * Validation is strict: a seed file with a mistake stops the seed with the reason.
 */
import { z } from 'zod';
import type { Db } from '../db/client';
import { phaseInput, webSource } from '../api/bodies';
import { MILESTONE_STATUSES, MILESTONE_TYPES } from '../domain/vocabulary';
import { calendarDateSchema } from '../domain/fields';
import { slugify } from '../domain/search';
import { importReleases } from './releases';
import { auditRow } from './audit';
import { isUniqueViolation } from '../db/errors';

const date = calendarDateSchema;
/** A fact's source in a seed file: a web page, its publisher, and what it says of the fact. */
const seedSource = webSource.extend({ note: z.string().optional() });

export const referenceFile = z.object({
  mission: z.object({
    code: z.string().min(1),
    name: z.string().min(1),
    hostCountry: z.string().min(1),
    hostCountryIsoNumeric: z.string().regex(/^\d{3}$/).optional(),
    deployedSince: date.nullish(),
    mandateEndedOn: date.nullish(),
    drawdownStartsOn: date.nullish(),
    withdrawalDeadline: date,
    liquidationStartsOn: date.nullish(),
    personnelInScope: z.number().int().positive().nullish(),
  }),
  /** Where each of the mission's facts comes from, by field name. */
  sources: z.record(z.string(), seedSource).default({}),
  // The rule an admin's edit of a phase follows (lib/api/bodies.ts): a seeded phase can be sent back as read.
  phases: z.array(phaseInput),
  sites: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      kind: z.string().min(1),
      region: z.string().min(1),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      phase: z.string().nullish(),
      plannedHandover: date.nullish(),
      source: seedSource.optional(),
    }),
  ),
});

const seedContingent = z.object({
  countryIso: z.string().regex(/^[A-Z]{2}$/),
  country: z.string().min(1),
  unitKind: z.string().min(1),
  name: z.string().min(1),
  strength: z.number().int().positive().nullish(),
  deployments: z.array(z.object({ site: z.string().min(1), startDate: date.nullish(), endDate: date.nullish() })).default([]),
  source: seedSource.optional(),
});

export const contingentsFile = z.object({
  mission: z.string().min(1),
  contingents: z.array(seedContingent),
});

/** A milestone in a seed file: its site by name, its contingent by country code. */
const seedMilestone = z.object({
  type: z.enum(MILESTONE_TYPES),
  date,
  status: z.enum(MILESTONE_STATUSES).default('achieved'),
  site: z.string().nullable(),
  contingent: z.string().nullable(),
  title: z.string().min(1).max(200),
  notes: z.string().max(2000).nullish(),
  figure: z.number().int().nonnegative().nullish(),
});

/**
 * Milestones from the public record of a withdrawal (not from the user's releases): each cites
 * a web page, with the other pages that report the same fact. `contingents` adds the national
 * contingents they name that the contingents file does not.
 */
export const recordFile = z.object({
  mission: z.string().min(1),
  contingents: z.array(seedContingent).default([]),
  milestones: z.array(seedMilestone.extend({ source: seedSource, alsoReportedBy: z.array(seedSource).default([]) })),
  disagreements: z.array(z.string()).default([]),
  leftOut: z.array(z.string()).default([]),
});

export const milestonesFile = z.object({
  mission: z.string().min(1),
  milestones: z.array(seedMilestone.extend({ release: date })),
});

export interface SeedInput {
  reference: unknown;
  contingents: unknown;
  releaseTexts: string[];
  /** The milestones an editor accepted from the releases; none for a mission without releases. */
  milestones?: unknown;
  /** Milestones from the public record (recordFile); none when the mission has no record yet. */
  record?: unknown;
}

export interface SeedResult {
  seeded: boolean;
  mission: string;
  sites: number;
  releases: number;
  proposals: number;
  milestones: number;
  /** Milestones added from the public record. */
  recordMilestones: number;
}

const ACTOR = 'seed';

/** Written with the last step of a seed: a mission without it was interrupted mid-seed. */
const SEED_DONE = { actor: ACTOR, action: 'seed', entity: 'mission' } as const;
/** Written with the public record's milestones: a database seeded before the record gets it on its next start. */
const RECORD_DONE = { actor: `${ACTOR}:record`, action: 'seed', entity: 'mission' } as const;

/**
 * Seeds one mission unless it is there already; safe to run on every start, by several
 * instances at once, and after a start that died mid-seed (it resumes: each step is
 * idempotent, and the last one marks the seed complete in its own transaction).
 */
export async function seedMission(db: Db, input: SeedInput): Promise<SeedResult> {
  const reference = referenceFile.parse(input.reference);
  const contingents = contingentsFile.parse(input.contingents);
  const milestones = milestonesFile.parse(input.milestones ?? { mission: reference.mission.code, milestones: [] });
  const record = input.record === undefined ? null : recordFile.parse(input.record);
  const code = reference.mission.code;
  for (const file of [contingents, milestones, record]) {
    if (file && file.mission !== code) throw new Error(`A seed file for ${file.mission} was given with the reference file of ${code}.`);
  }
  const result: SeedResult = { seeded: false, mission: code, sites: 0, releases: 0, proposals: 0, milestones: 0, recordMilestones: 0 };
  const existing = await db.mission.findUnique({ where: { code }, select: { id: true } });
  const missionId = existing?.id ?? (await createMission(db, reference, contingents));

  if (!(await seedDone(db, missionId, SEED_DONE))) {
    result.seeded = true;
    result.sites = reference.sites.length;
    for (const text of input.releaseTexts) {
      const imported = await importReleases(db, { mission: code, text, actor: ACTOR });
      result.releases += imported.created.length;
      result.proposals += imported.proposals;
    }
    result.milestones = await seedReviewedMilestones(db, missionId, milestones);
  }
  if (record && !(await seedDone(db, missionId, RECORD_DONE))) {
    result.recordMilestones = await seedRecord(db, missionId, record);
    result.seeded ||= result.recordMilestones > 0;
  }
  return result;
}

async function seedDone(db: Pick<Db, 'auditEvent'>, missionId: number, marker: { actor: string; action: 'seed'; entity: 'mission' }): Promise<boolean> {
  return (await db.auditEvent.count({ where: { ...marker, entityId: String(missionId) } })) > 0;
}

/** Creates the mission, its phases, sites and contingents; returns its id. */
async function createMission(
  db: Db,
  reference: z.infer<typeof referenceFile>,
  contingents: z.infer<typeof contingentsFile>,
): Promise<number> {
  const code = reference.mission.code;
  try {
    return await insertMission(db, reference, contingents);
  } catch (error) {
    // Another instance created it between our read and our write: carry on with theirs.
    const mission = isUniqueViolation(error) ? await db.mission.findUnique({ where: { code }, select: { id: true } }) : null;
    if (mission) return mission.id;
    throw error;
  }
}

async function insertMission(
  db: Db,
  reference: z.infer<typeof referenceFile>,
  contingents: z.infer<typeof contingentsFile>,
): Promise<number> {
  const code = reference.mission.code;
  return db.$transaction(async (tx) => {
    const m = reference.mission;
    const mission = await tx.mission.create({
      data: {
        code,
        name: m.name,
        hostCountry: m.hostCountry,
        hostCountryIsoNumeric: m.hostCountryIsoNumeric ?? null,
        deployedSince: m.deployedSince ?? null,
        mandateEnd: m.mandateEndedOn ?? null,
        drawdownStart: m.drawdownStartsOn ?? null,
        withdrawalDeadline: m.withdrawalDeadline,
        liquidationStart: m.liquidationStartsOn ?? null,
        personnelInScope: m.personnelInScope ?? null,
        phases: {
          create: reference.phases.map((p) => ({ code: p.code, name: p.name, plannedStart: p.plannedStart ?? null, plannedEnd: p.plannedEnd ?? null })),
        },
      },
      select: { id: true, phases: { select: { id: true, code: true } } },
    });
    const phaseId = new Map(mission.phases.map((p) => [p.code, p.id]));
    const siteId = new Map<string, number>();
    for (const s of reference.sites) {
      if (s.phase && !phaseId.has(s.phase)) throw new Error(`Seed site ${s.name} names phase ${s.phase}, which the mission does not have.`);
      const site = await tx.site.create({
        data: {
          missionId: mission.id,
          phaseId: s.phase ? phaseId.get(s.phase)! : null,
          slug: slugify(s.name),
          name: s.name,
          kind: s.kind,
          region: s.region,
          lat: s.lat,
          lon: s.lon,
          plannedHandover: s.plannedHandover ?? null,
          aliases: { create: [...new Set(s.aliases)].map((name) => ({ name })) },
        },
        select: { id: true },
      });
      siteId.set(s.name, site.id);
    }
    for (const c of contingents.contingents) {
      await tx.contingent.create({
        data: {
          missionId: mission.id,
          country: c.country,
          countryIso: c.countryIso,
          unitKind: c.unitKind,
          name: c.name,
          strength: c.strength ?? null,
          deployments: {
            create: c.deployments.map((d) => {
              const id = siteId.get(d.site);
              if (!id) throw new Error(`Seed contingent ${c.name} is deployed at ${d.site}, which is not a site of ${code}.`);
              return { siteId: id, startDate: d.startDate ?? null, endDate: d.endDate ?? null };
            }),
          },
        },
      });
    }
    await tx.auditEvent.create({ data: auditRow({ actor: ACTOR, action: 'create', entity: 'mission', entityId: mission.id, missionId: mission.id, after: { code } }) });
    return mission.id;
  });
}

interface MissionLookups {
  siteNamed(name: string): number;
  contingentOf(iso: string): number;
}

/** A mission's sites by name and contingents by country code, as they are now; `file` names the seed file in errors. */
async function missionLookups(db: Pick<Db, 'site' | 'contingent'>, missionId: number, file: string): Promise<MissionLookups> {
  const [sites, contingents] = await Promise.all([
    db.site.findMany({ where: { missionId }, select: { id: true, name: true } }),
    db.contingent.findMany({ where: { missionId }, select: { id: true, countryIso: true }, orderBy: { id: 'asc' } }),
  ]);
  return {
    siteNamed(name) {
      const found = sites.find((s) => s.name === name);
      if (!found) throw new Error(`${file} names the site ${name}, which the mission does not have.`);
      return found.id;
    },
    contingentOf(iso) {
      const found = contingents.find((c) => c.countryIso === iso);
      if (!found) throw new Error(`${file} names the contingent ${iso}, which the mission does not have.`);
      return found.id;
    },
  };
}

/** The stored fields of a seed milestone, its site and contingent found by the mission's lookups. */
function milestoneFields(m: z.infer<typeof seedMilestone>, { siteNamed, contingentOf }: MissionLookups) {
  return {
    siteId: m.site ? siteNamed(m.site) : null,
    contingentId: m.contingent ? contingentOf(m.contingent) : null,
    type: m.type,
    date: m.date,
    status: m.status,
    title: m.title,
    notes: m.notes ?? null,
    figure: m.figure ?? null,
  };
}

async function seedReviewedMilestones(db: Db, missionId: number, file: z.infer<typeof milestonesFile>): Promise<number> {
  const [releases, lookups] = await Promise.all([
    db.release.findMany({ where: { missionId }, select: { id: true, date: true } }),
    missionLookups(db, missionId, 'The seed milestones file'),
  ]);
  const releaseOn = (day: string) => {
    const found = releases.filter((r) => r.date === day);
    if (found.length !== 1) throw new Error(`Seed milestones cite the release of ${day}, but ${found.length} releases have that date.`);
    return found[0]!.id;
  };
  return db.$transaction(async (tx) => {
    // Writing to the mission's row first makes concurrent seeds of it wait for each other
    // (a row lock on PostgreSQL, the write lock on SQLite); the loser then sees it is done.
    await tx.mission.update({ where: { id: missionId }, data: { version: { increment: 0 } } });
    if (await seedDone(tx, missionId, SEED_DONE)) return 0;
    for (const m of file.milestones) {
      const releaseId = releaseOn(m.release);
      const fields = milestoneFields(m, lookups);
      const siteId = fields.siteId;
      const milestone = await tx.milestone.create({ data: { missionId, ...fields, releaseId } });
      // The editor reviewed this release: the proposal that said the same becomes this milestone.
      const proposal = await tx.proposal.findFirst({
        where: { releaseId, type: m.type, siteId, date: m.date, status: 'pending' },
        select: { id: true },
      });
      if (proposal) {
        await tx.proposal.update({
          where: { id: proposal.id },
          data: { status: 'accepted', milestoneId: milestone.id, reviewedAt: new Date(), reviewedBy: ACTOR },
        });
      }
      await tx.auditEvent.create({
        data: auditRow({ actor: ACTOR, action: 'create', entity: 'milestone', entityId: milestone.id, missionId, after: milestone }),
      });
    }
    await tx.auditEvent.create({ data: auditRow({ ...SEED_DONE, entityId: missionId, missionId, after: { milestones: file.milestones.length } }) });
    return file.milestones.length;
  });
}

/**
 * The public record's milestones, each citing its web page, and the contingents they name that
 * the mission does not have yet; in one transaction that ends with its own marker, so a
 * database seeded before the record existed gets it on its next start, exactly once.
 */
async function seedRecord(db: Db, missionId: number, file: z.infer<typeof recordFile>): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.mission.update({ where: { id: missionId }, data: { version: { increment: 0 } } });
    if (await seedDone(tx, missionId, RECORD_DONE)) return 0;
    for (const c of file.contingents) {
      const exists = await tx.contingent.findFirst({ where: { missionId, countryIso: c.countryIso, unitKind: c.unitKind }, select: { id: true } });
      if (exists) continue;
      const created = await tx.contingent.create({
        data: { missionId, country: c.country, countryIso: c.countryIso, unitKind: c.unitKind, name: c.name, strength: c.strength ?? null },
      });
      await tx.auditEvent.create({ data: auditRow({ actor: ACTOR, action: 'create', entity: 'contingent', entityId: created.id, missionId, after: created }) });
    }
    // Looked up after the record's own contingents are in.
    const lookups = await missionLookups(tx, missionId, 'The record');
    for (const m of file.milestones) {
      const milestone = await tx.milestone.create({
        data: { missionId, ...milestoneFields(m, lookups), sourceUrl: m.source.url, sourcePublisher: m.source.publisher },
      });
      await tx.auditEvent.create({
        data: auditRow({ actor: ACTOR, action: 'create', entity: 'milestone', entityId: milestone.id, missionId, after: milestone }),
      });
    }
    await tx.auditEvent.create({ data: auditRow({ ...RECORD_DONE, entityId: missionId, missionId, after: { milestones: file.milestones.length } }) });
    return file.milestones.length;
  });
}
