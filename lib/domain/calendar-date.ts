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
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/**
 * The day a UTC millisecond count falls on, by arithmetic on the day count (the civil-from-days
 * algorithm of H. Hinnant's "chrono-compatible low-level date algorithms"): the extractor does
 * this for every relative date, and Date#toISOString was a measurable share of its time.
 */
function fromUtcMs(ms: number): CalendarDate {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
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
