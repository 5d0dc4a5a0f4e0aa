import { describe, expect, it, vi } from 'vitest';

vi.stubEnv('TRUSTED_PROXIES', '10.0.0.0/8');
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from '../../lib/security/headers';
import { PEER_HEADER, peerHeaderValue } from '../../lib/security/client';
import { route } from '../../lib/api/http';
import { AppError } from '../../lib/errors';

describe('security headers', () => {
  it('allows scripts only with the nonce, never inline or eval in production, and no framing', () => {
    const csp = contentSecurityPolicy('abc123');
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(scriptSrc).not.toContain('unsafe');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy('n', { development: true })).toContain("'unsafe-eval'");
  });

  it('lets the page register its own service worker, from this origin only', () => {
    expect(contentSecurityPolicy('abc123').split('; ')).toContain("worker-src 'self'");
  });

  it('gives a new unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('sends HSTS only over HTTPS, as the browser used it', () => {
    expect(staticSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(staticSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
  });

  it('always sends nosniff and a referrer policy', () => {
    const headers = staticSecurityHeaders({ https: false });
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('API responses, which do not pass through the proxy', () => {
  const handler = route(async () => Response.json({ ok: true }));
  const failing = route(async () => {
    throw new AppError('validation_failed', 'no');
  });

  it('carry the request id, the security headers and a policy that lets them load nothing', async () => {
    for (const h of [handler, failing]) {
      const response = await h(new Request('http://app/api/v1/x', { headers: { 'x-request-id': 'lb-0a1b2c3d4e' } }));
      expect(response.headers.get('x-request-id')).toBe('lb-0a1b2c3d4e');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    // HTTPS as a trusted proxy (TRUSTED_PROXIES, 10.0.0.0/8 in this file) says the browser used it.
    const viaProxy = { [PEER_HEADER]: peerHeaderValue('10.1.2.3'), 'x-forwarded-proto': 'https' };
    const made = await handler(new Request('http://app/api/v1/x', { headers: viaProxy }));
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers.get('strict-transport-security')).toMatch(/^max-age=/);
    // The same header from anyone else is not believed.
    for (const peer of ['192.0.2.7', null]) {
      const headers = { ...(peer && { [PEER_HEADER]: peerHeaderValue(peer) }), 'x-forwarded-proto': 'https' };
      expect((await handler(new Request('http://app/api/v1/x', { headers }))).headers.get('strict-transport-security')).toBeNull();
    }
  });
});
