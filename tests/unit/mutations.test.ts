import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { recordsChanged } from '../../app/_data/mutations';

describe('after a write of a record', () => {
  it("every screen's records are stale, the account's lists are not", async () => {
    const queryClient = new QueryClient();
    const keys = [['sites', 'MINUSMA', '2023-12-31'], ['progress', 'MINUSMA', '2023-12-31'], ['milestones', 'MINUSMA', 'latest', '2023-12-31'], ['history', 'site', '4'], ['activity', '', '', ''], ['tokens'], ['users']];
    for (const key of keys) queryClient.setQueryData(key, { data: [] });
    await recordsChanged(queryClient);
    const stale = keys.filter((key) => queryClient.getQueryState(key)?.isInvalidated).map((key) => key[0]);
    expect(stale).toEqual(['sites', 'progress', 'milestones', 'history', 'activity']);
  });
});
