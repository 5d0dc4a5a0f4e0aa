/**
 * npm run bench:extraction: parsing and extraction alone, in this process (one core), the
 * figure issue 13 budgets at >= 5,000 releases/s. Two workloads: the bench's synthetic
 * releases (the same text `npm run bench` imports) on the MINUSMA gazetteer, and the labelled
 * corpus (tests/releases/corpus/, real-length releases of six missions) repeated. Prints
 * releases per second for each (by the wall clock, and by the process's own CPU time, which other processes on a
 * shared machine do not inflate); exits 1 when the synthetic one misses the budget (wall clock).
 */
import { extractProposals, parseReleases } from '../lib/releases';
import { gazetteerFor } from '../lib/releases/evaluate';
import { loadGazetteers, loadSplit, SPLITS } from '../tests/releases/corpus/load';
import { seedGazetteer } from '../tests/releases/helpers';
import { syntheticReleaseText } from './generate';

function rate(label: string, run: () => number): number {
  run(); // warm up
  const started = performance.now();
  const cpu = process.cpuUsage();
  const n = run();
  const perSecond = n / ((performance.now() - started) / 1000);
  // (On a shared machine the wall clock counts other processes' time too; the process's own CPU time does not.)
  const used = process.cpuUsage(cpu);
  const perCpuSecond = n / ((used.user + used.system) / 1e6);
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`${label}: ${fmt(perSecond)} releases/s (${n.toLocaleString('en-US')} releases; ${fmt(perCpuSecond)} per second of this process's CPU time)`);
  return perSecond;
}

const text = syntheticReleaseText(20_000);
const minusma = seedGazetteer();
const synthetic = rate('synthetic releases, MINUSMA gazetteer', () => {
  const { releases } = parseReleases(text);
  for (const r of releases) extractProposals({ date: r.date, body: r.body }, minusma);
  return releases.length;
});

const gazetteers = new Map([...loadGazetteers()].map(([code, g]) => [code, gazetteerFor(g)]));
const items = SPLITS.flatMap((split) => loadSplit(split));
const corpusText = items.map((i) => ({ text: i.text, gazetteer: gazetteers.get(i.mission)! }));
rate('labelled corpus releases (x20)', () => {
  let n = 0;
  for (let k = 0; k < 20; k++) {
    for (const { text: t, gazetteer } of corpusText) {
      for (const r of parseReleases(t).releases) extractProposals(r, gazetteer);
      n++;
    }
  }
  return n;
});

if (synthetic < 5000) {
  console.error('budget missed: >= 5,000 releases/s on the synthetic releases');
  process.exitCode = 1;
}
