/**
 * The host country's map is computed on the server from the atlas that ships with the app;
 * these pin what the page relies on: the country is found however the mission names it,
 * every site lands inside the drawing where geography puts it, and the drawing stays small
 * enough to send with every view of the Sites page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CompactPath, hostCountryMap, type CountriesTopology, type HostCountryMap } from '../../lib/geo/host-country-map';
import { placeLabels, spreadMarkers } from '../../lib/geo/marker-layout';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as CountriesTopology;
const seed = JSON.parse(readFileSync('seeds/minusma-sites.json', 'utf8')) as { sites: { name: string; lat: number; lon: number }[] };
const sites = seed.sites.map((s, i) => ({ id: i + 1, lat: s.lat, lon: s.lon }));
const idOf = (name: string) => seed.sites.findIndex((s) => s.name === name) + 1;

const WIDTH = 640;
const HEIGHT = 560;
/** The budget for Mali's paths and points as the page sends them (JSON, in bytes). */
const BUDGET_BYTES = 24_000;

function mali(input: { hostCountry?: string; hostCountryIsoNumeric?: string | null } = {}): HostCountryMap {
  const map = hostCountryMap(topology, {
    hostCountry: input.hostCountry ?? 'Mali',
    hostCountryIsoNumeric: input.hostCountryIsoNumeric ?? null,
    sites,
    width: WIDTH,
    height: HEIGHT,
  });
  if (!map) throw new Error('Mali not found');
  return map;
}

function point(map: HostCountryMap, name: string) {
  const p = map.points.find((q) => q.id === idOf(name));
  if (!p) throw new Error(`no point for ${name}`);
  return p;
}

/** Every absolute position a path passes through, following its relative steps. */
function pathPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const nums = (args ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    if (command === 'z' || command === 'Z') {
      [x, y] = [sx, sy];
      continue;
    }
    for (let i = 0; i < nums.length; i += 2) {
      const [dx, dy] = [nums[i] as number, nums[i + 1] as number];
      const relative = command === 'm' || command === 'l';
      [x, y] = relative ? [x + dx, y + dy] : [dx, dy];
      if (i === 0 && (command === 'm' || command === 'M')) [sx, sy] = [x, y];
      out.push([x, y]);
    }
  }
  return out;
}

