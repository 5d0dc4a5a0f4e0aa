import { getDb } from '@/lib/api/context';
import { pathId } from '@/lib/api/path-params';
import { proposalRejectBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { rejectProposal } from '@/lib/data/proposal-writes';
import { otherMethods } from '@/lib/api/http';

/** Rejects a pending proposal (editor or admin), with an optional reason. Already reviewed: 409. */
export const POST = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Proposal');
  const { reason } = await readBody(request, proposalRejectBody);
  const { db } = await getDb();
  return written(await rejectProposal(db, auditActor(actor), id, reason ?? null));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
