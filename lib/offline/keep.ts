/**
 * What the service worker (public/sw.js) may keep on a device for reading offline (decision
 * 0017). The server decides and marks the answer with `x-drawdown-offline: keep`; the worker
 * keeps nothing else. Pure, so the rule is unit-tested and shared by the proxy and the API.
 *
 * Kept: reading pages (the same list the page cache keeps, lib/routing/mission-paths.ts) and
 * the offline page; the public read endpoints. Never: the editing, account, admin and sign-in
 * screens, the auth endpoints, the private reads (tokens, users, audit, proposals), anything
 * answered `no-store` or with a cookie, anything but a GET answered 200.
 */
import { isReadingPage } from '../routing/mission-paths';

export const OFFLINE_HEADER = 'x-drawdown-offline';
export const OFFLINE_PATH = '/offline';

const PUBLIC_READ = /^\/api\/v1\/(?:missions|portfolio|progress|sites|contingents|milestones|releases)(?:\/[^/]+)?$/;

export function keepsPageOffline(method: string, pathname: string): boolean {
  return method === 'GET' && (isReadingPage(pathname) || pathname === OFFLINE_PATH);
}

export function keepsApiAnswerOffline(method: string, pathname: string, response: { status: number; headers: Headers }): boolean {
  if (method !== 'GET' || response.status !== 200 || !PUBLIC_READ.test(pathname)) return false;
  if (response.headers.has('set-cookie')) return false;
  const cacheControl = response.headers.get('cache-control') ?? '';
  return !/\b(?:no-store|private)\b/i.test(cacheControl);
}
