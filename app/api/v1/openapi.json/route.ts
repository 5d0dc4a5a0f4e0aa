import { json, route, otherMethods } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';

// Built once per process; each answer still carries its own request id (so not prerendered).
let document: ReturnType<typeof openApiDocument> | undefined;

export const GET = route(async () => json((document ??= openApiDocument())));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
