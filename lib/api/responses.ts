/**
 * What the API answers, one zod schema per shape, beside the request schemas (bodies.ts,
 * params.ts). The OpenAPI document (openapi.ts) is generated from these, and the compile-time
 * checks at the end of this file hold each schema to the view type the server builds, so the
 * document, the server and the screens cannot drift apart. Each `id` names the shape's
 * component in the document.
 */
import { z } from 'zod';
import { calendarDateSchema, instantSchema, recordIdSchema } from '../domain/fields';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PROPOSAL_STATUSES, SITE_STATUSES, VERDICT_STATUSES } from '../domain/vocabulary';
import { VERDICT_REASON_CODES } from '../domain/progress';
import { ERROR_STATUS } from '../errors';
import { ROLES } from '../auth/roles';
import { archiveTables } from '../data/mission-archive';
import type { ContingentView, ProgressView, SiteView } from '../domain/views';
import type { MilestoneView } from '../data/milestones';
import type { SiteDetail } from '../data/sites';
import type { MissionDetail } from '../data/missions';
import type { MissionView } from '../domain/snapshot';
import type { ReleaseView } from '../data/releases';
import type { ProposalView } from '../data/proposals';
import type { ReviewStats } from '../data/proposal-review';
import type { AcceptManyResult } from '../data/proposal-writes';
import type { ImportAnswer } from '../data/release-writes';
import type { SiteRecord } from '../data/site-writes';
import type { ContingentRecord } from '../data/contingent-writes';
import type { TokenView } from '../auth/tokens';
import type { UserView } from '../auth/users';
import type { AuditEventView } from '../data/audit-history';
import type { PortfolioBody } from '../domain/portfolio';
import type { Health } from '../data/health';

const id = recordIdSchema;
const day = calendarDateSchema;
const optionalDay = day.nullable();
const count = z.number().int().min(0);
const int = z.number().int();
const milestoneType = z.enum(MILESTONE_TYPES);
const milestoneStatus = z.enum(MILESTONE_STATUSES);
const siteStatus = z.enum(SITE_STATUSES);
const plannedFrom = z.enum(['site', 'phase']);

// ---------------------------------------------------------------------------------------
// Errors

const errorCode = z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]);
const errorDetail = {
  code: errorCode,
  message: z.string(),
  fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: 'Each field in error and what is wrong with it' }),
};

export const errorSchema = z
  .strictObject({
    error: z.strictObject({ ...errorDetail, requestId: z.string().optional().meta({ description: 'On a 500 only: quote it to the operator' }) }),
  })
  .meta({ id: 'Error', description: 'Every error: a stable code, a message for a person, and the fields in error' });

// ---------------------------------------------------------------------------------------
// Missions

export const phaseSchema = z.strictObject({ code: z.string(), name: z.string(), plannedStart: optionalDay, plannedEnd: optionalDay }).meta({ id: 'Phase' });

export const missionSchema = z
  .strictObject({
    code: z.string().meta({ example: 'MINUSMA' }),
    name: z.string(),
    hostCountry: z.string(),
    hostCountryIsoNumeric: z.string().nullable(),
    deployedSince: optionalDay,
    mandateEnd: optionalDay,
    drawdownStart: optionalDay,
    withdrawalDeadline: day,
    liquidationStart: optionalDay,
    personnelInScope: count.nullable(),
    phases: z.array(phaseSchema),
    version: id,
  })
  .meta({ id: 'Mission' });

export const missionDetailSchema = missionSchema
  .extend({ milestoneDates: z.array(day).meta({ description: 'The days on which a milestone was achieved, ascending' }) })
  .meta({ id: 'MissionDetail' });

// ---------------------------------------------------------------------------------------
// Milestones and their sources

export const releaseSourceSchema = z
  .strictObject({ releaseId: id, releaseDate: day, releaseTitle: z.string().nullable(), url: z.string().nullable(), language: z.string().meta({ description: 'The language the release is written in (en, fr)' }) })
  .meta({ id: 'ReleaseSource', description: 'A release of the same mission' });

export const webSourceSchema = z
  .strictObject({ url: z.string(), publisher: z.string().nullable() })
  .meta({ id: 'WebSource', description: 'A page on the web and who published it' });

