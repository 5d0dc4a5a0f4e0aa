/**
 * Who sent a request, and which origin it was addressed to. A proxy's forwarded headers
 * (X-Forwarded-For, -Host, -Proto) are believed only when the connection itself came from a
 * proxy named in TRUSTED_PROXIES; otherwise anyone could write them.
 *
 * The connection's address reaches the app from `npm start`'s server (scripts/server.mjs),
 * which stamps every request `x-drawdown-peer: <proof> <address>` after dropping any such
 * header the client sent. The proof is a random value held in this process's memory, so a
 * made-up header is never believed, even under a server that does not stamp (`next dev`):
 * there the connection is unknown, and no forwarded header is trusted.
 */
import { BlockList, isIP } from 'node:net';
import { randomUUID } from 'node:crypto';
import { env } from '../env';
import { plain } from './addresses';

export const PEER_HEADER = 'x-drawdown-peer';
/** Shared with scripts/server.mjs, which sets it first (the same symbol across module copies). */
const PROOF = Symbol.for('drawdown.peer-proof');
const holder = globalThis as unknown as Record<symbol, string | undefined>;

/**
 * The value of PEER_HEADER that says the connection came from `address`: what the server
 * stamps, and what the tests send to stand for a connection.
 */
export function peerHeaderValue(address: string): string {
  holder[PROOF] ??= randomUUID();
  return `${holder[PROOF]} ${address}`;
}

/** The connection's own address, when a server that knows it said so. */
export function connectionAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  const proof = holder[PROOF];
  if (!value || !proof) return null;
  const space = value.indexOf(' ');
  if (space < 0 || value.slice(0, space) !== proof) return null;
  const address = plain(value.slice(space + 1));
  return isIP(address) ? address : null;
}

const lists = new Map<string, BlockList>();

function trustedList(entries: readonly string[]): BlockList {
  const key = entries.join(',');
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address, bits] = entry.split('/');
      const ip = plain(address!);
      const type = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) list.addAddress(ip, type);
      else list.addSubnet(ip, Number(bits), type);
    }
    lists.set(key, list);
  }
  return list;
}

function isTrusted(address: string, entries: readonly string[]): boolean {
  const ip = plain(address);
  const family = isIP(ip);
  return family !== 0 && entries.length > 0 && trustedList(entries).check(ip, family === 6 ? 'ipv6' : 'ipv4');
}

/** Whether this request reached the app through a proxy it trusts. */
export function viaTrustedProxy(headers: Headers, trusted: readonly string[] = env().TRUSTED_PROXIES): boolean {
  const peer = connectionAddress(headers);
  return peer !== null && isTrusted(peer, trusted);
}

/** Server components and actions see the headers only: their scheme then comes from the headers alone. */
const HEADERS_ONLY = 'http://localhost/';

const firstOf = (value: string | null) => value?.split(',')[0]?.trim() || undefined;

/**
 * The client's address: the connection's, unless that is a trusted proxy; then the nearest
 * address in X-Forwarded-For that is not itself a trusted proxy (read from the right, since
 * each proxy appends what it saw and only the nearest ones are ours). Null when unknown.
 */
export function clientAddress(headers: Headers, trusted: readonly string[] = env().TRUSTED_PROXIES): string | null {
  const peer = connectionAddress(headers);
  if (peer === null || !isTrusted(peer, trusted)) return peer;
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // A hop that is not an address was written by someone we do not trust: stop at the proxy.
    if (!isIP(hop)) return i === hops.length - 1 ? peer : hops[i + 1]!;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return hops[0] ?? peer;
}

/**
 * The origin the browser addressed: the trusted proxy's forwarded scheme and host, else the
 * Host header over this server's own scheme.
 */
export function requestOrigin(headers: Headers, url: string, trusted: readonly string[] = env().TRUSTED_PROXIES): string | null {
  const own = new URL(url);
  const proxied = viaTrustedProxy(headers, trusted);
  const host = (proxied && firstOf(headers.get('x-forwarded-host'))) || headers.get('host') || own.host;
  const scheme = (proxied && firstOf(headers.get('x-forwarded-proto'))?.toLowerCase()) || (connectionAddress(headers) ? 'http' : own.protocol.slice(0, -1));
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/** Whether the browser used HTTPS: APP_URL decides when set, else the request as above. */
export function isSecureRequest(headers: Headers, url = HEADERS_ONLY): boolean {
  const configured = env().APP_URL;
  if (configured) return configured.startsWith('https:');
  return requestOrigin(headers, url)?.startsWith('https:') ?? false;
}

/**
 * Whether a request's Origin names this app: the whole origin (scheme, host, port) equals
 * APP_URL's when it is set, else the origin the request was addressed to. One rule for
 * cookie-authenticated API writes (lib/auth/require.ts), server actions (proxy.ts) and
 * better-auth's own check (lib/auth/server.ts).
 */
export function originIsThisApp(origin: string, headers: Headers, url = HEADERS_ONLY): boolean {
  let sent: string;
  try {
    sent = new URL(origin).origin;
  } catch {
    return false;
  }
  return sent !== 'null' && sent === appOrigin(headers, url);
}

/** This app's origin for this request: APP_URL's when set, else the one it was addressed to. */
export function appOrigin(headers: Headers, url: string): string | null {
  const appUrl = env().APP_URL;
  return appUrl ? new URL(appUrl).origin : requestOrigin(headers, url);
}
