import { json, route, otherMethods, parseQuery } from '@/lib/api/http';
import { noQuery } from '@/lib/api/params';
import { openApiDocument } from '@/lib/api/openapi';

// Built once per process; each answer still carries its own request id (so not prerendered).
let document: ReturnType<typeof openApiDocument> | undefined;

export const GET = route(async (request) => {
  parseQuery(new URL(request.url), noQuery);
  return json((document ??= openApiDocument()));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
