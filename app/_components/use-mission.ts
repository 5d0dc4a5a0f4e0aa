'use client';

import { useCallback } from 'react';
import { useParams, usePathname, useSearchParams } from 'next/navigation';
import { isCalendarDate } from '@/lib/domain/calendar-date';
import { useAppScope } from './providers';

/**
 * The mission the screen shows: the `[code]` of `/missions/[code]/...`. The bare paths (`/`,
 * `/sites`, ...) are the default mission's, which the proxy rewrites to its `/missions/...`
 * address, so the route's parameter names it there too; pages outside any mission (account,
 * admin, the list of missions) get the deployment's default.
 */
export function useMission(): string {
  const params = useParams<{ code?: string }>();
  const { defaultMission } = useAppScope();
  return typeof params?.code === 'string' ? decodeURIComponent(params.code).toUpperCase() : defaultMission;
}

/** `/missions/CODE` when the address names its mission, '' on the default mission's bare paths. */
export function useMissionBase(): string {
  const pathname = usePathname();
  return MISSION_BASE.exec(pathname)?.[0] ?? '';
}

const MISSION_BASE = /^\/missions\/[^/]+/;

/** Adds the address's "as of" day to an href, so moving between screens keeps the day. */
export function withAsOfDay(href: string, asOf: string | null): string {
  if (asOf === null || !isCalendarDate(asOf)) return href;
  return `${href}${href.includes('?') ? '&' : '?'}asOf=${asOf}`;
}

/**
 * The href of one of the current mission's pages (`/sites/tessalit`, `/` for the overview),
 * under the mission's address and with the "as of" day kept.
 */
export function useMissionHref(): (path: string) => string {
  const base = useMissionBase();
  const asOf = useSearchParams().get('asOf');
  return useCallback((path: string) => withAsOfDay(base && path === '/' ? base : `${base}${path}`, asOf), [base, asOf]);
}