export const milestoneSchema = z
  .strictObject({
    id,
    missionCode: z.string(),
    siteId: id.nullable(),
    contingentId: id.nullable(),
    type: milestoneType,
    date: day,
    title: z.string(),
    notes: z.string().nullable(),
    figure: count.nullable(),
    status: milestoneStatus,
    source: z.union([releaseSourceSchema, webSourceSchema]).nullable(),
    version: id,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Milestone' });

// ---------------------------------------------------------------------------------------
// Sites and contingents as of a day

export const contingentRefSchema = z
  .strictObject({ id, country: z.string(), countryIso: z.string(), unitKind: z.string(), name: z.string() })
  .meta({ id: 'ContingentRef' });

const siteState = {
  status: siteStatus,
  statusSince: optionalDay,
  withdrawalStartedOn: optionalDay,
  closedOn: optionalDay,
  handedOverOn: optionalDay,
};

export const siteSchema = z
  .strictObject({
    id,
    missionCode: z.string(),
    slug: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    kind: z.string(),
    region: z.string(),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    phase: z.string().nullable(),
    phaseName: z.string().nullable(),
    plannedHandover: optionalDay.meta({ description: "The site's own planned handover, else its phase's planned end" }),
    plannedHandoverFrom: plannedFrom.nullable(),
    ...siteState,
    contingents: z.array(contingentRefSchema).meta({ description: 'Contingents deployed there on the "as of" day' }),
    lastMilestone: z
      .strictObject({ id, type: milestoneType, date: day, title: z.string(), releaseId: id.nullable() })
      .nullable()
      .meta({ description: 'The latest achieved milestone of the site dated on or before the "as of" day' }),
    version: id,
  })
  .meta({ id: 'Site' });

export const siteDetailSchema = siteSchema
  .extend({
    milestones: z.array(milestoneSchema.extend({ quote: z.string().nullable().meta({ description: 'The passage of the source release that backs the milestone' }) })),
  })
  .meta({ id: 'SiteDetail' });

export const contingentSchema = contingentRefSchema
  .extend({
    missionCode: z.string(),
    strength: count.nullable(),
    deployments: z.array(z.strictObject({ siteId: id, siteName: z.string(), startDate: optionalDay, endDate: optionalDay, strength: count.nullable() })),
    presentAt: z.array(z.strictObject({ siteId: id, siteName: z.string() })).meta({ description: 'Sites where it is deployed on the "as of" day' }),
    repatriated: z.boolean(),
    repatriatedOn: optionalDay,
  })
  .meta({ id: 'Contingent' });

// ---------------------------------------------------------------------------------------
// Records as stored (what a write answers and a 409 carries)

export const siteRecordSchema = siteSchema
  .pick({ id: true, missionCode: true, slug: true, name: true, aliases: true, kind: true, region: true, lat: true, lon: true, phase: true, version: true })
  .extend({ plannedHandover: optionalDay.meta({ description: "The site's own planned handover" }) })
  .meta({ id: 'SiteRecord', description: 'A site as stored: no derived status' });

export const contingentRecordSchema = z
  .strictObject({
    id,
    missionCode: z.string(),
    name: z.string(),
    country: z.string(),
    countryIso: z.string(),
    unitKind: z.string(),
    strength: count.nullable(),
    deployments: z.array(z.strictObject({ siteId: id, startDate: optionalDay, endDate: optionalDay.meta({ description: 'The day it left; null while it is there' }), strength: count.nullable() })),
    version: id,
  })
  .meta({ id: 'ContingentRecord', description: 'A contingent as stored, with its deployments' });

const conflict = (name: string, current: z.ZodType, description: string) =>
  z
    .strictObject({ error: z.strictObject({ code: z.literal('version_conflict'), message: z.string(), current: current.meta({ description }) }) })
    .meta({ id: name, description: 'Someone saved since this version was read; nothing was changed' });

export const milestoneConflictSchema = conflict('MilestoneConflict', milestoneSchema, "The milestone as stored now, with the other editor's change");
export const siteConflictSchema = conflict('SiteConflict', siteRecordSchema, "The site as stored now, with the other editor's change");
export const contingentConflictSchema = conflict('ContingentConflict', contingentRecordSchema, "The contingent as stored now, with the other editor's change");
export const missionConflictSchema = conflict('MissionConflict', missionSchema, "The mission as stored now, with the other editor's change");

// ---------------------------------------------------------------------------------------
// Releases and proposals

export const releaseSchema = z
  .strictObject({
    id,
    missionCode: z.string(),
    date: day,
    title: z.string().nullable(),
    body: z.string(),
    url: z.string().nullable(),
    language: z.string(),
    contentHash: z.string(),
    createdAt: instantSchema,
    milestones: z
      .array(z.strictObject({ id, siteId: id.nullable(), contingentId: id.nullable(), type: milestoneType, date: day, title: z.string(), status: milestoneStatus }))
      .meta({ description: 'The milestones that cite this release' }),
    proposalCounts: z.strictObject(Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, count])) as Record<(typeof PROPOSAL_STATUSES)[number], typeof count>),
  })
  .meta({ id: 'Release' });

