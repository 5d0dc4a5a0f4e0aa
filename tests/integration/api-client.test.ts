/**
 * A client generated from the served document (openapi-typescript, as a third party would make
 * one) must type-check against real answers: the answers below are written into a TypeScript
 * module as literals, each `satisfies` the generated type of its operation and status, and
 * the TypeScript compiler checks the module.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import * as openapi from '../../app/api/v1/openapi.json/route';
import * as missions from '../../app/api/v1/missions/route';
import * as sites from '../../app/api/v1/sites/route';
import * as site from '../../app/api/v1/sites/[id]/route';
import * as milestones from '../../app/api/v1/milestones/route';
import * as milestone from '../../app/api/v1/milestones/[id]/route';
import * as contingents from '../../app/api/v1/contingents/route';
import * as releases from '../../app/api/v1/releases/route';
import * as proposals from '../../app/api/v1/proposals/route';
import * as progress from '../../app/api/v1/progress/route';
import * as portfolio from '../../app/api/v1/portfolio/route';
import { call } from './http';
import { signedInAs } from './auth-helpers';

describe('a client generated from the OpenAPI document', () => {
  it('type-checks against real answers, successes and errors alike', { timeout: 120_000 }, async () => {
    const doc = (await call(openapi.GET, '/api/v1/openapi.json')).body;
    const { headers } = await signedInAs('editor');
    const first = (await call(milestones.GET, '/api/v1/milestones?limit=1')).body.data[0];
    const { id: _id, version: _version, ...asRead } = first;
    const answers: [string, string, number, unknown][] = [
      ['/api/v1/missions', 'get', 200, (await call(missions.GET, '/api/v1/missions')).body],
      ['/api/v1/sites', 'get', 200, (await call(sites.GET, '/api/v1/sites?asOf=2023-09-30')).body],
      ['/api/v1/sites/{id}', 'get', 200, (await call(site.GET, '/api/v1/sites/1', { id: '1' })).body],
      ['/api/v1/sites/{id}', 'get', 404, (await call(site.GET, '/api/v1/sites/999999', { id: '999999' })).body],
      ['/api/v1/milestones', 'get', 200, (await call(milestones.GET, '/api/v1/milestones?limit=20')).body],
      ['/api/v1/milestones', 'get', 400, (await call(milestones.GET, '/api/v1/milestones?limit=x')).body],
      ['/api/v1/milestones', 'post', 201, (await call(milestones.POST, '/api/v1/milestones', {}, { method: 'POST', headers, body: asRead })).body],
      ['/api/v1/milestones/{id}', 'patch', 409, (await call(milestone.PATCH, `/api/v1/milestones/${first.id}`, { id: String(first.id) }, { method: 'PATCH', headers, body: { version: 999, title: 'x' } })).body],
      ['/api/v1/contingents', 'get', 200, (await call(contingents.GET, '/api/v1/contingents')).body],
      ['/api/v1/releases', 'get', 200, (await call(releases.GET, '/api/v1/releases?limit=5')).body],
      ['/api/v1/proposals', 'get', 200, (await call(proposals.GET, '/api/v1/proposals?limit=5')).body],
      ['/api/v1/progress', 'get', 200, (await call(progress.GET, '/api/v1/progress?asOf=2023-12-31')).body],
      ['/api/v1/portfolio', 'get', 200, (await call(portfolio.GET, '/api/v1/portfolio?asOf=2023-12-31')).body],
    ];

    const dir = mkdtempSync(join(tmpdir(), 'drawdown-client-'));
    try {
      writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(doc)));
      const lines = answers.map(
        ([path, method, status, body], i) =>
          `export const answer${i} = ${JSON.stringify(body)} satisfies Answer<${JSON.stringify(path)}, ${JSON.stringify(method)}, ${status}>;`,
      );
      writeFileSync(
        join(dir, 'answers.ts'),
        [
          "import type { paths } from './api';",
          'type Answer<P extends keyof paths, M extends keyof paths[P], S extends number> =',
          "  paths[P][M] extends { responses: Record<S, { content: { 'application/json': infer B } }> } ? B : never;",
          ...lines,
        ].join('\n'),
      );
      const tsc = spawnSync(
        process.execPath,
        [join(process.cwd(), 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', join(dir, 'answers.ts')],
        { encoding: 'utf8' },
      );
      expect(tsc.stdout + tsc.stderr, 'tsc').toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
