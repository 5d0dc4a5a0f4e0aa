/**
 * The audit trail: who did what to which record, when, with the values before and after.
 * Every write records its event inside the write's own transaction, so there is never a
 * change without its history (or history of a change that did not happen).
 */
import type { Db } from '../db/client';

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'accept' | 'reject' | 'seed';

export interface AuditInput {
  actor: string;
  action: AuditAction;
  entity: 'mission' | 'phase' | 'site' | 'contingent' | 'deployment' | 'milestone' | 'release' | 'proposal';
  entityId: number | string;
  missionId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** A client or a transaction: audit events are written with whichever the write uses. */
type Writer = Pick<Db, 'auditEvent'>;

export function auditRow(input: AuditInput) {
  return {
    actor: input.actor,
    action: input.action,
    entity: input.entity,
    entityId: String(input.entityId),
    missionId: input.missionId ?? null,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
  };
}

export async function recordAudit(tx: Writer, events: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length) await tx.auditEvent.createMany({ data: list.map(auditRow) });
}
