import { describe, expect, it } from 'vitest';
import { quoteFor, MAX_QUOTE_LENGTH } from '../../lib/releases/quote';

const body =
  'Bamako, 21 October 2023 - The Mission continues its withdrawal. The last convoy left Tessalit on 21 October. ' +
  'Peacekeepers from Chad left Aguelhok earlier in the week.';

describe('quoteFor', () => {
  it('quotes the first sentence that names the site', () => {
    expect(quoteFor(body, ['Tessalit'])).toBe('The last convoy left Tessalit on 21 October.');
    expect(quoteFor(body, ['Aguelhok', 'Aguelhoc'])).toBe('Peacekeepers from Chad left Aguelhok earlier in the week.');
  });

  it('finds the site by an alias, with or without accents, and only as a whole word', () => {
    const fr = 'La MINUSMA a quitté Ménaka le 9 octobre. Les casques bleus sont partis de Tombouctou.';
    expect(quoteFor(fr, ['Timbuktu', 'Tombouctou'])).toBe('Les casques bleus sont partis de Tombouctou.');
    expect(quoteFor(fr, ['Menaka'])).toBe('La MINUSMA a quitté Ménaka le 9 octobre.');
    expect(quoteFor('Gaoland is far. Gao is near.', ['Gao'])).toBe('Gao is near.');
  });

  it('falls back to the opening sentence, and says nothing for an empty body', () => {
    expect(quoteFor(body, ['Kidal'])).toBe('The Mission continues its withdrawal.');
    expect(quoteFor('', ['Kidal'])).toBeNull();
  });

  it('clips a very long sentence at a word boundary', () => {
    const long = `Tessalit ${'word '.repeat(200)}end.`;
    const quote = quoteFor(long, ['Tessalit']) ?? '';
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH + 1);
    expect(quote.endsWith('…')).toBe(true);
  });
});
