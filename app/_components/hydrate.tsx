'use client';

import { useMemo } from 'react';
import { HydrationBoundary, type DehydratedState } from '@tanstack/react-query';

/**
 * React Query's HydrationBoundary for what a page prefetched on the server, with the data
 * counted as fetched when the page loaded. A page may have been rendered earlier and kept
 * (lib/cache/page-cache.ts): it is sent only while its data version is current, so its data
 * is as new as the page. Left with its render time, data older than the stale time would be
 * fetched again on mount, or on coming back to a day already shown.
 */
export function Hydrate({ state, children }: { state: DehydratedState; children: React.ReactNode }) {
  const fresh = useMemo(() => asOfPageLoad(state), [state]);
  return <HydrationBoundary state={fresh}>{children}</HydrationBoundary>;
}

/** Exported for its unit test. On the server, `timeOrigin` is the process's start, before any render: nothing changes there. */
export function asOfPageLoad(state: DehydratedState, loadedAt = performance.timeOrigin): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) =>
      query.state.dataUpdatedAt >= loadedAt ? query : { ...query, state: { ...query.state, dataUpdatedAt: loadedAt } },
    ),
  };
}
