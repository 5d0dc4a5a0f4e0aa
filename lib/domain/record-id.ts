/**
 * Record ids are PostgreSQL `integer`s: 1 to 2,147,483,647. The one rule for every id a
 * request, a body or an archive names (lib/api/params.ts, bodies.ts, path-params.ts,
 * lib/data/mission-archive.ts).
 */
import { z } from 'zod';

export const MAX_RECORD_ID = 2_147_483_647;

export const recordIdSchema = z
  .number({ message: 'must be a whole number' })
  .int('must be a whole number')
  .positive('must be a positive whole number')
  .max(MAX_RECORD_ID, 'is too large');
