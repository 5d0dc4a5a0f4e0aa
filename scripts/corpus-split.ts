/**
 * tsx scripts/corpus-split.ts DIR            (a first corpus: train, dev and test)
 * tsx scripts/corpus-split.ts DIR --into train   (more items for one split: any split but test, which stays frozen)
 *
 * Splits labelled corpus batches (DIR/items/*.json, DIR/gazetteers/*.json; docs/extraction-labels.md)
 * into tests/releases/corpus/{train,dev,test}.json: within each batch, items ordered by a hash
 * of their id, the first 40% to test, the next 25% to dev, the rest to train. The order does not
 * depend on the text or the labels, so no one chooses which items are held out.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CorpusGazetteerSchema, CorpusItemSchema, type CorpusItem } from '@/lib/releases/evaluate';
import { loadSplit, SPLITS, type Split } from '@/tests/releases/corpus/load';

const dir = process.argv[2];
const into = process.argv[3] === '--into' ? process.argv[4] : undefined;
if (into !== undefined && (into === 'test' || !(SPLITS as readonly string[]).includes(into))) {
  console.error(`--into takes one of ${SPLITS.filter((s) => s !== 'test').join(', ')}: the test split is frozen`);
  process.exit(2);
}
if (!dir) {
  console.error('usage: tsx scripts/corpus-split.ts DIR (with DIR/items/*.json and DIR/gazetteers/*.json)');
  process.exit(2);
}
const out = 'tests/releases/corpus';
/** Each batch file of DIR/items, checked against the corpus format. */
const batches = (): CorpusItem[][] =>
  readdirSync(`${dir}/items`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => z.array(CorpusItemSchema).parse(JSON.parse(readFileSync(`${dir}/items/${file}`, 'utf8'))));

if (into) {
  const current = loadSplit(into as Split);
  const known = new Set(SPLITS.flatMap((split) => loadSplit(split).map((i) => i.id)));
  const added = batches().flat();
  for (const item of added) {
    if (known.has(item.id)) throw new Error(`${item.id} is in the corpus already`);
    known.add(item.id);
  }
  writeFileSync(`${out}/${into}.json`, `${JSON.stringify([...current, ...added], null, 1)}\n`);
  console.log(`${into}: ${added.length} releases added (${added.filter((i) => i.language === 'fr').length} in French), ${current.length + added.length} in all`);
  process.exit(0);
}
// The test split is frozen once written: a new split would hold out releases already tuned on.
if (existsSync(`${out}/test.json`)) {
  console.error(`${out}/test.json exists and is frozen: add releases with --into train or --into dev`);
  process.exit(2);
}
for (const file of readdirSync(`${dir}/gazetteers`).filter((f) => f.endsWith('.json'))) {
  CorpusGazetteerSchema.parse(JSON.parse(readFileSync(`${dir}/gazetteers/${file}`, 'utf8')));
  copyFileSync(`${dir}/gazetteers/${file}`, `${out}/gazetteers/${file}`);
}
const splits: Record<'train' | 'dev' | 'test', CorpusItem[]> = { train: [], dev: [], test: [] };
const hash = (id: string) => createHash('sha256').update(id).digest('hex');
for (const items of batches()) {
  const ordered = [...items].sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
  const test = Math.round(ordered.length * 0.4);
  const dev = Math.round(ordered.length * 0.25);
  splits.test.push(...ordered.slice(0, test));
  splits.dev.push(...ordered.slice(test, test + dev));
  splits.train.push(...ordered.slice(test + dev));
}
for (const [name, items] of Object.entries(splits)) {
  writeFileSync(`${out}/${name}.json`, `${JSON.stringify(items, null, 1)}\n`);
  const fr = items.filter((i) => i.language === 'fr').length;
  console.log(`${name}: ${items.length} releases (${fr} in French), ${items.reduce((n, i) => n + i.milestones.length, 0)} milestones`);
}
