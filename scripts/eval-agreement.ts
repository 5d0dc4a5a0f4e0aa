/**
 * npm run eval:agreement: how far two labellers agree under the measure `npm run eval:extraction` uses. For each
 * split a second labeller labelled again from the texts and the labels guide alone (tests/releases/corpus/agreement/,
 * blind to the first labels), scores the second labels as if they were the extractor's proposals against the first,
 * beside the extractor's own score on the same releases. Prints figures only, never an item, so a held-out split
 * stays held out.
 */
import { evaluateSecondLabels, scoreLine, type Score } from '@/lib/releases/evaluate';
import { AGREEMENT_SPLITS, evaluateSplit, loadSecondLabels, loadSplit } from '@/tests/releases/corpus/load';

const row = (name: string, s: Score) => scoreLine(name, s, 34);

for (const split of AGREEMENT_SPLITS) {
  const items = loadSplit(split);
  const second = evaluateSecondLabels(items, loadSecondLabels(split));
  const extractor = evaluateSplit(split);
  console.log(`\n== ${split}: ${items.length} releases, first labels as the truth`);
  console.log(row('second labeller', second.overall));
  console.log(row('extractor', extractor.overall));
  for (const language of Object.keys(second.byLanguage)) {
    console.log(row(`second labeller, ${language}`, second.byLanguage[language]!));
    console.log(row(`extractor, ${language}`, extractor.byLanguage[language]!));
  }
  console.log(' by type (second labeller)');
  for (const [type, s] of Object.entries(second.byType)) console.log(row(type, s));
  console.log(` traps the second labeller fell into: ${second.traps.length} of ${second.trapCount}; the extractor: ${extractor.traps.length}`);
}
