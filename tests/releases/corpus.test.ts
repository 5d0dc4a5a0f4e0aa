/**
 * Extraction measured on the labelled corpus (docs/extraction-labels.md; npm run eval:extraction
 * prints the full report). The test split was frozen in commit 4b6f254 before any rule was tuned
 * on the corpus, and is never used to choose a rule.
 *
 * The floors below are the figures measured at the end of the latest round (issue 13's closing
 * notes), not the issue's target (precision 0.9, recall 0.8, no trap): the extractor does not
 * reach that target yet, and this test keeps it from falling further while it is worked on.
 * Raise the floors as the extractor improves on the test split; never lower them to pass.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluateSplit, SPLITS } from './corpus/load';
import { readRepoFile } from './helpers';

const FLOORS = {
  test: { precision: 0.828, recall: 0.59, traps: 8 },
  // dev2 to dev23 were each scored once before any rule was tuned on them (0.735 / 0.600, 0.724 / 0.579,
  // 0.857 / 0.575, 0.840 / 0.621, 0.800 / 0.680, 0.878 / 0.617, 0.892 / 0.655, 0.866 / 0.725,
  // 0.895 / 0.716, 0.840 / 0.624, 0.803 / 0.609, 0.788 / 0.618, 0.890 / 0.692, 0.830 / 0.679,
  // 0.848 / 0.627, 0.842 / 0.779, 0.858 / 0.686, 0.876 / 0.709, 0.828 / 0.729, 0.851 / 0.688,
  // 0.821 / 0.604 and 0.835 / 0.650; docs/decisions/0020), then tuned on (all but dev23).
  dev23: { precision: 0.835, recall: 0.65, traps: 12 },
  dev22: { precision: 0.888, recall: 0.637, traps: 5 },
  dev21: { precision: 0.875, recall: 0.7, traps: 10 },
  dev20: { precision: 0.853, recall: 0.747, traps: 7 },
  dev19: { precision: 0.916, recall: 0.741, traps: 3 },
  dev18: { precision: 0.899, recall: 0.703, traps: 5 },
  dev17: { precision: 0.912, recall: 0.829, traps: 4 },
  dev16: { precision: 0.936, recall: 0.692, traps: 1 },
  dev15: { precision: 0.89, recall: 0.69, traps: 8 },
  // dev14 was 0.928: one label (gm-unmil-007) gives no site to the goods "handed over with" Star Base, where the labels
  // guide ("Which site", added in round 20) and the other batches give the site (round 20c).
  dev14: { precision: 0.922, recall: 0.712, traps: 0 },
  dev13: { precision: 0.87, recall: 0.638, traps: 4 },
  dev12: { precision: 0.93, recall: 0.69, traps: 2 },
  dev11: { precision: 0.922, recall: 0.698, traps: 3 },
  dev10: { precision: 0.931, recall: 0.787, traps: 6 },
  dev9: { precision: 0.908, recall: 0.775, traps: 6 },
  dev8: { precision: 0.963, recall: 0.748, traps: 1 },
  dev7: { precision: 0.962, recall: 0.72, traps: 0 },
  dev6: { precision: 0.952, recall: 0.814, traps: 2 },
  dev5: { precision: 0.957, recall: 0.82, traps: 3 },
  dev4: { precision: 0.946, recall: 0.731, traps: 3 },
  dev3: { precision: 0.948, recall: 0.774, traps: 0 },
  dev2: { precision: 0.987, recall: 0.839, traps: 0 },
  dev: { precision: 0.988, recall: 0.91, traps: 0 },
  train: { precision: 0.97, recall: 0.832, traps: 0 },
} as const;

describe('extraction on the labelled corpus', () => {
  it('keeps the frozen test split as it was frozen', () => {
    const hash = createHash('sha256').update(readRepoFile('tests/releases/corpus/test.json')).digest('hex');
    expect(hash).toBe('c6d0bf3b8df7279fc914ed8d9789797541e4d8365ce46c4ef705a3fab17cac9b');
  });

  it.each(Object.entries(FLOORS))('%s split: precision, recall and traps no worse than measured', (split, floor) => {
    const report = evaluateSplit(split as keyof typeof FLOORS);
    expect(report.items).toBeGreaterThan(50);
    expect(report.overall.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(report.overall.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(report.traps.length).toBeLessThanOrEqual(floor.traps);
  });

  it('covers both languages and at least four missions in every split', () => {
    for (const split of SPLITS) {
      const report = evaluateSplit(split);
      expect(Object.keys(report.byLanguage).sort()).toEqual(['en', 'fr']);
      expect(Object.keys(report.byMission).length).toBeGreaterThanOrEqual(4);
    }
    // Every split is scored here: over 2,000 releases, past the default 5 s on a loaded machine.
  }, 60_000);
});
