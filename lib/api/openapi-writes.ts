/**
 * The write half of the OpenAPI document: request bodies generated from the zod schemas
 * the routes validate with (lib/api/bodies.ts), the responses, and the two ways to
 * authenticate. lib/api/openapi.ts merges it into the one document.
 */
import { z } from 'zod';
import { missionImportBody } from '../data/mission-archive';
import * as bodies from './bodies';

type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const bodySchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
const idPath = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const error = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const json = (schema: JsonSchema, description: string) => ({ description, content: { 'application/json': { schema } } });

/** Every write takes a session cookie (from /api/auth/sign-in/email) or an API token. */
export const securitySchemes = {
  bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`dd_...`) made with POST /api/v1/tokens; it acts with its creator\'s current role.' },
  session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token', description: 'The session cookie set by POST /api/auth/sign-in/email (named `__Secure-better-auth.session_token` over HTTPS).' },
};

const anyAccount = [{ bearer: [] }, { session: [] }];
const sessionOnly = [{ session: [] }];

function write(options: {
  summary: string;
  role: 'editor' | 'admin';
  body?: z.ZodType;
  ok: [number, JsonSchema | null, string];
  params?: JsonSchema[];
  conflict?: string;
  /** The 409 body's schema when `conflict` starts with '#': a stale milestone unless named. */
  conflictSchema?: string;
  security?: typeof anyAccount;
}) {
  const [status, schema, description] = options.ok;
  return {
    summary: options.summary,
    description: `Needs the ${options.role} role (or admin).`,
    security: options.security ?? anyAccount,
    ...(options.params && { parameters: options.params }),
    ...(options.body && { requestBody: { required: true, content: { 'application/json': { schema: bodySchema(options.body) } } } }),
    responses: {
      [status]: schema ? json(schema, description) : { description },
      400: error('The body is not valid: `fields` names each problem'),
      401: error('No credentials, or a bad or revoked token'),
      403: error(`Signed in, but not ${options.role === 'admin' ? 'an admin' : 'an editor or admin'}`),
      404: error('Not found'),
      ...(options.conflict && { 409: options.conflict.startsWith('#') ? json(ref(options.conflictSchema ?? 'VersionConflict'), options.conflict.slice(1)) : error(options.conflict) }),
      405: error('A method this address does not take (the `Allow` header lists those it does)'),
      413: error('The body is too large'),
      ...(options.body && { 415: error('The body is not labelled Content-Type: application/json') }),
    },
  };
}

export const writeSchemas: Record<string, JsonSchema> = {
  VersionConflict: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'current'],
        properties: {
          code: { const: 'version_conflict' },
          message: { type: 'string' },
          current: { ...ref('Milestone'), description: 'The milestone as stored now, with the other editor\'s change' },
        },
      },
    },
  },
  RecordConflict: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'current'],
        properties: {
          code: { const: 'version_conflict' },
          message: { type: 'string' },
          current: { description: 'The record (SiteRecord, ContingentRecord or Mission) as stored now, with the other editor\'s change' },
        },
      },
    },
  },
  SiteRecord: {
    type: 'object',
    description: 'A site as stored: no derived status',
    properties: {
      id: { type: 'integer' },
      missionCode: { type: 'string' },
      slug: { type: 'string' },
      name: { type: 'string' },
      aliases: { type: 'array', items: { type: 'string' } },
      kind: { type: 'string' },
      region: { type: 'string' },
      lat: { type: 'number' },
      lon: { type: 'number' },
      plannedHandover: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
      phase: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      version: { type: 'integer' },
    },
  },
  ContingentRecord: {
    type: 'object',
    description: 'A contingent as stored, with its deployments (endDate: the day it left)',
    properties: {
      id: { type: 'integer' },
      missionCode: { type: 'string' },
      name: { type: 'string' },
      country: { type: 'string' },
      countryIso: { type: 'string' },
      unitKind: { type: 'string' },
      strength: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
      deployments: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            siteId: { type: 'integer' },
            startDate: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
            endDate: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
            strength: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
          },
        },
      },
      version: { type: 'integer' },
    },
  },
  ImportedRelease: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      date: { type: 'string', format: 'date' },
      title: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      contentHash: { type: 'string' },
      proposals: { type: 'array', items: ref('Proposal') },
    },
  },
  ImportResult: {
    type: 'object',
    properties: {
      missionCode: { type: 'string' },
      parsed: { type: 'integer', description: 'Releases found in the text' },
      created: { type: 'array', items: ref('ImportedRelease') },
      existing: { type: 'array', items: ref('ImportedRelease'), description: 'Releases imported before: nothing was created for them' },
      proposals: { type: 'integer', description: 'Proposals made by this import' },
    },
  },
  Token: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      name: { type: 'string' },
      prefix: { type: 'string', description: 'The first characters of the secret' },
      createdAt: { type: 'string', format: 'date-time' },
      lastUsedAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
      revokedAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
    },
  },
  AuditEvent: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      at: { type: 'string', format: 'date-time' },
      action: { type: 'string', example: 'update' },
      entity: { type: 'string', example: 'milestone' },
      entityId: { type: 'string' },
      actor: {
        type: 'object',
        properties: {
          id: { type: 'string', example: 'user:abc' },
          kind: { enum: ['user', 'token', 'system'] },
          user: { anyOf: [{ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } } }, { type: 'null' }] },
          tokenName: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        },
      },
      before: { description: 'The values before (null for a creation)' },
      after: { description: 'The values after (null for a deletion)' },
    },
  },
  User: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { enum: ['viewer', 'editor', 'admin'] },
      createdAt: { type: 'string', format: 'date-time' },
      failedSignIns: { type: 'integer', minimum: 0, description: 'Failed sign-ins still counted against the account' },
      signInPausedUntil: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }], description: 'While the account must wait before its next sign-in, until when' },
    },
    required: ['id', 'email', 'name', 'role', 'createdAt', 'failedSignIns', 'signInPausedUntil'],
  },
};

