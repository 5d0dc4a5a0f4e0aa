import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { shouldPersistQuery } from '../../app/_data/offline-store';

describe('reads kept on the device for the time machine offline', () => {
  it('keeps the public reads that succeeded, and never the private ones', () => {
    const client = new QueryClient();
    const keys = [
      ['sites', 'MINUSMA', '2023-10-20'],
      ['progress', 'MINUSMA', '2023-10-20'],
      ['milestones', 'MINUSMA', 'latest', '2023-10-20'],
      ['tokens'],
      ['users'],
      ['history', 'milestone', '3'],
      ['proposals', 'MINUSMA', 'pending'],
      ['review-stats', 'MINUSMA'],
    ];
    for (const key of keys) client.setQueryData(key, { data: [] });
    const kept = client
      .getQueryCache()
      .getAll()
      .filter(shouldPersistQuery)
      .map((q) => q.queryKey[0]);
    expect(kept).toEqual(['sites', 'progress', 'milestones']);
  });

  it('does not keep a read that failed or has not answered', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client.prefetchQuery({ queryKey: ['sites', 'MINUSMA', '2023-10-21'], queryFn: () => Promise.reject(new Error('no link')) });
    expect(client.getQueryCache().getAll().filter(shouldPersistQuery)).toEqual([]);
  });
});
