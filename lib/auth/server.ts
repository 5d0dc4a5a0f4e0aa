/**
 * better-auth, configured for Drawdown: email and password only (accounts are made by an
 * admin or `npm run user:create`, never by signing up), sessions in the database (looked up
 * on every request, so revoking one takes effect at once), cookies HttpOnly and
 * SameSite=Lax, Secure when the app is reached over HTTPS.
 */
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { ACCOUNT_BACKOFF, accountBackoffKey, CLIENT_BACKOFF, clientBackoffKey, settleTry, takeTry, type BackoffKey } from './sign-in-backoff';
import type { Db, Engine } from '../db/client';
import { getDb } from '../db/client';
import { env } from '../env';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';
import { resolveAuthSecret } from './secret';
import { appOrigin, isSecureRequest as isSecure } from '../security/client';

const DAY_SECONDS = 86_400;

/** The sign-in requests (their bodies) that took a try in the before hook, and the keys it must settle. */
const triesTaken = new WeakMap<object, { account?: BackoffKey; client?: BackoffKey }>();

/**
 * The client's address as the auth route found it (lib/security/client.ts, TRUSTED_PROXIES),
 * set by app/api/auth/[...all]/route.ts: better-auth's own limiter and the backoff read it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-drawdown-client';

const inWords = (ms: number) => {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
};

/** better-auth endpoints that set a password (sign-up is disabled, but checked all the same). */
const PASSWORD_SETTING_PATHS = new Set(['/change-password', '/reset-password', '/set-password', '/sign-up/email']);

export interface AuthSettings {
  db: Db;
  engine: Engine;
  secret: string;
  /** Secure cookies (and their __Secure- name prefix). */
  secure: boolean;
  baseURL?: string | undefined;
}

export function createAuth(settings: AuthSettings) {
  return betterAuth({
    appName: 'Drawdown',
    secret: settings.secret,
    basePath: '/api/auth',
    ...(settings.baseURL && { baseURL: settings.baseURL }),
    // APP_URL's origin; without it the app answers on whatever name it is reached by
    // (localhost, an IP, a trusted proxy's host): exactly the origin the request was sent to.
    trustedOrigins: (request) => {
      const origin = request && appOrigin(request.headers, request.url);
      return origin ? [origin] : [];
    },
    database: prismaAdapter(settings.db, { provider: settings.engine, transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        // input: false: no request to better-auth's own endpoints can set a role.
        role: { type: 'string', required: false, defaultValue: 'viewer', input: false },
      },
    },
    session: { expiresIn: 7 * DAY_SECONDS, updateAge: DAY_SECONDS },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: settings.secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: settings.secure },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // One password policy wherever a password is set, not only in the user:create command.
        if (PASSWORD_SETTING_PATHS.has(ctx.path)) {
          const body = (ctx.body ?? {}) as { newPassword?: unknown; password?: unknown; email?: unknown };
          const password = body.newPassword ?? body.password;
          const email = typeof body.email === 'string' ? body.email : (await getSessionFromCtx(ctx).catch(() => null))?.user.email;
          const problem = typeof password === 'string' ? passwordProblem(password, email) : 'A password is required.';
          if (problem) throw new APIError('BAD_REQUEST', { message: problem, code: 'WEAK_PASSWORD' });
          return;
        }
        if (ctx.path !== '/sign-in/email') return;
        const email = (ctx.body as { email?: unknown } | undefined)?.email;
        const client = ctx.headers?.get(CLIENT_ADDRESS_HEADER);
        const keys = {
          ...(typeof email === 'string' && email.trim() && { account: { key: accountBackoffKey(email), policy: ACCOUNT_BACKOFF } }),
          ...(client && { client: { key: clientBackoffKey(client), policy: CLIENT_BACKOFF } }),
        };
        const wait = await takeTry(settings.db, Object.values(keys));
        if (wait > 0) {
          throw new APIError(
            'TOO_MANY_REQUESTS',
            { message: `Too many failed sign-ins. Try again in ${inWords(wait)}.`, code: 'SIGN_IN_BACKOFF' },
            { 'Retry-After': String(Math.ceil(wait / 1000)) },
          );
        }
        if (ctx.body && typeof ctx.body === 'object') triesTaken.set(ctx.body, keys);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email' || !ctx.body || typeof ctx.body !== 'object') return;
        const keys = triesTaken.get(ctx.body);
        if (!keys) return;
        triesTaken.delete(ctx.body);
        const returned = ctx.context.returned;
        await settleTry(settings.db, keys, ctx.context.newSession ? 'succeeded' : returned instanceof APIError && returned.statusCode === 401 ? 'failed' : 'other');
      }),
    },
    // better-auth's own limit per client address and path (3 sign-ins in 10 s, 100 requests a
    // minute elsewhere), in the database so that every instance counts together. The session
    // lookup the pages make is not a guess, and is left out.
    rateLimit: {
      storage: 'database',
      customRules: { '/get-session': false },
    },
    // Nothing may leave the machine (README: no internet at run time).
    telemetry: { enabled: false },
    logger: { level: 'error' },
  });
}

export type Auth = ReturnType<typeof createAuth>;

type Source = Request | Headers;

/** Whether this request reached the app over HTTPS (lib/security/client.ts). */
export function isSecureRequest(source: Source): boolean {
  return source instanceof Request ? isSecure(source.headers, source.url) : isSecure(source);
}

// One instance per cookie flavour (the Secure one is also named differently), per process,
// kept on globalThis for the same reason as the database client.
const globalForAuth = globalThis as unknown as { drawdownAuth?: Map<string, Promise<Auth>> };

export function getAuth(source: Source): Promise<Auth> {
  const secure = isSecureRequest(source);
  const cache = (globalForAuth.drawdownAuth ??= new Map());
  const { DATABASE_URL } = env();
  // The database URL is part of the key so that tests, which point each file at its own
  // database, never reach another file's client.
  const key = `${secure}|${DATABASE_URL}`;
  let auth = cache.get(key);
  if (!auth) {
    auth = getDb().then(({ db, engine }) =>
      createAuth({
        db,
        engine,
        secure,
        baseURL: env().APP_URL,
        secret: resolveAuthSecret({
          configured: env().BETTER_AUTH_SECRET,
          databaseUrl: DATABASE_URL,
          production: process.env.NODE_ENV === 'production',
        }),
      }),
    );
    cache.set(key, auth);
  }
  return auth;
}
