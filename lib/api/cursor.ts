/**
 * Opaque keyset cursors: the sort key of the last row a page returned, base64url-encoded
 * JSON. Keyset (not offset) pagination keeps every page as cheap as the first and stable
 * while rows are added.
 */
import { AppError } from '../errors';

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor whose key has the given shape, or refuses it with a 400. */
export function decodeCursor<const T extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } {
  const refuse = () =>
    new AppError('validation_failed', 'The cursor is not one this API gave out.', { cursor: ['is not a cursor this API gave out'] });
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw refuse();
  key.forEach((part, i) => {
    if (typeof part !== shape[i]) throw refuse();
    if (typeof part === 'number' && !Number.isSafeInteger(part)) throw refuse();
    if (typeof part === 'string' && part.length > 100) throw refuse();
  });
  return key as { [K in keyof T]: T[K] extends 'string' ? string : number };
}
