/**
 * The one rule for a calendar day at every boundary (query, body, seed file, archive, corpus):
 * a real day written `YYYY-MM-DD`, as zod checks it.
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-date';

export const calendarDateSchema = z.string().refine(isCalendarDate, 'must be a real calendar day written YYYY-MM-DD');
