import { otherMethods } from '@/lib/api/http';
/**
 * Benchmark reference, not part of the API (and not in the OpenAPI document): the framework's
 * own ceiling for a JSON route handler in this build. `GET /api/bench/constant?bytes=N` answers
 * a constant JSON body of N bytes with the headers a read route sends, doing no other work, so
 * `npm run bench` can compare a real endpoint against the same size served for free.
 * POST is the same for a write (below). Answers 404 unless the server was started with DRAWDOWN_BENCH=1 (only bench/run.ts does).
 */
const bodies = new Map<number, string>();

function constantBody(bytes: number): string {
  let body = bodies.get(bytes);
  if (body === undefined) {
    const filler = Math.max(0, bytes - '{"data":""}'.length);
    body = JSON.stringify({ data: 'x'.repeat(filler) });
    bodies.set(bytes, body);
  }
  return body;
}

export function GET(request: Request): Response {
  if (process.env.DRAWDOWN_BENCH !== '1') return Response.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 });
  const bytes = Math.min(Math.max(Number(new URL(request.url).searchParams.get('bytes')) || 1024, 16), 4_000_000);
  return new Response(constantBody(bytes), { headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' } });
}

/**
 * `POST /api/bench/constant?bytes=N`: the same for a write: reads the request's body, then
 * answers 201 with the constant body, doing nothing else; the reference of the writes budget.
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.DRAWDOWN_BENCH !== '1') return Response.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 });
  await request.text();
  const bytes = Math.min(Math.max(Number(new URL(request.url).searchParams.get('bytes')) || 1024, 16), 4_000_000);
  return new Response(constantBody(bytes), { status: 201, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
