/**
 * Who a request came from and where it was sent (issue 14, item 2): forwarded headers count
 * only from a proxy named in TRUSTED_PROXIES, and origins compare whole.
 */
import { describe, expect, it } from 'vitest';
import { clientAddress, connectionAddress, originIsThisApp, PEER_HEADER, peerHeaderValue, requestOrigin } from '../../lib/security/client';
import { proxyEntryProblem } from '../../lib/security/addresses';
import { parseEnv } from '../../lib/env';

const PROXIES = ['10.0.0.0/8', '2001:db8::/32', '127.0.0.1'];

function headersFrom(peer: string | null, extra: Record<string, string> = {}): Headers {
  return new Headers({ ...(peer && { [PEER_HEADER]: peerHeaderValue(peer) }), ...extra });
}

describe('the connection’s address', () => {
  it('is believed only with this process’s proof, so a client cannot write it', () => {
    expect(connectionAddress(headersFrom('192.0.2.7'))).toBe('192.0.2.7');
    expect(connectionAddress(new Headers({ [PEER_HEADER]: 'made-up 10.0.0.1' }))).toBeNull();
    expect(connectionAddress(new Headers({ [PEER_HEADER]: '10.0.0.1' }))).toBeNull();
    expect(connectionAddress(new Headers())).toBeNull();
    // Node reports IPv4 on a dual-stack socket as IPv6.
    expect(connectionAddress(headersFrom('::ffff:192.0.2.7'))).toBe('192.0.2.7');
  });
});

describe('the client’s address', () => {
  it('is the connection’s when that is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress(headersFrom('192.0.2.7', { 'x-forwarded-for': '198.51.100.1' }), PROXIES)).toBe('192.0.2.7');
    expect(clientAddress(headersFrom('192.0.2.7', { 'x-forwarded-for': '198.51.100.1' }), [])).toBe('192.0.2.7');
  });

  it('behind trusted proxies, is the nearest address that is not one of them', () => {
    // The client made up the first hop; our two proxies appended the rest.
    const headers = headersFrom('127.0.0.1', { 'x-forwarded-for': '203.0.113.9, 198.51.100.1, 10.2.3.4' });
    expect(clientAddress(headers, PROXIES)).toBe('198.51.100.1');
    expect(clientAddress(headersFrom('10.9.9.9', { 'x-forwarded-for': '2001:db8::5, 2001:db9::1' }), PROXIES)).toBe('2001:db9::1');
    expect(clientAddress(headersFrom('10.9.9.9'), PROXIES)).toBe('10.9.9.9');
    // Garbage in the header stops the walk at the last address our proxies wrote.
    expect(clientAddress(headersFrom('10.9.9.9', { 'x-forwarded-for': 'evil, 198.51.100.2' }), PROXIES)).toBe('198.51.100.2');
  });

  it('is unknown when no server said where the connection came from', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }), PROXIES)).toBeNull();
  });
});

describe('the origin a request was sent to', () => {
  it('takes the forwarded host and scheme from a trusted proxy only', () => {
    const forwarded = { host: 'app.internal:3000', 'x-forwarded-host': 'drawdown.example.org', 'x-forwarded-proto': 'https' };
    expect(requestOrigin(headersFrom('10.0.0.2', forwarded), 'http://app.internal:3000/x', PROXIES)).toBe('https://drawdown.example.org');
    expect(requestOrigin(headersFrom('192.0.2.7', forwarded), 'http://app.internal:3000/x', PROXIES)).toBe('http://app.internal:3000');
  });

  it('compares scheme, host and port, not the host alone', () => {
    const headers = headersFrom('192.0.2.7', { host: 'drawdown.example.org' });
    const url = 'http://drawdown.example.org/api/v1/milestones';
    expect(originIsThisApp('http://drawdown.example.org', headers, url)).toBe(true);
    expect(originIsThisApp('http://drawdown.example.org:8080', headers, url)).toBe(false);
    expect(originIsThisApp('https://drawdown.example.org', headers, url)).toBe(false);
    expect(originIsThisApp('http://evil.example', headers, url)).toBe(false);
    expect(originIsThisApp('null', headers, url)).toBe(false);
    // A made-up forwarded host does not make another site this one.
    const lying = headersFrom('192.0.2.7', { host: 'drawdown.example.org', 'x-forwarded-host': 'evil.example' });
    expect(originIsThisApp('http://evil.example', lying, url)).toBe(false);
  });
});

describe('TRUSTED_PROXIES', () => {
  it('takes addresses and CIDR ranges, and names a bad entry at start', () => {
    expect(parseEnv({ TRUSTED_PROXIES: ' 127.0.0.1, 10.0.0.0/8,::1 ,fd00::/8' }).TRUSTED_PROXIES).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(() => parseEnv({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/TRUSTED_PROXIES: "proxy.local" is not an IP address or CIDR range/);
    expect(proxyEntryProblem('10.0.0.0/33')).toMatch(/bad prefix length/);
    expect(proxyEntryProblem('10.0.0.0/8/1')).toMatch(/not an IP address/);
  });
});
