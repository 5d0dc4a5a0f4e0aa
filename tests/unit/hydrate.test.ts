import { describe, expect, it } from 'vitest';
import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { asOfPageLoad } from '../../app/_components/hydrate';

describe('data hydrated from a page', () => {
  it('counts as fetched when the page loaded, even when the page was rendered earlier and kept', () => {
    const server = new QueryClient();
    server.setQueryData(['progress', '2023-08-01'], { done: 0 }, { updatedAt: 1_000 });
    server.setQueryData(['sites', '2023-08-01'], { data: [] }, { updatedAt: 9_000 });
    const state = asOfPageLoad(dehydrate(server), 5_000);
    expect(state.queries.map((q) => q.state.dataUpdatedAt)).toEqual([5_000, 9_000]);
    expect(state.queries.map((q) => q.state.data)).toEqual([{ done: 0 }, { data: [] }]);

    // So a browser that had it for less than the stale time does not fetch it again.
    const browser = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    hydrate(browser, state);
    expect(browser.getQueryState(['progress', '2023-08-01'])!.dataUpdatedAt).toBe(5_000);
  });
});
