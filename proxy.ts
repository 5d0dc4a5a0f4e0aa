import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, isHttps, newNonce, staticSecurityHeaders } from '@/lib/security/headers';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/observability/log';

/**
 * Runs before every page and API route: a fresh CSP nonce per request (pages are rendered on
 * demand, so each gets its own) and the security headers on the response.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // One id per request, logged with any server error and shown on the error page (which
  // reads it from Server-Timing), so a user can report exactly which request failed.
  const requestId = requestIdFrom(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.append('Server-Timing', `request-id;desc="${requestId}"`);
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https: isHttps(request.url, request.headers.get('x-forwarded-proto')) }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Static files carry no script to protect and are served before any proxy would matter.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
