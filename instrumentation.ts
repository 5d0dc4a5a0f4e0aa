/**
 * Runs once when a server instance starts: a bad configuration stops it here, with the
 * variable named, rather than on the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env');
    env();
  }
}

/**
 * Every server error Next.js catches (a page that fails to render, a server action, a
 * route handler outside `route()`) becomes one JSON line with the request's id and the
 * digest the error page shows, so either reference a user reports finds it.
 */
export async function onRequestError(
  error: unknown,
  request: Readonly<{ path: string; method: string; headers: NodeJS.Dict<string | string[]> }>,
  context: Readonly<{ routerKind: string; routePath: string; routeType: string; renderSource?: string }>,
): Promise<void> {
  const { isRequestId, logServerError, REQUEST_ID_HEADER } = await import('./lib/observability/log');
  const given = request.headers[REQUEST_ID_HEADER];
  const digest = (error as { digest?: unknown } | null)?.digest;
  logServerError(
    {
      requestId: isRequestId(given) ? given : 'none',
      route: `${request.method} ${context.routePath}`,
      code: 'internal_error',
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      path: request.path,
      routeType: context.routeType,
      ...(typeof digest === 'string' && { digest }),
      ...(context.renderSource && { renderSource: context.renderSource }),
    },
    error,
  );
}
