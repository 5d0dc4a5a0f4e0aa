import { describe, expect, it } from 'vitest';
import { ENTRIES, findPredicates, headStarts, literalHeads } from '../../lib/releases/predicates';
import { splitSentences } from '../../lib/releases/sentences';
import { fold } from '../../lib/releases/text';
import { loadSplit, SPLITS } from './corpus/load';

describe('literalHeads (the filter that spares running every predicate pattern on every sentence)', () => {
  it('gives what each alternative must start with', () => {
    expect(literalHeads('hand(?:s|ed|ing)?(?=\\s{1,3}over)|relinquish(?:ed|es)?')).toEqual(['hand', 'relinquish']);
    expect(literalHeads("s'est\\s{1,3}envole|quitt\\w{0,6}")).toEqual(["s'est", 'quitt']);
    expect(literalHeads('(?:passed|went)\\s{1,3}back|now')).toEqual(['passed', 'went', 'now']);
  });

  it('leaves out a character or a group that may be absent', () => {
    expect(literalHeads('transferr?(?:s|ed)?')).toEqual(['transfer']);
    expect(literalHeads('pull-?out')).toEqual(['pull']);
    expect(literalHeads('(?:joint\\s{1,3})?inspection')).toBeNull();
    expect(literalHeads('x{0,3}y')).toBeNull();
  });

  it('goes on into a group the head must be followed by', () => {
    expect(literalHeads('t(?:ook|ake|aken)\\s{1,3}off')).toEqual(['took', 'take', 'taken']);
    expect(literalHeads('c(?:a|o)me(?=\\s)|hand(?:over)?s')).toEqual(['ca', 'co', 'hand']);
  });

  it('starts after a lookbehind, which consumes nothing', () => {
    expect(literalHeads('(?<=\\bdue\\s{1,3})back\\s{1,3}home')).toEqual(['back']);
  });

  it('gives no head when an alternative opens with a class or an escape', () => {
    expect(literalHeads('[a-z]+ian|handover')).toBeNull();
    expect(literalHeads('\\d{1,2}\\s{1,3}jours')).toBeNull();
  });
});

describe('findPredicates', () => {
  it('finds the words whose pattern opens with an optional letter or a lookbehind', () => {
    expect(findPredicates('the base was transfered to the police').map((p) => p.family)).toContain('handover');
    expect(findPredicates('the company is due back home on friday').map((p) => p.family)).toEqual(['repatriate']);
    expect(findPredicates("le dernier avion s'est envole de gao").map((p) => p.family)).toEqual(['leave']);
  });

  it('finds nothing in a sentence without an event word', () => {
    expect(findPredicates('the weather in the region was hot and dry')).toEqual([]);
  });
});

// (Every sentence of the corpus through every pattern: seconds, more under CI's load; not a timing test.)
describe('the heads filter on real text', { timeout: 60_000 }, () => {
  const sentences = SPLITS.flatMap((split) => loadSplit(split)).flatMap((item) => splitSentences(item.text).map((s) => fold(s.text)));

  it('never hides a match: in every sentence of the corpus, each match of a pattern starts with one of its heads', () => {
    expect(sentences.length).toBeGreaterThan(10_000);
    const hidden: string[] = [];
    for (const { re, heads } of ENTRIES) {
      for (const folded of sentences) {
        for (const m of folded.matchAll(new RegExp(re.source, 'g'))) if (!heads.some((h) => m[0].startsWith(h))) hidden.push(m[0]);
      }
    }
    expect(hidden).toEqual([]);
  });

  it('tries each pattern wherever it matches: every match of every pattern starts where the heads scan puts that pattern', () => {
    const missed: string[] = [];
    for (const folded of sentences) {
      const starts = headStarts(folded);
      for (const e of ENTRIES) {
        for (const m of folded.matchAll(new RegExp(e.re.source, 'g'))) if (!starts.get(e)?.includes(m.index)) missed.push(`${m[0]} in ${folded}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
