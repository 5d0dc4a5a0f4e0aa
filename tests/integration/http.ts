/**
 * Calls the real route handlers with real Request objects, as Next would, so the API's
 * validation, JSON errors and shapes are tested without a server.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route declares its own params
type RouteHandler = (request: Request, context: { params: Promise<any> }) => Response | Promise<Response>;

export async function call(
  handler: RouteHandler,
  path: string,
  params: Record<string, string> = {},
): Promise<{ status: number; body: any; text: string; headers: Headers }> {
  const response = await handler(new Request(`http://localhost${path}`), { params: Promise.resolve(params) });
  const text = await response.text();
  let body: unknown = undefined;
  if ((response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: response.status, body, text, headers: response.headers };
}
