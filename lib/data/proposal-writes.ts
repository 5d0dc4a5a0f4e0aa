/**
 * Reviewing proposals: accepting one (optionally corrected) makes it a milestone citing
 * its release; rejecting one files it away. Both change a proposal only while it is still
 * pending, in one statement, so two editors reviewing the same proposal cannot both win.
 */
import type { Db, Prisma } from '../db/client';
import { AppError, notFound } from '../errors';
import type { ProposalStatus } from '../domain/vocabulary';
import type { ProposalAcceptInput } from '../api/bodies';
import { toProposalView, type ProposalView } from './proposals';
import type { MilestoneView } from './milestones';
import { insertMilestone } from './milestone-writes';
import { auditRow } from './audit';

type Tx = Prisma.TransactionClient;

const proposalInclude = { release: { select: { date: true, missionId: true } } } satisfies Prisma.ProposalInclude;

type ProposalRow = Prisma.ProposalGetPayload<{ include: typeof proposalInclude }>;

/**
 * The fields whose accepted value differs from what the extractor proposed: the editor's
 * review decision, kept as labelled data (docs/extraction-labels.md; npm run export:labels).
 */
function correctedFields(p: ProposalRow, corrections: ProposalAcceptInput): string[] {
  const proposed: Record<string, unknown> = {
    type: p.type,
    date: p.date,
    siteId: p.siteId,
    contingentId: p.contingentId,
    figure: p.figure,
    status: p.milestoneStatus,
    title: p.title,
    notes: null,
  };
  return Object.keys(proposed).filter((field) => {
    const value = (corrections as Record<string, unknown>)[field];
    return value !== undefined && value !== proposed[field];
  });
}

export async function proposalsOfReleases(db: Db, releaseIds: number[]): Promise<Map<number, ProposalView[]>> {
  const rows = releaseIds.length
    ? await db.proposal.findMany({ where: { releaseId: { in: releaseIds } }, include: proposalInclude, orderBy: { id: 'asc' } })
    : [];
  const byRelease = new Map<number, ProposalView[]>(releaseIds.map((id) => [id, []]));
  for (const row of rows) byRelease.get(row.releaseId)?.push(toProposalView(row));
  return byRelease;
}

async function pendingProposal(tx: Tx, id: number): Promise<ProposalRow> {
  const proposal = await tx.proposal.findUnique({ where: { id }, include: proposalInclude });
  if (!proposal) throw notFound(`Proposal ${id}`);
  if (proposal.status !== 'pending') throw new AppError('conflict', `Proposal ${id} was already ${proposal.status}.`);
  return proposal;
}

/** Marks a pending proposal reviewed; 0 rows means another editor reviewed it meanwhile. */
async function markReviewed(
  tx: Tx,
  id: number,
  actor: string,
  data: { status: ProposalStatus; milestoneId?: number; correctedFields?: string; rejectReason?: string | null },
): Promise<void> {
  const done = await tx.proposal.updateMany({
    where: { id, status: 'pending' },
    data: { ...data, reviewedAt: new Date(), reviewedBy: actor },
  });
  if (done.count === 0) throw new AppError('conflict', `Proposal ${id} was reviewed by someone else meanwhile.`);
}

export async function acceptProposal(
  db: Db,
  actor: string,
  id: number,
  corrections: ProposalAcceptInput,
): Promise<{ proposal: ProposalView; milestone: MilestoneView }> {
  return db.$transaction(async (tx) => {
    const p = await pendingProposal(tx, id);
    const date = corrections.date ?? p.date;
    if (date === null) {
      throw new AppError('validation_failed', 'The proposal has no date; give one.', { date: ['is required: the release does not say when'] });
    }
    const milestone = await insertMilestone(tx, actor, p.release.missionId, {
      type: corrections.type ?? p.type,
      date,
      siteId: corrections.siteId !== undefined ? corrections.siteId : p.siteId,
      contingentId: corrections.contingentId !== undefined ? corrections.contingentId : p.contingentId,
      title: corrections.title ?? p.title,
      notes: corrections.notes ?? null,
      figure: corrections.figure !== undefined ? corrections.figure : p.figure,
      status: corrections.status ?? p.milestoneStatus,
      releaseId: p.releaseId,
      sourceUrl: null,
      sourcePublisher: null,
    });
    const corrected = correctedFields(p, corrections);
    await markReviewed(tx, id, actor, { status: 'accepted', milestoneId: milestone.id, correctedFields: JSON.stringify(corrected) });
    await tx.auditEvent.create({
      data: auditRow({
        actor,
        action: 'accept',
        entity: 'proposal',
        entityId: id,
        missionId: p.release.missionId,
        before: { status: 'pending' },
        after: { status: 'accepted', milestoneId: milestone.id, corrections, correctedFields: corrected },
      }),
    });
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id }, include: proposalInclude });
    return { proposal: toProposalView(proposal), milestone };
  });
}

export async function rejectProposal(db: Db, actor: string, id: number, reason: string | null): Promise<ProposalView> {
  return db.$transaction(async (tx) => {
    const p = await pendingProposal(tx, id);
    await markReviewed(tx, id, actor, { status: 'rejected', rejectReason: reason });
    await tx.auditEvent.create({
      data: auditRow({
        actor,
        action: 'reject',
        entity: 'proposal',
        entityId: id,
        missionId: p.release.missionId,
        before: { status: 'pending' },
        after: { status: 'rejected', ...(reason && { reason }) },
      }),
    });
    return toProposalView(await tx.proposal.findUniqueOrThrow({ where: { id }, include: proposalInclude }));
  });
}

export interface AcceptManyResult {
  accepted: { proposal: ProposalView; milestone: MilestoneView }[];
  /** Proposals left as they were, each with why (already reviewed, no date, ...). */
  refused: { id: number; error: { code: string; message: string; fields?: Record<string, string[]> } }[];
}

/**
 * Accepts several proposals as they stand, each in its own transaction: one that cannot
 * be accepted (reviewed meanwhile, missing a date) is reported and does not hold back the rest.
 */
export async function acceptProposals(db: Db, actor: string, ids: number[]): Promise<AcceptManyResult> {
  const result: AcceptManyResult = { accepted: [], refused: [] };
  for (const id of ids) {
    try {
      result.accepted.push(await acceptProposal(db, actor, id, {}));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.refused.push({ id, error: { code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) } });
    }
  }
  return result;
}
