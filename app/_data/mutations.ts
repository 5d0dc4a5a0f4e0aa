/**
 * The client's writes: one TanStack Query mutation per write of the API, beside the queries
 * they make stale (./queries.ts). Each sends through `sendJson` (refusals throw `ApiError`:
 * show them in a form with app/_components/form/api-error.ts) and, once done, invalidates
 * the queries its write changes, before `mutateAsync` resolves, so the screen the editor is
 * looking at already shows the change. A milestone is saved through `useSaveMilestone`
 * (./milestone-outbox.ts), the one way, because it may wait on the device for a connection.
 */
import { useMutation, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { contingentCreateBody, missionCreateBody, proposalAcceptBody, siteUpdateBody } from '@/lib/api/bodies';
import type { Role } from '@/lib/auth/roles';
import type { TokenView } from '@/lib/auth/tokens';
import type { SiteRecord } from '@/lib/data/site-writes';
import type { ContingentRecord } from '@/lib/data/contingent-writes';
import type { ImportAnswer } from '@/lib/data/release-writes';
import type { MissionView } from '@/lib/domain/snapshot';
import { queries, sendJson } from './queries';

export { useSaveMilestone } from './milestone-outbox';

/** Queries of the signed-in account, which no write of a record changes. */
const ACCOUNT_KEYS = new Set<unknown>(['tokens', 'users']);

/**
 * After a write of a record (milestone, site, contingent, mission, proposal, release): every
 * screen derives statuses, counts and names from the records, so every query but the
 * account's is stale; those on screen refetch.
 */
export function recordsChanged(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ predicate: (query: Query) => !ACCOUNT_KEYS.has(query.queryKey[0]) });
}

/** A mutation whose success invalidates the queries of `keys` (without keys, those of the records). */
function useWrite<Input, Output>(send: (input: Input, queryClient: QueryClient) => Promise<Output>, keys?: string[][]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(input, queryClient),
    onSuccess: () => (keys ? Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))) : recordsChanged(queryClient)),
  });
}

// Records --------------------------------------------------------------------------------

type SiteChanges = z.output<typeof siteUpdateBody>;
/** PATCH a site at the version named in its changes. */
export const useUpdateSite = () => useWrite(({ id, changes }: { id: number; changes: SiteChanges }) => sendJson<SiteRecord>('PATCH', `/api/v1/sites/${id}`, changes));

/** DELETE a site at the version shown (refused while milestones or proposals cite it). */
export const useDeleteSite = () => useWrite(({ id, version }: { id: number; version: number }) => sendJson<void>('DELETE', `/api/v1/sites/${id}?version=${version}`));

type ContingentValues = z.output<typeof contingentCreateBody>;
/** Without `id`, POST a new contingent of `mission`; with one, PATCH it (deployments as a whole) at `version`. */
export const useSaveContingent = () =>
  useWrite(({ id, version, mission, values }: { id?: number; version: number; mission: string; values: ContingentValues }) =>
    id === undefined
      ? sendJson<ContingentRecord>('POST', '/api/v1/contingents', { ...values, mission })
      : sendJson<ContingentRecord>('PATCH', `/api/v1/contingents/${id}`, { ...values, version }),
  );

/** DELETE a contingent at the version stored now (the list shows none: it is read first). */
export const useDeleteContingent = () =>
  useWrite(async ({ id }: { id: number }, queryClient) => {
    const stored = await queryClient.fetchQuery(queries.contingentRecord(id));
    await sendJson<void>('DELETE', `/api/v1/contingents/${id}?version=${stored.version}`);
  });

type MissionValues = z.output<typeof missionCreateBody>;
/** Admins: without `code`, POST a new mission; with one, PATCH that mission at `version` (its code stays). */
export const useSaveMission = () =>
  useWrite(({ code, version, values }: { code?: string; version: number; values: MissionValues }) => {
    if (code === undefined) return sendJson<MissionView>('POST', '/api/v1/missions', values);
    const { code: _code, ...fields } = values;
    return sendJson<MissionView>('PATCH', `/api/v1/missions/${encodeURIComponent(code)}`, { ...fields, version });
  });

/** DELETE a milestone at the version shown. */
export const useDeleteMilestone = () => useWrite(({ id, version }: { id: number; version: number }) => sendJson<void>('DELETE', `/api/v1/milestones/${id}?version=${version}`));

/** POST release text to import; the answer says which releases were new and what was proposed. */
export const useImportReleases = () => useWrite(({ mission, text }: { mission: string; text: string }) => sendJson<ImportAnswer>('POST', '/api/v1/releases', { mission, text }));

// The review queue ------------------------------------------------------------------------

type Corrections = z.output<typeof proposalAcceptBody>;
/** Accept one proposal, with the fields the editor corrected (none: as proposed). */
export const useAcceptProposal = () =>
  useWrite(({ id, corrections }: { id: number; corrections: Corrections }) => sendJson<unknown>('POST', `/api/v1/proposals/${id}/accept`, corrections));

export interface AcceptManyAnswer {
  accepted: unknown[];
  refused: { id: number; error: { message: string } }[];
}
/** Accept several proposals as they stand; those refused are named in the answer. */
export const useAcceptProposals = () => useWrite((ids: number[]) => sendJson<AcceptManyAnswer>('POST', '/api/v1/proposals/accept', { ids }));

/** Reject one proposal. */
export const useRejectProposal = () => useWrite((id: number) => sendJson<unknown>('POST', `/api/v1/proposals/${id}/reject`, {}));

// Accounts -------------------------------------------------------------------------------

/** The user list, and the activity and histories that show who changed a role. */
const USER_KEYS = [['users'], ['activity'], ['history', 'user']];

/** Admins: give an account another role. */
export const useSetRole = () =>
  useWrite(({ userId, role }: { userId: string; role: Role }) => sendJson<unknown>('PATCH', `/api/v1/users/${encodeURIComponent(userId)}`, { role }), USER_KEYS);

/** Admins: forget an account's failed sign-ins, so that it may sign in at once. */
export const useClearSignInFailures = () =>
  useWrite((userId: string) => sendJson<void>('DELETE', `/api/v1/users/${encodeURIComponent(userId)}/sign-in-failures`), USER_KEYS);

/** Make an API token for the signed-in account; its secret is in this answer only. */
export const useCreateToken = () => useWrite((name: string) => sendJson<TokenView & { secret: string }>('POST', '/api/v1/tokens', { name }), [['tokens']]);

/** Revoke one of the signed-in account's tokens. */
export const useRevokeToken = () => useWrite((id: string | number) => sendJson<void>('DELETE', `/api/v1/tokens/${id}`), [['tokens']]);
