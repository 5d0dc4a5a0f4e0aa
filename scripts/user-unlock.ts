/**
 * `npm run user:unlock -- --email E` lets an account sign in again at once: its failed
 * sign-ins are cleared (lib/auth/sign-in-backoff.ts), as the Clear button of the admin's
 * users screen does. `--client ADDRESS` clears a client address's failures instead.
 * Exit code 0 when done (also when there was nothing to clear), 1 when refused.
 */
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import { clearSignInFailures } from '../lib/auth/users';
import { clearBackoff, clientBackoffKey } from '../lib/auth/sign-in-backoff';
import { ipFamily, plain } from '../lib/security/addresses';
import { AppError } from '../lib/errors';

const USAGE = 'Usage: npm run user:unlock -- --email you@example.org | --client 192.0.2.7';

async function main(): Promise<string> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, client: { type: 'string' } } });
  if (!values.email === !values.client) throw new Error(`Give --email or --client.\n${USAGE}`);
  const { db } = await createDb(env().DATABASE_URL);
  try {
    if (values.client) {
      const address = plain(values.client);
      if (!ipFamily(address)) throw new Error(`"${values.client}" is not an IP address.`);
      return (await clearBackoff(db, clientBackoffKey(address))) ? `Cleared the failed sign-ins from ${address}.` : `No failed sign-ins from ${address}.`;
    }
    const { cleared } = await clearSignInFailures(db, 'cli:user-unlock', { email: values.email! });
    return cleared ? `${values.email} may sign in again now.` : `${values.email} had no failed sign-ins to clear.`;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (message) => {
    console.log(message);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof AppError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
