/**
 * Return addresses ("next" after sign-in) stay on this app. A browser reading a Location
 * header first drops ASCII tabs and newlines anywhere and treats a backslash as a slash
 * (WHATWG URL parsing), so "/\t/evil.example" and "/\\evil.example" lead off-site: the
 * address is resolved the way a browser would, and kept only when it stays on the origin.
 */
const PROBE_ORIGIN = 'http://drawdown.invalid';

export function safeReturnPath(next: string | null | undefined): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return '/';
  // What a browser strips before parsing, and what no path of ours contains.
  const cleaned = next.replace(/[\t\n\r]/g, '');
  if (!cleaned.startsWith('/') || /[\u0000-\u001f\u007f]/.test(cleaned)) return '/';
  let url: URL;
  try {
    url = new URL(cleaned, PROBE_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PROBE_ORIGIN) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
