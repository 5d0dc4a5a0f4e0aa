/**
 * Parsing and extraction of a text of releases, in this process (one core): the figure issue 13 budgets at
 * >= 5,000 releases/s. One way to measure it, shared by `npm run bench` and `npm run bench:extraction`: one
 * untimed pass (the engine compiles the patterns and optimises the hot functions), then several timed passes,
 * reported by their median, so that one pass slowed by another process on a shared machine does not make the
 * figure. Each pass is timed by the wall clock and by the process's own CPU time (which other processes do not
 * inflate).
 */
import { extractProposals, parseReleases, type Gazetteer } from '../lib/releases';

export interface ExtractionRate {
  releases: number;
  proposals: number;
  /** Releases per second of the median pass, by the wall clock. */
  perSecond: number;
  /** The slowest and fastest pass, by the wall clock. */
  range: [number, number];
  /** Releases per second of this process's CPU time, median pass. */
  perCpuSecond: number;
  passes: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** `run` parses and extracts once and returns how many releases and proposals it went through. */
export function measureRate(run: () => { releases: number; proposals: number }, passes = 5): ExtractionRate {
  if (!Number.isInteger(passes) || passes < 1) throw new Error('passes must be a whole number of at least 1');
  const first = run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < passes; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const n = run();
    if (n.releases !== first.releases || n.proposals !== first.proposals) throw new Error('two passes over the same text gave different results');
    wall.push(n.releases / ((performance.now() - started) / 1000));
    const used = process.cpuUsage(usage);
    cpu.push(n.releases / ((used.user + used.system) / 1e6));
  }
  return { ...first, perSecond: median(wall), range: [Math.min(...wall), Math.max(...wall)], perCpuSecond: median(cpu), passes };
}

/** The rate for one text of releases on one gazetteer (the bench's synthetic workload). */
export function extractionRate(text: string, gazetteer: Gazetteer, passes = 5): ExtractionRate {
  return measureRate(() => {
    const { releases } = parseReleases(text);
    let proposals = 0;
    for (const r of releases) proposals += extractProposals({ date: r.date, body: r.body }, gazetteer).length;
    return { releases: releases.length, proposals };
  }, passes);
}

const whole = (x: number) => Math.round(x).toLocaleString('en-US');

/** "3,012 releases/s (median of 5 passes, 2,804 to 3,101; 20,000 releases; 3,240 per second of this process's CPU time)" */
export function describeRate(r: ExtractionRate): string {
  return `${whole(r.perSecond)} releases/s (median of ${r.passes} ${r.passes === 1 ? 'pass' : 'passes'}, ${whole(r.range[0])} to ${whole(r.range[1])}; ${r.releases.toLocaleString('en-US')} releases; ${whole(r.perCpuSecond)} per second of this process's CPU time)`;
}
