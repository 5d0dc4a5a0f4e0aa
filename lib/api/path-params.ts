import { AppError } from '../errors';
import { MAX_RECORD_ID } from '../domain/fields';

/** A numeric id from a URL path; anything else is a record that cannot exist, so 404. */
export function pathId(raw: string, what: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id > MAX_RECORD_ID) {
    throw new AppError('not_found', `${what} "${raw.slice(0, 40)}" was not found.`);
  }
  return id;
}
