/**
 * tsx scripts/corpus-split.ts DIR            (a first corpus: train, dev and test)
 * tsx scripts/corpus-split.ts DIR --into train   (more items for one split; test stays frozen)
 *
 * Splits labelled corpus batches (DIR/items/*.json, DIR/gazetteers/*.json; docs/extraction-labels.md)
 * into tests/releases/corpus/{train,dev,test}.json: within each batch, items ordered by a hash
 * of their id, the first 40% to test, the next 25% to dev, the rest to train. The order does not
 * depend on the text or the labels, so no one chooses which items are held out.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CorpusGazetteerSchema, CorpusItemSchema, type CorpusItem } from '@/lib/releases/evaluate';

const dir = process.argv[2];
const into = process.argv[3] === '--into' ? process.argv[4] : undefined;
if (into !== undefined && into !== 'train' && into !== 'dev') {
  console.error('--into takes train or dev: the test split is frozen');
  process.exit(2);
}
if (!dir) {
  console.error('usage: tsx scripts/corpus-split.ts DIR (with DIR/items/*.json and DIR/gazetteers/*.json)');
  process.exit(2);
}
const out = 'tests/releases/corpus';
if (into) {
  const current = z.array(CorpusItemSchema).parse(JSON.parse(readFileSync(`${out}/${into}.json`, 'utf8')));
  const known = new Set(['train', 'dev', 'test'].flatMap((split) => (JSON.parse(readFileSync(`${out}/${split}.json`, 'utf8')) as { id: string }[]).map((i) => i.id)));
  const added: CorpusItem[] = [];
  for (const file of readdirSync(`${dir}/items`).filter((f) => f.endsWith('.json')).sort()) {
    for (const item of z.array(CorpusItemSchema).parse(JSON.parse(readFileSync(`${dir}/items/${file}`, 'utf8')))) {
      if (known.has(item.id)) throw new Error(`${item.id} is in the corpus already`);
      known.add(item.id);
      added.push(item);
    }
  }
  writeFileSync(`${out}/${into}.json`, `${JSON.stringify([...current, ...added], null, 1)}\n`);
  console.log(`${into}: ${added.length} releases added (${added.filter((i) => i.language === 'fr').length} in French), ${current.length + added.length} in all`);
  process.exit(0);
}
for (const file of readdirSync(`${dir}/gazetteers`).filter((f) => f.endsWith('.json'))) {
  CorpusGazetteerSchema.parse(JSON.parse(readFileSync(`${dir}/gazetteers/${file}`, 'utf8')));
  copyFileSync(`${dir}/gazetteers/${file}`, `${out}/gazetteers/${file}`);
}
const splits: Record<'train' | 'dev' | 'test', CorpusItem[]> = { train: [], dev: [], test: [] };
const hash = (id: string) => createHash('sha256').update(id).digest('hex');
for (const file of readdirSync(`${dir}/items`).filter((f) => f.endsWith('.json')).sort()) {
  const items = z.array(CorpusItemSchema).parse(JSON.parse(readFileSync(`${dir}/items/${file}`, 'utf8')));
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
