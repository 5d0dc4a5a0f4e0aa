import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '@/lib/releases';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function readRepoFile(path: string): string {
  return readFileSync(`${root}${path}`, 'utf8');
}

interface SeedSite {
  name: string;
  aliases: string[];
}

/** The MINUSMA sites from the seed, with ids 1..13 in file order, and a few contingents. */
export function seedGazetteer(contingents: Gazetteer['contingents'] = [
  { id: 101, countryIso: 'SN' },
  { id: 102, countryIso: 'TG' },
  { id: 103, countryIso: 'BD' },
]): Gazetteer {
  const seed = JSON.parse(readRepoFile('seeds/minusma-sites.json')) as { sites: SeedSite[] };
  return { sites: seed.sites.map((s, i) => ({ id: i + 1, name: s.name, aliases: s.aliases })), contingents };
}

export function siteId(gazetteer: Gazetteer, name: string): number {
  const site = gazetteer.sites.find((s) => s.name === name);
  if (!site) throw new Error(`no site ${name}`);
  return site.id;
}
