/*
 * Drawdown's service worker (decision 0017): reading offline.
 *
 * - Pages and API reads are network-first with a short timeout; what the server marks
 *   `x-drawdown-offline: keep` (reading pages, public read endpoints: lib/offline/keep.ts) is
 *   kept, a page once per language (the language is a cookie, so one address has two pages).
 * - /_next/static is cache-first: its files are named by their content.
 * - A page never opened answers, offline, with the offline page (/offline).
 * - Caches are named after the build (`?v=` of this script's address) and bounded; a new build
 *   drops the old ones when it activates. Nothing but GET is ever touched.
 */
const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const PREFIX = 'drawdown-';
const CACHE = {
  pages: `${PREFIX}${VERSION}-pages`,
  api: `${PREFIX}${VERSION}-api`,
  static: `${PREFIX}${VERSION}-static`,
};
/** At most this many entries per cache; the oldest stored goes first. */
const LIMITS = { [CACHE.pages]: 80, [CACHE.api]: 400, [CACHE.static]: 400 };
/** A dead link falls back to the kept copy after this long. */
const NETWORK_TIMEOUT_MS = 3000;
const KEEP_HEADER = 'x-drawdown-offline';
const FETCHED_HEADER = 'x-drawdown-fetched-at';
const LOCALE_COOKIE = 'drawdown-locale';
const LANG_PARAM = '__offline_lang';
const OFFLINE_PATH = '/offline';
const LOCALES = ['en', 'fr'];

/** The language of the last page fetched, when the cookie cannot be read (none chosen yet). */
let lastLocale = 'en';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // The offline page, in the language of the moment; each page load adds its own language's copy.
      await keepPage(new URL(OFFLINE_PATH, self.location.origin).href).catch(() => undefined);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // A new build: the copies of the old one (pages naming its scripts) go.
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && !Object.values(CACHE).includes(name)).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'keep') {
    // A page loaded before this worker controlled it: keep it and the files it loaded.
    event.waitUntil(keepLoaded(data));
  } else if (data.type === 'version' && event.source) {
    event.source.postMessage({ type: 'version', version: VERSION });
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(event));
  } else if (request.headers.get('RSC')) {
    // A client navigation: offline, fail at once so that Next loads the page itself (which this worker answers).
    event.respondWith(self.navigator.onLine === false ? Response.error() : clientNavigation(event));
  } else if (url.pathname.startsWith('/api/')) {
    event.respondWith(apiRead(event));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE.static);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await put(CACHE.static, request.url, response.clone());
  return response;
}

/**
 * A client navigation on a link that takes the request and never answers (the browser still
 * believes it is online): after the timeout, when the page asked for is kept on the device,
 * it fails, so that Next loads the page as a document, which `page` answers from the copy.
 * A page never kept waits for the network, as without this worker.
 */
async function clientNavigation(event) {
  const network = fetch(event.request);
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), NETWORK_TIMEOUT_MS));
  const first = await Promise.race([network, timeout]);
  if (first !== 'timeout') return first;
  const url = new URL(event.request.url);
  url.searchParams.delete('_rsc');
  const kept = await caches.open(CACHE.pages).then((cache) => Promise.all(LOCALES.map((locale) => cache.match(pageKey(url.href, locale), { ignoreVary: true }))));
  return kept.some(Boolean) ? Response.error() : network;
}

/** The network's answer, unless it fails or takes longer than the timeout and a kept copy exists. */
async function networkFirst(event, { fromCache, store }) {
  let storing = Promise.resolve();
  const network = fetch(event.request).then((response) => {
    // Kept while the page reads the answer, not before it.
    if (isKeepable(response)) storing = store(response.clone()).catch(() => undefined);
    return response;
  });
  // The worker stays up until the network has answered and the answer is kept, even when the
  // kept copy was shown first (a slow link): that copy is then refreshed for next time.
  event.waitUntil(network.then(() => storing, () => undefined));
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== 'timeout') return first;
    const kept = await fromCache();
    return kept ?? (await network);
  } catch (error) {
    const kept = await fromCache();
    if (kept) return kept;
    throw error;
  }
}

async function page(event) {
  const url = new URL(event.request.url);
  // The offline page is one page whatever it is told about (`?from=`).
  const key = url.pathname === OFFLINE_PATH ? `${url.origin}${OFFLINE_PATH}` : url.href;
  try {
    return await networkFirst(event, {
      fromCache: () => keptPage(key),
      store: (response) => storePage(key, response),
    });
  } catch {
    // Never opened: say so, on the offline page, instead of the browser's error.
    if (url.pathname === OFFLINE_PATH) return offlineWithoutCopy();
    const to = new URL(OFFLINE_PATH, self.location.origin);
    to.searchParams.set('from', `${url.pathname}${url.search}`);
    return Response.redirect(to.href, 302);
  }
}

