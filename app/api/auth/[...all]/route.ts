/**
 * better-auth's endpoints: POST /api/auth/sign-in/email { email, password },
 * POST /api/auth/sign-out, GET /api/auth/get-session, ... (sign-up is disabled).
 */
import { getAuth } from '@/lib/auth/server';

const handle = async (request: Request): Promise<Response> => (await getAuth(request)).handler(request);

export { handle as GET, handle as POST };
