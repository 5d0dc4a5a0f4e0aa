/**
 * The server's configuration, validated once with zod. A bad value stops the process at
 * start with a message that names the variable, instead of failing on the first request.
 */
import { z } from 'zod';
import { DEFAULT_DATABASE_URL, engineOf } from './db/engines';
import { proxyEntryProblem } from './security/addresses';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (url) => {
        try {
          engineOf(url);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'must start with file: (SQLite) or postgres:// (PostgreSQL)' },
    ),
  /** The mission the screens show when none is named. */
  DEFAULT_MISSION: z.string().trim().min(1).default('MINUSMA'),
  /** Time zone that decides what "today" is for the default "as of" date. */
  APP_TIME_ZONE: z
    .string()
    .default('UTC')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Africa/Bamako'),
  /** Size of the PostgreSQL connection pool per app instance. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Signs session cookies. Unset: a development default, or in production a secret
   * generated once into the SQLite database's folder (lib/auth/secret.ts).
   */
  BETTER_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  /**
   * The address users reach the app at, e.g. https://drawdown.example.org. Unset: taken
   * from each request. An https address makes the session cookie Secure.
   */
  APP_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http:// or https:// address' })
    .optional(),
  /**
   * `off` renders every reading page on every request instead of keeping each, per data
   * version, for readers who are not signed in (lib/cache/page-cache.ts, decision 0013).
   */
  PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  /**
   * The proxies in front of the app (addresses or CIDR ranges, comma-separated, e.g.
   * `127.0.0.1,10.0.0.0/8`). Only a request whose connection comes from one of them is
   * believed about the client's address (X-Forwarded-For), the host and the scheme
   * (X-Forwarded-Host, -Proto). Unset: no proxy is trusted (lib/security/client.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((entry) => entry.trim()).filter(Boolean))
    .superRefine((entries, ctx) => {
      for (const entry of entries) {
        const problem = proxyEntryProblem(entry);
        if (problem) ctx.addIssue({ code: 'custom', message: `${problem} (give addresses or CIDR ranges, comma-separated)` });
      }
    }),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as shells and .env files often leave them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  // Checked here, at start, rather than at the first sign-in: instances sharing PostgreSQL
  // must share the secret, so none may be generated (lib/auth/secret.ts).
  if (cleaned.NODE_ENV === 'production' && !result.data.BETTER_AUTH_SECRET && engineOf(result.data.DATABASE_URL) === 'postgresql') {
    throw new Error('Invalid configuration:\n  BETTER_AUTH_SECRET: must be set with PostgreSQL, the same on every instance (e.g. openssl rand -base64 32)');
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
