import { NextResponse, type NextRequest } from 'next/server';
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, setSecurityHeaders } from '@/lib/security/headers';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/observability/log';
import { CACHE_HEADER, cachedPage, withNonce } from '@/lib/cache/page-cache';
import { originIsThisApp } from '@/lib/security/client';
import { bareToMissionAddress, missionPage } from '@/lib/routing/mission-paths';
import { missionCodeOrDefault } from '@/lib/data/missions';
import { keepsPageOffline, OFFLINE_HEADER } from '@/lib/offline/keep';

/**
 * Methods a page answers; PUT, PATCH, DELETE and the like get a 405 instead of reaching the
 * renderer. (TRACE never gets here: Next fails to build its request for it, so the server in
 * front of Next, scripts/server.mjs, answers it with a 405.)
 */
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

/** A plain-text refusal, with the security headers and the nothing-may-load policy of an API answer. */
function refuse(request: NextRequest, status: number, text: string, headers: Record<string, string> = {}): NextResponse {
  const response = new NextResponse(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
  setSecurityHeaders(response.headers, request, { policy: API_CONTENT_SECURITY_POLICY, requestId: requestIdFrom(request.headers) });
  return response;
}

/**
 * Runs before every page (the API sets its own headers): a fresh CSP nonce per request
 * (pages are rendered on demand, so each gets its own) and the security headers on the
 * response. A reading page an anonymous reader asks for again comes from the page cache
 * (lib/cache/page-cache.ts), under this request's own nonce.
 */
export async function proxy(request: NextRequest) {
  if (!PAGE_METHODS.has(request.method)) return refuse(request, 405, `${request.method} is not allowed here.`, { allow: [...PAGE_METHODS].join(', ') });
  // A server action sent from another site's page: refused here, before Next's own check fails it with a 500.
  const origin = request.headers.get('origin');
  if (request.method === 'POST' && request.headers.has('next-action') && origin && !originIsThisApp(origin, request.headers, request.url)) {
    return refuse(request, 403, 'Cross-site requests may not run actions.');
  }
  // Mission codes are upper case: `/missions/unifil/sites` is sent to `/missions/UNIFIL/sites`.
  const page = missionPage(request.nextUrl.pathname);
  if (page?.code && page.code !== page.code.toUpperCase()) {
    const url = request.nextUrl.clone();
    url.pathname = url.pathname.replace(`/missions/${page.code}`, `/missions/${page.code.toUpperCase()}`);
    return NextResponse.redirect(url, 308);
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
    // The default mission's bare paths (`/`, `/sites`...) are its `/missions/CODE/...` pages.
    const rewriteTo = bareToMissionAddress(request.nextUrl.pathname, missionCodeOrDefault(undefined));
    if (rewriteTo) {
      // On the app's own URL (nextUrl), not request.url: behind a TLS proxy that one says https,
      // and a rewrite to another origin would be fetched over the network.
      const url = request.nextUrl.clone();
      url.pathname = rewriteTo;
      response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
    } else {
      response = NextResponse.next({ request: { headers: requestHeaders } });
    }
  }
  setSecurityHeaders(response.headers, request, { policy: csp, requestId });
  // A reading page the service worker may keep for reading offline (decision 0017).
  if (keepsPageOffline(request.method, request.nextUrl.pathname)) response.headers.set(OFFLINE_HEADER, 'keep');
  response.headers.append('Server-Timing', `request-id;desc="${requestId}"`);
  return response;
}

export const config = {
  // Static files carry no script to protect and are served before any proxy would matter.
  // The API sets its own headers (`route()` in lib/api/http.ts): going through the proxy doubled
  // the cost of an API request (decision 0013).
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
