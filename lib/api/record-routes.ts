/**
 * What the write routes of milestones, sites and contingents share beyond lib/api/writes.ts.
 */
import { AppError } from '../errors';
import { parseQuery } from './http';
import { readBody, recordDeleteBody } from './bodies';
import { versionQuery } from './params';

/** The version a DELETE names (`?version=N` or `{ "version": N }`): a delete must not discard a change its author has not seen. */
export async function deleteVersion(request: Request): Promise<number> {
  const { version: inQuery } = parseQuery(new URL(request.url), versionQuery);
  const { version: inBody } = await readBody(request, recordDeleteBody);
  const version = inQuery ?? inBody;
  if (version === undefined) {
    throw new AppError('validation_failed', 'Say which version you are deleting, so that a newer change is not lost.', { version: ['is required'] });
  }
  return version;
}
