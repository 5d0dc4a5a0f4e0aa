/**
 * What a password must be, for the user:create command and for better-auth's own checks.
 * Length is what protects a password; a few distinct characters rule out "aaaaaaaaaaaa".
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  if (new Set(password).size < 5) return 'The password must use at least 5 different characters.';
  const name = email?.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && password.toLowerCase().includes(name)) return 'The password must not contain the email address.';
  return null;
}
