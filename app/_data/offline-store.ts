/**
 * What the browser keeps on the device for the field (decision 0017), in IndexedDB:
 * - the React Query cache of public reads, so the as-of time machine works offline for the
 *   days already seen (restored on load by PersistQueryClientProvider, app/_components/providers.tsx);
 * - milestones saved without a connection, waiting to be sent (app/_data/milestone-outbox.ts).
 * Signing out forgets the reads and the service worker's copies; the waiting milestones stay,
 * kept for the person who typed them.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { defaultShouldDehydrateQuery, type Query } from '@tanstack/react-query';

const QUERIES_KEY = 'drawdown-queries';
/** The service worker's caches (public/sw.js) share this prefix. */
const CACHE_PREFIX = 'drawdown-';
/** Read days kept for the time machine: a week. */
export const PERSIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Queries of public reads (app/_data/queries.ts); the private ones (tokens, users, history, proposals) never leave memory. */
const PUBLIC_QUERIES = new Set(['mission', 'portfolio', 'progress', 'sites', 'site', 'contingents', 'milestones', 'releases']);

export function shouldPersistQuery(query: Query): boolean {
  return defaultShouldDehydrateQuery(query) && PUBLIC_QUERIES.has(String(query.queryKey[0]));
}

let readsStore: UseStore | undefined;
function reads(): UseStore {
  readsStore ??= createStore('drawdown-reads', 'queries');
  return readsStore;
}

/**
 * React Query's persister on IndexedDB. The client is written at most once a second (the
 * cache changes on every fetch), the last state winning.
 */
export function indexedDbPersister(): Persister {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PersistedClient | undefined;
  return {
    persistClient(client) {
      pending = client;
      timer ??= setTimeout(() => {
        timer = undefined;
        const next = pending;
        pending = undefined;
        if (next) void set(QUERIES_KEY, next, reads()).catch(() => undefined);
      }, 1000);
    },
    restoreClient: () => get<PersistedClient>(QUERIES_KEY, reads()),
    removeClient: () => del(QUERIES_KEY, reads()),
  };
}

/** On sign-out: the pages, answers and reads kept on this device go with the session. */
export async function forgetOfflineCopies(): Promise<void> {
  const jobs: Promise<unknown>[] = [del(QUERIES_KEY, reads()).catch(() => undefined)];
  if ('caches' in window) {
    const names = await caches.keys();
    jobs.push(...names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.delete(name)));
  }
  await Promise.all(jobs);
}
