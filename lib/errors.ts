/**
 * Errors the product expects, each with a stable code that API clients and the UI can act
 * on. Anything else that is thrown is a bug: the API answers it with `internal_error` and
 * no detail (see lib/api/http.ts).
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  query_too_long: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  /** The record changed since the client read it; the answer carries the current one. */
  version_conflict: 409,
  /** A delete refused because other records cite this one. */
  in_use: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string[]>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string[]>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
