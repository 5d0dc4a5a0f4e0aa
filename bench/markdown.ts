/**
 * `npx tsx bench/markdown.ts [bench/results.json]`: the figures of a bench run as the Markdown
 * table the README shows, SQLite and PostgreSQL side by side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  name: string;
  engine: string;
  dataset: string;
  value: number;
  unit: string;
  reference: number | null;
  ratio: number | null;
  budget: string | null;
  pass: boolean | null;
}

const file = process.argv[2] ?? join(import.meta.dirname, 'results.json');
const results = JSON.parse(readFileSync(file, 'utf8')) as { date: string; machine: { cpus: number; cpu: string; memoryGiB: number; node: string }; seconds: number; entries: Entry[] };

const cell = (e: Entry | undefined) =>
  e === undefined ? '' : `${e.value} ${e.unit}${e.reference !== null ? ` / ${e.reference}` : ''}${e.ratio !== null ? ` (${e.ratio}x)` : ''}`;
const verdict = (e: Entry | undefined) => (e?.pass === null || e === undefined ? '' : e.pass ? 'pass' : '**fail**');

// One row per measurement: SQLite (or engine-independent) and PostgreSQL beside it.
const rows = new Map<string, { sqlite?: Entry; postgresql?: Entry }>();
for (const e of results.entries) {
  const key = `${e.name}|${e.dataset.replace(/^\d+ releases$/, 'releases')}`;
  const row = rows.get(key) ?? {};
  if (e.engine === 'postgresql') row.postgresql = e;
  else row.sqlite = e;
  rows.set(key, row);
}
console.log(`Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.seconds} s; machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}.\n`);
console.log('| measurement | dataset | SQLite: value / reference (ratio) | budget | result | PostgreSQL: value / reference (ratio) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [key, { sqlite, postgresql }] of rows) {
  const any = sqlite ?? postgresql!;
  console.log(`| ${key.split('|')[0]} | ${any.dataset} | ${cell(sqlite)} | ${any.budget ?? ''} | ${verdict(sqlite)} | ${cell(postgresql)} |`);
}
