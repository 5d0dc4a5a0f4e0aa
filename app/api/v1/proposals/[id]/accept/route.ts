import { getDb } from '@/lib/api/context';
import { pathId } from '@/lib/api/path-params';
import { proposalAcceptBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { acceptProposal } from '@/lib/data/proposal-writes';
import { otherMethods } from '@/lib/api/http';

/**
 * Accepts a pending proposal (editor or admin): it becomes a milestone citing its release,
 * with any field the body corrects. A proposal already reviewed answers 409.
 */
export const POST = writeRoute<{ id: string }>(async (request, params) => {
  const actor = await requireRole(request, 'editor');
  const id = pathId(params.id, 'Proposal');
  const corrections = await readBody(request, proposalAcceptBody);
  const { db } = await getDb();
  return written(await acceptProposal(db, auditActor(actor), id, corrections), 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
