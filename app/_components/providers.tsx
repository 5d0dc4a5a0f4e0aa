'use client';

import { QueryClient, QueryClientProvider, isServer } from '@tanstack/react-query';
import { PersistQueryClientProvider, type PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { createContext, useContext, useState } from 'react';
import { indexedDbPersister, PERSIST_MAX_AGE_MS, shouldPersistQuery } from '@/app/_data/offline-store';
import type { CalendarDate } from '@/lib/domain/calendar-date';
import type { Role } from '@/lib/auth/roles';

/** What every client view needs from the server: the default mission and "today" where the deployment is. */
export interface AppScope {
  /** The deployment's mission, shown on the bare paths and wherever an address names none (useMission). */
  defaultMission: string;
  /** Computed once on the server, so server and client agree on what "today" is. */
  today: CalendarDate;
  /** Who is signed in, to show or hide editing controls; the server checks every write itself. */
  viewer: { name: string; email: string; role: Role } | null;
  /** The build being served: the service worker's version and the persisted reads' buster (decision 0017). */
  build: string;
}

const ScopeContext = createContext<AppScope | null>(null);

export function useAppScope(): AppScope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('useAppScope must be used inside <Providers>');
  return scope;
}

/**
 * Data older than a minute is refetched when the window regains focus, so a screen left open
 * in the field catches up with the editors; anything fresher is shown from the cache.
 */
export const STALE_TIME_MS = 60_000;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_TIME_MS,
        // Kept as long as the device keeps them (IndexedDB), so days seen stay readable offline.
        gcTime: isServer ? undefined : PERSIST_MAX_AGE_MS,
        // Offline, still ask: the service worker answers with what it kept (public/sw.js).
        networkMode: 'offlineFirst',
        // Slow links drop requests: retry twice, backing off, before showing the error.
        retry: (failures, error) => failures < 2 && !(error instanceof Error && 'status' in error && Number(error.status) < 500),
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** True when the signed-in person may edit milestones, releases and proposals. */
export function useCanEdit(): boolean {
  const { viewer } = useAppScope();
  return viewer?.role === 'editor' || viewer?.role === 'admin';
}

/**
 * In the browser, the public reads are kept in IndexedDB and restored on load (decision 0017):
 * the days already seen stay readable offline. A new build starts afresh (`buster`).
 */
function persistOptions(build: string): Omit<PersistQueryClientOptions, 'queryClient'> | null {
  if (isServer) return null;
  return { persister: indexedDbPersister(), maxAge: PERSIST_MAX_AGE_MS, buster: build, dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery } };
}

export function Providers({ scope, children }: { scope: AppScope; children: React.ReactNode }) {
  const [queryClient] = useState(getQueryClient);
  const [persist] = useState(() => persistOptions(scope.build));
  return (
    <ScopeContext.Provider value={scope}>
      {persist ? (
        <PersistQueryClientProvider client={queryClient} persistOptions={persist}>
          {children}
        </PersistQueryClientProvider>
      ) : (
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      )}
    </ScopeContext.Provider>
  );
}