/** Operations by path and method; merged with the read operations of the same paths. */
export const writePaths: Record<string, Record<string, unknown>> = {
  '/api/v1/milestones': {
    post: write({ summary: 'Create a milestone; the source (a release, or a URL and its publisher) is required', role: 'editor', body: bodies.milestoneCreateBody, ok: [201, ref('Milestone'), 'The milestone, at version 1'] }),
  },
  '/api/v1/milestones/{id}': {
    patch: write({
      summary: 'Change a milestone at the version it was read at (cancel: status "cancelled")',
      role: 'editor',
      body: bodies.milestoneUpdateBody,
      params: [idPath],
      ok: [200, ref('Milestone'), 'The milestone, one version later'],
      conflict: '#Someone saved since this version was read; nothing was changed',
    }),
    delete: write({
      summary: 'Delete a milestone at the version it was read at',
      role: 'editor',
      params: [idPath, { name: 'version', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } }],
      ok: [204, null, 'Deleted'],
      conflict: '#Someone saved since this version was read; nothing was deleted',
    }),
  },
  '/api/v1/sites/{id}': {
    patch: write({
      summary: 'Change a site (name, aliases, kind, region, coordinates, phase, planned handover) at the version it was read at; aliases replace the list',
      role: 'editor',
      body: bodies.siteUpdateBody,
      params: [idPath],
      ok: [200, ref('SiteRecord'), 'The site as stored, one version later'],
      conflict: '#Someone saved since this version was read; nothing was changed',
      conflictSchema: 'RecordConflict',
    }),
    delete: write({
      summary: 'Delete a site that no milestone, proposal or deployment cites, at the version it was read at',
      role: 'editor',
      params: [idPath, { name: 'version', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } }],
      ok: [204, null, 'Deleted'],
      conflict: 'A stale version (`version_conflict`), or `in_use`: the message says how many milestones, proposals and deployments cite it',
    }),
  },
  '/api/v1/contingents': {
    post: write({ summary: 'Add a contingent, optionally with its deployments', role: 'editor', body: bodies.contingentCreateBody, ok: [201, ref('ContingentRecord'), 'The contingent, at version 1'] }),
  },
  '/api/v1/contingents/{id}': {
    get: {
      summary: 'A contingent as stored, with its deployments and its version',
      parameters: [idPath],
      responses: { 200: json(ref('ContingentRecord'), 'OK'), 404: error('Not found') },
    },
    patch: write({
      summary: 'Change a contingent at the version it was read at; deployments replace the list',
      role: 'editor',
      body: bodies.contingentUpdateBody,
      params: [idPath],
      ok: [200, ref('ContingentRecord'), 'The contingent, one version later'],
      conflict: '#Someone saved since this version was read; nothing was changed',
      conflictSchema: 'RecordConflict',
    }),
    delete: write({
      summary: 'Delete a contingent that no milestone or proposal cites (its deployments go with it), at the version it was read at',
      role: 'editor',
      params: [idPath, { name: 'version', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } }],
      ok: [204, null, 'Deleted'],
      conflict: 'A stale version (`version_conflict`), or `in_use`: the message says how many milestones and proposals cite it',
    }),
  },
  '/api/v1/missions': {
    post: write({ summary: 'Create a mission with its phases', role: 'admin', body: bodies.missionCreateBody, ok: [201, ref('Mission'), 'The mission, at version 1'], conflict: 'A mission with this code exists' }),
  },
  '/api/v1/missions/{code}': {
    patch: write({
      summary: 'Change a mission\'s fields and phases at the version it was read at; phases replace the list, matched by code (a phase sites belong to cannot be removed)',
      role: 'admin',
      body: bodies.missionUpdateBody,
      params: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
      ok: [200, ref('Mission'), 'The mission, one version later'],
      conflict: '#Someone saved since this version was read; nothing was changed',
      conflictSchema: 'RecordConflict',
    }),
  },
  '/api/v1/import': {
    post: write({
      summary: 'Load a whole mission from GET /api/v1/export?format=json (its `tables`) into a database that does not hold it, in one transaction',
      role: 'admin',
      body: missionImportBody,
      ok: [201, { type: 'object' }, 'The mission and the number of rows loaded per table'],
      conflict: 'The database already holds this mission',
    }),
  },
  '/api/v1/releases': {
    post: write({
      summary: 'Import releases from text (SPEC section 3 format): the releases created or known already, with their proposals',
      role: 'editor',
      body: bodies.releasesImportBody,
      ok: [201, ref('ImportResult'), 'Created (200 when every release was known already)'],
    }),
  },
  '/api/v1/proposals/{id}/accept': {
    post: write({
      summary: 'Accept a pending proposal, optionally corrected: it becomes a milestone citing its release',
      role: 'editor',
      body: bodies.proposalAcceptBody,
      params: [idPath],
      ok: [201, { type: 'object', properties: { proposal: ref('Proposal'), milestone: ref('Milestone') } }, 'Accepted'],
      conflict: 'The proposal was already reviewed',
    }),
  },
  '/api/v1/proposals/accept': {
    post: write({
      summary: 'Accept many pending proposals as they stand; each is accepted or refused on its own',
      role: 'editor',
      body: bodies.proposalsAcceptManyBody,
      ok: [
        200,
        {
          type: 'object',
          properties: {
            accepted: { type: 'array', items: { type: 'object', properties: { proposal: ref('Proposal'), milestone: ref('Milestone') } } },
            refused: {
              type: 'array',
              items: {
                type: 'object',
                properties: { id: { type: 'integer' }, error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object' } } } },
              },
            },
          },
        },
        'What was accepted and what was refused, with why',
      ],
    }),
  },
  '/api/v1/proposals/{id}/reject': {
    post: write({ summary: 'Reject a pending proposal', role: 'editor', body: bodies.proposalRejectBody, params: [idPath], ok: [200, ref('Proposal'), 'Rejected'], conflict: 'The proposal was already reviewed' }),
  },
  '/api/v1/proposals/review-stats': {
    get: write({
      summary: "Editors' review decisions per milestone type: reviewed, accepted as proposed, corrected (which fields), rejected; precision = accepted as proposed ÷ reviewed",
      role: 'admin',
      params: [{ name: 'mission', in: 'query', required: false, schema: { type: 'string' } }],
      ok: [200, ref('ReviewStats'), 'OK'],
    }),
  },
  '/api/v1/tokens': {
    get: write({ summary: 'Your API tokens (never their secrets)', role: 'editor', security: sessionOnly, ok: [200, { type: 'object', properties: { data: { type: 'array', items: ref('Token') } } }, 'OK'] }),
    post: write({
      summary: 'Make an API token; the answer holds its secret, shown this once',
      role: 'editor',
      security: sessionOnly,
      body: bodies.tokenCreateBody,
      ok: [201, { allOf: [ref('Token'), { type: 'object', properties: { secret: { type: 'string', example: 'dd_...' } } }] }, 'Created'],
    }),
  },
  '/api/v1/tokens/{id}': {
    delete: write({ summary: 'Revoke one of your API tokens (an admin: anyone\'s)', role: 'editor', security: sessionOnly, params: [idPath], ok: [200, ref('Token'), 'Revoked'] }),
  },
  '/api/v1/users': {
    get: write({ summary: 'All users with their roles', role: 'admin', ok: [200, { type: 'object', properties: { data: { type: 'array', items: ref('User') } } }, 'OK'] }),
  },
  '/api/v1/users/{id}': {
    patch: write({
      summary: 'Change a user\'s role',
      role: 'admin',
      body: bodies.userUpdateBody,
      params: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      ok: [200, ref('User'), 'The user with the new role'],
      conflict: 'That would leave no admin',
    }),
  },
  '/api/v1/users/{id}/sessions': {
    delete: write({
      summary: 'Sign a user out everywhere (delete all their sessions)',
      role: 'admin',
      params: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      ok: [200, { type: 'object', properties: { userId: { type: 'string' }, sessions: { type: 'integer' } } }, 'How many sessions ended'],
    }),
  },
  '/api/v1/users/{id}/sign-in-failures': {
    delete: write({
      summary: 'Let a user sign in again at once: clear the failed sign-ins that make the account wait',
      role: 'admin',
      params: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      ok: [200, { type: 'object', properties: { userId: { type: 'string' }, cleared: { type: 'boolean' } }, required: ['userId', 'cleared'] }, 'Whether there was anything to clear'],
    }),
  },
  '/api/v1/audit': {
    get: write({
      summary: 'A record\'s history, newest first: who (user, or token and its creator), when, before and after',
      role: 'editor',
      params: [
        { name: 'entity', in: 'query', required: true, schema: { type: 'string', example: 'milestone' } },
        { name: 'id', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'cursor', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
      ],
      ok: [200, { type: 'object', properties: { data: { type: 'array', items: ref('AuditEvent') }, nextCursor: { type: 'string' } } }, 'OK'],
    }),
  },
};

/** Adds the write operations to the read document's paths. */
export function withWrites(paths: Record<string, object>): Record<string, object> {
  const merged: Record<string, object> = { ...paths };
  for (const [path, operations] of Object.entries(writePaths)) merged[path] = { ...merged[path], ...operations };
  return merged;
}
