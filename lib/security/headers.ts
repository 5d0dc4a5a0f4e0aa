/**
 * The security headers of every response (pure, so they are unit-tested and the proxy stays
 * thin). Scripts run only with the per-request nonce: Next.js puts it on its own scripts when
 * it finds it in the request's Content-Security-Policy, and 'strict-dynamic' lets those load
 * the page's chunks. Styles allow inline attributes because React and the chart library set
 * `style` on elements; that cannot run code.
 */

import { REQUEST_ID_HEADER } from '../observability/log';
import { isSecureRequest } from './client';

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // Development needs eval for React's debugging helpers; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/sw.js, decision 0017): same origin only. Said outright rather than
    // left to script-src, where 'strict-dynamic' makes 'self' ignored.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy of API responses (JSON, never rendered as a page): nothing may load or frame
 * them. The API does not pass through the proxy (decision 0013), so lib/api/http.ts sets it.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers that do not depend on the request's nonce. HSTS only over HTTPS: on plain HTTP it is ignored at best. */
export function staticSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(https && { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' }),
  };
}

/**
 * Sets what every response carries, page (by the proxy) or API answer (by lib/api/http.ts):
 * its request id, its policy, and the static headers, with HSTS when the browser used HTTPS.
 */
export function setSecurityHeaders(headers: Headers, request: Request, { policy, requestId }: { policy: string; requestId: string }): void {
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https: isSecureRequest(request.headers, request.url) }))) {
    headers.set(name, value);
  }
}
