/**
 * The one way the browser writes a milestone (create or change), and the device's outbox for
 * those written without a connection (decision 0017). `useSaveMilestone` sends it through the
 * API (decision 0011); when there is no link it keeps it in IndexedDB instead, "waiting to
 * send", and sends it when the link returns (app/_components/editing/milestone-outbox.tsx).
 * A stale version on sending (409) is kept with the stored record, for the conflict screen.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createStore, del, get, set, values as storedValues, type UseStore } from 'idb-keyval';
import type { z } from 'zod';
import type { milestoneCreateBody } from '@/lib/api/bodies';
import type { MilestoneView } from '@/lib/data/milestones';
import { ApiError, describeError, sendJson } from './queries';

type Values = z.output<typeof milestoneCreateBody>;

export type MilestoneWrite =
  | { kind: 'create'; mission: string; values: Values }
  /** Only the fields the editor changed are sent, at the version they read. */
  | { kind: 'edit'; milestoneId: number; version: number; values: Values; changed: (keyof Values)[] };

export interface QueuedMilestone {
  id: string;
  /** Who typed it: sent only under their session. */
  user: string;
  queuedAt: number;
  write: MilestoneWrite;
  state: 'waiting' | 'conflict' | 'failed';
  /** On a conflict: the record as stored when sending was refused. */
  theirs?: MilestoneView;
  /** On a refusal other than a conflict: the API's words. */
  problem?: string;
}

export type SaveOutcome = { outcome: 'sent'; milestone: MilestoneView } | { outcome: 'queued'; queued: QueuedMilestone };

export const OUTBOX_EVENT = 'drawdown-outbox';

let store: UseStore | undefined;
function outbox(): UseStore {
  store ??= createStore('drawdown-outbox', 'milestones');
  return store;
}

function changedOutbox() {
  window.dispatchEvent(new Event(OUTBOX_EVENT));
}

export async function listQueued(user: string): Promise<QueuedMilestone[]> {
  const all = await storedValues<QueuedMilestone>(outbox());
  return all.filter((entry) => entry.user === user).sort((a, b) => a.queuedAt - b.queuedAt);
}

export async function putQueued(entry: QueuedMilestone): Promise<void> {
  await set(entry.id, entry, outbox());
  changedOutbox();
}

export async function removeQueued(id: string): Promise<void> {
  await del(id, outbox());
  changedOutbox();
}

/** The request itself: POST a new milestone, PATCH the changed fields of one at its version. */
function sendMilestone(write: MilestoneWrite): Promise<MilestoneView> {
  if (write.kind === 'create') return sendJson<MilestoneView>('POST', '/api/v1/milestones', { ...write.values, mission: write.mission });
  const body = Object.fromEntries(write.changed.map((key) => [key, write.values[key]]));
  return sendJson<MilestoneView>('PATCH', `/api/v1/milestones/${write.milestoneId}`, { ...body, version: write.version });
}

/** The request never reached the API (no link, or it dropped): fetch rejects with a TypeError. */
function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof ApiError) && (error instanceof TypeError || !navigator.onLine);
}

/**
 * Saves a milestone. Online it is sent at once; without a connection (or when the request
 * cannot get through) it is kept on the device and the outcome says so. With `queued`, it
 * sends an entry of the outbox: sent, it leaves the outbox; refused for a stale version, it
 * stays there with the stored record (the conflict screen); unreachable, it keeps waiting.
 * API refusals are thrown, as `ApiError`, for the form to show.
 */
export function useSaveMilestone(user: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Offline too: the point is to keep the write when there is no link.
    networkMode: 'always',
    mutationFn: async ({ write, queued }: { write: MilestoneWrite; queued?: QueuedMilestone }): Promise<SaveOutcome> => {
      const keep = async (): Promise<SaveOutcome> => {
        const entry: QueuedMilestone = queued ?? { id: `${Date.now()}-${Math.random().toString(36).slice(2)}`, user, queuedAt: Date.now(), write, state: 'waiting' };
        if (!queued) await putQueued(entry);
        return { outcome: 'queued', queued: entry };
      };
      if (!navigator.onLine) return keep();
      try {
        const milestone = await sendMilestone(write);
        if (queued) await removeQueued(queued.id);
        return { outcome: 'sent', milestone };
      } catch (error) {
        if (isNetworkFailure(error)) return keep();
        if (queued && error instanceof ApiError) {
          const conflict = error.status === 409 && error.current;
          await putQueued({
            ...queued,
            write,
            state: conflict ? 'conflict' : 'failed',
            theirs: conflict ? (error.current as MilestoneView) : undefined,
            problem: conflict ? undefined : describeError(error),
          });
        }
        throw error;
      }
    },
    onSuccess: async (result) => {
      // Every screen derives status and counts from milestones: refetch them all.
      if (result.outcome === 'sent') await queryClient.invalidateQueries();
    },
  });
}

/** Exported for the outbox: a queued entry as it was typed, or as it stands now. */
export async function queuedEntry(id: string): Promise<QueuedMilestone | undefined> {
  return get<QueuedMilestone>(id, outbox());
}
