/** Who is making a request, as every write sees it. */
import type { Role } from './roles';

export interface Actor {
  /** A signed-in user (session cookie) or a script (API token). */
  kind: 'user' | 'token';
  /** The user's id, or the token's id. */
  id: string;
  /** The user, or the token's creator. */
  userId: string;
  /** The user's role now (a token has its creator's current role). */
  role: Role;
}

/** How the audit trail names the actor: `user:ID` or `token:ID` (the token names its creator). */
export function auditActor(actor: Actor): string {
  return `${actor.kind}:${actor.id}`;
}