describe('the host country map', () => {
  it('finds the country by its ISO numeric code, padded or not', () => {
    const byName = mali();
    expect(mali({ hostCountry: 'Somewhere else', hostCountryIsoNumeric: '466' }).country).toBe(byName.country);
    // Niger (562) named by code wins over the name: the code is the firmer key.
    const niger = hostCountryMap(topology, { hostCountry: 'Mali', hostCountryIsoNumeric: '562', sites: [], width: WIDTH, height: HEIGHT });
    expect(niger?.country).toBeTruthy();
    expect(niger?.country).not.toBe(byName.country);
    // Afghanistan is "004" in the atlas.
    expect(hostCountryMap(topology, { hostCountry: '', hostCountryIsoNumeric: '4', sites: [], width: WIDTH, height: HEIGHT })).not.toBeNull();
  });

  it('falls back to the name, forgiving case and accents, when there is no code', () => {
    expect(mali({ hostCountry: 'mali' }).country).toBe(mali().country);
    expect(hostCountryMap(topology, { hostCountry: "Cote d'Ivoire", hostCountryIsoNumeric: null, sites: [], width: WIDTH, height: HEIGHT })).not.toBeNull();
  });

  it('gives null for a country the atlas does not have', () => {
    expect(hostCountryMap(topology, { hostCountry: 'Atlantis', hostCountryIsoNumeric: null, sites, width: WIDTH, height: HEIGHT })).toBeNull();
    expect(hostCountryMap(topology, { hostCountry: 'Atlantis', hostCountryIsoNumeric: '999', sites, width: WIDTH, height: HEIGHT })).toBeNull();
  });

  it('puts every MINUSMA site inside the drawing', () => {
    const map = mali();
    expect(map.viewBox).toBe(`0 0 ${WIDTH} ${HEIGHT}`);
    expect(map.points.map((p) => p.id).sort((a, b) => a - b)).toEqual(sites.map((s) => s.id));
    for (const p of map.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(WIDTH);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(HEIGHT);
    }
  });

  it('places the sites where geography puts them', () => {
    const map = mali();
    const [bamako, kidal, tessalit, gao, menaka, timbuktu] = ['Bamako', 'Kidal', 'Tessalit', 'Gao', 'Ménaka', 'Timbuktu'].map((n) =>
      point(map, n),
    ) as [ReturnType<typeof point>, ...ReturnType<typeof point>[]];
    // y grows southward: Kidal is north-east of Bamako.
    expect(kidal!.x).toBeGreaterThan(bamako.x);
    expect(kidal!.y).toBeLessThan(bamako.y);
    expect(tessalit!.y).toBeLessThan(kidal!.y);
    expect(menaka!.x).toBeGreaterThan(gao!.x);
    expect(timbuktu!.x).toBeLessThan(gao!.x);
  });

  it('draws the whole country inside the frame, fitted to it with a margin', () => {
    const map = mali();
    const pts = pathPoints(map.country);
    expect(pts.length).toBeGreaterThan(100);
    const xs = pts.map(([x]) => x);
    const ys = pts.map(([, y]) => y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(WIDTH);
    expect(y1).toBeLessThanOrEqual(HEIGHT);
    // Fitted: the country fills the frame's height (the tighter side for Mali) but for the margin.
    expect(y1 - y0).toBeGreaterThan(HEIGHT * 0.85);
    // Every site lies within the outline's box.
    for (const p of map.points) {
      expect(p.x).toBeGreaterThanOrEqual(x0);
      expect(p.x).toBeLessThanOrEqual(x1);
      expect(p.y).toBeGreaterThanOrEqual(y0);
      expect(p.y).toBeLessThanOrEqual(y1);
    }
  });

  it('writes relative steps that land, ring after ring, on the rounded absolute points', () => {
    // Rings of a few points each, starting anywhere, some points closer than the rounding.
    const rings = [
      [[10.04, 20.06], [30.55, 20.01], [30.58, 45.1], [30.61, 45.12], [11, 44.94]],
      [[200.2, 100.3], [180.35, 130.05], [220.77, 131.2]],
      [[0.04, 0.01], [5.5, 0.01], [5.5, 5.46]],
    ];
    const path = new CompactPath();
    for (const ring of rings) {
      ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x as number, y as number) : path.lineTo(x as number, y as number)));
      path.closePath();
    }
    const round = (v: number) => Math.round(v * 10) / 10;
    const expected = rings
      .flatMap((ring) => ring.map(([x, y]) => [round(x as number), round(y as number)] as [number, number]))
      .filter(([x, y], i, all) => i === 0 || x !== all[i - 1]![0] || y !== all[i - 1]![1]);
    const got = pathPoints(path.result()).map(([x, y]) => [round(x), round(y)]);
    expect(got).toEqual(expected);
  });

  it('writes the outline with relative steps that land where absolute ones would', () => {
    // Bamako lies in the south-west lobe: the outline must pass to its west and south.
    const map = mali();
    const pts = pathPoints(map.country);
    const bamako = point(map, 'Bamako');
    expect(pts.some(([x, y]) => x < bamako.x && Math.abs(y - bamako.y) < 20)).toBe(true);
    expect(pts.some(([x, y]) => y > bamako.y && Math.abs(x - bamako.x) < 20)).toBe(true);
  });

  it('draws the neighbours that show in the frame, clipped to it, and no others', () => {
    const map = mali();
    // Algeria, Niger, Burkina Faso, Côte d'Ivoire, Guinea, Senegal and Mauritania at least.
    expect(map.neighbours.length).toBeGreaterThanOrEqual(7);
    expect(map.neighbours.length).toBeLessThan(25);
    for (const d of map.neighbours) {
      for (const [x, y] of pathPoints(d)) {
        expect(x).toBeGreaterThanOrEqual(-0.05);
        expect(x).toBeLessThanOrEqual(WIDTH + 0.05);
        expect(y).toBeGreaterThanOrEqual(-0.05);
        expect(y).toBeLessThanOrEqual(HEIGHT + 0.05);
      }
    }
  });

  it('keeps the drawing small enough to send with the page', () => {
    const bytes = Buffer.byteLength(JSON.stringify(mali()));
    expect(bytes).toBeLessThan(BUDGET_BYTES);
    // Rounded to a tenth: no coordinate carries more than one decimal.
    expect(mali().country).not.toMatch(/\.\d\d/);
  });
});

