import 'server-only';
import { isCalendarDate, type CalendarDate } from '@/lib/domain/calendar-date';
import { asOfOrToday, missionCodeOrDefault } from '@/lib/data/missions';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One value of a query parameter; repeated or absent parameters give undefined. */
export function param(query: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const value = query[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * What every page is computed for: the deployment's mission and the "as of" day in the
 * address (ignored when it is not a real day, which the as-of control says), else today.
 * The client reads the same address with useAsOf (app/_components/use-as-of.ts).
 */
export function pageScope(query: Record<string, string | string[] | undefined>): { mission: string; asOf: CalendarDate } {
  const asOf = param(query, 'asOf');
  return { mission: missionCodeOrDefault(undefined), asOf: asOfOrToday(asOf && isCalendarDate(asOf) ? asOf : undefined) };
}
