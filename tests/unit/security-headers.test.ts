import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isHttps, newNonce, staticSecurityHeaders } from '../../lib/security/headers';

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

  it('gives a new unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('sends HSTS only over HTTPS, as the browser used it', () => {
    expect(staticSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(staticSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect(isHttps('http://app/', 'https')).toBe(true);
    expect(isHttps('http://app/', 'http, https')).toBe(false);
    expect(isHttps('https://app/', null)).toBe(true);
    expect(isHttps('http://app/', null)).toBe(false);
  });

  it('always sends nosniff and a referrer policy', () => {
    const headers = staticSecurityHeaders({ https: false });
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
