/**
 * Rendered reading pages, kept per process for readers who are not signed in (decision 0013).
 *
 * Every page is rendered on demand: each response needs its own CSP nonce, and the language
 * comes from a cookie. Rendering the overview costs some twenty times what serving a
 * prerendered page does, and most requests are anonymous staff reading the same few pages.
 * So the proxy keeps the HTML of a reading page under the data version (lib/data/read-cache.ts)
 * it was rendered at, and answers the next identical request from it:
 *
 * - the key is everything the HTML depends on: the path and query, the language the request
 *   resolves to, and today's date (the default "as of"); a write anywhere moves the data version
 *   and so empties the cache, exactly as it does for the read bodies;
 * - the page is rendered by Next as usual, through a loopback request to this server marked
 *   so that it is rendered rather than answered from the cache: the copy is exactly what a
 *   first visitor would have been sent;
 * - each response gets a fresh nonce: the stored HTML's nonce is replaced by the new one, in
 *   the HTML and in the Content-Security-Policy header, so the policy stays one nonce per
 *   response;
 * - a signed-in viewer (a session cookie), a client navigation (RSC), a server action or
 *   anything but a GET of a reading page goes straight to Next, untouched.
 */
import { env } from '@/lib/env';
import { getDb } from '@/lib/db/client';
import { cachedRead } from '@/lib/data/read-cache';
import { asOfOrToday } from '@/lib/data/missions';
import { localeFrom, LOCALE_COOKIE, type Locale } from '@/i18n/locales';
import { isReadingPage } from '@/lib/routing/mission-paths';


/** better-auth's cookies (session, cached session data), with or without the __Secure- prefix. */
const AUTH_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\./;

/**
 * Set on the loopback request: a request carrying it is rendered, never answered from the cache.
 * Anyone may send it; it only gets them the render every request got before this cache.
 */
export const FILL_HEADER = 'x-drawdown-page-fill';
/** On every page response the cache could have answered: `hit`, `miss` or `bypass`. */
export const CACHE_HEADER = 'x-drawdown-page-cache';

export interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: { get(name: string): string | null };
}

const CHOSEN_LOCALE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);

/** The language a request is rendered in, by the rule i18n/request.ts applies. */
export function localeOf(headers: PageRequest['headers']): Locale {
  return localeFrom(CHOSEN_LOCALE.exec(headers.get('cookie') ?? '')?.[1], headers.get('accept-language'));
}

/**
 * The cache key of a request, or null when it must go to Next as it is. Pure, for tests:
 * `today` is the default "as of" day.
 */
export function pageCacheKey(request: PageRequest, today: string): string | null {
  if (request.method !== 'GET' || !isReadingPage(request.pathname)) return null;
  const h = request.headers;
  // Client navigations and prefetches ask for the RSC payload, not the HTML; actions post.
  if (h.get('rsc') !== null || h.get('next-router-prefetch') !== null || h.get('next-action') !== null) return null;
  if (new URLSearchParams(request.search).has('_rsc')) return null;
  if (AUTH_COOKIE.test(h.get('cookie') ?? '')) return null;
  if (h.get(FILL_HEADER) !== null) return null;
  return `page\u0000${localeOf(h)}\u0000${today}\u0000${request.pathname}${request.search}`;
}

/** The HTML and headers of one rendered page, with the nonce it was rendered under. */
export interface StoredPage {
  status: number;
  headers: [string, string][];
  body: string;
  nonce: string | null;
}

/** Headers that belong to one response only, or to the transfer, and are never replayed. */
const NOT_REPLAYED = new Set([
  'content-security-policy',
  'x-request-id',
  'server-timing',
  'set-cookie',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
]);

const NONCE_IN_CSP = /'nonce-([^']+)'/;

/** The stored page under a new nonce: every use of the old one (script and link tags) gets the new one. */
export function withNonce(page: StoredPage, nonce: string): string {
  return page.nonce ? page.body.replaceAll(page.nonce, nonce) : page.body;
}

/** Pages that are the same for every reader of this data version: found or not found, never a failure. */
const KEEPS = (status: number, headers: Headers) =>
  (status === 200 || status === 404) && !headers.has('set-cookie') && (headers.get('content-type') ?? '').startsWith('text/html');

class NotKept extends Error {
  constructor(readonly page: StoredPage) {
    super('page not kept');
  }
}

/** Where this server listens, as `next start` records it once listening; none means no cache. */
function loopbackOrigin(): string | null {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null);
}

async function render(origin: string, request: PageRequest, requestId: string): Promise<StoredPage> {
  const headers = new Headers();
  for (const name of ['cookie', 'accept-language', 'accept', 'user-agent', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-for']) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('accept-encoding', 'identity');
  headers.set('x-request-id', requestId);
  headers.set(FILL_HEADER, '1');
  const response = await fetch(`${origin}${request.pathname}${request.search}`, { headers, redirect: 'manual', cache: 'no-store' });
  const page: StoredPage = {
    status: response.status,
    // Next's own routing headers (the proxy's rewrite of a bare path) describe how this response
    // was routed; replayed from the proxy, Next would take them as a rewrite of the new request.
    headers: [...response.headers].filter(([name]) => !NOT_REPLAYED.has(name) && !name.startsWith('x-middleware-') && !name.startsWith('x-nextjs-')),
    body: await response.text(),
    nonce: NONCE_IN_CSP.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? null,
  };
  if (!KEEPS(response.status, response.headers)) throw new NotKept(page);
  return page;
}

export interface CachedPage {
  page: StoredPage;
  hit: boolean;
}

/**
 * The page for this request from the cache, rendering it first when this data version has not
 * seen it; null when the request is not one the cache answers (then Next renders it as usual).
 */
export async function cachedPage(request: PageRequest, requestId: string): Promise<CachedPage | null> {
  // Every page request passes here (static files and the API do not): the cheapest test first.
  if (!isReadingPage(request.pathname)) return null;
  if (process.env.NODE_ENV !== 'production' || env().PAGE_CACHE === 'off') return null;
  const origin = loopbackOrigin();
  if (!origin) return null;
  const key = pageCacheKey(request, asOfOrToday(undefined));
  if (!key) return null;
  let rendered = false;
  try {
    const page = await cachedRead(await getDb(), key, () => {
      rendered = true;
      return render(origin, request, requestId);
    });
    return { page, hit: !rendered };
  } catch (error) {
    // A failure page is passed on as it came (to everyone who waited for it) and not kept.
    if (error instanceof NotKept) return { page: error.page, hit: false };
    // The loopback itself failed (the server is shutting down, say): let Next answer directly.
    return null;
  }
}