export const proposalSchema = z
  .strictObject({
    id,
    releaseId: id,
    releaseDate: day,
    type: milestoneType,
    date: optionalDay,
    siteId: id.nullable(),
    contingentId: id.nullable(),
    countryIso: z.string().nullable(),
    figure: count.nullable(),
    milestoneStatus,
    title: z.string(),
    sentence: z.string(),
    spans: z.array(z.strictObject({ kind: z.enum(['site', 'contingent', 'date', 'type']), start: count, end: count, text: z.string() })),
    confidence: z.number().min(0).max(1),
    status: z.enum(PROPOSAL_STATUSES),
    milestoneId: id.nullable(),
    correctedFields: z.array(z.string()).nullable().meta({ description: 'The fields the editor changed when accepting; [] when accepted as proposed; null until accepted' }),
    rejectReason: z.string().nullable(),
  })
  .meta({ id: 'Proposal' });

export const acceptedSchema = z.strictObject({ proposal: proposalSchema, milestone: milestoneSchema }).meta({ id: 'Accepted' });

export const acceptManySchema = z
  .strictObject({
    accepted: z.array(acceptedSchema),
    refused: z.array(z.strictObject({ id, error: z.strictObject({ code: z.string(), message: z.string(), fields: errorDetail.fields }) })),
  })
  .meta({ id: 'AcceptMany', description: 'What was accepted, and what was refused with why' });

const importedRelease = z
  .strictObject({ id, date: day, title: z.string().nullable(), contentHash: z.string(), proposals: z.array(proposalSchema) })
  .meta({ id: 'ImportedRelease' });

export const importAnswerSchema = z
  .strictObject({
    missionCode: z.string(),
    parsed: count.meta({ description: 'Releases found in the text' }),
    created: z.array(importedRelease),
    existing: z.array(importedRelease).meta({ description: 'Releases imported before: nothing was created for them' }),
    proposals: count.meta({ description: 'Proposals made by this import' }),
  })
  .meta({ id: 'ImportResult' });

const reviewStatsRow = z
  .strictObject({
    type: z.union([milestoneType, z.literal('all')]),
    reviewed: count,
    acceptedAsProposed: count,
    corrected: count,
    rejected: count,
    precision: z.number().min(0).max(1).nullable().meta({ description: 'Accepted as proposed ÷ reviewed; null when nothing was reviewed' }),
    corrections: z.record(z.string(), count).meta({ description: 'How often each extracted field was corrected' }),
  })
  .meta({ id: 'ReviewStatsRow' });

export const reviewStatsSchema = z
  .strictObject({ missionCode: z.string(), pending: count, overall: reviewStatsRow, byType: z.array(reviewStatsRow) })
  .meta({ id: 'ReviewStats' });

// ---------------------------------------------------------------------------------------
// Progress, charts and the portfolio

const seriesPoint = z.strictObject({ date: day, done: count, planned: count });

const verdictSchema = z
  .strictObject({
    status: z.enum(VERDICT_STATUSES),
    reason: z.string().meta({ description: 'The verdict in English words; screens word it from reasonCode and params' }),
    reasonCode: z.enum(VERDICT_REASON_CODES),
    params: z
      .object({
        sitesLeft: count,
        sitesTotal: count,
        sitesDone: count,
        daysLeft: int,
        daysPerSite: z.number().nullable(),
        completionDate: optionalDay,
        finishedOn: optionalDay,
        deadline: day,
        startsOn: optionalDay,
        daysToStart: count,
      })
      .catchall(z.union([z.string(), z.number(), z.null()])),
  })
  .meta({ id: 'Verdict' });

const chartMilestone = z
  .strictObject({
    id,
    type: milestoneType,
    date: day,
    title: z.string(),
    siteId: id.nullable(),
    contingentId: id.nullable(),
    figure: count.nullable(),
    source: z
      .union([
        releaseSourceSchema.partial({ releaseDate: true, releaseTitle: true, url: true, language: true }),
        webSourceSchema,
      ])
      .nullable(),
  })
  .meta({ id: 'ChartMilestone' });

const breakdownRow = z
  .strictObject({
    key: z.string().meta({ description: "The phase code or the region; '' for sites with no phase" }),
    label: z.string(),
    active: count,
    withdrawing: count,
    closed: count,
    handedOver: count,
    total: count,
  })
  .meta({ id: 'BreakdownRow' });

