/**
 * Calendar days as `YYYY-MM-DD` strings. A calendar day has no time zone: it is stored,
 * compared and sent as this string, and only ever converted to a Date at UTC midnight for
 * arithmetic, so no time zone can move it (docs/decisions/0003-calendar-days-as-strings.md).
 */

export type CalendarDate = string & { readonly __calendarDate?: never };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `value` is a real day written `YYYY-MM-DD` (rejects 2023-02-30). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a calendar date from parts; returns null when the parts are not a real day. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(s) ? s : null;
}

function toUtcMs(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + Math.round(days) * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Today's calendar day where the server is asked, in UTC unless a time zone is given. */
export function today(timeZone = 'UTC', now: Date = new Date()): CalendarDate {
  return dayFormat(timeZone).format(now);
}

// Making a DateTimeFormat costs a hundred times what formatting with it does, and every
// request asks for today: one per time zone, made once.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format;
}

export function minDate(...dates: (CalendarDate | null | undefined)[]): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const d of dates) if (d && (best === null || d < best)) best = d;
  return best;
}

export function maxDate(...dates: (CalendarDate | null | undefined)[]): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}
