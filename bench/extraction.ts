/**
 * npm run bench:extraction: parsing and extraction alone, in this process (one core), the
 * figure issue 13 budgets at >= 5,000 releases/s. Two workloads: the bench's synthetic
 * releases (the same text `npm run bench` imports) on the MINUSMA gazetteer, and the labelled
 * corpus (tests/releases/corpus/, real-length releases of six missions) repeated. Prints
 * releases per second for each, the median of several passes after an untimed one (bench/extraction-rate.ts,
 * the same measure `npm run bench` records); exits 1 when the synthetic one misses the budget (wall clock).
 */
import { extractProposals, parseReleases } from '../lib/releases';
import { gazetteerFor } from '../lib/releases/evaluate';
import { loadGazetteers, loadSplit, SPLITS } from '../tests/releases/corpus/load';
import { seedGazetteer } from '../tests/releases/helpers';
import { describeRate, extractionRate, measureRate } from './extraction-rate';
import { syntheticReleaseText } from './generate';

const synthetic = extractionRate(syntheticReleaseText(20_000), seedGazetteer());
console.log(`synthetic releases, MINUSMA gazetteer: ${describeRate(synthetic)}`);

const gazetteers = new Map([...loadGazetteers()].map(([code, g]) => [code, gazetteerFor(g)]));
const items = SPLITS.flatMap((split) => loadSplit(split)).map((i) => ({ text: i.text, gazetteer: gazetteers.get(i.mission)! }));
const corpus = measureRate(() => {
  let releases = 0;
  let proposals = 0;
  for (let k = 0; k < 5; k++) {
    for (const { text, gazetteer } of items) {
      for (const r of parseReleases(text).releases) proposals += extractProposals(r, gazetteer).length;
      releases++;
    }
  }
  return { releases, proposals };
}, 3);
console.log(`labelled corpus releases (x5): ${describeRate(corpus)}`);

if (synthetic.perSecond < 5000) {
  console.error('budget missed: >= 5,000 releases/s on the synthetic releases (median pass)');
  process.exitCode = 1;
}
