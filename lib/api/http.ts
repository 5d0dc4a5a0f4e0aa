/**
 * What every /api/v1 route handler goes through: query-string validation against a zod
 * schema, JSON error bodies `{ error: { code, message, fields? } }`, and no stack trace or
 * SQL ever reaching a client.
 */
import { z } from 'zod';
import { AppError } from '../errors';
import { logServerError, requestIdFrom } from '../observability/log';
import { API_CONTENT_SECURITY_POLICY, setSecurityHeaders } from '../security/headers';
import { fieldErrors } from './field-errors';
import { keepsApiAnswerOffline, OFFLINE_HEADER } from '../offline/keep';

/** Longer query strings are refused outright: no legitimate client needs them. */
export const MAX_QUERY_LENGTH = 2048;

export function errorResponse(error: AppError): Response {
  const body: { error: { code: string; message: string; fields?: Record<string, string[]> } } = {
    error: { code: error.code, message: error.message },
  };
  if (error.fields) body.error.fields = error.fields;
  return Response.json(body, { status: error.status });
}

export function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.infer<S> {
  if (url.search.length > MAX_QUERY_LENGTH) {
    throw new AppError('query_too_long', `The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
  }
  // No prototype: a parameter named __proto__ or constructor is just an unknown key.
  const raw: Record<string, string> = Object.create(null);
  const repeated: Record<string, string[]> = Object.create(null);
  for (const [key, value] of url.searchParams) {
    if (key in raw) (repeated[key] ??= []).push('must be given once');
    raw[key] = value;
  }
  if (Object.keys(repeated).length) throw new AppError('validation_failed', 'A query parameter was repeated.', repeated);
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new AppError('validation_failed', 'The query parameters are not valid.', fieldErrors(result.error));
  }
  return result.data;
}

type Handler<P> = (request: Request, context?: { params: P }) => Promise<Response>;

/**
 * Wraps a route handler. Expected errors become their JSON answer; anything else is
 * logged as structured JSON with a request id and answered with that id only.
 */
export function route<P = Record<string, never>>(
  handler: (request: Request, params: P) => Promise<Response>,
): Handler<Promise<P>> {
  return async (request, context) => {
    // The API skips the proxy (it doubled the cost of a request: decision 0013), so the id,
    // the security headers and the policy (a JSON answer may load or be framed by nothing)
    // are set here, on every answer.
    const requestId = requestIdFrom(request.headers);
    const response = await answer(request, context, requestId);
    setSecurityHeaders(response.headers, request, { policy: API_CONTENT_SECURITY_POLICY, requestId });
    // A public read a reader may want again without a connection (decision 0017).
    if (keepsApiAnswerOffline(request.method, new URL(request.url).pathname, response)) response.headers.set(OFFLINE_HEADER, 'keep');
    return response;
  };
  async function answer(request: Request, context: { params: Promise<P> } | undefined, requestId: string): Promise<Response> {
    try {
      // A route without parameters may be called with the request alone (as the tests call the auth route).
      return await handler(request, ((await context?.params) ?? {}) as P);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      // PostgreSQL cannot store U+0000 in text; the write was refused and rolled back, so
      // it is the client's input, not our failure.
      if (isUnstorableText(error)) return errorResponse(new AppError('validation_failed', 'Text may not contain the NUL character (U+0000).'));
      logServerError(
        {
          requestId,
          route: `${request.method} ${new URL(request.url).pathname}`,
          code: 'internal_error',
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        },
        error,
      );
      return Response.json(
        { error: { code: 'internal_error', message: `Something went wrong on our side. Reference: ${requestId}`, requestId } },
        { status: 500, headers: { 'cache-control': 'no-store' } },
      );
    }
  }
}

/** PostgreSQL's refusal of a character it cannot store (22021: NUL; 22P05: untranslatable). */
function isUnstorableText(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta?.driverAdapterError?.cause;
  return cause?.originalCode === '22021' || cause?.originalCode === '22P05';
}

/**
 * Read bodies come from the per-process cache (lib/data/read-cache.ts) as the same object for
 * every request of a data version, and are never mutated: each is serialised once. A body
 * made for one response is simply forgotten with it.
 */
const serialised = new WeakMap<object, string>();

function serialise(data: unknown): string {
  if (typeof data !== 'object' || data === null) return JSON.stringify(data);
  let text = serialised.get(data);
  if (text === undefined) serialised.set(data, (text = JSON.stringify(data)));
  return text;
}

/** JSON with caching headers for reads: clients may reuse, but must check back. */
export function json(data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-cache');
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return new Response(serialise(data), { ...init, headers });
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

/**
 * Handlers for the methods a route does not take, so that a client gets a 405 in the API's own
 * form (a JSON error with its code, the API's headers) and an `Allow` header, where Next.js
 * would answer an empty 405. Each route file exports these beside its own handlers:
 * `export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');`
 */
export function otherMethods(...allowed: Method[]): Record<Method, Handler<Promise<Record<string, string | string[]>>>> {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse = route<Record<string, string | string[]>>(async (request) => {
    const response = errorResponse(new AppError('method_not_allowed', `${request.method} is not allowed here; this address takes ${allowed.join(' and ')}.`));
    response.headers.set('allow', allow);
    return response;
  });
  return Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, typeof refuse>;
}
