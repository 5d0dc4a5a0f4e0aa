/**
 * The host country's map, projected once on the server so that the browser receives finished
 * SVG paths and never loads d3 or the world atlas (the map must work offline, with no tile
 * server, and cost little on a field connection). Pure: the caller loads the topology, so the
 * function is testable without I/O and the same atlas can serve every request.
 *
 * Paths are written with coordinates rounded to a tenth of a unit, relative after the first
 * point, and points that rounding makes coincide are dropped: at the size the map is shown,
 * finer detail is invisible, and it would multiply the size of every page that shows the map.
 */
import { geoMercator, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { foldForSearch } from '../domain/search';

export interface SitePosition {
  id: number;
  lat: number;
  lon: number;
}

export interface MapPoint {
  id: number;
  x: number;
  y: number;
}

export interface HostCountryMap {
  /** "0 0 width height": every path and point is in these units. */
  viewBox: string;
  width: number;
  height: number;
  /** The host country's outline as SVG path data. */
  country: string;
  /** Countries that show in the frame, clipped to it, for context. */
  neighbours: string[];
  /** Where each site falls, in viewBox units (y grows southward). */
  points: MapPoint[];
}

export interface HostCountryMapInput {
  hostCountry: string;
  /** ISO 3166-1 numeric code ("466" for Mali); preferred to the name when present. */
  hostCountryIsoNumeric: string | null;
  sites: readonly SitePosition[];
  width: number;
  height: number;
  /** Room left around the country, in viewBox units. */
  padding?: number;
}

/** The shape of world-atlas' countries files: one object "countries" with a name per feature. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

type CountryFeature = Feature<Geometry, { name?: string }>;

/** A tenth of a unit: finer than a pixel at any size the map is drawn. */
const SCALE = 10;

/**
 * A d3 path context (exported for its tests) that writes compact SVG path data: integer
 * tenths internally, so that relative steps add up exactly to the rounded absolute
 * positions (no drift).
 */
export class CompactPath implements GeoContext {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private started = false;
  private ringStart = true;

  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x * SCALE), Math.round(y * SCALE)];
    this.parts.push(this.started ? `m${pair(rx - this.x, ry - this.y)}` : `M${pair(rx, ry)}`);
    this.started = true;
    this.ringStart = true;
    this.x = this.startX = rx;
    this.y = this.startY = ry;
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x * SCALE), Math.round(y * SCALE)];
    if (rx === this.x && ry === this.y) return;
    const step = pair(rx - this.x, ry - this.y);
    this.parts.push(this.ringStart ? `l${step}` : step.startsWith('-') ? step : ` ${step}`);
    this.ringStart = false;
    this.x = rx;
    this.y = ry;
  }

  closePath(): void {
    this.parts.push('z');
    // SVG puts the pen back at the ring's start, and the next relative "m" starts from there.
    this.x = this.startX;
    this.y = this.startY;
    this.ringStart = true;
  }

  beginPath(): void {
    // Part of the canvas-like interface d3 writes to; a path string needs nothing here.
  }

  arc(): void {
    // Only called for Point geometries, which are never drawn as paths here.
  }

  result(): string {
    return this.parts.join('');
  }
}

/** A minus sign separates numbers on its own, so no space is written before one. */
function pair(x: number, y: number): string {
  const ys = num(y);
  return `${num(x)}${ys.startsWith('-') ? '' : ' '}${ys}`;
}

/** Tenths to text: "123.4", "-0.5" written "-.5", integers without a decimal point. */
function num(tenths: number): string {
  const negative = tenths < 0;
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / SCALE);
  const frac = abs % SCALE;
  const text = frac === 0 ? String(whole) : whole === 0 ? `.${frac}` : `${whole}.${frac}`;
  return negative ? `-${text}` : text;
}

function findCountry(
  topology: CountriesTopology,
  hostCountry: string,
  isoNumeric: string | null,
): { target: CountryFeature; all: CountryFeature[] } | null {
  const all = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>).features;
  const iso = isoNumeric?.trim();
  if (iso && /^\d{1,3}$/.test(iso)) {
    const code = iso.padStart(3, '0');
    const byCode = all.find((f) => f.id === code);
    if (byCode) return { target: byCode, all };
  }
  const name = foldForSearch(hostCountry);
  const byName = name ? all.find((f) => f.properties?.name && foldForSearch(f.properties.name) === name) : undefined;
  return byName ? { target: byName, all } : null;
}

export function hostCountryMap(topology: CountriesTopology, input: HostCountryMapInput): HostCountryMap | null {
  const found = findCountry(topology, input.hostCountry, input.hostCountryIsoNumeric);
  if (!found) return null;
  const { width, height } = input;
  const padding = input.padding ?? Math.round(Math.min(width, height) * 0.04);

  // Fitting to the sites as well as the outline keeps a site just over a border in the frame.
  const fitTo: GeoPermissibleObjects = {
    type: 'GeometryCollection',
    geometries: [
      found.target.geometry,
      ...(input.sites.length ? [{ type: 'MultiPoint' as const, coordinates: input.sites.map((s) => [s.lon, s.lat]) }] : []),
    ],
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      fitTo,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);

  const draw = (f: CountryFeature): string => {
    const context = new CompactPath();
    geoPath(projection, context)(f);
    return context.result();
  };

  // Unclipped, for a cheap test before drawing: drawing every country of the atlas through
  // the clip would cost far more than comparing projected bounds with the frame.
  const bounds = geoPath(geoMercator().scale(projection.scale()).translate(projection.translate()));
  const inFrame = (f: CountryFeature) => {
    const [[x0, y0], [x1, y1]] = bounds.bounds(f);
    return x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height;
  };

  const country = draw(found.target);
  const neighbours: string[] = [];
  for (const f of found.all) {
    if (f === found.target || !inFrame(f)) continue;
    const d = draw(f);
    if (d) neighbours.push(d);
  }

  const points = input.sites.map((s) => {
    const [x, y] = projection([s.lon, s.lat]) ?? [NaN, NaN];
    return { id: s.id, x: Math.round(x * SCALE) / SCALE, y: Math.round(y * SCALE) / SCALE };
  });

  return { viewBox: `0 0 ${width} ${height}`, width, height, country, neighbours, points };
}
