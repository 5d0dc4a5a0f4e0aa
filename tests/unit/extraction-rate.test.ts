import { describe, expect, it } from 'vitest';
import { describeRate, extractionRate, measureRate } from '@/bench/extraction-rate';
import { seedGazetteer } from '@/tests/releases/helpers';

describe('the extraction bench measure', () => {
  it('reports the median pass, not the fastest or the slowest', () => {
    // Passes after the untimed first one take 8, 1 and 3 units of busy work: the median is the 3-unit one.
    const work = [1, 8, 1, 3];
    let pass = 0;
    const rate = measureRate(() => {
      const until = performance.now() + 20 * work[pass++]!;
      while (performance.now() < until);
      return { releases: 100, proposals: 3 };
    }, 3);
    expect(pass).toBe(4);
    expect(rate.passes).toBe(3);
    expect(rate.releases).toBe(100);
    // 100 releases in 60 ms is 1,667/s at most (a loaded machine only slows a pass down); the 160 ms and 20 ms passes bound it.
    expect(rate.perSecond).toBeGreaterThan(rate.range[0]);
    expect(rate.perSecond).toBeLessThan(rate.range[1]);
    expect(rate.perSecond).toBeLessThanOrEqual(1_700);
  });

  it('refuses a run whose passes disagree, and a count of passes that is not a whole number of at least one', () => {
    let n = 0;
    expect(() => measureRate(() => ({ releases: 1, proposals: n++ }), 2)).toThrow(/different results/);
    expect(() => measureRate(() => ({ releases: 1, proposals: 0 }), 0)).toThrow(/at least 1/);
    expect(() => measureRate(() => ({ releases: 1, proposals: 0 }), 1.5)).toThrow(/at least 1/);
  });

  it('measures real parsing and extraction: every release of the text, with its proposals', () => {
    const text = 'Press releases\n\n• 16 Oct 2023 - MINUSMA handed over its camp in Ber to the Malian authorities today.\n• 17 Oct 2023 - A statement with no event.\n';
    const rate = extractionRate(text, seedGazetteer(), 1);
    expect(rate.releases).toBe(2);
    expect(rate.proposals).toBe(1);
    expect(describeRate(rate)).toMatch(/^[\d,]+ releases\/s \(median of 1 pass, [\d,]+ to [\d,]+; 2 releases; [\d,]+ per second of this process's CPU time\)$/);
  });
});
