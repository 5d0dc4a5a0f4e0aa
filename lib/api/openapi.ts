/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json, generated (zod-openapi) from the
 * schemas the routes use: query strings (params.ts), bodies (bodies.ts) and answers
 * (responses.ts). Nothing here restates a shape; it says which operation takes and answers
 * which, with the statuses each really answers. tests/integration/api-contract.ts checks
 * every answer of the integration suite against this document.
 */
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import * as params from './params';
import * as bodies from './bodies';
import * as answers from './responses';
import { missionImportBody } from '../data/mission-archive';
import { missionCodeSchema, recordIdSchema } from '../domain/fields';

type Access = 'public' | 'editor' | 'admin' | 'editor-session';

interface Operation {
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  path?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body may be left out (every field of it is optional). */
  bodyOptional?: boolean;
  /** The success: its status, the schema of its JSON (none for a 204), its description. */
  ok: [number, z.ZodType | null, string];
  /** Other media types the success may take instead of JSON. */
  alternatives?: Record<string, z.ZodType | null>;
  /** A second success status with the same body (a re-import answers 200). */
  alsoOk?: [number, string];
  notFound?: string;
  conflict?: [z.ZodType, string];
}

const errorContent = { 'application/json': { schema: answers.errorSchema } };
const error = (description: string) => ({ description, content: errorContent });

const ROLE_WORDS: Record<Exclude<Access, 'public'>, string> = {
  editor: 'Needs the editor role (or admin): an API token or a session.',
  admin: 'Needs the admin role: an API token or a session.',
  'editor-session': 'Needs the editor role (or admin), signed in: API tokens cannot manage tokens.',
};

function operation(op: Operation): ZodOpenApiOperationObject {
  const [status, schema, description] = op.ok;
  const success = schema
    ? { description, content: { 'application/json': { schema }, ...Object.fromEntries(Object.entries(op.alternatives ?? {}).map(([type, s]) => [type, s ? { schema: s } : {}])) } }
    : { description };
  const responses: ZodOpenApiResponsesObject = {
    [status]: success,
    ...(op.alsoOk && { [op.alsoOk[0]]: { ...success, description: op.alsoOk[1] } }),
    400: error(op.body ? 'The body or the query string is not valid: `fields` names each problem' : 'The query string is not valid: `fields` names each problem'),
    ...(op.access !== 'public' && {
      401: error('No credentials, or a bad or revoked token'),
      403: error(op.access === 'admin' ? 'Signed in, but not an admin' : 'Signed in, but not an editor or admin (or, for tokens, with a token)'),
    }),
    ...(op.notFound && { 404: error(op.notFound) }),
    ...(op.conflict && { 409: { description: op.conflict[1], content: { 'application/json': { schema: op.conflict[0] } } } }),
    ...(op.body && {
      413: error('The body is too large'),
      415: error('The body is not labelled Content-Type: application/json'),
    }),
    500: error('A failure on our side; the message carries a reference to quote'),
  };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...((op.description || op.access !== 'public') && { description: [op.description, op.access !== 'public' ? ROLE_WORDS[op.access] : undefined].filter(Boolean).join(' ') }),
    security: op.access === 'public' ? [] : op.access === 'editor-session' ? [{ session: [] }] : [{ bearer: [] }, { session: [] }],
    ...((op.path || op.query) && { requestParams: { ...(op.path && { path: op.path }), ...(op.query && { query: op.query }) } }),
    ...(op.body && { requestBody: { required: !op.bodyOptional, content: { 'application/json': { schema: op.body } } } }),
    responses,
  };
}

const idPath = z.object({ id: recordIdSchema });
const codePath = z.object({ code: missionCodeSchema });
const userPath = z.object({ id: z.string().min(1).max(100) });
const staleVersion = (conflict: z.ZodType): [z.ZodType, string] => [conflict, 'Someone saved since this version was read; nothing was changed (the answer carries the record as it is now)'];
const inUse = (conflict: z.ZodType, what: string): [z.ZodType, string] => [
  z.union([conflict, answers.errorSchema]),
  `A stale version (\`version_conflict\`, with the record as it is now), or \`in_use\`: the message says how many ${what} cite it`,
];
const unknownMission = 'No mission with this code';

