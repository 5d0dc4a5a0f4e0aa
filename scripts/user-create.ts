/**
 * `npm run user:create -- --email E --role viewer|editor|admin [--password P] [--name N]`
 *
 * Creates a user who signs in with email and password, or, when the email is known, sets
 * its role (and replaces its password with --password or --reset-password). Without
 * --password the password is asked for on a terminal (not echoed, typed twice) or read
 * from the first line of standard input, which keeps it out of the process list.
 * Exit code 0 when done, 1 when refused (unknown role, weak password, bad email...).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import { ROLES, isRole } from '../lib/auth/roles';
import { passwordProblem } from '../lib/auth/password-policy';
import { createOrUpdateUser } from '../lib/auth/users';

const USAGE = 'Usage: npm run user:create -- --email you@example.org --role viewer|editor|admin [--password P] [--name NAME] [--reset-password]';

class Refused extends Error {}

async function ask(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Echo the prompt only, never what is typed.
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  let muted = false;
  output._writeToOutput = (s: string) => {
    if (!muted) process.stderr.write(s);
  };
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      process.stderr.write('\n');
      rl.close();
      resolve(answer);
    });
    muted = true;
  });
}

async function firstLineOfStdin(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function readPassword(email: string): Promise<string> {
  let password: string;
  if (process.stdin.isTTY) {
    password = await ask(`Password for ${email}: `);
    const problem = passwordProblem(password, email);
    if (problem) throw new Refused(problem);
    if ((await ask('Same password again: ')) !== password) throw new Refused('The two passwords differ.');
  } else {
    password = await firstLineOfStdin();
  }
  return password;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
        'reset-password': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new Refused(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.email || !values.role) throw new Refused(`--email and --role are required.\n${USAGE}`);
  const email = values.email.trim().toLowerCase();
  if (!z.email().safeParse(email).success) throw new Refused(`"${values.email}" is not an email address.`);
  if (!isRole(values.role)) throw new Refused(`Unknown role "${values.role}": choose one of ${ROLES.join(', ')}.`);
  const role = values.role;

  const { db } = await createDb(env().DATABASE_URL);
  try {
    const exists = (await db.user.count({ where: { email } })) > 0;
    let password = values.password;
    if (password === undefined && (!exists || values['reset-password'])) password = await readPassword(email);
    if (password !== undefined) {
      const problem = passwordProblem(password, email);
      if (problem) throw new Refused(problem);
    }
    const result = await createOrUpdateUser(db, { email, role, password, name: values.name, actor: 'cli:user-create' });
    if (result.created) console.log(`Created ${role} ${email}. Sign in at /api/auth/sign-in/email (or the sign-in page).`);
    else {
      const changes = [result.roleChanged && `role set to ${role}`, result.passwordChanged && 'password replaced (sessions signed out)'].filter(Boolean);
      console.log(`${email} already exists: ${changes.length ? changes.join(', ') : `nothing to change (role ${role})`}.`);
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Refused ? error.message : `user:create failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
