/**
 * npm run eval:extraction [-- --errors] [--json PATH] [--split NAME …] [--file PATH …]
 *
 * Scores the extractor on the labelled corpus (tests/releases/corpus/, docs/extraction-labels.md):
 * for every split (train, dev, dev2-dev60, test), precision, recall and F1 overall, per type, per language and per
 * mission, the traps fallen into and a confusion table of types. Writes the same as JSON
 * (default tests/releases/corpus/results.json). `--errors` lists each wrong and missed
 * milestone of every split but test (`--split train --split dev4` runs only those); the test split's are never listed, so no rule is chosen on them.
 * A new batch (dev2 to dev60) is scored once before any rule is chosen on it (docs/decisions/0020).
 * `--file PATH` scores a file of the same format kept outside the repository (real releases labelled by hand, an
 * editor's `npm run export:labels`), with the corpus's gazetteers; with only `--file`, no split is run and results.json
 * is left alone (`--json` writes the files' figures where it says).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scoreLine as row, type SplitReport } from '@/lib/releases/evaluate';
import { evaluateFile, evaluateSplit, SPLITS } from '@/tests/releases/corpus/load';

const { values } = parseArgs({
  options: { errors: { type: 'boolean', default: false }, split: { type: 'string', multiple: true }, file: { type: 'string', multiple: true }, json: { type: 'string' } },
});
const files = values.file ?? [];
const splits = files.length > 0 && !values.split ? [] : SPLITS.filter((s) => !values.split || values.split.includes(s));
const json = values.json ?? (splits.length > 0 ? 'tests/releases/corpus/results.json' : undefined);

const out: Record<string, Omit<SplitReport, 'errors'> & { errors?: SplitReport['errors'] }> = {};
const reports: [name: string, report: SplitReport][] = [...splits.map((split) => [split, evaluateSplit(split)] as [string, SplitReport]), ...files.map((f) => [f, evaluateFile(f)] as [string, SplitReport])];
for (const [split, r] of reports) {
  console.log(`\n== ${split}: ${r.items} releases`);
  console.log(row('overall', r.overall));
  console.log(' by language');
  for (const [k, s] of Object.entries(r.byLanguage)) console.log(row(k, s));
  console.log(' by mission');
  for (const [k, s] of Object.entries(r.byMission)) console.log(row(k, s));
  console.log(' by type');
  for (const [k, s] of Object.entries(r.byType)) console.log(row(k, s));
  console.log(` traps fallen into: ${r.traps.length} of ${r.trapCount}`);
  for (const t of r.traps) console.log(`   ${t.item}: ${t.kind} (${t.note})`);
  const conf = Object.entries(r.confusion);
  if (conf.length > 0) {
    console.log(' confusion (labelled -> proposed, same date, site and status)');
    for (const [labelled, to] of conf) for (const [proposed, n] of Object.entries(to)) console.log(`   ${labelled} -> ${proposed}: ${n}`);
  }
  const { errors, ...rest } = r;
  if (split === 'test') out[split] = rest;
  else {
    out[split] = { ...rest, errors };
    if (values.errors) {
      for (const e of errors) {
        console.log(`  - ${e.item}`);
        for (const w of e.wrong) console.log(`      wrong  ${w.type} ${w.date} ${w.site ?? '-'} ${w.country ?? '-'} ${w.status} fig=${w.figure ?? '-'} | ${w.sentence.slice(0, 160)}`);
        for (const m of e.missed) console.log(`      missed ${m.type} ${m.date} ${m.site ?? '-'} ${m.country ?? '-'} ${m.status} fig=${m.figure ?? '-'}`);
      }
    }
  }
}
if (json) {
  writeFileSync(json, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`\nwritten ${json}`);
}
