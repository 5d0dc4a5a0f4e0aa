/** A second labeller's labels scored as proposals are (npm run eval:agreement): the ceiling the extractor is measured under. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSecondLabels, type CorpusItem, type Label } from '@/lib/releases/evaluate';
import { AGREEMENT_SPLITS, loadSecondLabels, loadSplit, readSecondLabels } from './corpus/load';

const label = (over: Partial<Label>): Label => ({ type: 'site_handed_over', date: '2023-08-03', site: 'Ogossagou', country: null, figure: null, status: 'achieved', alsoAccept: [], ...over });
const item = (milestones: Label[]): CorpusItem => ({ id: 'x-1', mission: 'MINUSMA', language: 'en', style: 'wire_story', sources: [], text: '04 Aug 2023 - …', milestones, traps: [] });

describe('two labellers compared', () => {
  it('scores full agreement as precision and recall 1', () => {
    const first = [label({}), label({ type: 'convoy_departed', date: '2023-08-04', alsoAccept: ['withdrawal_completed'] })];
    const report = evaluateSecondLabels([item(first)], new Map([['x-1', first]]));
    expect(report.overall).toMatchObject({ precision: 1, recall: 1, correct: 2, proposed: 2, labelled: 2 });
  });

  it('counts a label with another day as one wrong and one missed, and a type the first labels also accept as agreement', () => {
    const first = [label({}), label({ type: 'convoy_departed', date: '2023-08-04', alsoAccept: ['withdrawal_completed'] })];
    const second = [label({ date: '2023-08-04' }), label({ type: 'withdrawal_completed', date: '2023-08-04' })];
    const report = evaluateSecondLabels([item(first)], new Map([['x-1', second]]));
    expect(report.overall).toMatchObject({ precision: 0.5, recall: 0.5, correct: 1, proposed: 2, labelled: 2 });
    expect(report.errors[0]!.missed).toEqual([first[0]]);
  });

  it('refuses a release the second labeller did not label', () => {
    expect(() => evaluateSecondLabels([item([])], new Map())).toThrow(/no second labels for x-1/);
  });

  it.each(AGREEMENT_SPLITS)('%s: the second labels cover every release of the split once, and nothing else', (split) => {
    const ids = loadSplit(split).map((i) => i.id);
    const second = loadSecondLabels(split);
    expect([...second.keys()].sort()).toEqual([...ids].sort());
  });

  it('reads a second labeller\'s files of a --file as one map, and refuses a release labelled twice (npm run eval:agreement -- --file … --labels …)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-labels-'));
    const write = (name: string, entries: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(entries));
      return path;
    };
    const label = { type: 'site_handed_over', date: '2023-11-18', site: 'Ansongo', country: null, figure: null, status: 'achieved', alsoAccept: [] };
    const a = write('a.json', [{ id: 'r-1', milestones: [label] }]);
    const b = write('b.json', [{ id: 'r-2', milestones: [] }]);
    expect([...readSecondLabels([a, b]).entries()]).toEqual([['r-1', [label]], ['r-2', []]]);
    expect(() => readSecondLabels([a, a])).toThrow(/lists release r-1 a second time/);
    expect(() => readSecondLabels([write('c.json', [{ id: 'r-3', milestones: [{ type: 'handover' }] }])])).toThrow();
  });
});
