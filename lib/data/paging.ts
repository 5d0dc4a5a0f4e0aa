/**
 * Keyset paging for lists ordered newest first by (date, id): the cursor is the key of the
 * last row of a page, and the next page holds what comes strictly after it.
 */
import { decodeCursor, encodeCursor } from '../api/cursor';
import type { CalendarDate } from '../domain/calendar-date';

/** The `where` fragment for rows after the cursor, or nothing on the first page. */
export function afterDateCursor(cursor: string | undefined) {
  if (!cursor) return {};
  const [date, id] = decodeCursor(cursor, ['string', 'number'] as const);
  return { AND: [{ OR: [{ date: { lt: date } }, { date, id: { lt: id } }] }] };
}

/** `{ data, nextCursor? }` from `limit + 1` rows: the extra row only says there is more. */
export function pageByDate<T extends { date: CalendarDate; id: number }>(rows: T[], limit: number): { data: T[]; nextCursor?: string } {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return rows.length > limit && last ? { data, nextCursor: encodeCursor([last.date, last.id]) } : { data };
}
