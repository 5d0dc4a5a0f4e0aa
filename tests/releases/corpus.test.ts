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
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFile, evaluateSplit, SPLITS } from './corpus/load';
import { readRepoFile } from './helpers';

const FLOORS = {
  test: { precision: 0.839, recall: 0.639, traps: 8 },
  // dev2 to dev26 were each scored once before any rule was tuned on them (0.735 / 0.600, 0.724 / 0.579,
  // 0.857 / 0.575, 0.840 / 0.621, 0.800 / 0.680, 0.878 / 0.617, 0.892 / 0.655, 0.866 / 0.725,
  // 0.895 / 0.716, 0.840 / 0.624, 0.803 / 0.609, 0.788 / 0.618, 0.890 / 0.692, 0.830 / 0.679,
  // 0.848 / 0.627, 0.842 / 0.779, 0.858 / 0.686, 0.876 / 0.709, 0.828 / 0.729, 0.851 / 0.688,
  // 0.821 / 0.604, 0.835 / 0.650, 0.882 / 0.623, 0.901 / 0.723 and 0.844 / 0.691; docs/decisions/0020),
  // then tuned on (dev25 since round 23). dev27 was scored once after round 23d (0.897 / 0.686), dev28 and dev29 after
  // round 23q (0.817 / 0.690 and 0.896 / 0.695); dev27 and dev29 were then tuned on, dev28 has not been. dev30 was
  // scored once after round 23 (0.895 / 0.681), then tuned on in round 24. dev31 was scored once after round 24
  // (0.845 / 0.710, 3 traps), then tuned on in round 25; dev32 was scored once after round 25 (0.860 / 0.634, 4 traps),
  // then tuned on in round 26; dev33 was scored once after round 26 (0.818 / 0.529, 4 traps), then tuned on in round 27;
  // dev34 was scored once after round 27 (0.903 / 0.641, 4 traps), then tuned on in round 28; dev35 was scored once after
  // round 28 (0.859 / 0.759, 4 traps), then tuned on in round 29; dev36 was scored once after round 29 (0.855 / 0.641,
  // 6 traps), then tuned on in round 30; dev37 was scored once after round 30 (0.808 / 0.571, 7 traps), then tuned on in
  // round 31; dev38 once after round 31 (0.901 / 0.731, 2 traps), tuned on in round 32; dev39 once after round 32 (0.881 /
  // 0.781, 2 traps), tuned on in round 33; dev40 once after round 33 (0.880 / 0.646, 5 traps), tuned on in round 34; dev41
  // once after round 34 (0.803 / 0.724, 10 traps), tuned on in round 35; dev42 was scored once after round 35 (0.835 /
  // 0.733, 9 traps), tuned on in round 36; dev43 once after round 36 (0.772 / 0.672, 8 traps), tuned on in round 37;
  // dev45 once after round 37 (0.922 / 0.676, 2 traps), tuned on in round 38; dev46 once after round 38 (0.803 / 0.550,
  // 7 traps), tuned on in round 39; dev47 once after round 39 (0.929 / 0.745, 0 traps), tuned on in round 40; dev48 once
  // after round 40 (0.828 / 0.653, 4 traps), tuned on in round 41; dev44 was held out and scored once after round 41
  // (0.898 / 0.704, 2 traps), then tuned on in round 42. dev51 once after round 42 (0.789 / 0.669, 12 traps), tuned on in
  // rounds 43 and 44; dev50 once after round 44 (0.897 / 0.757, 6 traps), tuned on in rounds 45 and 46; dev52 and dev53 once
  // after round 46 (0.900 / 0.683, 5 traps; 0.745 / 0.567, 10 traps), tuned on in rounds 47 to 51; dev54 and dev55 once
  // after round 51 (0.931 / 0.752, 4 traps; 0.871 / 0.660, 7 traps), tuned on in rounds 52 to 55; dev49 was held out and
  // scored once after round 55 (0.877 / 0.750, 3 traps), never tuned on. dev56 was scored once after round 55 and the speed-up
  // that followed it (0.876 / 0.739, 1 trap), never tuned on; rounds 56 to 60 (chosen on the other tuning splits) left it, dev28,
  // dev49 and test where they were, and lowered no floor. In rounds 61 to 80 the misses of dev28, dev49 and dev56 were read
  // (so they are tuning splits now); dev57 (scored once before round 61: 0.867 / 0.726, 5 traps), dev58 and dev59 (scored
  // once after round 80) were held out and did not move under those rounds; test moved by one right proposal. dev60 was
  // scored once at 76da4b4 (0.870 / 0.764, 2 traps), held out, and labelled again blind by a second labeller
  // (agreement/dev60.json, npm run eval:agreement). Round 81 (each site of a list after "from" the origin of an arrival,
  // wherever the arrival's own origins are read) moved test by one right proposal and none of dev57 to dev60; rounds 82 to
  // 85 moved neither (they raised the dev40 and dev47 floors). Round 88 lowered dev30's recall floor by one label (0.797 ->
  // 0.79): one departure ('Une semaine après avoir quitté l'emprise de Kidal, au matin du 31 octobre, le dernier convoi …')
  // labelled twice, as a withdrawal and as a convoy's departure, is now proposed once, as the convoy's (tuning +2 right,
  // -1 wrong over all). Rounds 104 and 105 (chosen on a fresh batch of real releases, outside the repository) lowered three
  // precision floors, each by one wrong proposal: dev57, held out (a country that "completed the withdrawal of its troops",
  // round 104; not read), dev2 (documents signed on a camp's environmental obligations, which a cut word read as a French
  // "ne" had hidden until round 105; batches disagree on logging them) and dev17 (goods handed over with a base, found with
  // the base's handover and departure, +2 right). Rounds 24 and 25 lowered
  // five tuning floors where labels disagree between batches: dev5 (a port labelled as a contingent's site), dev8 and
  // dev22 (equipment a rushed exit forced the mission to destroy, labelled with no site where later batches give the
  // site left), dev19 (a departure told apart from a
  // handover put in alsoAccept), dev29 (a planned repatriation labelled with a base named a sentence later; 'la veille
  // au matin' read as the day before the release, one trap more, where the guide reads the day before the event told).
  // Rounds 26 and 27 lowered five precision floors, each by one proposal: train (a base 'confiée à la police' in an aside
  // takes the next clause's day), dev2 and dev10 (the keys of a camp handed over the day it was closed, where the label
  // counts the closing and the handover as one milestone), dev14 (an attack 'during the day' dated on the day told before)
  // and dev24 (the last convoy out of Ansongo read as a convoy beside the closing the labeller counted as one).
  // Rounds 28 to 30 lowered five precision floors, each by one wrong proposal: dev8 (a base 'symbolically returned' to the
  // church that owns its land, 'then', which the labeller counted inside the closing), and train, dev6, dev22 and dev24 (a
  // contingent's base given back to the mission itself, read as the contingent leaving it as most batches label it, where
  // these label nothing; dev6's timeline also dates it in the year of the heading before, 2016).
  // Round 32 lowered two precision floors, each by one wrong proposal: dev7 (documents signed 'there' on the mission's
  // environmental obligations, now dated by the handover told before and read as an assessment as since cb4e718, which that
  // label does not count) and dev24 (four Germans 'posted at the headquarters in Bamako; they are scheduled to leave Mali on
  // Sunday', now proposed, but with no site where the label gives Bamako).
  dev60: { precision: 0.879, recall: 0.764, traps: 2 },
  dev59: { precision: 0.853, recall: 0.788, traps: 9 },
  dev58: { precision: 0.882, recall: 0.812, traps: 5 },
  dev57: { precision: 0.86, recall: 0.726, traps: 5 },
  dev56: { precision: 0.886, recall: 0.754, traps: 1 },
  dev55: { precision: 0.89, recall: 0.686, traps: 6 },
  dev54: { precision: 0.956, recall: 0.801, traps: 3 },
  dev53: { precision: 0.818, recall: 0.622, traps: 4 },
  dev52: { precision: 0.932, recall: 0.752, traps: 3 },
  dev51: { precision: 0.852, recall: 0.722, traps: 7 },
  dev50: { precision: 0.928, recall: 0.821, traps: 3 },
  dev49: { precision: 0.882, recall: 0.782, traps: 3 },
  dev48: { precision: 0.872, recall: 0.695, traps: 3 },
  dev47: { precision: 0.935, recall: 0.821, traps: 0 },
  dev46: { precision: 0.914, recall: 0.667, traps: 3 },
  dev45: { precision: 0.963, recall: 0.733, traps: 2 },
  dev44: { precision: 0.912, recall: 0.744, traps: 1 },
  dev43: { precision: 0.859, recall: 0.733, traps: 4 },
  dev42: { precision: 0.879, recall: 0.779, traps: 6 },
  dev41: { precision: 0.827, recall: 0.724, traps: 6 },
  dev40: { precision: 0.904, recall: 0.707, traps: 3 },
  dev39: { precision: 0.912, recall: 0.828, traps: 2 },
  dev38: { precision: 0.925, recall: 0.777, traps: 1 },
  dev37: { precision: 0.843, recall: 0.66, traps: 6 },
  dev36: { precision: 0.915, recall: 0.692, traps: 4 },
  dev35: { precision: 0.912, recall: 0.786, traps: 1 },
  dev34: { precision: 0.91, recall: 0.697, traps: 4 },
  dev33: { precision: 0.928, recall: 0.673, traps: 3 },
  dev32: { precision: 0.909, recall: 0.732, traps: 3 },
  dev31: { precision: 0.958, recall: 0.826, traps: 1 },
  dev30: { precision: 0.932, recall: 0.79, traps: 3 },
  dev29: { precision: 0.919, recall: 0.782, traps: 4 },
  dev28: { precision: 0.85, recall: 0.718, traps: 0 },
  dev27: { precision: 0.946, recall: 0.863, traps: 1 },
  dev26: { precision: 0.917, recall: 0.806, traps: 3 },
  dev25: { precision: 0.953, recall: 0.812, traps: 6 },
  dev24: { precision: 0.939, recall: 0.755, traps: 1 },
  dev23: { precision: 0.918, recall: 0.769, traps: 2 },
  dev22: { precision: 0.92, recall: 0.708, traps: 4 },
  dev21: { precision: 0.905, recall: 0.758, traps: 9 },
  dev20: { precision: 0.895, recall: 0.831, traps: 4 },
  dev19: { precision: 0.941, recall: 0.8, traps: 2 },
  dev18: { precision: 0.921, recall: 0.76, traps: 5 },
  dev17: { precision: 0.925, recall: 0.864, traps: 3 },
  dev16: { precision: 0.954, recall: 0.74, traps: 1 },
  dev15: { precision: 0.914, recall: 0.738, traps: 7 },
  // dev14 was 0.928 before round 20c: one label (gm-unmil-007) gives no site to the goods "handed over with" Star Base, where the
  // labels guide ("Which site", added in round 20) and the other batches give the site.
  dev14: { precision: 0.931, recall: 0.753, traps: 0 },
  dev13: { precision: 0.926, recall: 0.693, traps: 2 },
  dev12: { precision: 0.956, recall: 0.741, traps: 2 },
  dev11: { precision: 0.933, recall: 0.762, traps: 3 },
  dev10: { precision: 0.95, recall: 0.858, traps: 4 },
  dev9: { precision: 0.954, recall: 0.809, traps: 3 },
  dev8: { precision: 0.946, recall: 0.763, traps: 1 },
  dev7: { precision: 0.971, recall: 0.76, traps: 0 },
  dev6: { precision: 0.948, recall: 0.851, traps: 2 },
  dev5: { precision: 0.951, recall: 0.845, traps: 3 },
  dev4: { precision: 0.95, recall: 0.79, traps: 3 },
  dev3: { precision: 0.95, recall: 0.805, traps: 0 },
  dev2: { precision: 0.976, recall: 0.889, traps: 0 },
  dev: { precision: 1, recall: 0.933, traps: 0 },
  train: { precision: 0.968, recall: 0.849, traps: 0 },
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

describe('a labelled file kept outside the corpus (npm run eval:extraction -- --file PATH)', () => {
  const write = (items: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), 'drawdown-eval-')), 'real.json');
    writeFileSync(path, JSON.stringify(items));
    return path;
  };
  const item = {
    id: 'real-1', mission: 'MINUSMA', language: 'en', style: 'wire', sources: ['https://example.org/a'],
    text: '20 Nov 2023 - MINUSMA handed over its Ansongo camp to the Malian authorities on Saturday.',
    milestones: [{ type: 'site_handed_over', date: '2023-11-18', site: 'Ansongo', country: null, figure: null, status: 'achieved', alsoAccept: [] }],
  };

  it('is scored as a split is, with the corpus gazetteers', () => {
    const report = evaluateFile(write([item]));
    expect([report.items, report.overall.correct, report.overall.proposed, report.overall.labelled]).toEqual([1, 1, 1, 1]);
    const missed = evaluateFile(write([{ ...item, milestones: [{ ...item.milestones[0], date: '2023-11-19' }] }]));
    expect([missed.overall.correct, missed.overall.proposed, missed.overall.labelled]).toEqual([0, 1, 1]);
  });

  it('is refused when it is not in the corpus format', () => {
    expect(() => evaluateFile(write([{ ...item, milestones: [{ type: 'handover', date: '18 Nov' }] }]))).toThrow();
  });
});
