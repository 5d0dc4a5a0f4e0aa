/**
 * tsx scripts/corpus-split.ts DIR
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
if (!dir) {
  console.error('usage: tsx scripts/corpus-split.ts DIR (with DIR/items/*.json and DIR/gazetteers/*.json)');
  process.exit(2);
}
const out = 'tests/releases/corpus';
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
