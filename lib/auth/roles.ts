/**
 * Roles, weakest first: a viewer reads, an editor also writes milestones, releases and
 * proposals and holds API tokens, an admin also manages accounts.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `needed` may. An unknown stored role can do nothing. */
export function roleAtLeast(role: string, needed: Role): boolean {
  return isRole(role) && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
