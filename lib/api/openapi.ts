/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json. Query parameters are generated
 * from the same zod schemas the routes validate with, so the document cannot drift from
 * what the API accepts; response shapes are written out below.
 */
import { z } from 'zod';
import * as params from './params';
import { securitySchemes, withWrites, writeSchemas } from './openapi-writes';
import { MILESTONE_STATUSES, MILESTONE_TYPES, PROPOSAL_STATUSES, SITE_STATUSES, VERDICT_STATUSES } from '../domain/vocabulary';

type JsonSchema = Record<string, unknown>;

function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

const date = { type: 'string', format: 'date', example: '2023-08-31' };
const nullable = (s: JsonSchema) => ({ anyOf: [s, { type: 'null' }] });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (item: string) => ({
  type: 'object',
  required: ['data'],
  properties: { data: { type: 'array', items: ref(item) }, nextCursor: { type: 'string' } },
});
const idPath = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

function ok(schema: JsonSchema, description = 'OK', contentType = 'application/json') {
  return {
    200: { description, content: { [contentType]: { schema } } },
    400: { description: 'Invalid parameters', content: { 'application/json': { schema: ref('Error') } } },
    404: { description: 'Not found', content: { 'application/json': { schema: ref('Error') } } },
  };
}

const schemas: Record<string, JsonSchema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', example: 'validation_failed' },
          message: { type: 'string' },
          fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
      },
    },
  },
  Phase: {
    type: 'object',
    properties: { code: { type: 'string' }, name: { type: 'string' }, plannedStart: nullable(date), plannedEnd: nullable(date) },
  },
  Mission: {
    type: 'object',
    properties: {
      code: { type: 'string', example: 'MINUSMA' },
      name: { type: 'string' },
      hostCountry: { type: 'string' },
      hostCountryIsoNumeric: nullable({ type: 'string' }),
      deployedSince: nullable(date),
      mandateEnd: nullable(date),
      drawdownStart: nullable(date),
      withdrawalDeadline: date,
      liquidationStart: nullable(date),
      personnelInScope: nullable({ type: 'integer' }),
      phases: { type: 'array', items: ref('Phase') },
      version: { type: 'integer' },
      milestoneDates: {
        type: 'array',
        items: date,
        description: 'Only in GET /missions/{code}: the days on which a milestone was achieved, ascending.',
      },
    },
  },
  ContingentRef: {
    type: 'object',
    properties: { id: { type: 'integer' }, country: { type: 'string' }, countryIso: { type: 'string' }, unitKind: { type: 'string' }, name: { type: 'string' } },
  },
  Site: {
    type: 'object',
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
      phase: nullable({ type: 'string' }),
      phaseName: nullable({ type: 'string' }),
      plannedHandover: nullable(date),
      plannedHandoverFrom: nullable({ enum: ['site', 'phase'] }),
      status: { enum: [...SITE_STATUSES] },
      statusSince: nullable(date),
      withdrawalStartedOn: nullable(date),
      closedOn: nullable(date),
      handedOverOn: nullable(date),
      contingents: { type: 'array', items: ref('ContingentRef'), description: 'Contingents deployed there on the "as of" day' },
      lastMilestone: nullable({
        type: 'object',
        description: 'The latest achieved milestone of the site dated on or before the "as of" day',
        properties: {
          id: { type: 'integer' },
          type: { enum: [...MILESTONE_TYPES] },
          date,
          title: { type: 'string' },
          releaseId: nullable({ type: 'integer' }),
        },
      }),
      version: { type: 'integer' },
    },
  },
  SiteDetail: {
    allOf: [
      ref('Site'),
      {
        type: 'object',
        properties: {
          milestones: {
            type: 'array',
            items: {
              allOf: [
                ref('Milestone'),
                {
                  type: 'object',
                  properties: { quote: nullable({ type: 'string', description: 'The passage of the source release that backs the milestone' }) },
                },
              ],
            },
          },
        },
      },
    ],
  },
  Contingent: {
    allOf: [
      ref('ContingentRef'),
      {
        type: 'object',
        properties: {
          missionCode: { type: 'string' },
          strength: nullable({ type: 'integer' }),
          deployments: {
            type: 'array',
            items: {
              type: 'object',
              properties: { siteId: { type: 'integer' }, siteName: { type: 'string' }, startDate: nullable(date), endDate: nullable(date), strength: nullable({ type: 'integer' }) },
            },
          },
          presentAt: { type: 'array', items: { type: 'object', properties: { siteId: { type: 'integer' }, siteName: { type: 'string' } } } },
          repatriated: { type: 'boolean' },
          repatriatedOn: nullable(date),
        },
      },
    ],
  },
  Source: {
    oneOf: [
      {
        type: 'object',
        required: ['releaseId'],
        properties: { releaseId: { type: 'integer' }, releaseDate: date, releaseTitle: nullable({ type: 'string' }), url: nullable({ type: 'string' }), language: { type: 'string', description: 'Language the release is written in (en, fr)' } },
      },
      { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' }, publisher: nullable({ type: 'string' }) } },
    ],
  },
  Milestone: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      missionCode: { type: 'string' },
      siteId: nullable({ type: 'integer' }),
      contingentId: nullable({ type: 'integer' }),
      type: { enum: [...MILESTONE_TYPES] },
      date,
      title: { type: 'string' },
      notes: nullable({ type: 'string' }),
      figure: nullable({ type: 'integer' }),
      status: { enum: [...MILESTONE_STATUSES] },
      source: nullable(ref('Source')),
      version: { type: 'integer' },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  Release: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      missionCode: { type: 'string' },
      date,
      title: nullable({ type: 'string' }),
      body: { type: 'string' },
      url: nullable({ type: 'string' }),
      language: { type: 'string' },
      contentHash: { type: 'string' },
      createdAt: { type: 'string', format: 'date-time' },
      milestones: { type: 'array', items: { type: 'object' }, description: 'Milestones that cite this release' },
      proposalCounts: { type: 'object', properties: Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, { type: 'integer' }])) },
    },
  },
  Proposal: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      releaseId: { type: 'integer' },
      releaseDate: date,
      type: { enum: [...MILESTONE_TYPES] },
      date: nullable(date),
      siteId: nullable({ type: 'integer' }),
      contingentId: nullable({ type: 'integer' }),
      countryIso: nullable({ type: 'string' }),
      figure: nullable({ type: 'integer' }),
      milestoneStatus: { enum: [...MILESTONE_STATUSES] },
      title: { type: 'string' },
      sentence: { type: 'string' },
      spans: { type: 'array', items: { type: 'object' } },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      status: { enum: [...PROPOSAL_STATUSES] },
      milestoneId: nullable({ type: 'integer' }),
      correctedFields: nullable({ type: 'array', items: { type: 'string' }, description: 'Fields the editor changed when accepting; [] when accepted as proposed; null until accepted' }),
      rejectReason: nullable({ type: 'string' }),
    },
  },
  ReviewStats: {
    type: 'object',
    properties: {
      missionCode: { type: 'string' },
      pending: { type: 'integer' },
      overall: { $ref: '#/components/schemas/ReviewStatsRow' },
      byType: { type: 'array', items: { $ref: '#/components/schemas/ReviewStatsRow' } },
    },
  },
  ReviewStatsRow: {
    type: 'object',
    properties: {
      type: { type: 'string' },
      reviewed: { type: 'integer' },
      acceptedAsProposed: { type: 'integer' },
      corrected: { type: 'integer' },
      rejected: { type: 'integer' },
      precision: nullable({ type: 'number', minimum: 0, maximum: 1 }),
      corrections: { type: 'object', additionalProperties: { type: 'integer' } },
    },
  },
  Progress: {
    type: 'object',
    properties: {
      missionCode: { type: 'string' },
      asOf: date,
      deadline: date,
      daysLeft: { type: 'integer', description: 'Negative once the deadline has passed' },
      sites: {
        type: 'object',
        properties: Object.fromEntries(['total', 'active', 'withdrawing', 'closed', 'handedOver'].map((k) => [k, { type: 'integer' }])),
      },
      personnel: { type: 'object', properties: { inScope: nullable({ type: 'integer' }), departed: nullable({ type: 'integer' }), figureDate: nullable(date) } },
      series: {
        type: 'array',
        items: { type: 'object', properties: { date, done: { type: 'integer' }, planned: { type: 'integer' } } },
        description: '`done` counts sites closed or handed over on or before `date`',
      },
      projection: {
        type: 'object',
        properties: {
          completionDate: nullable(date),
          pacePerWeek: nullable({ type: 'number' }),
          basis: { type: 'string' },
          paceFrom: { ...nullable(date), description: 'The pace is paceSites done in the paceDays from paceFrom (the drawdown start, else the first site done) to asOf' },
          paceSites: { type: 'integer' },
          paceDays: { type: 'integer' },
        },
      },
      verdict: {
        type: 'object',
        properties: { status: { enum: [...VERDICT_STATUSES] }, reason: { type: 'string' }, reasonCode: { type: 'string' }, params: { type: 'object' } },
      },
      finishedOn: nullable(date),
      steps: {
        type: 'array',
        description: 'The days on which `done` (up to asOf) or `planned` moves, with the sites behind each move and the milestones, with sources, that made a site done',
        items: {
          type: 'object',
          properties: {
            date,
            done: { type: 'integer' },
            planned: { type: 'integer' },
            doneSites: {
              type: 'array',
              items: {
                type: 'object',
                properties: { id: { type: 'integer' }, name: { type: 'string' }, how: { enum: ['closed', 'handed_over'] }, milestones: { type: 'array', items: ref('ChartMilestone') } },
              },
            },
            plannedSites: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, from: { enum: ['site', 'phase'] } } },
            },
          },
        },
      },
      personnelSeries: {
        type: 'array',
        description: 'Personnel departed as reported (never interpolated): on each point\'s date the reported figure is `personnel.departed` as of that date',
        items: {
          type: 'object',
          properties: { date, departed: { type: 'integer' }, scope: { enum: ['mission', 'unit'] }, milestones: { type: 'array', items: ref('ChartMilestone') } },
        },
      },
      timeline: {
        type: 'array',
        description: 'One row per site, by phase then planned handover: planned window, actual start and end as of asOf, milestones as marks',
        items: {
          type: 'object',
          properties: {
            siteId: { type: 'integer' },
            slug: { type: 'string' },
            name: { type: 'string' },
            region: { type: 'string' },
            phase: nullable({ type: 'string' }),
            phaseName: nullable({ type: 'string' }),
            plannedStart: nullable(date),
            plannedEnd: nullable(date),
            plannedEndFrom: nullable({ enum: ['site', 'phase'] }),
            status: { enum: [...SITE_STATUSES] },
            withdrawalStartedOn: nullable(date),
            doneOn: nullable(date),
            closedOn: nullable(date),
            handedOverOn: nullable(date),
            marks: {
              type: 'array',
              items: {
                type: 'object',
                properties: { id: { type: 'integer' }, type: { enum: [...MILESTONE_TYPES] }, date, title: { type: 'string' }, status: { enum: ['achieved', 'planned'] } },
              },
            },
          },
        },
      },
      breakdowns: {
        type: 'object',
        description: 'Sites by status as of asOf, per phase and per region',
        properties: { byPhase: { type: 'array', items: ref('BreakdownRow') }, byRegion: { type: 'array', items: ref('BreakdownRow') } },
      },
    },
  },
  Portfolio: {
    type: 'object',
    required: ['asOf', 'data'],
    description: 'Every mission on one day',
    properties: {
      asOf: date,
      data: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code', 'name', 'deadline', 'daysLeft', 'sitesDone', 'sitesTotal', 'verdict', 'series'],
          properties: {
            code: { type: 'string' },
            name: { type: 'string' },
            hostCountry: { type: 'string' },
            drawdownStart: nullable(date),
            deadline: date,
            daysLeft: { type: 'integer', description: 'Days from asOf to the deadline; negative once it has passed' },
            sitesDone: { type: 'integer', description: 'Sites closed or handed over as of asOf' },
            sitesTotal: { type: 'integer' },
            personnelDeparted: nullable({ type: 'integer' }),
            personnelInScope: nullable({ type: 'integer' }),
            personnelFigureDate: nullable(date),
            verdict: {
              type: 'object',
              properties: { status: { enum: [...VERDICT_STATUSES] }, reason: { type: 'string' }, reasonCode: { type: 'string' }, params: { type: 'object' } },
            },
            finishedOn: nullable(date),
            series: { type: 'array', items: { type: 'object', properties: { date, done: { type: 'integer' }, planned: { type: 'integer' } } } },
          },
        },
      },
    },
  },
  ChartMilestone: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      type: { enum: [...MILESTONE_TYPES] },
      date,
      title: { type: 'string' },
      siteId: nullable({ type: 'integer' }),
      contingentId: nullable({ type: 'integer' }),
      figure: nullable({ type: 'integer' }),
      source: nullable(ref('Source')),
    },
  },
  BreakdownRow: {
    type: 'object',
    properties: {
      key: { type: 'string', description: "The phase code or the region; '' for sites with no phase" },
      label: { type: 'string' },
      ...Object.fromEntries(['active', 'withdrawing', 'closed', 'handedOver', 'total'].map((k) => [k, { type: 'integer' }])),
    },
  },
};