/** PATCH of a record at the version it was read at: one version later, or the same when nothing changed. */
const updateAtVersion = (
  op: Pick<Operation, 'operationId' | 'tag' | 'summary' | 'description' | 'access' | 'path' | 'body' | 'notFound'> & { answer: [z.ZodType, string]; conflict: z.ZodType },
): Operation => {
  const { answer: [schema, what], conflict, ...rest } = op;
  return { ...rest, ok: [200, schema, `The ${what}, one version later (the same version when nothing changed)`], conflict: staleVersion(conflict) };
};

/** DELETE of a milestone, site or contingent: by id, at the version it was read at (query or body). */
const deleteAtVersion = (op: Pick<Operation, 'operationId' | 'tag' | 'summary'> & { what: string; conflict: [z.ZodType, string] }): Operation => ({
  operationId: op.operationId,
  tag: op.tag,
  summary: op.summary,
  access: 'editor',
  path: idPath,
  query: params.versionQuery,
  body: bodies.recordDeleteBody,
  bodyOptional: true,
  ok: [204, null, 'Deleted'],
  notFound: `No ${op.what} with this id`,
  conflict: op.conflict,
});

const PATHS: Record<string, Record<string, Operation>> = {
  '/api/v1/missions': {
    get: { operationId: 'listMissions', tag: 'Missions', summary: 'List missions', access: 'public', query: params.noQuery, ok: [200, answers.listOf(answers.missionSchema), 'The missions, in code order'] },
    post: { operationId: 'createMission', tag: 'Missions', summary: 'Create a mission with its phases', access: 'admin', body: bodies.missionCreateBody, ok: [201, answers.missionSchema, 'The mission, at version 1'], conflict: [answers.errorSchema, 'A mission with this code exists'] },
  },
  '/api/v1/missions/{code}': {
    get: { operationId: 'getMission', tag: 'Missions', summary: 'One mission', access: 'public', path: codePath, query: params.noQuery, ok: [200, answers.missionDetailSchema, 'The mission'], notFound: unknownMission },
    patch: updateAtVersion({
      operationId: 'updateMission',
      tag: 'Missions',
      summary: "Change a mission's fields and phases at the version it was read at",
      description: 'Phases replace the list, matched by code (a phase sites belong to cannot be removed). The mission as read may be sent back.',
      access: 'admin',
      path: codePath,
      body: bodies.missionUpdateBody,
      answer: [answers.missionSchema, 'mission'],
      notFound: unknownMission,
      conflict: answers.missionConflictSchema,
    }),
  },
  '/api/v1/sites': {
    get: { operationId: 'listSites', tag: 'Sites', summary: 'Sites with their status as of a day', access: 'public', query: params.sitesQuery, ok: [200, answers.asOfListOf(answers.siteSchema), 'The sites'], notFound: unknownMission },
  },
  '/api/v1/sites/{id}': {
    get: { operationId: 'getSite', tag: 'Sites', summary: 'One site as of a day, with its milestones', access: 'public', path: idPath, query: params.siteByIdQuery, ok: [200, answers.siteDetailSchema, 'The site'], notFound: 'No site with this id' },
    patch: updateAtVersion({
      operationId: 'updateSite',
      tag: 'Sites',
      summary: 'Change a site at the version it was read at',
      description: 'Name, aliases (they replace the list), kind, region, coordinates, phase, planned handover. The site as read may be sent back: what is derived is ignored.',
      access: 'editor',
      path: idPath,
      body: bodies.siteUpdateBody,
      answer: [answers.siteRecordSchema, 'site as stored'],
      notFound: 'No site with this id',
      conflict: answers.siteConflictSchema,
    }),
    delete: deleteAtVersion({ operationId: 'deleteSite', tag: 'Sites', summary: 'Delete a site that no milestone, proposal or deployment cites, at the version it was read at', what: 'site', conflict: inUse(answers.siteConflictSchema, 'milestones, proposals and deployments') }),
  },
  '/api/v1/contingents': {
    get: { operationId: 'listContingents', tag: 'Contingents', summary: 'Contingents as of a day', access: 'public', query: params.asOfQuery, ok: [200, answers.asOfListOf(answers.contingentSchema), 'The contingents'], notFound: unknownMission },
    post: { operationId: 'createContingent', tag: 'Contingents', summary: 'Add a contingent, optionally with its deployments', access: 'editor', body: bodies.contingentCreateBody, ok: [201, answers.contingentRecordSchema, 'The contingent, at version 1'], notFound: unknownMission },
  },
  '/api/v1/contingents/{id}': {
    get: { operationId: 'getContingent', tag: 'Contingents', summary: 'A contingent as stored, with its deployments and its version', access: 'public', path: idPath, query: params.noQuery, ok: [200, answers.contingentRecordSchema, 'The contingent'], notFound: 'No contingent with this id' },
    patch: updateAtVersion({
      operationId: 'updateContingent',
      tag: 'Contingents',
      summary: 'Change a contingent at the version it was read at; deployments replace the list',
      access: 'editor',
      path: idPath,
      body: bodies.contingentUpdateBody,
      answer: [answers.contingentRecordSchema, 'contingent'],
      notFound: 'No contingent with this id',
      conflict: answers.contingentConflictSchema,
    }),
    delete: deleteAtVersion({ operationId: 'deleteContingent', tag: 'Contingents', summary: 'Delete a contingent that no milestone or proposal cites (its deployments go with it), at the version it was read at', what: 'contingent', conflict: inUse(answers.contingentConflictSchema, 'milestones and proposals') }),
  },
  '/api/v1/milestones': {
    get: { operationId: 'listMilestones', tag: 'Milestones', summary: 'Milestones, newest first, paged by cursor', access: 'public', query: params.milestonesQuery, ok: [200, answers.listOf(answers.milestoneSchema), 'A page of milestones'], notFound: unknownMission },
    post: {
      operationId: 'createMilestone',
      tag: 'Milestones',
      summary: 'Create a milestone; the source (a release, or a URL and its publisher) is required',
      description: 'A milestone as read (less its id and version) may be sent.',
      access: 'editor',
      body: bodies.milestoneCreateBody,
      ok: [201, answers.milestoneSchema, 'The milestone, at version 1'],
      notFound: 'No mission with this code, or no site, contingent or release with the id given',
    },
  },
  '/api/v1/milestones/{id}': {
    get: { operationId: 'getMilestone', tag: 'Milestones', summary: 'One milestone', access: 'public', path: idPath, query: params.noQuery, ok: [200, answers.milestoneSchema, 'The milestone'], notFound: 'No milestone with this id' },
    patch: updateAtVersion({
      operationId: 'updateMilestone',
      tag: 'Milestones',
      summary: 'Change a milestone at the version it was read at (cancel: status "cancelled")',
      access: 'editor',
      path: idPath,
      body: bodies.milestoneUpdateBody,
      answer: [answers.milestoneSchema, 'milestone'],
      notFound: 'No milestone with this id',
      conflict: answers.milestoneConflictSchema,
    }),
    delete: deleteAtVersion({ operationId: 'deleteMilestone', tag: 'Milestones', summary: 'Delete a milestone at the version it was read at', what: 'milestone', conflict: staleVersion(answers.milestoneConflictSchema) }),
  },
  '/api/v1/releases': {
    get: { operationId: 'listReleases', tag: 'Releases', summary: 'Releases, newest first, each with the milestones citing it', access: 'public', query: params.releasesQuery, ok: [200, answers.listOf(answers.releaseSchema), 'A page of releases'], notFound: unknownMission },
    post: {
      operationId: 'importReleases',
      tag: 'Releases',
      summary: 'Import releases from text (SPEC section 3 format): the releases created or known already, with their proposals',
      access: 'editor',
      body: bodies.releasesImportBody,
      ok: [201, answers.importAnswerSchema, 'At least one release was created'],
      alsoOk: [200, 'Every release was known already: nothing was created'],
      notFound: unknownMission,
    },
  },
  '/api/v1/releases/{id}': {
    get: { operationId: 'getRelease', tag: 'Releases', summary: 'One release', access: 'public', path: idPath, query: params.noQuery, ok: [200, answers.releaseSchema, 'The release'], notFound: 'No release with this id' },
  },
  '/api/v1/proposals': {
    get: { operationId: 'listProposals', tag: 'Proposals', summary: 'Proposals extracted from releases', access: 'public', query: params.proposalsQuery, ok: [200, answers.listOf(answers.proposalSchema), 'A page of proposals'], notFound: unknownMission },
  },
  '/api/v1/proposals/{id}/accept': {
    post: {
      operationId: 'acceptProposal',
      tag: 'Proposals',
      summary: 'Accept a pending proposal, optionally corrected: it becomes a milestone citing its release',
      description: 'The body (any field to correct) may be empty.',
      access: 'editor',
      path: idPath,
      body: bodies.proposalAcceptBody,
      bodyOptional: true,
      ok: [201, answers.acceptedSchema, 'Accepted'],
      notFound: 'No proposal with this id (or no site or contingent with the id given)',
      conflict: [answers.errorSchema, 'The proposal was already reviewed'],
    },
  },
  '/api/v1/proposals/accept': {
    post: { operationId: 'acceptProposals', tag: 'Proposals', summary: 'Accept many pending proposals as they stand; each is accepted or refused on its own', access: 'editor', body: bodies.proposalsAcceptManyBody, ok: [200, answers.acceptManySchema, 'What was accepted and what was refused, with why'] },
  },
  '/api/v1/proposals/{id}/reject': {
    post: {
      operationId: 'rejectProposal',
      tag: 'Proposals',
      summary: 'Reject a pending proposal',
      description: 'The body (a reason) may be empty.',
      access: 'editor',
      path: idPath,
      body: bodies.proposalRejectBody,
      bodyOptional: true,
      ok: [200, answers.proposalSchema, 'Rejected'],
      notFound: 'No proposal with this id',
      conflict: [answers.errorSchema, 'The proposal was already reviewed'],
    },
  },
  '/api/v1/proposals/review-stats': {
    get: {
      operationId: 'getReviewStats',
      tag: 'Proposals',
      summary: "Editors' review decisions per milestone type; precision = accepted as proposed ÷ reviewed",
      access: 'admin',
      query: params.missionQuery,
      ok: [200, answers.reviewStatsSchema, 'The decisions'],
      notFound: unknownMission,
    },
  },
  '/api/v1/progress': {
    get: { operationId: 'getProgress', tag: 'Progress', summary: 'Progress toward the deadline as of a day', access: 'public', query: params.asOfQuery, ok: [200, answers.progressSchema, 'The progress'], notFound: unknownMission },
  },
  '/api/v1/portfolio': {
    get: {
      operationId: 'getPortfolio',
      tag: 'Progress',
      summary: 'Every mission on one day: deadline, sites done, personnel departed, verdict',
      description: 'JSON, or CSV with `format=csv`.',
      access: 'public',
      query: params.portfolioQuery,
      ok: [200, answers.portfolioSchema, 'The missions, in code order'],
      alternatives: { 'text/csv': z.string() },
    },
  },
  '/api/v1/export': {
    get: {
      operationId: 'exportMission',
      tag: 'Export',
      summary: 'Export a mission: json (everything), csv (one table) or geojson (sites), as an attachment',
      access: 'public',
      query: params.exportQuery,
      ok: [200, answers.exportSchema, 'The export'],
      alternatives: { 'application/geo+json': answers.geoJsonSchema, 'text/csv': z.string() },
      notFound: unknownMission,
    },
  },
  '/api/v1/import': {
    post: {
      operationId: 'importMission',
      tag: 'Export',
      summary: 'Load a whole mission from an export (its `tables`) into a database that does not hold it, in one transaction',
      access: 'admin',
      body: missionImportBody,
      ok: [201, answers.missionImportedSchema, 'The mission and the number of rows loaded per table'],
      conflict: [answers.errorSchema, 'The database already holds this mission, or rows with its ids'],
    },
  },
  '/api/v1/tokens': {
    get: { operationId: 'listTokens', tag: 'Accounts', summary: 'Your API tokens (never their secrets)', access: 'editor-session', query: params.noQuery, ok: [200, answers.listOf(answers.tokenSchema), 'Your tokens'] },
    post: { operationId: 'createToken', tag: 'Accounts', summary: 'Make an API token; the answer holds its secret, shown this once', access: 'editor-session', body: bodies.tokenCreateBody, ok: [201, answers.newTokenSchema, 'Created'] },
  },
  '/api/v1/tokens/{id}': {
    delete: { operationId: 'revokeToken', tag: 'Accounts', summary: "Revoke one of your API tokens (an admin: anyone's)", access: 'editor-session', path: idPath, query: params.noQuery, ok: [200, answers.tokenSchema, 'Revoked'], notFound: 'No token of yours with this id' },
  },
  '/api/v1/users': {
    get: { operationId: 'listUsers', tag: 'Accounts', summary: 'All users with their roles', access: 'admin', query: params.noQuery, ok: [200, answers.listOf(answers.userSchema), 'The users'] },
  },
  '/api/v1/users/{id}': {
    patch: { operationId: 'updateUser', tag: 'Accounts', summary: "Change a user's role", access: 'admin', path: userPath, body: bodies.userUpdateBody, ok: [200, answers.userSchema, 'The user with the new role'], notFound: 'No user with this id', conflict: [answers.errorSchema, 'That would leave no admin'] },
  },
  '/api/v1/users/{id}/sessions': {
    delete: { operationId: 'endUserSessions', tag: 'Accounts', summary: 'Sign a user out everywhere (delete all their sessions)', access: 'admin', path: userPath, query: params.noQuery, ok: [200, answers.sessionsEndedSchema, 'How many sessions ended'], notFound: 'No user with this id' },
  },
  '/api/v1/users/{id}/sign-in-failures': {
    delete: {
      operationId: 'clearSignInFailures',
      tag: 'Accounts',
      summary: 'Let a user sign in again at once: clear the failed sign-ins that make the account wait',
      access: 'admin',
      path: userPath,
      query: params.noQuery,
      ok: [200, answers.signInFailuresClearedSchema, 'Whether there was anything to clear'],
      notFound: 'No user with this id',
    },
  },
  '/api/v1/audit': {
    get: {
      operationId: 'listAuditEvents',
      tag: 'Accounts',
      summary: "A record's history (editor, with `entity` and `id`) or the feed of every change (admin), newest first",
      description: 'Who (a user, or a token and its creator), when, before and after.',
      access: 'editor',
      query: params.auditQuery,
      ok: [200, answers.listOf(answers.auditEventSchema), 'A page of events'],
    },
  },
  '/api/v1/openapi.json': {
    get: { operationId: 'getOpenApiDocument', tag: 'Meta', summary: 'This document', access: 'public', query: params.noQuery, ok: [200, z.record(z.string(), z.unknown()).meta({ description: 'An OpenAPI 3.1 document' }), 'OpenAPI 3.1'] },
  },
  '/api/health': {
    get: {
      operationId: 'getHealth',
      tag: 'Meta',
      summary: 'Whether this instance can serve: its database answers and every migration it ships is applied',
      access: 'public',
      ok: [200, answers.healthSchema, 'Ready'],
      alsoOk: [503, 'Not ready: the database is unreachable or a migration is pending'],
    },
  },
};

