import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { isCalendarDate, type CalendarDate } from '@/lib/domain/calendar-date';
import { asOfOrToday } from '@/lib/data/missions';
import { readMissionNames } from '@/lib/data/read-api';
import { getDb } from '@/lib/api/context';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
/** The route parameter of every page under app/missions/[code]/. */
export type MissionParams = Promise<{ code: string }>;

/** One value of a query parameter; repeated or absent parameters give undefined. */
export function param(query: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const value = query[key];
  return typeof value === 'string' ? value : undefined;
}

/** The "as of" day in the address (ignored when it is not a real day, which the as-of control says), else today. */
export function asOfParam(query: Record<string, string | string[] | undefined>): CalendarDate {
  const asOf = param(query, 'asOf');
  return asOfOrToday(asOf && isCalendarDate(asOf) ? asOf : undefined);
}

/**
 * The stored code of the mission a route names (in any case), from the list of missions kept
 * per data version, so a page asks the database nothing to find its mission; a 404 page when
 * there is none.
 */
export const missionOr404 = cache(async (code: string): Promise<string> => {
  let name: string;
  try {
    name = decodeURIComponent(code);
  } catch {
    notFound();
  }
  const found = (await readMissionNames(await getDb())).find((m) => m.code === name.toUpperCase());
  if (!found) notFound();
  return found.code;
});

/**
 * What every mission page is computed for: the mission in its address (`/missions/[code]/...`;
 * the proxy rewrites the default mission's bare paths there) and the "as of" day. The client
 * reads the same address with useMission and useAsOf.
 */
export async function pageScope(params: MissionParams, searchParams: SearchParams): Promise<{ mission: string; asOf: CalendarDate }> {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  return { mission: await missionOr404(code), asOf: asOfParam(query) };
}
