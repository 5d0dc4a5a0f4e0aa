import { errorResponse, route } from '@/lib/api/http';
import { AppError } from '@/lib/errors';

// Any /api path no route claims answers JSON, like the rest of the API, with its headers (the
// API skips the proxy, so nothing else would set them).
const unknown = route<{ path: string[] }>(async (request) =>
  errorResponse(new AppError('not_found', `There is no API endpoint at ${new URL(request.url).pathname}.`)),
);

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