const TAGS = {
  Missions: 'The peace operations tracked, their deadlines and phases',
  Sites: 'Camps and bases, with their status derived from milestones as of a day',
  Contingents: 'National units and where they are deployed',
  Milestones: 'Sourced events of the withdrawal: the record everything else is derived from',
  Releases: 'Press releases, kept as the sources of milestones',
  Proposals: 'Milestones the extractor proposes from releases, for an editor to review',
  Progress: 'Figures toward the deadline, per mission and for all missions',
  Export: 'A whole mission out and back in',
  Accounts: 'Users, roles, API tokens and the audit trail',
  Meta: 'This document and the health of an instance',
} as const;

export function openApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Drawdown API',
      version: '1.0.0',
      description:
        'Read and write the record of a UN peace operation\'s withdrawal. Dates are calendar days (YYYY-MM-DD). Errors are `{ "error": { "code", "message", "fields"? } }`. When `mission` is omitted the deployment\'s default mission is used; when `asOf` is omitted it means today. Every write takes the object its read returns: what is derived or read-only is ignored. A method an address does not take answers 405 with `Allow`.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths: Object.fromEntries(Object.entries(PATHS).map(([path, ops]) => [path, Object.fromEntries(Object.entries(ops).map(([method, op]) => [method, operation(op)]))])),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: "An API token (`dd_...`) made with POST /api/v1/tokens; it acts with its creator's current role." },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'better-auth.session_token',
          description: 'The session cookie set by POST /api/auth/sign-in/email (named `__Secure-better-auth.session_token` over HTTPS).',
        },
      },
    },
  });
}
