import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesNameOrAlias, slugify } from '../../lib/domain/search';

describe('search that forgives accents and case', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldForSearch('  Ménaka ')).toBe('menaka');
    expect(foldForSearch('Mopti–Sévaré')).toBe('mopti-sevare');
    expect(foldForSearch('Côte d’Ivoire')).toBe("cote d'ivoire");
  });

  it('finds a site by name or alias, in either direction of accents', () => {
    expect(matchesNameOrAlias('Tombouctou', 'Timbuktu', ['Tombouctou', 'Timbuktou'])).toBe(true);
    expect(matchesNameOrAlias('Menaka', 'Ménaka', [])).toBe(true);
    expect(matchesNameOrAlias('ménaka', 'Menaka town', [])).toBe(true);
    expect(matchesNameOrAlias('sevare', 'Mopti-Sévaré', ['Sévaré'])).toBe(true);
    expect(matchesNameOrAlias('Kidal', 'Tessalit', ['Amachach'])).toBe(false);
    expect(matchesNameOrAlias('', 'Gao', [])).toBe(true);
  });

  it('makes URL-safe slugs', () => {
    expect(slugify('Mopti-Sévaré')).toBe('mopti-sevare');
    expect(slugify('Bamako headquarters')).toBe('bamako-headquarters');
    expect(slugify('***')).toBe('site');
  });
});
