import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce, setSecurityHeaders } from '@/lib/security/headers';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/observability/log';
import { CACHE_HEADER, cachedPage, withNonce } from '@/lib/cache/page-cache';
import { env } from '@/lib/env';

/**
 * Runs before every page (the API sets its own headers): a fresh CSP nonce per request
 * (pages are rendered on demand, so each gets its own) and the security headers on the
 * response. A reading page an anonymous reader asks for again comes from the page cache
 * (lib/cache/page-cache.ts), under this request's own nonce.
 */
/**
 * Methods a page answers; PUT, PATCH, DELETE and the like get a 405 instead of reaching the
 * renderer. (TRACE never gets here: Next fails to build its request for it, a 500 that only a
 * server in front of Next could turn into a 405.)
 */
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

/**
 * A server action (a POST with the Next-Action header) sent from another site's page is
 * refused here with a 403, before Next's own check would fail it with a 500.
 */
function crossOriginAction(request: NextRequest): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const hosts = [request.headers.get('x-forwarded-host')?.split(',')[0]?.trim(), request.headers.get('host')];
  const appUrl = env().APP_URL;
  if (appUrl) hosts.push(new URL(appUrl).host);
  return !hosts.includes(host);
}

export async function proxy(request: NextRequest) {
  if (!PAGE_METHODS.has(request.method)) {
    const refused = new NextResponse(`${request.method} is not allowed here.\n`, { status: 405, headers: { allow: [...PAGE_METHODS].join(', '), 'content-type': 'text/plain; charset=utf-8' } });
    setSecurityHeaders(refused.headers, request, { policy: "default-src 'none'", requestId: requestIdFrom(request.headers) });
    return refused;
  }
  if (crossOriginAction(request)) {
    const refused = new NextResponse('Cross-site requests may not run actions.\n', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    setSecurityHeaders(refused.headers, request, { policy: "default-src 'none'", requestId: requestIdFrom(request.headers) });
    return refused;
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  // One id per request, logged with any server error and shown on the error page (which
  // reads it from Server-Timing), so a user can report exactly which request failed.
  const requestId = requestIdFrom(request.headers);
  const cached = await cachedPage(
    { method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, headers: request.headers },
    requestId,
  );
  let response: NextResponse;
  if (cached) {
    response = new NextResponse(withNonce(cached.page, nonce), { status: cached.page.status, headers: cached.page.headers });
    response.headers.set(CACHE_HEADER, cached.hit ? 'hit' : 'miss');
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', csp);
    requestHeaders.set(REQUEST_ID_HEADER, requestId);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  setSecurityHeaders(response.headers, request, { policy: csp, requestId });
  response.headers.append('Server-Timing', `request-id;desc="${requestId}"`);
  return response;
}

export const config = {
  // Static files carry no script to protect and are served before any proxy would matter.
  // The API sets its own headers (`route()` in lib/api/http.ts): going through the proxy doubled
  // the cost of an API request (decision 0013).
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
