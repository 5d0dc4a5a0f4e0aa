/**
 * The sites table's state as it lives in the address (`?status=&region=&phase=&q=&sort=&dir=`)
 * and its ordering. Pure, shared by the page on the server and the table on the client, so a
 * shared link shows the same rows in the same order.
 */
import type { SiteFilters, SiteView } from './views';
import { SITE_STATUSES, type SiteStatus } from './vocabulary';
import { foldForSearch } from './search';

export const SITE_SORT_KEYS = ['name', 'region', 'kind', 'phase', 'status', 'since', 'planned', 'actual'] as const;
export type SiteSortKey = (typeof SITE_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface SiteTableState {
  filters: SiteFilters;
  sort: SiteSortKey;
  dir: SortDirection;
}

type Query = { get(key: string): string | null };

const isStatus = (v: string | null): v is SiteStatus => v !== null && (SITE_STATUSES as readonly string[]).includes(v);
const isSortKey = (v: string | null): v is SiteSortKey => v !== null && (SITE_SORT_KEYS as readonly string[]).includes(v);

/** Reads the table's state from the address; anything unknown falls back to the default. */
export function readSiteTableState(query: Query): SiteTableState {
  const text = (key: string, max: number) => {
    const value = query.get(key)?.trim();
    return value ? value.slice(0, max) : undefined;
  };
  const status = query.get('status');
  const sort = query.get('sort');
  return {
    filters: {
      status: isStatus(status) ? status : undefined,
      region: text('region', 100),
      phase: text('phase', 32),
      q: text('q', 200),
    },
    sort: isSortKey(sort) ? sort : 'name',
    dir: query.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

const collator = new Intl.Collator(['en', 'fr'], { sensitivity: 'base', numeric: true });

/** The value a column sorts by; null sorts last whatever the direction. */
function sortValue(site: SiteView, key: SiteSortKey): string | number | null {
  switch (key) {
    case 'name':
      return site.name;
    case 'region':
      return site.region;
    case 'kind':
      return site.kind;
    case 'phase':
      return site.phase;
    case 'status':
      return SITE_STATUSES.indexOf(site.status);
    case 'since':
      return site.statusSince;
    case 'planned':
      return site.plannedHandover;
    case 'actual':
      return site.handedOverOn ?? site.closedOn;
  }
}

export function sortSites(sites: readonly SiteView[], sort: SiteSortKey, dir: SortDirection): SiteView[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...sites].sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name);
  });
}

/** The distinct values of a column, for a filter's choices, in reading order. */
export function distinctValues(sites: readonly SiteView[], pick: (site: SiteView) => string | null): string[] {
  const seen = new Map<string, string>();
  for (const site of sites) {
    const value = pick(site);
    if (value !== null && !seen.has(foldForSearch(value))) seen.set(foldForSearch(value), value);
  }
  return [...seen.values()].sort(collator.compare);
}
