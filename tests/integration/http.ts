/**
 * Calls the real route handlers with real Request objects, as Next would, so the API's
 * validation, JSON errors and shapes are tested without a server. Every answer is held to
 * the OpenAPI document (./api-contract.ts).
 */
import { checkAnswer } from './api-contract';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route declares its own params
type RouteHandler = (request: Request, context: { params: Promise<any> }) => Response | Promise<Response>;

export interface CallInit {
  method?: string;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

export async function call(
  handler: RouteHandler,
  path: string,
  params: Record<string, string> = {},
  init: CallInit = {},
  // The tests read any field of any answer; a type per endpoint would only restate the API.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; text: string; headers: Headers }> {
  const headers = new Headers(init.headers);
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const request = new Request(`http://localhost${path}`, { method: init.method ?? 'GET', headers, ...(body !== undefined && { body }) });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  let parsed: unknown = undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) parsed = JSON.parse(text);
  checkAnswer(request.method, path, response.status, contentType, text === '' ? undefined : (parsed ?? text));
  return { status: response.status, body: parsed, text, headers: response.headers };
}
