/**
 * Reading the audit trail: a record's history, newest first, with who did each change
 * (the user's name and email, or the token and its creator).
 */
import type { Db } from '../db/client';
import { decodeCursor, encodeCursor } from '../api/cursor';

export { AUDIT_ACTIONS, AUDITED_ENTITIES } from './audit';

export interface AuditActorView {
  /** As stored: `user:ID`, `token:ID`, `seed`, `cli:user-create`, ... */
  id: string;
  kind: 'user' | 'token' | 'system';
  /** The user, or the token's creator, when there is one. */
  user: { id: string; name: string; email: string } | null;
  tokenName: string | null;
}

export interface AuditEventView {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  actor: AuditActorView;
  before: unknown;
  after: unknown;
}

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function listAuditEvents(
  db: Db,
  filters: {
    /** Absent: every record (the admins' activity feed). */
    entity?: string | undefined;
    entityId?: string | undefined;
    action?: string | undefined;
    /** A user's id: their own changes and those of their API tokens. */
    userId?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<{ data: AuditEventView[]; nextCursor?: string }> {
  const before = filters.cursor ? decodeCursor(filters.cursor, ['number'] as const)[0] : undefined;
  const actors =
    filters.userId === undefined
      ? undefined
      : [
          `user:${filters.userId}`,
          ...(await db.apiToken.findMany({ where: { userId: filters.userId }, select: { id: true } })).map((t) => `token:${t.id}`),
        ];
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filters.entity !== undefined && { entity: filters.entity }),
      ...(filters.entityId !== undefined && { entityId: filters.entityId }),
      ...(filters.action !== undefined && { action: filters.action }),
      ...(actors !== undefined && { actor: { in: actors } }),
      ...(before !== undefined && { id: { lt: before } }),
    },
    orderBy: { id: 'desc' },
    take: filters.limit + 1,
  });
  const page = rows.slice(0, filters.limit);

  const userIds = new Set<string>();
  const tokenIds = new Set<number>();
  for (const row of page) {
    const [kind, id] = row.actor.split(':', 2);
    if (kind === 'user' && id) userIds.add(id);
    if (kind === 'token' && id && /^\d+$/.test(id)) tokenIds.add(Number(id));
  }
  const tokens = tokenIds.size
    ? await db.apiToken.findMany({ where: { id: { in: [...tokenIds] } }, select: { id: true, name: true, userId: true } })
    : [];
  for (const t of tokens) userIds.add(t.userId);
  const users = userIds.size ? await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true, email: true } }) : [];
  const userById = new Map(users.map((u) => [u.id, u]));
  const tokenById = new Map(tokens.map((t) => [t.id, t]));

  const actorOf = (actor: string): AuditActorView => {
    const [kind, id] = actor.split(':', 2);
    if (kind === 'user' && id) return { id: actor, kind: 'user', user: userById.get(id) ?? null, tokenName: null };
    if (kind === 'token' && id) {
      const token = tokenById.get(Number(id));
      return { id: actor, kind: 'token', user: token ? (userById.get(token.userId) ?? null) : null, tokenName: token?.name ?? null };
    }
    return { id: actor, kind: 'system', user: null, tokenName: null };
  };

  const data = page.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    actor: actorOf(row.actor),
    before: parse(row.before),
    after: parse(row.after),
  }));
  const last = page[page.length - 1];
  return rows.length > filters.limit && last ? { data, nextCursor: encodeCursor([last.id]) } : { data };
}
