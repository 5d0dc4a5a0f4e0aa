/**
 * Server errors (issue 7, item 7): the client gets a request id and nothing else (no
 * message, stack or SQL); the server log gets one JSON line with that id, the route, the
 * code and the message, and the stack.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { route } from '../../lib/api/http';
import { requestIdFrom } from '../../lib/observability/log';
import { onRequestError } from '../../instrumentation';

const sqlError = () => Object.assign(new Error('SQLITE_ERROR: near "DROP": syntax error in SELECT * FROM "Milestone" WHERE id = 1'), { code: 'P2010' });

afterEach(() => vi.restoreAllMocks());

describe('an unexpected error in an API route', () => {
  it('answers 500 with the request id only, and logs one JSON line with it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = route(async () => {
      throw sqlError();
    });
    const response = await handler(new Request('http://localhost/api/v1/sites?q=x', { headers: { 'x-request-id': 'req-1234567890' } }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toBe('req-1234567890');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: 'Something went wrong on our side. Reference: req-1234567890', requestId: 'req-1234567890' },
    });
    expect(text).not.toMatch(/SQLITE|SELECT|DROP|Milestone|at .*:\d+/);

    expect(log).toHaveBeenCalledTimes(1);
    const line = log.mock.calls[0]![0] as string;
    expect(line).not.toContain('\n');
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ level: 'error', requestId: 'req-1234567890', route: 'GET /api/v1/sites', code: 'internal_error' });
    expect(entry.message).toContain('SQLITE_ERROR');
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
    expect(entry.stack).toMatch(/error-logging\.test\.ts/);
  });

  it('makes its own id when the request came without one, or with one that could forge a log line', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = route(async () => {
      throw new Error('boom');
    });
    for (const given of [undefined, 'short', 'a"b} {level:"info"}', 'x'.repeat(200)]) {
      const response = await handler(new Request('http://localhost/api/v1/x', given ? { headers: { 'x-request-id': given } } : {}), { params: Promise.resolve({}) });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await response.json()).error.requestId).toBe(id);
    }
    expect(requestIdFrom(new Headers({ 'x-request-id': 'lb-0a1b2c3d4e' }))).toBe('lb-0a1b2c3d4e');
  });
});

describe('an error Next.js catches while rendering a page', () => {
  it('is logged as one JSON line with the request id and the digest the error page shows', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await onRequestError(
      Object.assign(sqlError(), { digest: '1234567' }),
      { path: '/sites/gao', method: 'GET', headers: { 'x-request-id': 'req-abcdef123' } },
      { routerKind: 'App Router', routePath: '/sites/[slug]', routeType: 'render', renderSource: 'react-server-components' },
    );
    const entry = JSON.parse(log.mock.calls[0]![0] as string);
    expect(entry).toMatchObject({ level: 'error', requestId: 'req-abcdef123', route: 'GET /sites/[slug]', code: 'internal_error', digest: '1234567', path: '/sites/gao', routeType: 'render' });
  });
});
