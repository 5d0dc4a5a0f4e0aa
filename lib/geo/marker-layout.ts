/**
 * Where the map's markers and names go once the map's size on screen is known. Sites a few
 * kilometres apart (Timbuktu and Ber, Mopti and Ogossagou) would put their markers on top of
 * each other on a phone, leaving one impossible to tap; markers are moved apart just enough
 * to be separate targets, and the map draws a line back to the true place. Pure and in map
 * units, so it runs in the browser on every resize and is tested without one.
 */

export interface Placed {
  id: number;
  /** The true position. */
  x0: number;
  y0: number;
  /** Where the marker is drawn. */
  x: number;
  y: number;
}

/**
 * Pushes apart every pair of markers whose square targets (`minDistance` wide) would overlap,
 * each by half the overlap along the axis where it is smaller, until none overlaps (or the
 * rounds run out), keeping them `minDistance / 2` inside the frame. Targets are squares on
 * screen (a button's box), so two markers are apart when they are `minDistance` apart on
 * either axis. Markers clear of others do not move at all.
 */
export function spreadMarkers(
  points: readonly { id: number; x: number; y: number }[],
  minDistance: number,
  width: number,
  height: number,
  rounds = 200,
): Placed[] {
  const out = points.map((p) => ({ id: p.id, x0: p.x, y0: p.y, x: p.x, y: p.y }));
  const margin = minDistance / 2;
  const clamp = (v: number, max: number) => Math.min(Math.max(v, Math.min(margin, max / 2)), Math.max(max - margin, max / 2));
  // Slightly less than the minimum still counts as apart, so rounding cannot loop forever.
  const apart = minDistance * 0.999;
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    for (let i = 0; i < out.length; i += 1) {
      for (let j = i + 1; j < out.length; j += 1) {
        const a = out[i]!;
        const b = out[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        if (Math.abs(dx) >= apart || Math.abs(dy) >= apart) continue;
        const overlapX = minDistance - Math.abs(dx);
        const overlapY = minDistance - Math.abs(dy);
        // The same place on an axis: part them one way or the other, pair by pair.
        const sign = (d: number) => (d !== 0 ? Math.sign(d) : (i + j) % 2 === 0 ? 1 : -1);
        if (overlapX <= overlapY) {
          const push = (overlapX / 2 + 0.01) * sign(dx);
          a.x = clamp(a.x - push, width);
          b.x = clamp(b.x + push, width);
        } else {
          const push = (overlapY / 2 + 0.01) * sign(dy);
          a.y = clamp(a.y - push, height);
          b.y = clamp(b.y + push, height);
        }
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

export interface PlacedLabel {
  id: number;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

type Box = [x0: number, y0: number, x1: number, y1: number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Names beside as many markers as fit: right of the marker, else left, below or above, else
 * none, never over another marker or name and never out of the frame. `textWidth` and
 * `fontSize` are in map units; `y` is the middle of the text. The names are a reading aid
 * only: every marker carries its site's name for assistive technology anyway.
 */
export function placeLabels(
  markers: readonly { id: number; x: number; y: number; width: number }[],
  radius: number,
  fontSize: number,
  width: number,
  height: number,
): PlacedLabel[] {
  const gap = radius * 0.3;
  const half = fontSize * 0.6;
  const taken: Box[] = markers.map((m) => [m.x - radius, m.y - radius, m.x + radius, m.y + radius]);
  const placed: PlacedLabel[] = [];
  markers.forEach((m, index) => {
    const w = m.width;
    const candidates: [Box, PlacedLabel][] = [
      [[m.x + radius + gap, m.y - half, m.x + radius + gap + w, m.y + half], { id: m.id, x: m.x + radius + gap, y: m.y, anchor: 'start' }],
      [[m.x - radius - gap - w, m.y - half, m.x - radius - gap, m.y + half], { id: m.id, x: m.x - radius - gap, y: m.y, anchor: 'end' }],
      [[m.x - w / 2, m.y + radius, m.x + w / 2, m.y + radius + 2 * half], { id: m.id, x: m.x, y: m.y + radius + half, anchor: 'middle' }],
      [[m.x - w / 2, m.y - radius - 2 * half, m.x + w / 2, m.y - radius], { id: m.id, x: m.x, y: m.y - radius - half, anchor: 'middle' }],
    ];
    for (const [box, label] of candidates) {
      if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
      // The marker's own box (at its index) touches its label by design.
      if (taken.some((t, i) => i !== index && overlaps(t, box))) continue;
      placed.push(label);
      taken.push(box);
      break;
    }
  });
  return placed;
}
