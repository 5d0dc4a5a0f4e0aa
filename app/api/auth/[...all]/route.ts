/**
 * better-auth's endpoints: POST /api/auth/sign-in/email { email, password },
 * POST /api/auth/sign-out, GET /api/auth/get-session, ... (sign-up is disabled).
 *
 * Before better-auth sees a request: its body is read with the API's byte cap as it streams
 * (nothing here needs more than a few hundred bytes), and the client's address, found by the
 * one rule of lib/security/client.ts, is handed on in CLIENT_ADDRESS_HEADER, replacing any
 * value the client sent.
 */
import { checkShape, readCapped } from '@/lib/api/bodies';
import { route, otherMethods } from '@/lib/api/http';
import { CLIENT_ADDRESS_HEADER, getAuth } from '@/lib/auth/server';
import { clientAddress } from '@/lib/security/client';

const AUTH_BODY_BYTES = 16 * 1024;

const handle = route<{ all: string[] }>(async (request) => {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const client = clientAddress(request.headers);
  if (client) headers.set(CLIENT_ADDRESS_HEADER, client);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const body = hasBody ? await readCapped(request, AUTH_BODY_BYTES) : undefined;
  // The API's rule for what a JSON body may hold (no NUL, which PostgreSQL cannot store or
  // look up, and no deep nesting), before better-auth or the sign-in backoff reads it.
  if (body?.byteLength) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(body));
    } catch {
      parsed = undefined; // not JSON: better-auth answers it
    }
    if (parsed !== undefined) checkShape(parsed);
  }
  const forwarded = new Request(request.url, { method: request.method, headers, ...(body?.byteLength && { body: body as BodyInit }), signal: request.signal });
  return (await getAuth(request)).handler(forwarded);
});

export { handle as GET, handle as POST };

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
