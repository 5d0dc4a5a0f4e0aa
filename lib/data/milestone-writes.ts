/**
 * Milestone writes: create, update and delete. Each one checks what the schema cannot
 * (the site, contingent and release belong to the milestone's mission; a site-level type
 * has a site; a personnel figure has its figure) and records its audit event in its own
 * transaction. Updates and deletes name the version they read: a stale one changes
 * nothing and is answered with the current record (SPEC 5: never silently overwritten).
 */
import type { Db, Prisma } from '../db/client';
import { AppError, notFound } from '../errors';
import { SITE_LEVEL_TYPES, type MilestoneType } from '../domain/vocabulary';
import type { MilestoneCreateInput, MilestoneUpdateInput } from '../api/bodies';
import { milestoneSelect, toMilestoneView, type MilestoneView } from './milestones';
import { getMissionId } from './missions';
import { auditRow } from './audit';

type Tx = Prisma.TransactionClient;

/** A stale version: the client's edit was refused; `current` is what is stored now. */
export class VersionConflict extends AppError {
  readonly current: MilestoneView;
  constructor(current: MilestoneView) {
    super('version_conflict', `Someone else changed this milestone (now at version ${current.version}); nothing was saved. Review their change and try again.`);
    this.current = current;
  }
}

/** The stored fields of a milestone, as the audit trail records them before and after. */
interface MilestoneFields {
  type: string;
  date: string;
  siteId: number | null;
  contingentId: number | null;
  title: string;
  notes: string | null;
  figure: number | null;
  status: string;
  releaseId: number | null;
  sourceUrl: string | null;
  sourcePublisher: string | null;
}

const fieldsSelect = {
  id: true,
  missionId: true,
  version: true,
  type: true,
  date: true,
  siteId: true,
  contingentId: true,
  title: true,
  notes: true,
  figure: true,
  status: true,
  releaseId: true,
  sourceUrl: true,
  sourcePublisher: true,
} satisfies Prisma.MilestoneSelect;

type StoredMilestone = MilestoneFields & { id: number; missionId: number; version: number };

function auditable(m: StoredMilestone): MilestoneFields & { version: number } {
  const { id: _id, missionId: _missionId, ...rest } = m;
  return rest;
}

function sourceFields(source: MilestoneCreateInput['source']): Pick<MilestoneFields, 'releaseId' | 'sourceUrl' | 'sourcePublisher'> {
  return 'releaseId' in source
    ? { releaseId: source.releaseId, sourceUrl: null, sourcePublisher: null }
    : { releaseId: null, sourceUrl: source.url, sourcePublisher: source.publisher };
}

type CitedRelease = { id: number; missionId: number; date: string; title: string | null; url: string | null; language: string };

/**
 * The checks that need the database, all reported at once as field errors. Gives back the
 * cited release, read anyway for the check, so that a new milestone's answer needs no more reads.
 */
export async function checkMilestone(tx: Tx | Db, missionId: number, m: MilestoneFields): Promise<CitedRelease | null> {
  const fields: Record<string, string[]> = {};
  const add = (key: string, message: string) => (fields[key] ??= []).push(message);
  const [site, contingent, release] = await Promise.all([
    m.siteId === null ? null : tx.site.findUnique({ where: { id: m.siteId }, select: { missionId: true } }),
    m.contingentId === null ? null : tx.contingent.findUnique({ where: { id: m.contingentId }, select: { missionId: true } }),
    m.releaseId === null
      ? null
      : tx.release.findUnique({ where: { id: m.releaseId }, select: { id: true, missionId: true, date: true, title: true, url: true, language: true } }),
  ]);
  if (m.siteId !== null && site?.missionId !== missionId) add('siteId', 'is not a site of this mission');
  if (m.contingentId !== null && contingent?.missionId !== missionId) add('contingentId', 'is not a contingent of this mission');
  if (m.releaseId !== null && release?.missionId !== missionId) add('source.releaseId', 'is not a release of this mission');
  if (m.releaseId === null && !m.sourceUrl) add('source', 'is required: a release, or a URL with its publisher');
  if (SITE_LEVEL_TYPES.has(m.type as MilestoneType) && m.siteId === null) add('siteId', `is required for a ${m.type} milestone`);
  if (m.type === 'personnel_departed' && m.figure === null) add('figure', 'is required for personnel_departed: the number departed to date');
  if (Object.keys(fields).length) throw new AppError('validation_failed', 'The milestone is not valid.', fields);
  return release;
}

