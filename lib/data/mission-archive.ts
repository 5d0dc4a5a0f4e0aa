/**
 * A mission's complete record as JSON (every row of every table it owns, with ids and
 * timestamps), and the way back: the `tables` of GET /api/v1/export?format=json, which
 * POST /api/v1/import (admin) loads into a database that does not hold the mission, so a
 * mission moves between instances or engines, or comes back from an export, exactly.
 *
 * Accounts (users, sessions, tokens) are not a mission's data and are not in it; audit
 * events are, when they name the mission.
 */
import { z } from 'zod';
import type { Db, Prisma } from '../db/client';
import { AppError } from '../errors';
import { isUniqueViolation } from '../db/errors';
import { auditRow } from './audit';
import { calendarDateSchema, instantSchema, missionCodeSchema, recordIdSchema } from '../domain/fields';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PROPOSAL_STATUSES } from '../domain/vocabulary';

export async function missionTables(db: Db, missionId: number) {
  const byId = { orderBy: { id: 'asc' as const } };
  const [mission, phases, sites, siteAliases, contingents, deployments, releases, milestones, proposals, auditEvents] = await Promise.all([
    db.mission.findUniqueOrThrow({ where: { id: missionId } }),
    db.phase.findMany({ where: { missionId }, ...byId }),
    db.site.findMany({ where: { missionId }, ...byId }),
    db.siteAlias.findMany({ where: { site: { missionId } }, ...byId }),
    db.contingent.findMany({ where: { missionId }, ...byId }),
    db.deployment.findMany({ where: { contingent: { missionId } }, ...byId }),
    db.release.findMany({ where: { missionId }, ...byId }),
    db.milestone.findMany({ where: { missionId }, ...byId }),
    db.proposal.findMany({ where: { release: { missionId } }, ...byId }),
    db.auditEvent.findMany({ where: { missionId }, ...byId }),
  ]);
  return { mission, phases, sites, siteAliases, contingents, deployments, releases, milestones, proposals, auditEvents };
}

// The archive as it is read back: the same names, every field checked.
const id = recordIdSchema;
const ref = id.nullable();
const text = z.string().max(2_000_000);
const optText = text.nullable();
const calendarDay = calendarDateSchema;
const day = calendarDay.nullable();
// Closed vocabularies are checked here as at every other entry point (decision 0002).
const milestoneType = z.enum(MILESTONE_TYPES);
const milestoneStatus = z.enum(MILESTONE_STATUSES);
const at = instantSchema;
const stamps = { createdAt: at, updatedAt: at };

export const archiveTables = z.strictObject({
  mission: z.strictObject({
    id, code: missionCodeSchema, name: text, hostCountry: text, hostCountryIsoNumeric: optText, deployedSince: day, mandateEnd: day,
    drawdownStart: day, withdrawalDeadline: calendarDay, liquidationStart: day, personnelInScope: z.number().int().nullable(), version: id, ...stamps,
  }),
  phases: z.array(z.strictObject({ id, missionId: id, code: text, name: text, plannedStart: day, plannedEnd: day })),
  sites: z.array(
    z.strictObject({ id, missionId: id, phaseId: ref, slug: text, name: text, kind: text, region: text, lat: z.number(), lon: z.number(), plannedHandover: day, version: id, ...stamps }),
  ),
  siteAliases: z.array(z.strictObject({ id, siteId: id, name: text })),
  contingents: z.array(
    z.strictObject({ id, missionId: id, country: text, countryIso: text, unitKind: text, name: text, strength: z.number().int().nullable(), version: id, ...stamps }),
  ),
  deployments: z.array(z.strictObject({ id, contingentId: id, siteId: id, startDate: day, endDate: day, strength: z.number().int().nullable() })),
  releases: z.array(
    z.strictObject({ id, missionId: id, date: calendarDay, title: optText, body: text, url: optText, language: text, contentHash: text, createdAt: at }),
  ),
  milestones: z.array(
    z.strictObject({
      id, missionId: id, siteId: ref, contingentId: ref, type: milestoneType, date: calendarDay, title: text, notes: optText, figure: z.number().int().nullable(),
      status: milestoneStatus, releaseId: ref, sourceUrl: optText, sourcePublisher: optText, version: id, ...stamps,
    }),
  ),
  proposals: z.array(
    z.strictObject({
      id, releaseId: id, type: milestoneType, date: day, siteId: ref, contingentId: ref, countryIso: optText, figure: z.number().int().nullable(), milestoneStatus: milestoneStatus,
      title: text, sentence: text, spans: text, confidence: z.number(), status: z.enum(PROPOSAL_STATUSES), milestoneId: ref, reviewedAt: at.nullable(), reviewedBy: optText, correctedFields: optText.optional(), rejectReason: optText.optional(), createdAt: at,
    }),
  ),
  auditEvents: z.array(
    z.strictObject({ id, at, actor: text, action: text, entity: text, entityId: text, missionId: ref, before: optText, after: optText }),
  ),
});

