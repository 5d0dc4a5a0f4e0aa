/**
 * The zod schemas of the read API's query strings. One schema per endpoint, shared with
 * the OpenAPI document (lib/api/openapi.ts) so that what is validated is what is documented.
 */
import { z } from 'zod';
import { calendarDateSchema, cursorSchema, missionCodeSchema, recordIdSchema, textSchema } from '../domain/fields';
import { AUDIT_ACTIONS, AUDITED_ENTITIES } from '../data/audit';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PROPOSAL_STATUSES, SITE_STATUSES } from '../domain/vocabulary';

export const calendarDateParam = calendarDateSchema;

export const missionCodeParam = missionCodeSchema;

/** A whole number in a query string: digits only (not "1e3", "0x10" or " 1"), then checked as a number. */
const digits = (number: z.ZodNumber) =>
  z
    .string()
    .regex(/^\d{1,10}$/, 'must be a whole number written in digits')
    .transform(Number)
    .pipe(number);

const idParam = digits(recordIdSchema);

/** A record's version in a query string (DELETE ...?version=N). */
export const versionParam = idParam;

const text = textSchema;

export const limitParam = digits(z.number().min(1, 'must be between 1 and 500').max(500, 'must be between 1 and 500')).default(50);

export const cursorParam = cursorSchema;

/** An address that takes no query parameter refuses any, as every other refuses one it does not know. */
export const noQuery = z.strictObject({});

export const missionQuery = z.strictObject({ mission: missionCodeParam.optional() });

export const asOfQuery = z.strictObject({ mission: missionCodeParam.optional(), asOf: calendarDateParam.optional() });

export const portfolioQuery = z.strictObject({
  asOf: calendarDateParam.optional(),
  format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).optional(),
});

export const siteByIdQuery = z.strictObject({ asOf: calendarDateParam.optional() });

export const sitesQuery = z.strictObject({
  mission: missionCodeParam.optional(),
  asOf: calendarDateParam.optional(),
  status: z.enum(SITE_STATUSES, { message: `must be one of ${SITE_STATUSES.join(', ')}` }).optional(),
  region: text(100).optional(),
  phase: text(32).optional(),
  q: text(200).optional(),
});

export const milestonesQuery = z
  .strictObject({
    mission: missionCodeParam.optional(),
    site: idParam.optional(),
    contingent: idParam.optional(),
    release: idParam.optional(),
    type: z.enum(MILESTONE_TYPES, { message: `must be one of ${MILESTONE_TYPES.join(', ')}` }).optional(),
    status: z.enum(MILESTONE_STATUSES, { message: `must be one of ${MILESTONE_STATUSES.join(', ')}` }).optional(),
    from: calendarDateParam.optional(),
    to: calendarDateParam.optional(),
    cursor: cursorParam.optional(),
    limit: limitParam,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });

export const releasesQuery = z.strictObject({
  mission: missionCodeParam.optional(),
  q: text(200).optional(),
  from: calendarDateParam.optional(),
  to: calendarDateParam.optional(),
  cursor: cursorParam.optional(),
  limit: limitParam,
});

export const proposalsQuery = z.strictObject({
  mission: missionCodeParam.optional(),
  release: idParam.optional(),
  status: z.enum(PROPOSAL_STATUSES, { message: `must be one of ${PROPOSAL_STATUSES.join(', ')}` }).optional(),
  cursor: cursorParam.optional(),
  limit: limitParam,
});

export const EXPORT_FORMATS = ['csv', 'json', 'geojson'] as const;
export const EXPORT_TABLES = ['sites', 'milestones', 'releases'] as const;
export const exportQuery = z.strictObject({
  mission: missionCodeParam.optional(),
  format: z.enum(EXPORT_FORMATS, { message: 'must be one of csv, json, geojson' }).default('json'),
  table: z.enum(EXPORT_TABLES, { message: 'must be one of sites, milestones, releases' }).default('sites'),
  asOf: calendarDateParam.optional(),
});

/** GET /api/v1/audit: one record's history (entity and id), or the feed filtered. */
export const auditQuery = z
  .strictObject({
    entity: z.enum(AUDITED_ENTITIES, { message: `must be one of ${AUDITED_ENTITIES.join(', ')}` }).optional(),
    id: z.string().trim().min(1).max(100).optional(),
    action: z.enum(AUDIT_ACTIONS, { message: `must be one of ${AUDIT_ACTIONS.join(', ')}` }).optional(),
    user: z.string().trim().min(1).max(100).optional(),
    cursor: cursorParam.optional(),
    limit: limitParam,
  })
  .refine((q) => q.id === undefined || q.entity !== undefined, { message: 'needs entity', path: ['id'] });

/** DELETE of a milestone, site or contingent: `?version=N` (or `{ "version": N }` in the body). */
export const versionQuery = z.strictObject({ version: versionParam.optional() });
