/**
 * Mission writes (admins): create a mission with its phases, and change its fields and
 * phases (replaced as a whole, matched by code, so a phase kept keeps its sites). The
 * code is the mission's address in every URL and never changes. Each write names the
 * version it read and records its audit event in its own transaction.
 */
import type { Db, Prisma } from '../db/client';
import { AppError } from '../errors';
import type { MissionView, PhaseView } from '../domain/snapshot';
import type { MissionCreateInput, MissionUpdateInput } from '../api/bodies';
import { auditRow } from './audit';
import { missionSelect as readSelect } from './missions';
import { definedOnly, FieldProblems, RecordConflict } from './record-writes';

type Tx = Prisma.TransactionClient;

/** What the reads select, plus each phase's id, by which an edit finds the sites of a phase it removes. */
const missionSelect = {
  ...readSelect,
  phases: { ...readSelect.phases, select: { id: true, ...readSelect.phases.select } },
} satisfies Prisma.MissionSelect;

type Stored = Omit<MissionView, 'phases'> & { id: number; phases: (PhaseView & { id: number })[] };

const missingMission = (code: string) => new AppError('not_found', `There is no mission with the code "${code.slice(0, 40)}".`);

async function readStored(tx: Tx | Db, code: string): Promise<Stored | null> {
  return tx.mission.findUnique({ where: { code: code.toUpperCase() }, select: missionSelect });
}

/** The mission as the API shows it (no database ids). */
function view(m: Stored): MissionView {
  const { id: _id, phases, ...rest } = m;
  return { ...rest, phases: phases.map(({ id: _phaseId, ...p }) => p) };
}

function auditable(m: Stored): Omit<MissionView, 'code'> {
  // The code never changes, so the history of a mission (found by its id) need not repeat it.
  const { code: _code, ...rest } = view(m);
  return rest;
}

async function conflict(tx: Tx, code: string): Promise<RecordConflict<MissionView>> {
  const current = await readStored(tx, code);
  if (!current) return Promise.reject(missingMission(code));
  return new RecordConflict('mission', view(current));
}

/** The order of the dates, on the record as it will be stored (a PATCH may change only one). */
function checkDates(problems: FieldProblems, m: { deployedSince: string | null; mandateEnd: string | null; withdrawalDeadline: string }): void {
  if (m.deployedSince && m.mandateEnd && m.mandateEnd < m.deployedSince) problems.add('mandateEnd', 'must not be before the deployment date');
  if (m.deployedSince && m.withdrawalDeadline < m.deployedSince) problems.add('withdrawalDeadline', 'must not be before the deployment date');
}

export async function createMission(db: Db, actor: string, input: MissionCreateInput): Promise<MissionView> {
  return db.$transaction(async (tx) => {
    if (await readStored(tx, input.code)) {
      throw new AppError('conflict', `A mission with the code ${input.code} exists already.`, { code: ['is already the code of a mission'] });
    }
    const { phases, ...fields } = input;
    const row = await tx.mission.create({ data: { ...fields, phases: { create: phases } }, select: { id: true } });
    const created = (await readStored(tx, input.code))!;
    await tx.auditEvent.create({ data: auditRow({ actor, action: 'create', entity: 'mission', entityId: row.id, missionId: row.id, after: { code: created.code, ...auditable(created) } }) });
    return view(created);
  });
}

export async function updateMission(db: Db, actor: string, code: string, input: MissionUpdateInput): Promise<MissionView> {
  return db.$transaction(async (tx) => {
    const stored = await readStored(tx, code);
    if (!stored) throw missingMission(code);
    if (stored.version !== input.version) throw await conflict(tx, code);
    const { version, phases, code: readCode, ...changes } = input;
    if (readCode !== undefined && readCode.toUpperCase() !== stored.code) {
      throw new AppError('validation_failed', 'The mission is not valid.', { code: [`is ${readCode}, but the address names ${stored.code}: a mission's code never changes`] });
    }
    const fields = definedOnly(changes);
    // Nothing changed: the record, its version and its history stay as they are.
    const samePhases =
      phases === undefined ||
      (phases.length === stored.phases.length &&
        phases.every((p, i) => {
          const s = stored.phases[i]!;
          return p.code.toUpperCase() === s.code.toUpperCase() && p.name === s.name && p.plannedStart === s.plannedStart && p.plannedEnd === s.plannedEnd;
        }));
    if (samePhases && Object.entries(fields).every(([field, value]) => (stored as unknown as Record<string, unknown>)[field] === value)) return view(stored);
    const problems = new FieldProblems();
    checkDates(problems, { ...stored, ...fields });

    const wanted = new Map((phases ?? []).map((p) => [p.code.toUpperCase(), p]));
    const removed = phases === undefined ? [] : stored.phases.filter((p) => !wanted.has(p.code.toUpperCase()));
    if (removed.length) {
      // A phase groups sites; dropping one that sites belong to would silently unplan them.
      const used = await tx.site.groupBy({ by: ['phaseId'], where: { phaseId: { in: removed.map((p) => p.id) } }, _count: { _all: true } });
      for (const u of used) {
        const phase = removed.find((p) => p.id === u.phaseId)!;
        const n = u._count._all;
        problems.add('phases', `${phase.code} cannot be removed: ${n} ${n === 1 ? 'site belongs' : 'sites belong'} to it`);
      }
    }
    problems.throwIfAny('mission');

    // Compare-and-set in one statement: another admin may have saved since our read.
    const written = await tx.mission.updateMany({ where: { id: stored.id, version }, data: { ...fields, version: { increment: 1 } } });
    if (written.count === 0) throw await conflict(tx, code);
    if (phases !== undefined) {
      if (removed.length) await tx.phase.deleteMany({ where: { id: { in: removed.map((p) => p.id) } } });
      for (const p of phases) {
        const existing = stored.phases.find((s) => s.code.toUpperCase() === p.code.toUpperCase());
        if (existing) await tx.phase.update({ where: { id: existing.id }, data: p });
        else await tx.phase.create({ data: { ...p, missionId: stored.id } });
      }
    }
    const after = (await readStored(tx, code))!;
    await tx.auditEvent.create({
      data: auditRow({ actor, action: 'update', entity: 'mission', entityId: stored.id, missionId: stored.id, before: auditable(stored), after: auditable(after) }),
    });
    return view(after);
  });
}
