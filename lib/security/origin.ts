/**
 * Whether a request's Origin names this app: the host the request was sent to (the proxy's
 * forwarded host, else Host) or APP_URL's. One rule for cookie-authenticated API writes
 * (lib/auth/require.ts) and for server actions (proxy.ts).
 */
import { env } from '../env';

export function originIsThisApp(origin: string, headers: Headers): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [headers.get('x-forwarded-host')?.split(',')[0]?.trim(), headers.get('host')];
  const appUrl = env().APP_URL;
  if (appUrl) hosts.push(new URL(appUrl).host);
  return hosts.includes(host);
}
