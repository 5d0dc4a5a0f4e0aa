import 'server-only';
/**
 * The one place that reads the world atlas. Parsing its 750 kB of TopoJSON, and projecting
 * every country to find the neighbours, costs a few hundred milliseconds: done once per
 * process, with the finished geometry remembered per country and set of site positions,
 * so pages showing the map pay nothing after the first.
 *
 * The atlas comes from the world-atlas package in node_modules, which ships with the app:
 * no tile server and no network, as the map must work in the field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hostCountryMap, type CountriesTopology, type HostCountryMap, type SitePosition } from './host-country-map';

/** The drawing's own units; the SVG scales to its container, so these set proportions only. */
export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 560;

/** Enough for every mission and a few site edits between restarts; the oldest goes first. */
const MAX_CACHED = 16;

let topology: Promise<CountriesTopology> | undefined;
const cache = new Map<string, HostCountryMap | null>();

function loadTopology(): Promise<CountriesTopology> {
  topology ??= readFile(path.join(process.cwd(), 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8')
    .then((text) => JSON.parse(text) as CountriesTopology)
    .catch((error: unknown) => {
      // A failed read is not remembered, so the next request tries again.
      topology = undefined;
      throw error;
    });
  return topology;
}

export async function loadHostCountryMap(
  country: { hostCountry: string; hostCountryIsoNumeric: string | null },
  sites: readonly SitePosition[],
): Promise<HostCountryMap | null> {
  const positions = sites.map(({ id, lat, lon }) => ({ id, lat, lon }));
  const key = JSON.stringify([country.hostCountry, country.hostCountryIsoNumeric, positions]);
  if (cache.has(key)) return cache.get(key) ?? null;
  const map = hostCountryMap(await loadTopology(), {
    hostCountry: country.hostCountry,
    hostCountryIsoNumeric: country.hostCountryIsoNumeric,
    sites: positions,
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
  });
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, map);
  return map;
}
