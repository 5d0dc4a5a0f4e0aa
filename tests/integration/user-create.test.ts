/**
 * `npm run user:create` as a user runs it: a child process against this file's database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import { signIn } from './auth-helpers';

const ROOT = join(import.meta.dirname, '..', '..');

function userCreate(args: string[], input?: string) {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/user-create.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The same command, started without waiting for it: its exit code and what it wrote to stderr. */
function userCreateAsync(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/user-create.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, err }));
  });
}

describe('npm run user:create', () => {
  it('succeeds for every one of several run at once against the same database (another process writing is waited for)', async () => {
    const emails = Array.from({ length: 6 }, (_, i) => `at-once-${i}@example.org`);
    const runs = await Promise.all(emails.map((email) => userCreateAsync(['--email', email, '--role', 'editor', '--password', 'a long enough passphrase'])));
    expect(runs.map((r) => (r.code === 0 ? 'ok' : r.err))).toEqual(emails.map(() => 'ok'));
    const { db } = await getDb();
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(emails.length);
  }, 120_000);


  it('creates an admin who can then sign in', async () => {
    const run = userCreate(['--email', 'First.Admin@Example.org', '--role', 'admin', '--password', 'a long enough passphrase']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Created admin first\.admin@example\.org/);
    const { db } = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { email: 'first.admin@example.org' } });
    expect(user.role).toBe('admin');
    expect((await signIn('first.admin@example.org', 'a long enough passphrase')).status).toBe(200);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: 'user', entityId: user.id } });
    expect(event).toMatchObject({ actor: 'cli:user-create', action: 'create' });
  });

  it('reads the password from standard input when it is not given and no terminal is attached', async () => {
    const run = userCreate(['--email', 'scripted@example.org', '--role', 'editor'], 'piped in passphrase\n');
    expect(run.code).toBe(0);
    expect((await signIn('scripted@example.org', 'piped in passphrase')).status).toBe(200);
  });

  it('refuses an unknown role, a short password and a bad email with exit code 1 and creates nothing', async () => {
    const { db } = await getDb();
    const before = await db.user.count();
    const role = userCreate(['--email', 'x@example.org', '--role', 'owner', '--password', 'a long enough passphrase']);
    expect(role.code).toBe(1);
    expect(role.err).toMatch(/Unknown role "owner": choose one of viewer, editor, admin/);
    const short = userCreate(['--email', 'x@example.org', '--role', 'editor', '--password', 'short']);
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/at least 12 characters/);
    const email = userCreate(['--email', 'not-an-email', '--role', 'editor', '--password', 'a long enough passphrase']);
    expect(email.code).toBe(1);
    expect(email.err).toMatch(/not an email address/);
    const missing = userCreate(['--role', 'editor']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/--email and --role are required/);
    expect(await db.user.count()).toBe(before);
  });

  it('sets the role of a user who exists, keeping the password unless a new one is given', async () => {
    expect(userCreate(['--email', 'again@example.org', '--role', 'viewer', '--password', 'the first passphrase']).code).toBe(0);
    const promote = userCreate(['--email', 'again@example.org', '--role', 'admin']);
    expect(promote.code).toBe(0);
    expect(promote.out).toMatch(/already exists: role set to admin/);
    const { db } = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { email: 'again@example.org' } })).role).toBe('admin');
    expect((await signIn('again@example.org', 'the first passphrase')).status).toBe(200);

    expect(userCreate(['--email', 'again@example.org', '--role', 'admin', '--password', 'the second passphrase']).code).toBe(0);
    expect((await signIn('again@example.org', 'the first passphrase')).status).toBe(401);
    expect((await signIn('again@example.org', 'the second passphrase')).status).toBe(200);
  });
});
