/**
 * The one rule for each kind of field, wherever it arrives: query strings (lib/api/params.ts),
 * bodies (lib/api/bodies.ts), the mission archive (lib/data/mission-archive.ts), seed files, the
 * corpus, the forms, and the answers the API documents (lib/api/responses.ts). Each schema
 * carries what the OpenAPI document says of it (format, range), so the document states the
 * same rule the server applies.
 */
import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { MISSION_CODE_MAX, MISSION_CODE_PATTERN } from './mission-code';

/** Record ids are PostgreSQL `integer`s: 1 to 2,147,483,647. */
export const MAX_RECORD_ID = 2_147_483_647;

export const recordIdSchema = z
  .number({ message: 'must be a whole number' })
  .int('must be a whole number')
  .positive('must be a positive whole number')
  .max(MAX_RECORD_ID, 'is too large');

/** A record's version: it starts at 1 and grows by one with each change. */
export const versionSchema = recordIdSchema;

const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2200-12-31';

/** A real calendar day written `YYYY-MM-DD`, from 1900-01-01 to 2200-12-31 (decision 0003). */
export const calendarDateSchema = z
  .string({ message: 'must be a real calendar day written YYYY-MM-DD' })
  .refine(isCalendarDate, 'must be a real calendar day written YYYY-MM-DD')
  .meta({
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: `A calendar day, ${FIRST_DAY} to ${LAST_DAY}`,
    example: '2023-08-31',
  });

/** An instant, as the API writes it: ISO 8601 in UTC (`2023-08-31T10:00:00.000Z`). */
export const instantSchema = z.iso.datetime({ message: 'must be an ISO 8601 date and time in UTC' });

/** A mission's code as a request names it; surrounding spaces are ignored. */
export const missionCodeSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MISSION_CODE_MAX, `must be at most ${MISSION_CODE_MAX} characters`)
  .regex(MISSION_CODE_PATTERN, 'must be letters, digits, - or _');

/** A paging cursor, as a list answer's `nextCursor` gave it. */
export const cursorSchema = z.string().max(200, 'is not a cursor this API gave out');

/** Free text up to `max` characters, trimmed; never the NUL character, which PostgreSQL cannot store. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !v.includes('\u0000'), 'must not contain the NUL character (U+0000)');
