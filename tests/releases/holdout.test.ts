/**
 * Extraction accuracy on releases the extractor was not written against (SPEC section 3):
 * fixtures/holdout.txt with hand-written expectations in fixtures/holdout.expected.json.
 * A proposal counts as correct when its type, date, status and site equal an expected one
 * (and, for a contingent repatriation, its country); each expectation matches at most once.
 */
import { describe, expect, it } from 'vitest';
import { extractProposals, parseReleases, type ProposedMilestone } from '@/lib/releases';
import { readRepoFile, seedGazetteer } from './helpers';

interface Expected {
  type: string;
  date: string;
  site: string | null;
  country: string | null;
  status: string;
}

const gazetteer = seedGazetteer([]);
const expectedFile = JSON.parse(readRepoFile('tests/releases/fixtures/holdout.expected.json')) as {
  releases: { date: string; expected: Expected[] }[];
};
const { releases } = parseReleases(readRepoFile('tests/releases/fixtures/holdout.txt'));

function matches(p: ProposedMilestone, e: Expected): boolean {
  const siteId = e.site === null ? null : gazetteer.sites.find((s) => s.name === e.site)?.id;
  return (
    p.type === e.type &&
    p.date === e.date &&
    p.status === e.status &&
    p.siteId === siteId &&
    (e.type !== 'contingent_repatriated' || p.countryIso === e.country)
  );
}

function score() {
  let proposed = 0;
  let correct = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const [i, release] of releases.entries()) {
    const want = expectedFile.releases[i]!.expected;
    const got = extractProposals(release, gazetteer);
    const unmatched = [...want];
    proposed += got.length;
    expected += want.length;
    for (const p of got) {
      const k = unmatched.findIndex((e) => matches(p, e));
      if (k >= 0) {
        correct++;
        unmatched.splice(k, 1);
      } else misses.push(`wrong: ${release.date} ${p.type} ${p.date} site=${p.siteId} ${p.status}`);
    }
    for (const e of unmatched) misses.push(`missed: ${release.date} ${e.type} ${e.date} ${e.site} ${e.status}`);
  }
  return { proposed, correct, expected, precision: correct / proposed, recall: correct / expected, misses };
}

describe('extraction on the holdout releases', () => {
  it('pairs every holdout release with its expectations', () => {
    expect(releases.map((r) => r.date)).toEqual(expectedFile.releases.map((r) => r.date));
    expect(releases.filter((r) => r.language === 'fr')).toHaveLength(3);
  });

  it('has a precision of at least 0.9 (recall reported)', () => {
    const s = score();
    console.info(
      `holdout: ${s.correct} correct of ${s.proposed} proposed, ${s.expected} expected; ` +
        `precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}\n  ${s.misses.join('\n  ')}`,
    );
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThan(0.5);
  });
});
