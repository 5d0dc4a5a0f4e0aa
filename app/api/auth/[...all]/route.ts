/**
 * better-auth's endpoints: POST /api/auth/sign-in/email { email, password },
 * POST /api/auth/sign-out, GET /api/auth/get-session, ... (sign-up is disabled).
 */
import { route } from '@/lib/api/http';
import { getAuth } from '@/lib/auth/server';

const handle = route<{ all: string[] }>(async (request) => (await getAuth(request)).handler(request));

export { handle as GET, handle as POST };