async function currentView(tx: Tx | Db, id: number): Promise<MilestoneView> {
  const row = await tx.milestone.findUnique({ where: { id }, select: milestoneSelect });
  if (!row) throw notFound(`Milestone ${id}`);
  return toMilestoneView(row);
}

/** The stored columns of a milestone: what an INSERT ... RETURNING gives back without another read. */
const scalarSelect = Object.fromEntries(Object.entries(milestoneSelect).filter(([, v]) => v === true)) as {
  [K in keyof typeof milestoneSelect as (typeof milestoneSelect)[K] extends true ? K : never]: true;
};

/**
 * Creates a milestone inside an open transaction (also used when a proposal is accepted).
 * With the mission's code known, the answer is built from the insert and the release the check
 * read; without it, the row is read back with its relations (two more statements).
 */
export async function insertMilestone(tx: Tx, actor: string, missionId: number, m: MilestoneFields, missionCode?: string): Promise<MilestoneView> {
  const release = await checkMilestone(tx, missionId, m);
  const view = missionCode
    ? toMilestoneView({
        ...(await tx.milestone.create({ data: { missionId, ...m }, select: scalarSelect })),
        mission: { code: missionCode },
        release: release && { id: release.id, date: release.date, title: release.title, url: release.url, language: release.language },
      })
    : toMilestoneView(await tx.milestone.create({ data: { missionId, ...m }, select: milestoneSelect }));
  await tx.auditEvent.create({
    data: auditRow({ actor, action: 'create', entity: 'milestone', entityId: view.id, missionId, after: { ...m, version: view.version } }),
  });
  return view;
}

export async function createMilestone(db: Db, actor: string, mission: string, input: MilestoneCreateInput): Promise<MilestoneView> {
  const missionId = await getMissionId(db, mission);
  const { source, mission: _mission, ...rest } = input;
  return db.$transaction((tx) => insertMilestone(tx, actor, missionId, { ...rest, ...sourceFields(source) }, mission.toUpperCase()));
}

export async function updateMilestone(db: Db, actor: string, id: number, input: MilestoneUpdateInput): Promise<MilestoneView> {
  return db.$transaction(async (tx) => {
    const stored = await tx.milestone.findUnique({ where: { id }, select: fieldsSelect });
    if (!stored) throw notFound(`Milestone ${id}`);
    if (stored.version !== input.version) throw new VersionConflict(await currentView(tx, id));
    const { version, source, missionCode, ...changes } = input;
    if (missionCode !== undefined) {
      const mission = await tx.mission.findUnique({ where: { id: stored.missionId }, select: { code: true } });
      if (mission?.code !== missionCode.toUpperCase()) {
        throw new AppError('validation_failed', 'The milestone is not valid.', { missionCode: ['a milestone stays in its mission: send its own code, or none'] });
      }
    }
    const next: MilestoneFields = { ...auditable(stored), ...definedOnly(changes), ...(source && sourceFields(source)) };
    delete (next as Partial<StoredMilestone>).version;
    const before: Partial<StoredMilestone> = auditable(stored);
    delete before.version;
    // Nothing changed: the record, its version and its history stay as they are.
    if (Object.entries(next).every(([field, value]) => (before as Record<string, unknown>)[field] === value)) return currentView(tx, id);
    await checkMilestone(tx, stored.missionId, next);
    // Compare-and-set in one statement: between our read and this write another editor
    // may have saved; then no row matches and nothing is overwritten.
    const written = await tx.milestone.updateMany({ where: { id, version }, data: { ...next, version: { increment: 1 } } });
    if (written.count === 0) throw new VersionConflict(await currentView(tx, id));
    await tx.auditEvent.create({
      data: auditRow({
        actor,
        action: 'update',
        entity: 'milestone',
        entityId: id,
        missionId: stored.missionId,
        before: auditable(stored),
        after: { ...next, version: version + 1 },
      }),
    });
    return currentView(tx, id);
  });
}

export async function deleteMilestone(db: Db, actor: string, id: number, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await tx.milestone.findUnique({ where: { id }, select: fieldsSelect });
    if (!stored) throw notFound(`Milestone ${id}`);
    if (stored.version !== version) throw new VersionConflict(await currentView(tx, id));
    const deleted = await tx.milestone.deleteMany({ where: { id, version } });
    if (deleted.count === 0) throw new VersionConflict(await currentView(tx, id));
    await tx.auditEvent.create({
      data: auditRow({ actor, action: 'delete', entity: 'milestone', entityId: id, missionId: stored.missionId, before: auditable(stored) }),
    });
  });
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
