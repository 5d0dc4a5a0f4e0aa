import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_SECRET, resolveAuthSecret } from '../../lib/auth/secret';
import { passwordProblem } from '../../lib/auth/password-policy';
import { roleAtLeast } from '../../lib/auth/roles';
import { parseEnv } from '../../lib/env';

describe('auth secret', () => {
  it('uses the configured secret, and refuses the public development one in production', () => {
    expect(resolveAuthSecret({ configured: 'x'.repeat(40), databaseUrl: 'file:./data/a.db', production: true })).toBe('x'.repeat(40));
    expect(() => resolveAuthSecret({ configured: DEVELOPMENT_SECRET, databaseUrl: 'file:./data/a.db', production: true })).toThrow(/BETTER_AUTH_SECRET/);
  });

  it('outside production, falls back to the development secret', () => {
    expect(resolveAuthSecret({ configured: undefined, databaseUrl: 'postgres://h/db', production: false })).toBe(DEVELOPMENT_SECRET);
  });

  it('in production with SQLite, generates one secret beside the database file and keeps it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawdown-secret-'));
    const url = `file:${join(dir, 'drawdown.db')}`;
    const first = resolveAuthSecret({ configured: undefined, databaseUrl: url, production: true });
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(resolveAuthSecret({ configured: undefined, databaseUrl: url, production: true })).toBe(first);
    expect(readFileSync(join(dir, 'auth-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'auth-secret')).mode & 0o077).toBe(0);
  });

  it('in production with PostgreSQL, demands a configured secret the instances share', () => {
    expect(() => resolveAuthSecret({ configured: undefined, databaseUrl: 'postgres://h/db', production: true })).toThrow(/BETTER_AUTH_SECRET: must be set with PostgreSQL/);
  });

  it('stops a production server on PostgreSQL without a secret at start, naming the variable', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db' })).toThrow(/BETTER_AUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', BETTER_AUTH_SECRET: 's'.repeat(32) }).BETTER_AUTH_SECRET).toBe('s'.repeat(32));
    expect(parseEnv({ NODE_ENV: 'production' }).BETTER_AUTH_SECRET).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: 'postgres://h/db' }).BETTER_AUTH_SECRET).toBeUndefined();
  });

  it('validates BETTER_AUTH_SECRET and APP_URL in the environment', () => {
    expect(() => parseEnv({ BETTER_AUTH_SECRET: 'short' })).toThrow(/BETTER_AUTH_SECRET/);
    expect(() => parseEnv({ APP_URL: 'ftp://example.org' })).toThrow(/APP_URL/);
    expect(parseEnv({ APP_URL: 'https://drawdown.example.org' }).APP_URL).toBe('https://drawdown.example.org');
  });
});

describe('password policy', () => {
  it('refuses short, repetitive and email-like passwords', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/different characters/);
    expect(passwordProblem('maryjones-2023!', 'maryjones@example.org')).toMatch(/email/);
    expect(passwordProblem('x'.repeat(100) + 'abcdefghijklmnopqrstuvwxyz1234')).toMatch(/at most 128/);
    expect(passwordProblem('correct horse battery staple', 'mary@example.org')).toBeNull();
  });
});

describe('roles', () => {
  it('orders viewer < editor < admin and gives an unknown role nothing', () => {
    expect(roleAtLeast('admin', 'editor')).toBe(true);
    expect(roleAtLeast('editor', 'editor')).toBe(true);
    expect(roleAtLeast('editor', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'editor')).toBe(false);
    expect(roleAtLeast('root', 'viewer')).toBe(false);
  });
});
