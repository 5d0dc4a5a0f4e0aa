import type { ChartSource } from '@/lib/domain/charts';
import { formatDay } from '@/lib/format/dates';

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