export function openApiDocument() {
  const get = (summary: string, query: z.ZodType | null, response: JsonSchema, extra: JsonSchema[] = []) => ({
    get: { summary, parameters: [...extra, ...(query ? queryParameters(query) : [])], responses: ok(response) },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Drawdown API',
      version: '1.0.0',
      description:
        'Read and write the record of a UN peace operation\'s withdrawal. Dates are calendar days (YYYY-MM-DD). Errors are `{ "error": { "code", "message", "fields"? } }`. When `mission` is omitted the deployment\'s default mission is used; when `asOf` is omitted it means today.',
    },
    servers: [{ url: '/' }],
    paths: withWrites({
      '/api/v1/missions': get('List missions', null, list('Mission')),
      '/api/v1/missions/{code}': get('One mission', null, ref('Mission'), [
        { name: 'code', in: 'path', required: true, schema: { type: 'string' } },
      ]),
      '/api/v1/sites': get('Sites with their status as of a day', params.sitesQuery, list('Site')),
      '/api/v1/sites/{id}': get('One site as of a day, with its milestones', params.siteByIdQuery, ref('SiteDetail'), [idPath]),
      '/api/v1/contingents': get('Contingents as of a day', params.asOfQuery, list('Contingent')),
      '/api/v1/milestones': get('Milestones, newest first, paged by cursor', params.milestonesQuery, list('Milestone')),
      '/api/v1/milestones/{id}': get('One milestone', null, ref('Milestone'), [idPath]),
      '/api/v1/releases': get('Releases, newest first, each with the milestones citing it', params.releasesQuery, list('Release')),
      '/api/v1/releases/{id}': get('One release', null, ref('Release'), [idPath]),
      '/api/v1/proposals': get('Proposals extracted from releases', params.proposalsQuery, list('Proposal')),
      '/api/v1/progress': get('Progress toward the deadline as of a day', params.asOfQuery, ref('Progress')),
      '/api/v1/portfolio': {
        get: {
          summary: 'Every mission on one day: deadline, sites done, personnel departed, verdict (json, or csv with format=csv)',
          parameters: queryParameters(params.portfolioQuery),
          responses: {
            200: { description: 'The missions, in code order', content: { 'application/json': { schema: ref('Portfolio') }, 'text/csv': {} } },
            400: { description: 'Invalid parameters', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
      '/api/v1/export': {
        get: {
          summary: 'Export a mission: json (everything), csv (one table) or geojson (sites)',
          parameters: queryParameters(params.exportQuery),
          responses: {
            200: {
              description: 'The export, as an attachment',
              content: { 'application/json': {}, 'text/csv': {}, 'application/geo+json': {} },
            },
            400: { description: 'Invalid parameters', content: { 'application/json': { schema: ref('Error') } } },
            404: { description: 'Unknown mission', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
      '/api/v1/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    }),
    components: { schemas: { ...schemas, ...writeSchemas }, securitySchemes },
  };
}
