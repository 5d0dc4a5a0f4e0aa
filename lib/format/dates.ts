/**
 * The one way dates are shown to people. A calendar day is formatted in UTC, the zone it
 * was converted in (lib/domain/calendar-date.ts), so no viewer's time zone can move it.
 * English uses the day-month-year order of UN documents ("25 August 2023").
 */
import type { CalendarDate } from '../domain/calendar-date';

export type DayStyle = 'long' | 'short';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, style: DayStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, {
      day: 'numeric',
      month: style,
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDay(date: CalendarDate | null | undefined, locale = 'en', style: DayStyle = 'long'): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d));
  // French writes the first of the month as an ordinal ("1er juillet"); Intl does not.
  if (locale === 'fr' && d === 1) {
    return formatterFor(locale, style)
      .formatToParts(instant)
      .map((part) => (part.type === 'day' ? '1er' : part.value))
      .join('');
  }
  return formatterFor(locale, style).format(instant);
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A month for a time axis ("Aug", "Jan 2024"). Formatted in UTC from the month's first day,
 * like formatDay, so no viewer's time zone moves it.
 */
export function formatMonth(date: CalendarDate, locale: string, withYear: boolean): string {
  const key = `${locale}|${withYear}`;
  let formatter = monthFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? locale, {
      month: 'short',
      ...(withYear && { year: 'numeric' }),
      timeZone: 'UTC',
    });
    monthFormatters.set(key, formatter);
  }
  const [y, m] = date.split('-').map(Number) as [number, number];
  return formatter.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Labels for axis ticks at month starts: the year on the first tick and on each January. */
export function monthTickLabel(locale: string, ticks: readonly CalendarDate[]): (date: CalendarDate) => string {
  const first = ticks[0];
  return (date) => formatMonth(date, locale, date === first || date.slice(5, 7) === '01');
}

const RELEASE_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A release's day as the import format writes it (SPEC section 3): "04 Aug 2023". */
export function formatReleaseDay(date: CalendarDate): string {
  const [y, m, d] = date.split('-');
  return `${d} ${RELEASE_MONTHS[Number(m) - 1]} ${y}`;
}

const instantFormatters = new Map<string, { time: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();

/**
 * A moment (when data was fetched, in milliseconds) as the reader's clock shows it: the time
 * ("14:02") and the short day ("5 Dec", "5 déc."), for "Offline: showing data fetched 14:02,
 * 5 Dec". Unlike a calendar day, it is in the device's own time zone unless one is given.
 */
export function formatInstant(ms: number, locale = 'en', timeZone?: string): { time: string; day: string } {
  const key = `${locale}|${timeZone ?? ''}`;
  let pair = instantFormatters.get(key);
  if (!pair) {
    const tag = INTL_LOCALE[locale] ?? locale;
    pair = {
      time: new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
      day: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone }),
    };
    instantFormatters.set(key, pair);
  }
  const instant = new Date(ms);
  return { time: pair.time.format(instant), day: pair.day.format(instant) };
}
