/**
 * Server logs: one JSON object per line, so a log collector can index them and a user's
 * reported reference finds the line. The request id is set by the proxy on every request
 * (or kept from a load balancer that set a well-formed one) and sent back as X-Request-Id
 * and in Server-Timing, where the error page can read it.
 *
 * Edge-safe (no Node imports): the proxy uses it too.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids we accept from upstream: short, plain characters, nothing that could forge a log line. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(headers: Headers | { get(name: string): string | null }): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && WELL_FORMED.test(given) ? given : crypto.randomUUID();
}

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && WELL_FORMED.test(value);
}

export interface ErrorLog {
  requestId: string;
  /** The route pattern or path, e.g. "GET /api/v1/sites" or "/sites/[slug]". */
  route: string;
  code: string;
  message: string;
  /** Extra fields: the digest of a render error, the route type... */
  [key: string]: unknown;
}

/**
 * Logs a server error. The stack goes to the server log only; what a client sees is the
 * request id (and, for pages, the digest), never the message, the stack or the SQL.
 */
export function logServerError(entry: ErrorLog, error?: unknown): void {
  const line: Record<string, unknown> = { level: 'error', time: new Date().toISOString(), ...entry };
  if (error instanceof Error && error.stack) line.stack = error.stack;
  console.error(JSON.stringify(line));
}
