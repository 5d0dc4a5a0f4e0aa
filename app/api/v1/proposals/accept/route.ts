import { getDb } from '@/lib/api/context';
import { proposalsAcceptManyBody, readBody } from '@/lib/api/bodies';
import { writeRoute, written } from '@/lib/api/writes';
import { auditActor, requireRole } from '@/lib/auth/require';
import { acceptProposals } from '@/lib/data/proposal-writes';
import { otherMethods } from '@/lib/api/http';

/**
 * Accepts many pending proposals at once, as they stand (editor or admin). Each is
 * accepted or refused on its own; the answer lists both.
 */
export const POST = writeRoute(async (request) => {
  const actor = await requireRole(request, 'editor');
  const { ids } = await readBody(request, proposalsAcceptManyBody);
  const { db } = await getDb();
  return written(await acceptProposals(db, auditActor(actor), ids));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
