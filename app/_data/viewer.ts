import 'server-only';
/**
 * Who is looking at the page, for showing or hiding editing controls. This is a courtesy:
 * every write checks the role itself on the server (lib/auth/require.ts).
 */
import { cache } from 'react';
import { headers } from 'next/headers';
import { getAuth } from '@/lib/auth/server';
import { isRole, type Role } from '@/lib/auth/roles';

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const requestHeaders = await headers();
  const auth = await getAuth(requestHeaders);
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  return { id: session.user.id, name: session.user.name, email: session.user.email, role: isRole(role) ? role : 'viewer' };
});
