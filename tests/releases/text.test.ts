import { describe, expect, it } from 'vitest';
import { anyOf, eachStart } from '../../lib/releases/text';

/** Every start `eachStart` visits, with what it found there. */
function starts(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  eachStart(re, text, (found, at) => out.push([at, found]));
  return out;
}

describe('anyOf (one pattern for a list of names or words)', () => {
  it('matches the longest string of the list that starts at each place, where several share a beginning', () => {
    const re = anyOf(['hand', 'handover', 'hands', 'hand-over', 'ha']);
    expect(starts(re, 'the handover; hands off; a hand-over; hand; hat')).toEqual([
      [4, 'handover'],
      [14, 'hands'],
      [27, 'hand-over'],
      [38, 'hand'],
      [44, 'ha'],
    ]);
  });

  it('reads the characters of the list literally', () => {
    const re = anyOf(['mopti-sevare', 'u.n.', 'c(a)mp', 'a+b']);
    expect(starts(re, 'mopti-sevare u.n. c(a)mp a+b unx camp aab').map(([, found]) => found)).toEqual(['mopti-sevare', 'u.n.', 'c(a)mp', 'a+b']);
  });

  it('puts what it is given before the list ("\\\\b": only at the start of a word)', () => {
    expect(starts(anyOf(['left'], '\\b'), 'cleft left')).toEqual([[6, 'left']]);
  });

  it('matches nothing for an empty list, or a list of empty strings', () => {
    expect(starts(anyOf([]), 'anything')).toEqual([]);
    expect(starts(anyOf(['']), 'anything')).toEqual([]);
  });
});
