/**
 * better-auth, configured for Drawdown: email and password only (accounts are made by an
 * admin or `npm run user:create`, never by signing up), sessions in the database (looked up
 * on every request, so revoking one takes effect at once), cookies HttpOnly and
 * SameSite=Lax, Secure when the app is reached over HTTPS.
 */
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { accountKey, createFailureThrottle } from './throttle';
import type { Db, Engine } from '../db/client';
import { getDb } from '../db/client';
import { env } from '../env';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';
import { resolveAuthSecret } from './secret';

const DAY_SECONDS = 86_400;

/** Five wrong passwords for one account within 15 minutes lock it for 15 minutes. */
export const SIGN_IN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const signInFailures = createFailureThrottle(SIGN_IN_THROTTLE);
/** The sign-in requests (their bodies) that took a try in the before hook and must settle it. */
const triesTaken = new WeakSet<object>();

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
    // Without APP_URL the app answers on whatever name it is reached by (localhost, an IP,
    // a proxy's host): trust exactly the origin the request was sent to, and no other.
    trustedOrigins: (request) => [request ? requestOrigin(request) : undefined],
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
        const key = accountKey((ctx.body as { email?: unknown } | undefined)?.email);
        const left = key ? signInFailures.take(key) : 0;
        if (key && left === 0) triesTaken.add(ctx.body as object);
        if (left > 0) {
          const minutes = Math.ceil(left / 60_000);
          throw new APIError('TOO_MANY_REQUESTS', {
            message: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const key = accountKey((ctx.body as { email?: unknown } | undefined)?.email);
        if (!key || !triesTaken.delete(ctx.body as object)) return;
        const returned = ctx.context.returned;
        signInFailures.settle(key, ctx.context.newSession ? 'succeeded' : returned instanceof APIError && returned.statusCode === 401 ? 'failed' : 'other');
      }),
    },
    // Nothing may leave the machine (README: no internet at run time).
    telemetry: { enabled: false },
    logger: { level: 'error' },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The origin a request was addressed to, as the browser saw it (behind a proxy, its forwarded host and scheme). */
function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host') || url.host;
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  return `${proto}://${host}`;
}

type Source = Request | Headers;

const headersOf = (source: Source): Headers => (source instanceof Request ? source.headers : source);

/**
 * Whether this request reached the app over HTTPS: APP_URL decides when set; otherwise
 * the proxy's X-Forwarded-Proto, or the request's own URL.
 */
export function isSecureRequest(source: Source): boolean {
  const configured = env().APP_URL;
  if (configured) return configured.startsWith('https:');
  const forwarded = headersOf(source).get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return source instanceof Request && new URL(source.url).protocol === 'https:';
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
