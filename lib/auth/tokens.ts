/**
 * API tokens for scripts: `Authorization: Bearer dd_...`. The secret is shown once, when
 * it is made; the database keeps only its sha256, which is enough for a random 256-bit
 * secret (nothing to brute-force, unlike a password) and lets a request find it by index.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Prisma } from '../db/client';
import { AppError, notFound } from '../errors';
import { auditRow } from '../data/audit';
import type { Actor } from './actor';
import { auditActor } from './actor';

export const TOKEN_PREFIX = 'dd_';
/** Characters of the secret kept in clear, so a user can tell their tokens apart. */
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 6;
/** A user holds at most this many live tokens: enough for scripts, a ceiling for mistakes. */
export const MAX_LIVE_TOKENS = 50;

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface TokenView {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const tokenSelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } satisfies Prisma.ApiTokenSelect;

type TokenRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenSelect }>;

function toTokenView(row: TokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function createToken(db: Db, actor: Actor, name: string): Promise<TokenView & { secret: string }> {
  const secret = newTokenSecret();
  const row = await db.$transaction(async (tx) => {
    const live = await tx.apiToken.count({ where: { userId: actor.userId, revokedAt: null } });
    if (live >= MAX_LIVE_TOKENS) {
      throw new AppError('conflict', `You already hold ${MAX_LIVE_TOKENS} tokens; revoke one first.`);
    }
    const created = await tx.apiToken.create({
      data: { name, tokenHash: hashToken(secret), prefix: secret.slice(0, SHOWN_CHARACTERS), userId: actor.userId },
      select: tokenSelect,
    });
    await tx.auditEvent.create({
      data: auditRow({ actor: auditActor(actor), action: 'create', entity: 'api_token', entityId: created.id, after: { name, prefix: created.prefix, userId: actor.userId } }),
    });
    return created;
  });
  return { ...toTokenView(row), secret };
}

export async function listTokens(db: Db, userId: string): Promise<TokenView[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, select: tokenSelect, orderBy: { id: 'desc' } });
  return rows.map(toTokenView);
}

/** Revokes one of the actor's own tokens (an admin may revoke anyone's). Revoking twice is a no-op. */
export async function revokeToken(db: Db, actor: Actor, id: number): Promise<TokenView> {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, select: { ...tokenSelect, userId: true } });
    // Someone else's token is "not found" to an editor: no telling which ids exist.
    if (!token || (token.userId !== actor.userId && actor.role !== 'admin')) throw notFound(`Token ${id}`);
    if (token.revokedAt) return toTokenView(token);
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: tokenSelect });
    await tx.auditEvent.create({
      data: auditRow({
        actor: auditActor(actor),
        action: 'revoke',
        entity: 'api_token',
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt: revoked.revokedAt?.toISOString() },
      }),
    });
    return toTokenView(revoked);
  });
}
