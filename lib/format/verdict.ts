/**
 * The on-track verdict in words. The domain gives a reason code and its figures
 * (lib/domain/progress.ts); the words live in the messages (common.reason.*) so that they
 * read naturally in each language, and this function supplies their values.
 */
import type { CalendarDate } from '../domain/calendar-date';
import { daysBetween } from '../domain/calendar-date';
import type { Verdict, VerdictReasonCode } from '../domain/progress';
import { IntlMessageFormat } from 'intl-messageformat';
import common from '../../messages/en/common.json';

export interface VerdictMessage {
  key: VerdictReasonCode;
  values: Record<string, string | number>;
}

export function verdictMessage(verdict: Pick<Verdict, 'reasonCode' | 'params'>, day: (date: CalendarDate | null) => string): VerdictMessage {
  const p = verdict.params;
  const margin = p.finishedOn ? daysBetween(p.finishedOn, p.deadline) : 0;
  return {
    key: verdict.reasonCode,
    values: {
      total: p.sitesTotal,
      done: p.sitesDone,
      left: p.sitesLeft,
      days: Math.max(p.daysLeft, 0),
      overdue: Math.max(-p.daysLeft, 0),
      pace: p.daysPerSite ?? 0,
      deadline: day(p.deadline),
      completion: day(p.completionDate),
      finishedOn: day(p.finishedOn),
      when: margin > 0 ? 'before' : margin < 0 ? 'after' : 'on',
      margin: Math.abs(margin),
      start: p.daysToStart > 0 && p.startsOn ? day(p.startsOn) : 'none',
      toStart: p.daysToStart,
    },
  };
}

const englishFormats = new Map<VerdictReasonCode, IntlMessageFormat>();

/**
 * The reason the API gives with a verdict: the English message the screens show, with days
 * written YYYY-MM-DD as everywhere in the API.
 */
export function reasonInEnglish(verdict: Pick<Verdict, 'reasonCode' | 'params'>): string {
  const { key, values } = verdictMessage(verdict, (date) => date ?? '');
  let format = englishFormats.get(key);
  if (!format) englishFormats.set(key, (format = new IntlMessageFormat(common.reason[key], 'en')));
  return String(format.format(values));
}
