/**
 * The secret that signs session cookies. Every instance serving one database must share
 * it, and `npm start` must work on a fresh machine with no configuration, hence:
 * BETTER_AUTH_SECRET when set; otherwise a fixed value outside production; otherwise, with
 * SQLite (one instance by nature), a random secret written once next to the database file;
 * with PostgreSQL in production, nothing: instances could not agree on a generated one.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { engineOf, sqlitePath } from '../db/engines';

export const DEVELOPMENT_SECRET = 'drawdown-development-secret-never-use-in-production';
export const SECRET_FILE = 'auth-secret';

export function resolveAuthSecret(options: {
  configured: string | undefined;
  databaseUrl: string;
  production: boolean;
}): string {
  const { configured, databaseUrl, production } = options;
  if (configured) {
    if (production && configured === DEVELOPMENT_SECRET) {
      throw new Error('Invalid configuration:\n  BETTER_AUTH_SECRET: is the public development value; set a secret of your own');
    }
    return configured;
  }
  if (!production) return DEVELOPMENT_SECRET;
  if (engineOf(databaseUrl) !== 'sqlite') {
    throw new Error(
      'Invalid configuration:\n  BETTER_AUTH_SECRET: must be set with PostgreSQL, the same on every instance (e.g. openssl rand -base64 32)',
    );
  }
  return secretFileBeside(resolve(sqlitePath(databaseUrl)));
}

function secretFileBeside(databaseFile: string): string {
  const file = join(dirname(databaseFile), SECRET_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    // wx: when two processes start together, the first writer wins and the other reads it.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
