/**
 * What the write routes share on top of `route()`: a stale version answers 409 with the
 * record as it is now, so the client can show the other editor's change next to its own
 * and lose neither; and write answers are never cached.
 */
import { parseQuery, route } from './http';
import { noQuery } from './params';
import { VersionConflict } from '../data/milestone-writes';

export function conflictResponse(error: VersionConflict): Response {
  return Response.json(
    { error: { code: error.code, message: error.message, current: error.current } },
    { status: error.status, headers: { 'cache-control': 'no-store' } },
  );
}

export function writeRoute<P = Record<string, never>>(handler: (request: Request, params: P) => Promise<Response>) {
  return route<P>(async (request, params) => {
    // A write takes its all in the body; only a DELETE names its version in the query (deleteVersion).
    if (request.method !== 'DELETE') parseQuery(new URL(request.url), noQuery);
    try {
      return await handler(request, params);
    } catch (error) {
      if (error instanceof VersionConflict) return conflictResponse(error);
      throw error;
    }
  });
}

export function written(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'cache-control': 'no-store' } });
}