export const missionImportBody = z.object({ format: z.literal('drawdown-export'), tables: archiveTables });
export type MissionArchive = z.infer<typeof archiveTables>;

const SEQUENCED = ['Mission', 'Phase', 'Site', 'SiteAlias', 'Contingent', 'Deployment', 'Release', 'Milestone', 'Proposal', 'AuditEvent'];

/**
 * Loads a mission's tables, ids and all, in one transaction: all of it or nothing. Refused
 * when the database already holds the mission or any of the ids.
 */
export async function importMission(db: Db, engine: 'sqlite' | 'postgresql', actor: string, t: MissionArchive) {
  const m = t.mission.id;
  const foreign = (rows: { missionId: number }[]) => rows.some((r) => r.missionId !== m);
  if (foreign(t.phases) || foreign(t.sites) || foreign(t.contingents) || foreign(t.releases) || foreign(t.milestones) || t.auditEvents.some((e) => e.missionId !== m)) {
    throw new AppError('validation_failed', 'Every row of the export must belong to its mission.');
  }
  if (await db.mission.findUnique({ where: { code: t.mission.code }, select: { id: true } })) {
    throw new AppError('conflict', `Mission ${t.mission.code} is already in this database; nothing was imported.`);
  }
  try {
    await db.$transaction(
      async (tx: Prisma.TransactionClient) => {
        await tx.mission.create({ data: t.mission });
        if (t.phases.length) await tx.phase.createMany({ data: t.phases });
        if (t.sites.length) await tx.site.createMany({ data: t.sites });
        if (t.siteAliases.length) await tx.siteAlias.createMany({ data: t.siteAliases });
        if (t.contingents.length) await tx.contingent.createMany({ data: t.contingents });
        if (t.deployments.length) await tx.deployment.createMany({ data: t.deployments });
        if (t.releases.length) await tx.release.createMany({ data: t.releases });
        if (t.milestones.length) await tx.milestone.createMany({ data: t.milestones });
        if (t.proposals.length) await tx.proposal.createMany({ data: t.proposals });
        if (t.auditEvents.length) await tx.auditEvent.createMany({ data: t.auditEvents });
        if (engine === 'postgresql') {
          // Rows came with their ids: move each sequence past them, or the next insert collides.
          for (const table of SEQUENCED) {
            await tx.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX("id") FROM "${table}"), 1))`);
          }
        }
        // The mission's own trail comes back exactly as exported; the import is recorded
        // beside it, under no mission, so that it does not alter what was exported.
        await tx.auditEvent.create({
          data: auditRow({ actor, action: 'import', entity: 'mission', entityId: t.mission.code, after: { id: m, rows: countRows(t) } }),
        });
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'This database already holds records with the ids of the export; import into a database without them.');
    throw error;
  }
  return { missionCode: t.mission.code, rows: countRows(t) };
}

function countRows(t: MissionArchive): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Array.isArray(v) ? v.length : 1]));
}