export const progressSchema = z
  .strictObject({
    missionCode: z.string(),
    asOf: day,
    deadline: day,
    daysLeft: int.meta({ description: 'Negative once the deadline has passed' }),
    sites: z.strictObject({ total: count, active: count, withdrawing: count, closed: count, handedOver: count }),
    personnel: z.strictObject({ inScope: count.nullable(), departed: count.nullable(), figureDate: optionalDay }),
    series: z.array(seriesPoint).meta({ description: '`done` counts sites closed or handed over on or before `date`' }),
    projection: z.strictObject({
      completionDate: optionalDay,
      pacePerWeek: z.number().nullable(),
      basis: z.string(),
      paceFrom: optionalDay.meta({ description: 'The pace is paceSites done in the paceDays from paceFrom (the drawdown start, else the first site done) to asOf' }),
      paceSites: count,
      paceDays: count,
    }),
    verdict: verdictSchema,
    finishedOn: optionalDay,
    steps: z
      .array(
        z.strictObject({
          date: day,
          done: count,
          planned: count,
          doneSites: z.array(z.strictObject({ id, name: z.string(), how: z.enum(['closed', 'handed_over']), milestones: z.array(chartMilestone) })),
          plannedSites: z.array(z.strictObject({ id, name: z.string(), from: plannedFrom })),
        }),
      )
      .meta({ description: 'The days on which `done` (up to asOf) or `planned` moves, with the sites behind each move and the milestones that made a site done' }),
    personnelSeries: z
      .array(z.strictObject({ date: day, departed: count, scope: z.enum(['mission', 'unit']), milestones: z.array(chartMilestone) }))
      .meta({ description: 'Personnel departed as reported, never interpolated' }),
    timeline: z
      .array(
        z.strictObject({
          siteId: id,
          slug: z.string(),
          name: z.string(),
          region: z.string(),
          phase: z.string().nullable(),
          phaseName: z.string().nullable(),
          plannedStart: optionalDay,
          plannedEnd: optionalDay,
          plannedEndFrom: plannedFrom.nullable(),
          status: siteStatus,
          withdrawalStartedOn: optionalDay,
          doneOn: optionalDay,
          closedOn: optionalDay,
          handedOverOn: optionalDay,
          marks: z.array(z.strictObject({ id, type: milestoneType, date: day, title: z.string(), status: z.enum(['achieved', 'planned']) })),
        }),
      )
      .meta({ description: 'One row per site, by phase then planned handover: planned window, actual start and end as of asOf, milestones as marks' }),
    breakdowns: z
      .strictObject({ byPhase: z.array(breakdownRow), byRegion: z.array(breakdownRow) })
      .meta({ description: 'Sites by status as of asOf, per phase and per region' }),
  })
  .meta({ id: 'Progress' });

export const portfolioSchema = z
  .strictObject({
    asOf: day,
    data: z.array(
      z.strictObject({
        code: z.string(),
        name: z.string(),
        hostCountry: z.string(),
        drawdownStart: optionalDay,
        deadline: day,
        daysLeft: int.meta({ description: 'Days from asOf to the deadline; negative once it has passed' }),
        sitesDone: count.meta({ description: 'Sites closed or handed over as of asOf' }),
        sitesTotal: count,
        personnelDeparted: count.nullable(),
        personnelInScope: count.nullable(),
        personnelFigureDate: optionalDay,
        verdict: verdictSchema,
        finishedOn: optionalDay,
        series: z.array(seriesPoint),
      }),
    ),
  })
  .meta({ id: 'Portfolio', description: 'Every mission on one day, in code order' });

// ---------------------------------------------------------------------------------------
// Accounts, tokens, audit, health

export const tokenSchema = z
  .strictObject({
    id,
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the secret' }),
    createdAt: instantSchema,
    lastUsedAt: instantSchema.nullable(),
    revokedAt: instantSchema.nullable(),
  })
  .meta({ id: 'Token' });

export const newTokenSchema = tokenSchema.extend({ secret: z.string().meta({ description: 'Shown this once', example: 'dd_...' }) }).meta({ id: 'NewToken' });

export const userSchema = z
  .strictObject({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    createdAt: instantSchema,
    failedSignIns: count.meta({ description: 'Failed sign-ins still counted against the account' }),
    signInPausedUntil: instantSchema.nullable().meta({ description: 'While the account must wait before its next sign-in, until when' }),
  })
  .meta({ id: 'User' });