describe('markers and names on the map as shown on screen', () => {
  // A 328 px wide map (a 360 px phone less the page's margins): about half a unit per pixel.
  const unit = WIDTH / 328;
  const spacing = 25 * unit;

  it('moves markers that would cover each other just far enough apart to be separate targets', () => {
    const map = mali();
    const placed = spreadMarkers(map.points, spacing, WIDTH, HEIGHT);
    const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
    // Timbuktu and Ber are a few pixels apart on a phone: the case this exists for.
    expect(apart(point(map, 'Timbuktu'), point(map, 'Ber'))).toBeLessThan(spacing / 2);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(apart(a, b), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(spacing * 0.999);
      expect(a.x).toBeGreaterThanOrEqual(spacing / 2 - 1e-9);
      expect(a.x).toBeLessThanOrEqual(WIDTH - spacing / 2 + 1e-9);
      expect(a.y).toBeGreaterThanOrEqual(spacing / 2 - 1e-9);
      expect(a.y).toBeLessThanOrEqual(HEIGHT - spacing / 2 + 1e-9);
    }
    // Bamako has no neighbour within reach: it stays exactly where it is.
    const bamako = placed.find((p) => p.id === idOf('Bamako'))!;
    expect([bamako.x, bamako.y]).toEqual([bamako.x0, bamako.y0]);
    // Nobody travels far from their true place.
    for (const p of placed) expect(Math.hypot(p.x - p.x0, p.y - p.y0)).toBeLessThan(spacing * 1.5);
  });

  it('parts markers given the very same place', () => {
    const placed = spreadMarkers(
      [
        { id: 1, x: 100, y: 100 },
        { id: 2, x: 100, y: 100 },
        { id: 3, x: 100, y: 100 },
      ],
      20,
      WIDTH,
      HEIGHT,
    );
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThanOrEqual(20 * 0.999);
    }
  });

  it('writes names only where they cover no other marker or name and stay in the frame', () => {
    const map = mali();
    const placed = spreadMarkers(map.points, spacing, WIDTH, HEIGHT);
    const font = 12 * unit;
    const radius = 9 * unit;
    const markers = placed.map((p) => ({ id: p.id, x: p.x, y: p.y, width: 7 * 7 * unit }));
    const labels = placeLabels(markers, radius, font, WIDTH, HEIGHT);
    expect(labels.length).toBeGreaterThan(3);
    const boxOf = (l: (typeof labels)[number]): [number, number, number, number] => {
      const w = 7 * 7 * unit;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return [x0, l.y - font * 0.6, x0 + w, l.y + font * 0.6];
    };
    const hit = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
    const boxes = labels.map(boxOf);
    for (const [i, box] of boxes.entries()) {
      expect(box[0]).toBeGreaterThanOrEqual(0);
      expect(box[2]).toBeLessThanOrEqual(WIDTH);
      for (const other of boxes.slice(i + 1)) expect(hit(box, other)).toBe(false);
      for (const m of markers) {
        if (m.id === labels[i]!.id) continue;
        expect(hit(box, [m.x - radius, m.y - radius, m.x + radius, m.y + radius]), `label ${labels[i]!.id} over marker ${m.id}`).toBe(false);
      }
    }
  });
});
