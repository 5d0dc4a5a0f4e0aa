/**
 * Contingent writes: editors add a contingent, correct it and its deployments (replaced as
 * a whole: the list on screen is the list stored), and delete one nothing cites. Each write
 * names the version it read and records its audit event, deployments included, in its own
 * transaction.
 */
import type { Db, Prisma } from '../db/client';
import { AppError, notFound } from '../errors';
import type { ContingentCreateInput, ContingentUpdateInput } from '../api/bodies';
import { getMissionId } from './missions';
import { auditRow } from './audit';
import { citations, definedOnly, FieldProblems, InUse, RecordConflict } from './record-writes';

type Tx = Prisma.TransactionClient;

export interface DeploymentRecord {
  siteId: number;
  startDate: string | null;
  endDate: string | null;
  strength: number | null;
}

/** A contingent as stored, with its deployments: what the editor's form, the audit trail and a 409 carry. */
export interface ContingentRecord {
  id: number;
  missionCode: string;
  name: string;
  country: string;
  countryIso: string;
  unitKind: string;
  strength: number | null;
  deployments: DeploymentRecord[];
  version: number;
}

const contingentSelect = {
  id: true,
  missionId: true,
  name: true,
  country: true,
  countryIso: true,
  unitKind: true,
  strength: true,
  version: true,
  mission: { select: { code: true } },
  deployments: { select: { siteId: true, startDate: true, endDate: true, strength: true }, orderBy: { id: 'asc' } },
} satisfies Prisma.ContingentSelect;

async function readRecord(tx: Tx | Db, id: number): Promise<(ContingentRecord & { missionId: number }) | null> {
  const row = await tx.contingent.findUnique({ where: { id }, select: contingentSelect });
  if (!row) return null;
  const { mission, ...rest } = row;
  return { ...rest, missionCode: mission.code };
}

function withoutMissionId(record: ContingentRecord & { missionId: number }): ContingentRecord {
  const { missionId: _missionId, ...rest } = record;
  return rest;
}

export async function getContingentRecord(db: Db, id: number): Promise<ContingentRecord> {
  const record = await readRecord(db, id);
  if (!record) throw notFound(`Contingent ${id}`);
  return withoutMissionId(record);
}

function auditable(c: ContingentRecord): Omit<ContingentRecord, 'id' | 'missionCode'> {
  const { id: _id, missionCode: _code, ...rest } = c;
  return rest;
}

async function conflict(tx: Tx, id: number): Promise<RecordConflict<ContingentRecord>> {
  const current = await readRecord(tx, id);
  if (!current) return Promise.reject(notFound(`Contingent ${id}`));
  return new RecordConflict('contingent', withoutMissionId(current));
}

/** The checks that need the database: deployments at the mission's own sites, one contingent per country and unit kind. */
async function check(
  tx: Tx,
  missionId: number,
  id: number | null,
  c: { countryIso: string; unitKind: string; deployments: DeploymentRecord[] },
): Promise<void> {
  const problems = new FieldProblems();
  const siteIds = [...new Set(c.deployments.map((d) => d.siteId))];
  // One after the other: a transaction is one connection, which runs one statement at a time.
  const sites = siteIds.length ? await tx.site.findMany({ where: { id: { in: siteIds }, missionId }, select: { id: true } }) : [];
  const twin = await tx.contingent.findFirst({
    where: { missionId, countryIso: c.countryIso, unitKind: c.unitKind, ...(id !== null && { id: { not: id } }) },
    select: { name: true },
  });
  const ours = new Set(sites.map((s) => s.id));
  c.deployments.forEach((d, i) => {
    if (!ours.has(d.siteId)) problems.add(`deployments.${i}.siteId`, 'is not a site of this mission');
  });
  if (twin) problems.add('unitKind', `is already the unit kind of ${twin.name} from the same country`);
  problems.throwIfAny('contingent');
}

