/**
 * What an audit event changed, for reading: the fields whose values differ between the
 * record before and after, leaving out bookkeeping (timestamps, version counters).
 */
export function changedFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const asRecord = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const b = asRecord(before);
  const a = asRecord(after);
  const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const ignored = new Set(['updatedAt', 'createdAt', 'version']);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !ignored.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }));
}

