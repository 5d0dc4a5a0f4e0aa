'use client';

import { useCallback } from 'react';
import { useParams, usePathname, useSearchParams } from 'next/navigation';
import { isCalendarDate } from '@/lib/domain/calendar-date';
import { isMissionCode } from '@/lib/domain/mission-code';
import { useAppScope } from './providers';

/**
 * The mission the screen shows: the `[code]` of `/missions/[code]/...`. The bare paths (`/`,
 * `/sites`, ...) are the default mission's, which the proxy rewrites to its `/missions/...`
 * address, so the route's parameter names it there too. The admin screens, outside any
 * mission's address, take it as `?mission=CODE` (the header's switcher sets it); any other page
 * gets the deployment's default.
 */
export function useMission(): string {
  const params = useParams<{ code?: string }>();
  const query = useSearchParams().get('mission');
  const { defaultMission } = useAppScope();
  if (typeof params?.code === 'string') return decodeURIComponent(params.code).toUpperCase();
  return query !== null && isMissionCode(query) ? query.trim().toUpperCase() : defaultMission;
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
