/**
 * Request bodies of the write API: reading them safely (size cap, JSON only) and the zod
 * schemas they are checked against. The forms use the same schemas, so a field error reads
 * the same in the browser and from the API.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { fieldErrors } from './http';
import { isCalendarDate } from '../domain/calendar-date';
import { MILESTONE_STATUSES, MILESTONE_TYPES } from '../domain/vocabulary';
import { ROLES } from '../auth/roles';

/** Bodies above this are refused before parsing; the release import has its own, larger cap. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_RELEASE_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * Reads a JSON body and checks it against `schema`. An empty body counts as `{}`, so an
 * endpoint whose fields are all optional may be called with none.
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_BODY_BYTES): Promise<z.infer<S>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
  const text = new TextDecoder().decode(bytes).trim();
  let raw: unknown = {};
  if (text) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AppError('bad_request', 'The body is not valid JSON.');
    }
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new AppError('validation_failed', 'The body is not valid.', fieldErrors(result.error));
  return result.data;
}

const calendarDate = z.string().refine(isCalendarDate, 'must be a real calendar day written YYYY-MM-DD');
const id = z.number({ message: 'must be a whole number' }).int('must be a whole number').positive('must be positive').max(2_147_483_647, 'is too large');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address');

/** A milestone's source: a release of the same mission, or a URL with its publisher. */
export const milestoneSourceInput = z.union([
  z.strictObject({ releaseId: id }),
  z.strictObject({ url: httpUrl, publisher: z.string().trim().min(1, 'is required with a URL').max(200, 'must be at most 200 characters') }),
], { message: 'must be { releaseId } or { url, publisher }' });

const milestoneFields = {
  type: z.enum(MILESTONE_TYPES, { message: `must be one of ${MILESTONE_TYPES.join(', ')}` }),
  date: calendarDate,
  siteId: id.nullable(),
  contingentId: id.nullable(),
  title: z.string().trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
  notes: optionalText(5000),
  figure: z.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative').max(10_000_000, 'is too large').nullable(),
  status: z.enum(MILESTONE_STATUSES, { message: `must be one of ${MILESTONE_STATUSES.join(', ')}` }),
  source: milestoneSourceInput,
};

/** POST /api/v1/milestones. The mission is named, or the default one is meant. */
export const milestoneCreateBody = z.strictObject({
  mission: z.string().trim().min(1).max(32).optional(),
  type: milestoneFields.type,
  date: milestoneFields.date,
  siteId: milestoneFields.siteId.default(null),
  contingentId: milestoneFields.contingentId.default(null),
  title: milestoneFields.title,
  notes: milestoneFields.notes.default(null),
  figure: milestoneFields.figure.default(null),
  status: milestoneFields.status.default('achieved'),
  source: milestoneFields.source,
});
export type MilestoneCreateInput = z.infer<typeof milestoneCreateBody>;

/** PATCH /api/v1/milestones/{id}: the version it was read at, and the fields to change. */
export const milestoneUpdateBody = z.strictObject({
  version: id,
  type: milestoneFields.type.optional(),
  date: milestoneFields.date.optional(),
  siteId: milestoneFields.siteId.optional(),
  contingentId: milestoneFields.contingentId.optional(),
  title: milestoneFields.title.optional(),
  notes: milestoneFields.notes.optional(),
  figure: milestoneFields.figure.optional(),
  status: milestoneFields.status.optional(),
  source: milestoneFields.source.optional(),
});
export type MilestoneUpdateInput = z.infer<typeof milestoneUpdateBody>;

/** DELETE /api/v1/milestones/{id}: the version it was read at, in the body or as ?version=. */
export const milestoneDeleteBody = z.strictObject({ version: id.optional() });

/** POST /api/v1/releases. */
export const releasesImportBody = z.strictObject({
  mission: z.string().trim().min(1).max(32).optional(),
  text: z.string().min(1, 'is required').refine((t) => t.trim().length > 0, 'must not be blank'),
});

/** POST /api/v1/proposals/{id}/accept: any field the editor corrects. */
export const proposalAcceptBody = z.strictObject({
  type: milestoneFields.type.optional(),
  date: milestoneFields.date.optional(),
  siteId: milestoneFields.siteId.optional(),
  contingentId: milestoneFields.contingentId.optional(),
  title: milestoneFields.title.optional(),
  notes: milestoneFields.notes.optional(),
  figure: milestoneFields.figure.optional(),
  status: milestoneFields.status.optional(),
});
export type ProposalAcceptInput = z.infer<typeof proposalAcceptBody>;

/** POST /api/v1/proposals/accept: several proposals accepted as they stand. */
export const proposalsAcceptManyBody = z.strictObject({
  ids: z
    .array(id)
    .min(1, 'must name at least one proposal')
    .max(200, 'must name at most 200 proposals')
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a proposal'),
});

export const proposalRejectBody = z.strictObject({ reason: optionalText(1000).optional() });

export const tokenCreateBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
});

export const userUpdateBody = z.strictObject({
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
});
