/**
 * Runs once when a server instance starts: a bad configuration stops it here, with the
 * variable named, rather than on the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env');
    env();
  }
}
