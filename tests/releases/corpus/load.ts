/** Reads the labelled corpus (docs/extraction-labels.md) and scores a split: shared by the eval script and the test. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CorpusGazetteerSchema, CorpusItemSchema, evaluate, SecondLabelsSchema, type CorpusGazetteer, type CorpusItem, type Label, type SplitReport } from '@/lib/releases/evaluate';

export const SPLITS = ['train', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const dir = fileURLToPath(new URL('./', import.meta.url));

export function loadGazetteers(): Map<string, CorpusGazetteer> {
  const out = new Map<string, CorpusGazetteer>();
  for (const file of readdirSync(`${dir}gazetteers`).filter((f) => f.endsWith('.json'))) {
    const g = CorpusGazetteerSchema.parse(JSON.parse(readFileSync(`${dir}gazetteers/${file}`, 'utf8')));
    out.set(g.mission, g);
  }
  return out;
}

/** A file of labelled releases in the corpus format, checked against its schema. */
export function readItems(path: string): CorpusItem[] {
  return z.array(CorpusItemSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function loadSplit(split: Split): CorpusItem[] {
  return readItems(`${dir}${split}.json`);
}

export function evaluateSplit(split: Split): SplitReport {
  return evaluate(loadSplit(split), loadGazetteers());
}

/** A file in the corpus format kept elsewhere (real releases labelled by hand, an editor's export), scored with the corpus's gazetteers. */
export function evaluateFile(path: string): SplitReport {
  return evaluate(readItems(path), loadGazetteers());
}

/** The splits a second labeller labelled again, blind to the first labels (agreement/<split>.json). */
export const AGREEMENT_SPLITS = ['dev60', 'test'] as const satisfies readonly Split[];

export function loadSecondLabels(split: (typeof AGREEMENT_SPLITS)[number]): Map<string, Label[]> {
  return readSecondLabels([`${dir}agreement/${split}.json`]);
}

/** Second labels kept in files (a split's, or a second labeller's of a `--file` kept outside the repository), one map; a release labelled twice is refused. */
export function readSecondLabels(paths: readonly string[]): Map<string, Label[]> {
  const byId = new Map<string, Label[]>();
  for (const path of paths) {
    for (const e of SecondLabelsSchema.parse(JSON.parse(readFileSync(path, 'utf8')))) {
      if (byId.has(e.id)) throw new Error(`${path.split('/').pop()} lists release ${e.id} a second time`);
      byId.set(e.id, e.milestones);
    }
  }
  return byId;
}
