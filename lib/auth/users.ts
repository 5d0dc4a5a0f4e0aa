/**
 * Accounts: the list and role changes (admins, through the API) and creating a user (the
 * user:create command). Every change is audited; password hashes never leave this module.
 */
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../db/client';
import { AppError, notFound } from '../errors';
import { auditRow } from '../data/audit';
import type { Actor } from './actor';
import { auditActor } from './actor';
import type { Role } from './roles';
import { accountBackoffKey, accountBackoffs, clearBackoff, type BackoffState } from './sign-in-backoff';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  /** Failed sign-ins still counted against the account (lib/auth/sign-in-backoff.ts). */
  failedSignIns: number;
  /** When the account may next try to sign in, while it must wait; else null. */
  signInPausedUntil: string | null;
}

const userSelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;

function toUserView(row: { id: string; email: string; name: string; role: string; createdAt: Date }, backoff?: BackoffState, now = new Date()): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    createdAt: row.createdAt.toISOString(),
    failedSignIns: backoff?.tries ?? 0,
    signInPausedUntil: backoff && backoff.notBefore > now ? backoff.notBefore.toISOString() : null,
  };
}

export async function listUsers(db: Db): Promise<UserView[]> {
  const [rows, backoffs] = await Promise.all([db.user.findMany({ select: userSelect, orderBy: [{ email: 'asc' }] }), accountBackoffs(db)]);
  return rows.map((row) => toUserView(row, backoffs.get(row.email.toLowerCase())));
}

/**
 * Lets an account sign in again at once: clears its failed sign-ins (an admin, through the
 * API or the users screen, or `npm run user:unlock`). Audited when there was anything to clear.
 */
export async function clearSignInFailures(db: Db, actor: Actor | string, user: { id?: string; email?: string }): Promise<{ userId: string; cleared: boolean }> {
  const found = await db.user.findUnique({ where: user.id ? { id: user.id } : { email: user.email!.trim().toLowerCase() }, select: { id: true, email: true } });
  if (!found) throw notFound(`User ${(user.id ?? user.email ?? '').slice(0, 60)}`);
  return db.$transaction(async (tx) => {
    const cleared = await clearBackoff(tx, accountBackoffKey(found.email));
    if (cleared) {
      await tx.auditEvent.create({
        data: auditRow({ actor: typeof actor === 'string' ? actor : auditActor(actor), action: 'update', entity: 'user', entityId: found.id, after: { signInFailuresCleared: true } }),
      });
    }
    return { userId: found.id, cleared };
  });
}

/** Changes a role; refuses to leave the app without an admin. */
export async function setUserRole(db: Db, actor: Actor, userId: string, role: Role): Promise<UserView> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!user) throw notFound(`User ${userId.slice(0, 40)}`);
    if (user.role === role) return toUserView(user);
    if (user.role === 'admin') {
      const admins = await tx.user.count({ where: { role: 'admin' } });
      if (admins <= 1) throw new AppError('conflict', 'This is the last admin; make another user admin first.');
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: userSelect });
    await tx.auditEvent.create({
      data: auditRow({ actor: auditActor(actor), action: 'update', entity: 'user', entityId: userId, before: { role: user.role }, after: { role } }),
    });
    return toUserView(updated);
  });
}

export interface CreateUserInput {
  email: string;
  role: Role;
  /** Required for a new user; for an existing one, replaces the password when given. */
  password?: string | undefined;
  name?: string | undefined;
  /** Who is doing it, for the audit trail (e.g. "cli"). */
  actor: string;
}

export interface CreateUserResult {
  user: UserView;
  created: boolean;
  roleChanged: boolean;
  passwordChanged: boolean;
}

/**
 * Creates a user with an email-and-password account, or, when the email is known, sets
 * its role (and password when given): the same command makes the first admin and repairs
 * a lost one.
 */
export async function createOrUpdateUser(db: Db, input: CreateUserInput): Promise<CreateUserResult> {
  const email = input.email.trim().toLowerCase();
  const hash = input.password === undefined ? undefined : await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: userSelect });
    if (!existing) {
      if (hash === undefined) throw new AppError('validation_failed', 'A new user needs a password.');
      const id = randomUUID();
      const user = await tx.user.create({
        data: { id, email, name: input.name?.trim() || email.split('@')[0]!, role: input.role, emailVerified: true },
        select: userSelect,
      });
      // better-auth's email-and-password sign-in reads the "credential" account.
      await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash } });
      await tx.auditEvent.create({
        data: auditRow({ actor: input.actor, action: 'create', entity: 'user', entityId: id, after: { email, role: input.role } }),
      });
      return { user: toUserView(user), created: true, roleChanged: false, passwordChanged: false };
    }
    const roleChanged = existing.role !== input.role;
    const user = roleChanged ? await tx.user.update({ where: { id: existing.id }, data: { role: input.role }, select: userSelect }) : existing;
    if (hash !== undefined) {
      const updated = await tx.account.updateMany({ where: { userId: existing.id, providerId: 'credential' }, data: { password: hash } });
      if (updated.count === 0) {
        await tx.account.create({ data: { id: randomUUID(), accountId: existing.id, providerId: 'credential', userId: existing.id, password: hash } });
      }
      // A new password signs the user out everywhere.
      await tx.session.deleteMany({ where: { userId: existing.id } });
    }
    if (roleChanged || hash !== undefined) {
      await tx.auditEvent.create({
        data: auditRow({
          actor: input.actor,
          action: 'update',
          entity: 'user',
          entityId: existing.id,
          before: { role: existing.role },
          after: { role: input.role, ...(hash !== undefined && { password: 'changed' }) },
        }),
      });
    }
    return { user: toUserView(user), created: false, roleChanged, passwordChanged: hash !== undefined };
  });
}

/** Deletes all of a user's sessions; their API tokens are revoked separately. */
export async function revokeSessions(db: Db, actor: Actor, userId: string): Promise<{ userId: string; sessions: number }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound(`User ${userId.slice(0, 40)}`);
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await tx.auditEvent.create({
      data: auditRow({ actor: auditActor(actor), action: 'revoke', entity: 'user', entityId: userId, after: { sessionsRevoked: count } }),
    });
    return { userId, sessions: count };
  });
}
