/**
 * What the write routes share on top of `route()`: a stale version answers 409 with the
 * record as it is now, so the client can show the other editor's change next to its own
 * and lose neither; and write answers are never cached.
 */
import { route } from './http';
import { VersionConflict } from '../data/milestone-writes';

export function conflictResponse(error: VersionConflict): Response {
  return Response.json(
    { error: { code: error.code, message: error.message, current: error.current } },
    { status: error.status, headers: { 'cache-control': 'no-store' } },
  );
}

export function writeRoute<P = Record<string, never>>(handler: (request: Request, params: P) => Promise<Response>) {
  return route<P>(async (request, params) => {
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
