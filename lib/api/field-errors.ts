/**
 * Field errors in the shape forms and API clients share. Its own module, free of the server's
 * request handling, because the forms' schemas (lib/api/bodies.ts) are also bundled for the
 * browser.
 */
import type { z } from 'zod';

/** Turns zod issues into `{ field: [messages] }`, the shape forms and API clients share. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
