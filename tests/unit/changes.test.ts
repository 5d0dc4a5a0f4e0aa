import { describe, expect, it } from 'vitest';
import { changedFields } from '../../lib/format/changes';

describe('changedFields', () => {
  it('lists only the fields that changed, leaving out timestamps and versions', () => {
    const before = { title: 'Ber handed over', date: '2023-08-14', notes: null, version: 1, updatedAt: 'x', source: { releaseId: 3 } };
    const after = { title: 'Ber handed over', date: '2023-08-13', notes: 'A day earlier', version: 2, updatedAt: 'y', source: { releaseId: 3 } };
    expect(changedFields(before, after)).toEqual([
      { field: 'date', before: '2023-08-14', after: '2023-08-13' },
      { field: 'notes', before: '—', after: 'A day earlier' },
    ]);
  });

  it('shows every field of a creation or a deletion', () => {
    expect(changedFields(null, { title: 'New', source: { url: 'https://un.org' } })).toEqual([
      { field: 'title', before: '—', after: 'New' },
      { field: 'source', before: '—', after: '{"url":"https://un.org"}' },
    ]);
    expect(changedFields({ title: 'Gone' }, null)).toEqual([{ field: 'title', before: 'Gone', after: '—' }]);
  });
});
