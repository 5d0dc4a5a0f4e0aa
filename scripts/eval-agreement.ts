/**
 * npm run eval:agreement [-- --file ITEMS.json --labels SECOND.json …]: how far two labellers agree under the measure
 * `npm run eval:extraction` uses. For each split a second labeller labelled again from the texts and the labels guide
 * alone (tests/releases/corpus/agreement/, blind to the first labels), scores the second labels as if they were the
 * extractor's proposals against the first, beside the extractor's own score on the same releases. With `--file` (a file
 * in the corpus format kept outside the repository, e.g. real releases) and its second labels (`--labels`, one or more
 * files of `[{ "id", "milestones" }]`), the same for that file alone. Prints figures only, never an item, so a held-out
 * set stays held out.
 */
import { parseArgs } from 'node:util';
import { evaluate, evaluateSecondLabels, scoreLine, type CorpusItem, type Label, type Score, type SplitReport } from '@/lib/releases/evaluate';
import { AGREEMENT_SPLITS, evaluateSplit, loadGazetteers, loadSecondLabels, loadSplit, readItems, readSecondLabels } from '@/tests/releases/corpus/load';

const { values } = parseArgs({ options: { file: { type: 'string' }, labels: { type: 'string', multiple: true } } });
if ((values.file === undefined) !== (values.labels === undefined)) {
  console.error('--file and --labels go together: the labelled releases, and a second labeller’s labels of them');
  process.exit(2);
}

const row = (name: string, s: Score) => scoreLine(name, s, 34);

function print(name: string, items: CorpusItem[], second: Map<string, Label[]>, extractor: SplitReport): void {
  const agreed = evaluateSecondLabels(items, second);
  console.log(`\n== ${name}: ${items.length} releases, first labels as the truth`);
  console.log(row('second labeller', agreed.overall));
  console.log(row('extractor', extractor.overall));
  for (const language of Object.keys(agreed.byLanguage)) {
    console.log(row(`second labeller, ${language}`, agreed.byLanguage[language]!));
    console.log(row(`extractor, ${language}`, extractor.byLanguage[language]!));
  }
  console.log(' by type (second labeller)');
  for (const [type, s] of Object.entries(agreed.byType)) console.log(row(type, s));
  console.log(` traps the second labeller fell into: ${agreed.traps.length} of ${agreed.trapCount}; the extractor: ${extractor.traps.length}`);
}

if (values.file !== undefined) {
  const items = readItems(values.file);
  print(values.file, items, readSecondLabels(values.labels!), evaluate(items, loadGazetteers()));
} else {
  for (const split of AGREEMENT_SPLITS) {
    print(split, loadSplit(split), loadSecondLabels(split), evaluateSplit(split));
  }
}
