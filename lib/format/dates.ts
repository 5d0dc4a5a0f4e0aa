/**
 * The one way dates are shown to people. A calendar day is formatted in UTC, the zone it
 * was converted in (lib/domain/calendar-date.ts), so no viewer's time zone can move it.
 */
import type { CalendarDate } from '../domain/calendar-date';

export function formatDay(date: CalendarDate | null | undefined, locale = 'en-GB'): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
