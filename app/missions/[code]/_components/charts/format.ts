import type { CalendarDate } from '@/lib/domain/calendar-date';
import type { ChartSource } from '@/lib/domain/charts';
import { formatDay } from '@/lib/format/dates';

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };
const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A month for a time axis ("Aug", "Jan 2024"). Formatted in UTC from the month's first day,
 * like lib/format/dates.ts formats days, so no viewer's time zone moves it.
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

export interface SourceWords {
  release: (date: string) => string;
  url: (publisher: string) => string;
  urlNoPublisher: string;
  none: string;
}

/** A source in words, for tooltips, tables and CSV files. */
export function sourceText(source: ChartSource, words: SourceWords, locale: string): string {
  if (!source) return words.none;
  if ('releaseId' in source) {
    if (source.releaseTitle) return source.releaseTitle;
    return source.releaseDate ? words.release(formatDay(source.releaseDate, locale)) : words.release(`#${source.releaseId}`);
  }
  return source.publisher ? words.url(source.publisher) : words.urlNoPublisher;
}

/** Where a source can be opened: its release's page (`missionHref` places it under the mission's address), or its URL. */
export function sourceHref(source: ChartSource, missionHref: (path: string) => string): string | null {
  if (!source) return null;
  if ('releaseId' in source) return missionHref(`/releases/${source.releaseId}`);
  return source.url;
}
