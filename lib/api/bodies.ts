/**
 * Request bodies of the write API: reading them safely (size cap, JSON only) and the zod
 * schemas they are checked against. The forms use the same schemas, so a field error reads
 * the same in the browser and from the API.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { fieldErrors } from './field-errors';
import { calendarDateSchema, missionCodeSchema, recordIdSchema, versionSchema } from '../domain/fields';
import { MILESTONE_STATUSES, MILESTONE_TYPES } from '../domain/vocabulary';
import { ROLES } from '../auth/roles';

/** Bodies above this are refused before parsing; the release import has its own, larger cap. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_RELEASE_TEXT_BYTES = 2 * 1024 * 1024;

/** Deeper JSON than this is not a body any endpoint takes; refusing it keeps every walk over it shallow. */
const MAX_JSON_DEPTH = 32;

/**
 * Checks a parsed body without recursion (a 30,000-deep array must not overflow the stack):
 * refuses nesting deeper than MAX_JSON_DEPTH and the NUL character in any key or string.
 */
export function checkShape(root: unknown): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      // PostgreSQL cannot store it and SQLite would: refuse it on both, before any write.
      if (value.includes('\u0000')) throw new AppError('bad_request', 'The body must not contain the NUL character (\\u0000).');
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) throw new AppError('bad_request', `The body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) throw new AppError('bad_request', 'The body must not contain the NUL character (\\u0000).');
      stack.push([child, depth + 1]);
    }
  }
}

/**
 * Reads a body as it streams, counting bytes: past `maxBytes` the read stops and the request
 * is refused, whatever Content-Length said (or did not say, for a chunked body).
 */
export async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a JSON body and checks it against `schema`. An empty body counts as `{}`, so an
 * endpoint whose fields are all optional may be called with none.
 */
/** application/json, or a JSON-based type (application/merge-patch+json...), with any parameters. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export async function readBody<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_BODY_BYTES): Promise<z.infer<S>> {
  const bytes = await readCapped(request, maxBytes);
  const text = new TextDecoder().decode(bytes).trim();
  let raw: unknown = {};
  // A body is JSON only when it says so: a form or text/plain post (which another site's page
  // can send without asking) is not read as JSON.
  if (text && !JSON_TYPE.test(request.headers.get('content-type') ?? '')) {
    throw new AppError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
  }
  if (text) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AppError('bad_request', 'The body is not valid JSON.');
    }
  }
  checkShape(raw);
  const result = schema.safeParse(raw);
  if (!result.success) throw new AppError('validation_failed', 'The body is not valid.', fieldErrors(result.error));
  return result.data;
}

const calendarDate = calendarDateSchema;
const id = recordIdSchema;
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

/** A page on the web as a source: its address and who published it. */
export const webSource = z.strictObject({
  url: httpUrl,
  publisher: z.string().trim().min(1, 'is required with a URL').max(200, 'must be at most 200 characters'),
});

/** A field a read returns and a write may send back as it was read: accepted and not stored. */
const asRead = <T extends z.ZodType>(schema: T, description: string) => schema.optional().meta({ readOnly: true, description });

/**
 * A milestone's source: a release of the same mission, or a URL with its publisher. A release
 * source may carry what a read adds to it (its day, title, address, language); they come from
 * the release and are not stored with the milestone.
 */
export const milestoneSourceInput = z.union(
  [
    z
      .strictObject({
        releaseId: id,
        releaseDate: asRead(z.string(), "The release's day, as read: ignored"),
        releaseTitle: asRead(z.string().nullable(), "The release's title, as read: ignored"),
        url: asRead(z.string().nullable(), "The release's address, as read: ignored"),
        language: asRead(z.string(), "The release's language, as read: ignored"),
      })
      .transform(({ releaseId }) => ({ releaseId })),
    webSource,
  ],
  { message: 'must be { releaseId } or { url, publisher }' },
);

/** What a milestone read carries besides its fields: sent back, checked or ignored, never stored. */
const milestoneAsRead = {
  id: asRead(id, "The milestone's id, as read: ignored (the address names it)"),
  createdAt: asRead(z.string(), 'As read: ignored'),
  updatedAt: asRead(z.string(), 'As read: ignored'),
};

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
export const milestoneCreateBody = z
  .strictObject({
    mission: missionCodeSchema.optional(),
    /** The name a read gives the mission; the same as `mission`. */
    missionCode: missionCodeSchema.optional(),
    type: milestoneFields.type,
    date: milestoneFields.date,
    siteId: milestoneFields.siteId.default(null),
    contingentId: milestoneFields.contingentId.default(null),
    title: milestoneFields.title,
    notes: milestoneFields.notes.default(null),
    figure: milestoneFields.figure.default(null),
    status: milestoneFields.status.default('achieved'),
    source: milestoneFields.source,
    // A read's id and version name an existing milestone: a create refuses them.
    createdAt: milestoneAsRead.createdAt,
    updatedAt: milestoneAsRead.updatedAt,
  })
  .refine((b) => !b.mission || !b.missionCode || b.mission.toUpperCase() === b.missionCode.toUpperCase(), {
    message: 'names another mission than `mission`',
    path: ['missionCode'],
  })
  .transform(({ missionCode, mission, createdAt: _createdAt, updatedAt: _updatedAt, ...fields }) => {
    const named = mission ?? missionCode;
    return { ...fields, ...(named !== undefined && { mission: named }) };
  });
export type MilestoneCreateInput = z.infer<typeof milestoneCreateBody>;

/** A milestone's own fields, each optional: what an edit, or a proposal's correction, may change. */
const milestoneChanges = {
  type: milestoneFields.type.optional(),
  date: milestoneFields.date.optional(),
  siteId: milestoneFields.siteId.optional(),
  contingentId: milestoneFields.contingentId.optional(),
  title: milestoneFields.title.optional(),
  notes: milestoneFields.notes.optional(),
  figure: milestoneFields.figure.optional(),
  status: milestoneFields.status.optional(),
};

/** PATCH /api/v1/milestones/{id}: the version it was read at, and the fields to change. */
export const milestoneUpdateBody = z
  .strictObject({
    version: versionSchema,
    ...milestoneChanges,
    source: milestoneFields.source.optional(),
    /** As read; a milestone stays in its mission, so another code is refused. */
    missionCode: missionCodeSchema.optional(),
    ...milestoneAsRead,
  })
  .transform(({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields }) => fields);
export type MilestoneUpdateInput = z.infer<typeof milestoneUpdateBody>;

/** POST /api/v1/releases. */
export const releasesImportBody = z.strictObject({
  mission: missionCodeSchema.optional(),
  text: z.string().min(1, 'is required').refine((t) => t.trim().length > 0, 'must not be blank'),
});

/** POST /api/v1/proposals/{id}/accept: any field the editor corrects. */
export const proposalAcceptBody = z.strictObject(milestoneChanges);
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

// ---------------------------------------------------------------------------------------
// Sites, contingents and missions (the records milestones cite). Checks that need the
// database (phase of the same mission, aliases unique among the mission's sites, sites of
// the mission) are made by lib/data/{site,contingent,mission}-writes.ts.

const optionalDate = calendarDate.nullable();
const name = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const count = z.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative').max(10_000_000, 'is too large');
/** Mission and phase codes follow one rule. */
const code = missionCodeSchema;

/** Folded for comparison: "Tombouctou" and "tombouctou " are the same alias. */
const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const distinctNames = (names: readonly string[]) => new Set(names.map(foldName)).size === names.length;

/** Read-only: what a site read adds (its status and history, derived from milestones, and its neighbours); ignored. */
const siteAsRead = Object.fromEntries(
  ['slug', 'phaseName', 'status', 'statusSince', 'withdrawalStartedOn', 'closedOn', 'handedOverOn', 'contingents', 'lastMilestone', 'milestones'].map((key) => [
    key,
    z.unknown().optional().meta({ readOnly: true, description: 'As read: ignored (derived, never stored)' }),
  ]),
) as Record<'slug' | 'phaseName' | 'status' | 'statusSince' | 'withdrawalStartedOn' | 'closedOn' | 'handedOverOn' | 'contingents' | 'lastMilestone' | 'milestones', z.ZodOptional<z.ZodUnknown>>;

export const siteUpdateBody = z
  .strictObject({
    version: versionSchema,
    name: name(120).optional(),
    aliases: z
      .array(name(120), { message: 'must be a list of names' })
      .max(30, 'must be at most 30 names')
      .refine(distinctNames, 'must not repeat a name')
      .optional(),
    kind: name(60).optional(),
    region: name(100).optional(),
    lat: z.number({ message: 'must be a number' }).min(-90, 'must be a latitude between -90 and 90').max(90, 'must be a latitude between -90 and 90').optional(),
    lon: z.number({ message: 'must be a number' }).min(-180, 'must be a longitude between -180 and 180').max(180, 'must be a longitude between -180 and 180').optional(),
    plannedHandover: optionalDate.optional(),
    /** A phase code of the site's mission, or null for none. */
    phase: code.nullable().optional(),
    /** As read: checked against the address and the site's mission. */
    id: id.optional(),
    missionCode: missionCodeSchema.optional(),
    /** As read: "phase" means plannedHandover is the phase's, and is not stored as the site's own. */
    plannedHandoverFrom: z.enum(['site', 'phase']).nullable().optional(),
    ...siteAsRead,
  })
  .transform((body) => {
    const { plannedHandoverFrom, plannedHandover, ...rest } = body;
    const fields = Object.fromEntries(Object.entries(rest).filter(([key]) => !(key in siteAsRead))) as Omit<typeof rest, keyof typeof siteAsRead>;
    const own = plannedHandoverFrom !== 'phase' && plannedHandover !== undefined;
    return { ...fields, ...(own && { plannedHandover }) };
  });
export type SiteUpdateInput = z.infer<typeof siteUpdateBody>;

/** A contingent's presence at a site; endDate is the day it left (null: still there). */
export const deploymentInput = z
  .strictObject({
    siteId: id,
    startDate: optionalDate.default(null),
    endDate: optionalDate.default(null),
    strength: count.nullable().default(null),
  })
  .refine((d) => !d.startDate || !d.endDate || d.startDate <= d.endDate, { message: 'must not be before the start date', path: ['endDate'] });

const contingentFields = {
  name: name(120),
  country: name(100),
  countryIso: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be the two-letter ISO 3166-1 code, e.g. SN')
    .transform((v) => v.toUpperCase()),
  unitKind: name(60),
  strength: count.nullable(),
  deployments: z.array(deploymentInput, { message: 'must be a list of deployments' }).max(100, 'must be at most 100 deployments'),
};

/** POST /api/v1/contingents. The mission is named, or the default one is meant. */
export const contingentCreateBody = z.strictObject({
  mission: code.optional(),
  name: contingentFields.name,
  country: contingentFields.country,
  countryIso: contingentFields.countryIso,
  unitKind: contingentFields.unitKind.default('unspecified'),
  strength: contingentFields.strength.default(null),
  deployments: contingentFields.deployments.default([]),
});
export type ContingentCreateInput = z.infer<typeof contingentCreateBody>;

/** PATCH /api/v1/contingents/{id}: the version it was read at; `deployments` replaces them all. */
export const contingentUpdateBody = z.strictObject({
  version: versionSchema,
  name: contingentFields.name.optional(),
  country: contingentFields.country.optional(),
  countryIso: contingentFields.countryIso.optional(),
  unitKind: contingentFields.unitKind.optional(),
  strength: contingentFields.strength.optional(),
  deployments: contingentFields.deployments.optional(),
  /** As read: checked against the address and the contingent's mission. */
  id: id.optional(),
  missionCode: missionCodeSchema.optional(),
});
export type ContingentUpdateInput = z.infer<typeof contingentUpdateBody>;

export const phaseInput = z
  .strictObject({
    code,
    // A phase's name may say what it covers ("Drawdown and withdrawal (operations cease …)").
    name: name(200),
    plannedStart: optionalDate.default(null),
    plannedEnd: optionalDate.default(null),
  })
  .refine((p) => !p.plannedStart || !p.plannedEnd || p.plannedStart <= p.plannedEnd, { message: 'must not be before the planned start', path: ['plannedEnd'] });

const phases = z
  .array(phaseInput, { message: 'must be a list of phases' })
  .max(50, 'must be at most 50 phases')
  .refine((list) => new Set(list.map((p) => p.code.toUpperCase())).size === list.length, 'must not repeat a phase code');

const missionFields = {
  name: name(200),
  hostCountry: name(100),
  hostCountryIsoNumeric: z
    .string()
    .trim()
    .regex(/^\d{3}$/, 'must be the three-digit ISO 3166-1 numeric code, e.g. 466')
    .nullable(),
  deployedSince: optionalDate,
  mandateEnd: optionalDate,
  drawdownStart: optionalDate,
  withdrawalDeadline: calendarDate,
  liquidationStart: optionalDate,
  personnelInScope: count.nullable(),
  phases,
};

/** The deadline cannot come before the mission was deployed, nor the mandate end. */
function datesInOrder(m: { deployedSince?: string | null; mandateEnd?: string | null; withdrawalDeadline?: string }, ctx: z.RefinementCtx) {
  if (m.deployedSince && m.mandateEnd && m.mandateEnd < m.deployedSince) {
    ctx.addIssue({ code: 'custom', message: 'must not be before the deployment date', path: ['mandateEnd'] });
  }
  if (m.deployedSince && m.withdrawalDeadline && m.withdrawalDeadline < m.deployedSince) {
    ctx.addIssue({ code: 'custom', message: 'must not be before the deployment date', path: ['withdrawalDeadline'] });
  }
}

/** POST /api/v1/missions (admin). */
export const missionCreateBody = z
  .strictObject({
    code: code.transform((v) => v.toUpperCase()),
    name: missionFields.name,
    hostCountry: missionFields.hostCountry,
    hostCountryIsoNumeric: missionFields.hostCountryIsoNumeric.default(null),
    deployedSince: missionFields.deployedSince.default(null),
    mandateEnd: missionFields.mandateEnd.default(null),
    drawdownStart: missionFields.drawdownStart.default(null),
    withdrawalDeadline: missionFields.withdrawalDeadline,
    liquidationStart: missionFields.liquidationStart.default(null),
    personnelInScope: missionFields.personnelInScope.default(null),
    phases: missionFields.phases.default([]),
  })
  .superRefine(datesInOrder);
export type MissionCreateInput = z.infer<typeof missionCreateBody>;

/** PATCH /api/v1/missions/{code} (admin): the version it was read at; `phases` replaces them all. */
export const missionUpdateBody = z
  .strictObject({
    version: versionSchema,
    name: missionFields.name.optional(),
    hostCountry: missionFields.hostCountry.optional(),
    hostCountryIsoNumeric: missionFields.hostCountryIsoNumeric.optional(),
    deployedSince: missionFields.deployedSince.optional(),
    mandateEnd: missionFields.mandateEnd.optional(),
    drawdownStart: missionFields.drawdownStart.optional(),
    withdrawalDeadline: missionFields.withdrawalDeadline.optional(),
    liquidationStart: missionFields.liquidationStart.optional(),
    personnelInScope: missionFields.personnelInScope.optional(),
    phases: missionFields.phases.optional(),
    /** As read: checked against the address (a mission's code never changes). */
    code: missionCodeSchema.optional(),
    milestoneDates: z.unknown().optional().meta({ readOnly: true, description: 'As read: ignored (derived from milestones)' }),
  })
  .superRefine(datesInOrder)
  .transform(({ milestoneDates: _milestoneDates, ...fields }) => fields);
export type MissionUpdateInput = z.infer<typeof missionUpdateBody>;

/** DELETE of a milestone, site or contingent: the version it was read at, in the body or as ?version=. */
export const recordDeleteBody = z.strictObject({ version: versionSchema.optional() });