export const auditEventSchema = z
  .strictObject({
    id,
    at: instantSchema,
    action: z.string().meta({ example: 'update' }),
    entity: z.string().meta({ example: 'milestone' }),
    entityId: z.string(),
    actor: z.strictObject({
      id: z.string().meta({ example: 'user:abc' }),
      kind: z.enum(['user', 'token', 'system']),
      user: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
      tokenName: z.string().nullable(),
    }),
    before: z.unknown().meta({ description: 'The values before (null for a creation)' }),
    after: z.unknown().meta({ description: 'The values after (null for a deletion)' }),
  })
  .meta({ id: 'AuditEvent' });

export const healthSchema = z
  .strictObject({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    database: z.enum(['ok', 'unreachable']),
    migrations: z.strictObject({ applied: count, expected: count, pending: z.array(z.string()) }),
  })
  .meta({ id: 'Health' });

// ---------------------------------------------------------------------------------------
// Lists, exports and small answers

/** A page of a list; `nextCursor` is there while more follow. */
export const listOf = <T extends z.ZodType>(item: T) => z.strictObject({ data: z.array(item), nextCursor: z.string().optional() });
/** A list as of a day. */
export const asOfListOf = <T extends z.ZodType>(item: T) => listOf(item).extend({ asOf: day });

const tables = archiveTables.meta({ id: 'MissionArchive', description: "Every row of every table the mission owns, as stored: what POST /api/v1/import loads back" });

export const exportSchema = z
  .strictObject({
    format: z.literal('drawdown-export'),
    version: z.literal(1),
    exportedAt: instantSchema,
    asOf: day,
    mission: missionSchema,
    sites: z.array(siteSchema),
    contingents: z.array(contingentRefSchema.extend({ strength: count.nullable() })),
    deployments: z.array(z.strictObject({ id, contingentId: id, siteId: id, startDate: optionalDay, endDate: optionalDay, strength: count.nullable() })),
    milestones: z.array(archiveTables.shape.milestones.element.omit({ missionId: true })),
    releases: z.array(archiveTables.shape.releases.element.omit({ missionId: true })),
    proposals: archiveTables.shape.proposals,
    tables,
  })
  .meta({ id: 'Export', description: 'A whole mission: its views as of a day, and every row it owns (`tables`)' });

export const geoJsonSchema = z
  .strictObject({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.strictObject({
        type: z.literal('Feature'),
        id,
        geometry: z.strictObject({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).meta({ description: '[longitude, latitude]' }) }),
        properties: siteSchema.omit({ lat: true, lon: true }).extend({ asOf: day }),
      }),
    ),
  })
  .meta({ id: 'SitesGeoJson' });

export const missionImportedSchema = z
  .strictObject({ missionCode: z.string(), rows: z.record(z.string(), count).meta({ description: 'Rows loaded per table' }) })
  .meta({ id: 'MissionImported' });

export const sessionsEndedSchema = z.strictObject({ userId: z.string(), sessions: count.meta({ description: 'How many sessions ended' }) });
export const signInFailuresClearedSchema = z.strictObject({ userId: z.string(), cleared: z.boolean().meta({ description: 'Whether there was anything to clear' }) });

// ---------------------------------------------------------------------------------------
// Each schema describes exactly what the server builds: these fail to compile when a view
// type and its schema part.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

export type ResponseSchemasMatchViews = [
  Holds<Same<z.output<typeof missionSchema>, MissionView>>,
  Holds<Same<z.output<typeof missionDetailSchema>, MissionDetail>>,
  Holds<Same<z.output<typeof milestoneSchema>, MilestoneView>>,
  Holds<Same<z.output<typeof siteSchema>, SiteView>>,
  Holds<Same<z.output<typeof siteDetailSchema>, SiteDetail>>,
  Holds<Same<z.output<typeof contingentSchema>, ContingentView>>,
  Holds<Same<z.output<typeof siteRecordSchema>, SiteRecord>>,
  Holds<Same<z.output<typeof contingentRecordSchema>, ContingentRecord>>,
  Holds<Same<z.output<typeof releaseSchema>, ReleaseView>>,
  Holds<Same<z.output<typeof proposalSchema>, ProposalView>>,
  Holds<Same<z.output<typeof acceptManySchema>, AcceptManyResult>>,
  Holds<Same<z.output<typeof importAnswerSchema>, ImportAnswer>>,
  Holds<Same<z.output<typeof reviewStatsSchema>, ReviewStats>>,
  Holds<Same<z.output<typeof progressSchema>, ProgressView>>,
  Holds<Same<z.output<typeof portfolioSchema>, PortfolioBody>>,
  Holds<Same<z.output<typeof tokenSchema>, TokenView>>,
  Holds<Same<z.output<typeof userSchema>, UserView>>,
  Holds<Same<z.output<typeof auditEventSchema>, AuditEventView>>,
  Holds<Same<z.output<typeof healthSchema>, Health>>,
];