export async function createContingent(db: Db, actor: string, mission: string, input: ContingentCreateInput): Promise<ContingentRecord> {
  const missionId = await getMissionId(db, mission);
  const { mission: _mission, deployments, ...fields } = input;
  return db.$transaction(async (tx) => {
    await check(tx, missionId, null, { ...fields, deployments });
    const row = await tx.contingent.create({ data: { missionId, ...fields, deployments: { create: deployments } }, select: { id: true } });
    const created = (await readRecord(tx, row.id))!;
    await tx.auditEvent.create({ data: auditRow({ actor, action: 'create', entity: 'contingent', entityId: row.id, missionId, after: auditable(created) }) });
    return withoutMissionId(created);
  });
}

export async function updateContingent(db: Db, actor: string, id: number, input: ContingentUpdateInput): Promise<ContingentRecord> {
  return db.$transaction(async (tx) => {
    const stored = await readRecord(tx, id);
    if (!stored) throw notFound(`Contingent ${id}`);
    if (stored.version !== input.version) throw await conflict(tx, id);
    const { version, deployments, id: readId, missionCode, ...changes } = input;
    if (readId !== undefined && readId !== id) throw new AppError('validation_failed', 'The contingent is not valid.', { id: [`is ${readId}, but the address names contingent ${id}`] });
    if (missionCode !== undefined && missionCode.toUpperCase() !== stored.missionCode) {
      throw new AppError('validation_failed', 'The contingent is not valid.', { missionCode: ['a contingent stays in its mission: send its own code, or none'] });
    }
    const fields = definedOnly(changes);
    // Nothing changed: the record, its version and its history stay as they are.
    const sameDeployments =
      deployments === undefined ||
      (deployments.length === stored.deployments.length &&
        deployments.every((d, i) => {
          const s = stored.deployments[i]!;
          return d.siteId === s.siteId && d.startDate === s.startDate && d.endDate === s.endDate && d.strength === s.strength;
        }));
    if (sameDeployments && Object.entries(fields).every(([field, value]) => (stored as unknown as Record<string, unknown>)[field] === value)) {
      return withoutMissionId(stored);
    }
    await check(tx, stored.missionId, id, {
      countryIso: fields.countryIso ?? stored.countryIso,
      unitKind: fields.unitKind ?? stored.unitKind,
      deployments: deployments ?? stored.deployments,
    });
    // Compare-and-set in one statement: another editor may have saved since our read.
    const written = await tx.contingent.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (written.count === 0) throw await conflict(tx, id);
    if (deployments !== undefined) {
      await tx.deployment.deleteMany({ where: { contingentId: id } });
      if (deployments.length) await tx.deployment.createMany({ data: deployments.map((d) => ({ ...d, contingentId: id })) });
    }
    const after = (await readRecord(tx, id))!;
    await tx.auditEvent.create({
      data: auditRow({ actor, action: 'update', entity: 'contingent', entityId: id, missionId: stored.missionId, before: auditable(stored), after: auditable(after) }),
    });
    return withoutMissionId(after);
  });
}

/**
 * Deletes a contingent that no milestone or proposal cites; its deployments go with it
 * (they are part of the contingent, and recorded in the audit event's "before").
 */
export async function deleteContingent(db: Db, actor: string, id: number, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await readRecord(tx, id);
    if (!stored) throw notFound(`Contingent ${id}`);
    if (stored.version !== version) throw await conflict(tx, id);
    const milestones = await tx.milestone.count({ where: { contingentId: id } });
    const proposals = await tx.proposal.count({ where: { contingentId: id } });
    if (milestones + proposals > 0) {
      throw new InUse(`${stored.name} cannot be deleted: ${citations({ milestones, proposals })} ${milestones + proposals === 1 ? 'cites' : 'cite'} it. Move or delete those first.`, {
        milestones,
        proposals,
      });
    }
    const deleted = await tx.contingent.deleteMany({ where: { id, version } });
    if (deleted.count === 0) throw await conflict(tx, id);
    await tx.auditEvent.create({
      data: auditRow({ actor, action: 'delete', entity: 'contingent', entityId: id, missionId: stored.missionId, before: auditable(stored) }),
    });
  });
}
