/**
 * The audit trail: who did what to which record, when, with the values before and after.
 * Every write records its event inside the write's own transaction, so there is never a
 * change without its history (or history of a change that did not happen).
 */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'accept', 'reject', 'seed', 'revoke'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDITED_ENTITIES = ['mission', 'phase', 'site', 'contingent', 'deployment', 'milestone', 'release', 'proposal', 'user', 'api_token'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export interface AuditInput {
  actor: string;
  action: AuditAction;
  entity: AuditedEntity;
  entityId: number | string;
  missionId?: number | null;
  before?: unknown;
  after?: unknown;
}

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
