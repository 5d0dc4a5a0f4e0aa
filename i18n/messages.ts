/**
 * Interface strings, one JSON file per namespace and language under messages/. English is
 * the reference: its files type every key (see global.d.ts), and a unit test checks that
 * French has exactly the same keys and placeholders.
 */
import type { Locale } from './locales';

export const NAMESPACES = ['common', 'overview', 'sites', 'site', 'contingents', 'releases', 'map', 'charts', 'account', 'editing', 'records', 'missions'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Messages = {
  common: typeof import('../messages/en/common.json');
  overview: typeof import('../messages/en/overview.json');
  sites: typeof import('../messages/en/sites.json');
  site: typeof import('../messages/en/site.json');
  contingents: typeof import('../messages/en/contingents.json');
  releases: typeof import('../messages/en/releases.json');
  map: typeof import('../messages/en/map.json');
  charts: typeof import('../messages/en/charts.json');
  account: typeof import('../messages/en/account.json');
  editing: typeof import('../messages/en/editing.json');
  records: typeof import('../messages/en/records.json');
  missions: typeof import('../messages/en/missions.json');
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
