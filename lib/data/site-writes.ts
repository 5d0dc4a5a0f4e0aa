/**
 * Site writes: editors correct a site's name, aliases, kind, region, coordinates, phase and
 * planned handover; they may delete a site nothing cites. A site's status is never written
 * here: it is derived from milestones (SPEC 2). Each write names the version it read and
 * records its audit event in its own transaction.
 */
import type { Db, Prisma } from '../db/client';
import { AppError, notFound } from '../errors';
import { foldForSearch } from '../domain/search';
import type { SiteUpdateInput } from '../api/bodies';
import { auditRow } from './audit';
import { citations, definedOnly, FieldProblems, InUse, RecordConflict } from './record-writes';

type Tx = Prisma.TransactionClient;

/** A site as stored (no derived status): what the audit trail and a 409 carry. */
export interface SiteRecord {
  id: number;
  missionCode: string;
  slug: string;
  name: string;
  aliases: string[];
  kind: string;
  region: string;
  lat: number;
  lon: number;
  plannedHandover: string | null;
  phase: string | null;
  version: number;
}

const siteSelect = {
  id: true,
  missionId: true,
  slug: true,
  name: true,
  kind: true,
  region: true,
  lat: true,
  lon: true,
  plannedHandover: true,
  version: true,
  mission: { select: { code: true } },
  phase: { select: { code: true } },
  aliases: { select: { name: true }, orderBy: { id: 'asc' } },
} satisfies Prisma.SiteSelect;

async function readSiteRecord(tx: Tx | Db, id: number): Promise<(SiteRecord & { missionId: number }) | null> {
  const row = await tx.site.findUnique({ where: { id }, select: siteSelect });
  if (!row) return null;
  const { mission, phase, aliases, ...rest } = row;
  return { ...rest, missionCode: mission.code, phase: phase?.code ?? null, aliases: aliases.map((a) => a.name) };
}

function auditable(site: SiteRecord): Omit<SiteRecord, 'id' | 'missionCode'> {
  const { id: _id, missionCode: _code, ...rest } = site;
  return rest;
}

async function conflict(tx: Tx, id: number): Promise<RecordConflict<SiteRecord>> {
  const current = await readSiteRecord(tx, id);
  if (!current) return Promise.reject(notFound(`Site ${id}`));
  const { missionId: _missionId, ...record } = current;
  return new RecordConflict('site', record);
}

export async function updateSite(db: Db, actor: string, id: number, input: SiteUpdateInput): Promise<SiteRecord> {
  return db.$transaction(async (tx) => {
    const stored = await readSiteRecord(tx, id);
    if (!stored) throw notFound(`Site ${id}`);
    if (stored.version !== input.version) throw await conflict(tx, id);
    const { version, phase, aliases, id: readId, missionCode, ...changes } = input;
    if (readId !== undefined && readId !== id) throw new AppError('validation_failed', 'The site is not valid.', { id: [`is ${readId}, but the address names site ${id}`] });
    if (missionCode !== undefined && missionCode.toUpperCase() !== stored.missionCode) {
      throw new AppError('validation_failed', 'The site is not valid.', { missionCode: ['a site stays in its mission: send its own code, or none'] });
    }
    // Nothing changed: the record, its version and its history stay as they are.
    const same =
      Object.entries(definedOnly(changes)).every(([field, value]) => (stored as unknown as Record<string, unknown>)[field] === value) &&
      (phase === undefined || phase === stored.phase) &&
      (aliases === undefined || (aliases.length === stored.aliases.length && aliases.every((a, i) => a === stored.aliases[i])));
    if (same) {
      const { missionId: _missionId, ...record } = stored;
      return record;
    }
    const problems = new FieldProblems();

    let phaseId: number | null | undefined;
    if (phase === null) phaseId = null;
    else if (phase !== undefined) {
      const found = await tx.phase.findFirst({ where: { missionId: stored.missionId, code: { equals: phase } }, select: { id: true } });
      if (!found) problems.add('phase', `is not a phase of ${stored.missionCode}`);
      else phaseId = found.id;
    }

    // Names and aliases find sites in imported releases: one spelling must name one site.
    const name = changes.name ?? stored.name;
    const names = aliases ?? stored.aliases;
    const others = await tx.site.findMany({
      where: { missionId: stored.missionId, id: { not: id } },
      select: { name: true, aliases: { select: { name: true } } },
    });
    const taken = new Map<string, string>();
    for (const other of others) for (const n of [other.name, ...other.aliases.map((a) => a.name)]) taken.set(foldForSearch(n), other.name);
    const nameOwner = taken.get(foldForSearch(name));
    if (changes.name !== undefined && nameOwner) problems.add('name', `is already a name or alias of ${nameOwner}`);
    if (aliases !== undefined) {
      for (const alias of aliases) {
        const owner = taken.get(foldForSearch(alias));
        if (owner) problems.add('aliases', `"${alias}" is already a name or alias of ${owner}`);
      }
      if (names.some((a) => foldForSearch(a) === foldForSearch(name))) problems.add('aliases', 'must not repeat the site\'s own name');
    }
    problems.throwIfAny('site');

    // Compare-and-set in one statement: another editor may have saved since our read.
    const written = await tx.site.updateMany({
      where: { id, version },
      data: { ...definedOnly(changes), ...(phaseId !== undefined && { phaseId }), version: { increment: 1 } },
    });
    if (written.count === 0) throw await conflict(tx, id);
    if (aliases !== undefined) {
      await tx.siteAlias.deleteMany({ where: { siteId: id } });
      if (aliases.length) await tx.siteAlias.createMany({ data: aliases.map((alias) => ({ siteId: id, name: alias })) });
    }
    const after = (await readSiteRecord(tx, id))!;
    await tx.auditEvent.create({
      data: auditRow({ actor, action: 'update', entity: 'site', entityId: id, missionId: stored.missionId, before: auditable(stored), after: auditable(after) }),
    });
    const { missionId: _missionId, ...record } = after;
    return record;
  });
}

/**
 * Deletes a site that nothing cites. A site with milestones, proposals or deployments is
 * refused with how many: deleting it would rewrite the mission's history.
 */
export async function deleteSite(db: Db, actor: string, id: number, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await readSiteRecord(tx, id);
    if (!stored) throw notFound(`Site ${id}`);
    if (stored.version !== version) throw await conflict(tx, id);
    // One after the other: a transaction is one connection, which runs one statement at a time.
    const milestones = await tx.milestone.count({ where: { siteId: id } });
    const proposals = await tx.proposal.count({ where: { siteId: id } });
    const deployments = await tx.deployment.count({ where: { siteId: id } });
    if (milestones + proposals + deployments > 0) {
      const total = milestones + proposals + deployments;
      throw new InUse(`${stored.name} cannot be deleted: ${citations({ milestones, proposals, deployments })} ${total === 1 ? 'cites' : 'cite'} it. Move or delete those first.`, {
        milestones,
        proposals,
        deployments,
      });
    }
    const deleted = await tx.site.deleteMany({ where: { id, version } });
    if (deleted.count === 0) throw await conflict(tx, id);
    await tx.auditEvent.create({
      data: auditRow({ actor, action: 'delete', entity: 'site', entityId: id, missionId: stored.missionId, before: auditable(stored) }),
    });
  });
}
