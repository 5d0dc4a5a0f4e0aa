'use client';

import { QueryClient, QueryClientProvider, isServer } from '@tanstack/react-query';
import { createContext, useContext, useState } from 'react';
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

export function Providers({ scope, children }: { scope: AppScope; children: React.ReactNode }) {
  const [queryClient] = useState(getQueryClient);
  return (
    <ScopeContext.Provider value={scope}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ScopeContext.Provider>
  );
}
