/**
 * The one rule for a mission code as a request names it: 1 to 32 letters, digits, - or _,
 * surrounding spaces ignored. Plain code, no schema library: the header's mission switcher
 * reads it in every page's browser bundle.
 */
export const MISSION_CODE_PATTERN = /^[A-Za-z0-9_-]+$/;
export const MISSION_CODE_MAX = 32;

export function isMissionCode(value: string): boolean {
  const code = value.trim();
  return code.length > 0 && code.length <= MISSION_CODE_MAX && MISSION_CODE_PATTERN.test(code);
}