async function apiRead(event) {
  const request = event.request;
  try {
    return await networkFirst(event, {
      fromCache: async () => {
        const kept = await (await caches.open(CACHE.api)).match(request.url, { ignoreVary: true });
        return kept ?? null;
      },
      store: (response) => put(CACHE.api, request.url, stamped(response, response.body)),
    });
  } catch {
    return new Response(JSON.stringify({ error: { code: 'offline', message: 'No connection, and this answer was not kept on the device.' } }), {
      status: 503,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  }
}

/** Only what the server marked, whole and same-origin: no error, no redirect, no opaque answer. */
function isKeepable(response) {
  return response.status === 200 && response.type === 'basic' && !response.redirected && response.headers.get(KEEP_HEADER) === 'keep';
}

function stamped(response, body) {
  const headers = new Headers(response.headers);
  headers.set(FETCHED_HEADER, String(Date.now()));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function storePage(url, response) {
  const html = await response.text();
  const locale = /<html[^>]*\slang="([a-z]{2})"/.exec(html.slice(0, 2000))?.[1];
  if (!locale) return;
  lastLocale = locale;
  await put(CACHE.pages, pageKey(url, locale), stamped(response, html));
  await keepStatic(staticFilesOf(html));
}

/** The build's files a page names (its scripts, styles and the chunks its payload loads). */
function staticFilesOf(html) {
  const files = new Set();
  for (const match of html.matchAll(/\/_next\/static\/[^"'\\\s<>)]+/g)) {
    files.add(new URL(match[0], self.location.origin).href);
    if (files.size >= 200) break;
  }
  return [...files];
}

/** Keeps the files a page needs to run offline, those not kept yet: a page opened once must work without the link. */
async function keepStatic(urls) {
  const cache = await caches.open(CACHE.static);
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url).catch(() => null);
      if (response && response.ok) await put(CACHE.static, url, response);
    }),
  );
}

function pageKey(url, locale) {
  const key = new URL(url);
  key.hash = '';
  key.searchParams.set(LANG_PARAM, locale);
  return key.href;
}

/** The language the person reads in: the cookie the language switch sets, else the last page's. */
async function currentLocale() {
  try {
    const cookie = self.cookieStore ? await self.cookieStore.get(LOCALE_COOKIE) : null;
    if (cookie && LOCALES.includes(cookie.value)) return cookie.value;
  } catch {
    // No cookie store here: the last page's language.
  }
  return lastLocale;
}

/** A kept page in the reader's language (else in the other one), marked with when it was fetched. */
async function keptPage(url) {
  const cache = await caches.open(CACHE.pages);
  const preferred = await currentLocale();
  for (const locale of [preferred, ...LOCALES.filter((l) => l !== preferred)]) {
    const kept = await cache.match(pageKey(url, locale), { ignoreVary: true });
    if (kept) {
      // The banner (app/_components/offline.tsx) reads this attribute: the page is the device's copy.
      const fetchedAt = (kept.headers.get(FETCHED_HEADER) || '').replace(/\D/g, '');
      const body = kept.body ? kept.body.pipeThrough(markingHtml(` data-offline-fetched-at="${fetchedAt}"`)) : null;
      return new Response(body, { status: kept.status, statusText: kept.statusText, headers: kept.headers });
    }
  }
  return null;
}

/**
 * Adds an attribute to the page's `<html>` tag as the kept page streams out, without reading it
 * whole first: the tag is in the first bytes, and everything after passes untouched.
 */
function markingHtml(attribute) {
  const tag = new TextEncoder().encode('<html');
  const extra = new TextEncoder().encode(attribute);
  let seen = new Uint8Array(0);
  let done = false;
  return new TransformStream({
    transform(chunk, controller) {
      if (done) return controller.enqueue(chunk);
      const bytes = new Uint8Array(seen.length + chunk.length);
      bytes.set(seen);
      bytes.set(chunk, seen.length);
      const at = indexOf(bytes, tag);
      if (at >= 0) {
        done = true;
        const end = at + tag.length;
        controller.enqueue(bytes.subarray(0, end));
        controller.enqueue(extra);
        controller.enqueue(bytes.subarray(end));
      } else if (bytes.length > 4096) {
        done = true; // no <html> tag near the start: not marked
        controller.enqueue(bytes);
      } else {
        seen = bytes;
      }
    },
    flush(controller) {
      if (!done && seen.length) controller.enqueue(seen);
    },
  });
}

function indexOf(bytes, needle) {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The offline page itself was never kept: a few words in both languages, with no script. */
function offlineWithoutCopy() {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Drawdown: offline</title>
<main style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>Not available offline</h1><p>This page was not opened on this device while connected.</p>
<p lang="fr">Cette page n’a pas été ouverte sur cet appareil avec une connexion : elle n’est pas disponible hors connexion.</p></main></html>`;
  return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

async function keepPage(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (isKeepable(response)) await storePage(url, response);
}

async function keepLoaded({ page: pageUrl, locale, assets }) {
  if (LOCALES.includes(locale)) lastLocale = locale;
  const origin = self.location.origin;
  const files = (Array.isArray(assets) ? assets : []).filter((asset) => {
    const url = new URL(asset, origin);
    return url.origin === origin && url.pathname.startsWith('/_next/static/');
  });
  const jobs = [keepStatic(files)];
  const pages = await caches.open(CACHE.pages);
  for (const wanted of [pageUrl, new URL(OFFLINE_PATH, origin).href]) {
    if (typeof wanted !== 'string' || new URL(wanted, origin).origin !== origin) continue;
    if (LOCALES.includes(locale) && (await pages.match(pageKey(wanted, locale)))) continue;
    jobs.push(keepPage(wanted));
  }
  await Promise.all(jobs.map((job) => job.catch(() => undefined)));
}

/** Stores and evicts the oldest entries beyond the cache's limit (keys come oldest first). */
async function put(name, key, response) {
  const cache = await caches.open(name);
  await cache.put(key, response);
  const keys = await cache.keys();
  const excess = keys.length - (LIMITS[name] ?? 100);
  for (let i = 0; i < excess; i++) await cache.delete(keys[i]);
}
