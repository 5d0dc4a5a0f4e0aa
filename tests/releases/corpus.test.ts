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
  // dev2 to dev26 were each scored once before any rule was tuned on them (0.735 / 0.600, 0.724 / 0.579,
  // 0.857 / 0.575, 0.840 / 0.621, 0.800 / 0.680, 0.878 / 0.617, 0.892 / 0.655, 0.866 / 0.725,
  // 0.895 / 0.716, 0.840 / 0.624, 0.803 / 0.609, 0.788 / 0.618, 0.890 / 0.692, 0.830 / 0.679,
  // 0.848 / 0.627, 0.842 / 0.779, 0.858 / 0.686, 0.876 / 0.709, 0.828 / 0.729, 0.851 / 0.688,
  // 0.821 / 0.604, 0.835 / 0.650, 0.882 / 0.623, 0.901 / 0.723 and 0.844 / 0.691; docs/decisions/0020),
  // then tuned on (dev25 since round 23). dev27 was scored once after round 23d (0.897 / 0.686), dev28 and dev29 after
  // round 23q (0.817 / 0.690 and 0.896 / 0.695); dev27 and dev29 were then tuned on, dev28 has not been. dev30 was
  // scored once after round 23 (0.895 / 0.681) and has not been tuned on.
  dev30: { precision: 0.895, recall: 0.681, traps: 4 },
  dev29: { precision: 0.926, recall: 0.718, traps: 4 },
  dev28: { precision: 0.817, recall: 0.69, traps: 1 },
  dev27: { precision: 0.942, recall: 0.794, traps: 1 },
  dev26: { precision: 0.877, recall: 0.733, traps: 7 },
  dev25: { precision: 0.944, recall: 0.757, traps: 6 },
  dev24: { precision: 0.935, recall: 0.701, traps: 2 },
  dev23: { precision: 0.899, recall: 0.722, traps: 3 },
  dev22: { precision: 0.928, recall: 0.67, traps: 4 },
  dev21: { precision: 0.891, recall: 0.713, traps: 9 },
  dev20: { precision: 0.869, recall: 0.764, traps: 7 },
  dev19: { precision: 0.927, recall: 0.755, traps: 3 },
  dev18: { precision: 0.911, recall: 0.716, traps: 5 },
  dev17: { precision: 0.917, recall: 0.834, traps: 4 },
  dev16: { precision: 0.945, recall: 0.716, traps: 1 },
  dev15: { precision: 0.899, recall: 0.711, traps: 8 },
  // dev14 was 0.928 before round 20c: one label (gm-unmil-007) gives no site to the goods "handed over with" Star Base, where the
  // labels guide ("Which site", added in round 20) and the other batches give the site.
  dev14: { precision: 0.922, recall: 0.717, traps: 0 },
  dev13: { precision: 0.884, recall: 0.648, traps: 3 },
  dev12: { precision: 0.947, recall: 0.713, traps: 2 },
  dev11: { precision: 0.923, recall: 0.708, traps: 3 },
  dev10: { precision: 0.932, recall: 0.8, traps: 6 },
  dev9: { precision: 0.915, recall: 0.787, traps: 6 },
  dev8: { precision: 0.963, recall: 0.748, traps: 1 },
  dev7: { precision: 0.977, recall: 0.737, traps: 0 },
  dev6: { precision: 0.952, recall: 0.814, traps: 2 },
  dev5: { precision: 0.957, recall: 0.826, traps: 3 },
  dev4: { precision: 0.946, recall: 0.737, traps: 3 },
  dev3: { precision: 0.949, recall: 0.779, traps: 0 },
  dev2: { precision: 0.987, recall: 0.85, traps: 0 },
  dev: { precision: 1, recall: 0.921, traps: 0 },
  train: { precision: 0.97, recall: 0.835, traps: 0 },
} as const;

describe('extraction on the labelled corpus', () => {
  it('keeps the frozen test split as it was frozen', () => {
    const hash = createHash('sha256').update(readRepoFile('tests/releases/corpus/test.json')).digest('hex');
    expect(hash).toBe('c6d0bf3b8df7279fc914ed8d9789797541e4d8365ce46c4ef705a3fab17cac9b');
  });

  it.each(Object.entries(FLOORS))('%s split: precision, recall and traps no worse than measured', (split, floor) => {
    const report = evaluateSplit(split as keyof typeof FLOORS);
    expect(report.items).toBeGreaterThanOrEqual(30);
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
