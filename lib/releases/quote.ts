/**
 * The passage of a release that backs a milestone, for showing the source beside the fact:
 * the first sentence naming the site (by name or alias, accents ignored), else the first
 * sentence of the body. Pure; the reviewer's own sentence, when the milestone came from a
 * proposal, is preferred by the caller.
 */
import { splitSentences } from './sentences';
import { foldForSearch } from '../domain/search';

/** Long sentences are cut at a word boundary so a quote stays a quote, not the release. */
export const MAX_QUOTE_LENGTH = 400;

function clip(text: string): string {
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  const cut = text.slice(0, MAX_QUOTE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > MAX_QUOTE_LENGTH / 2 ? space : MAX_QUOTE_LENGTH)}…`;
}

export function quoteFor(body: string, names: readonly string[]): string | null {
  const sentences = splitSentences(body);
  if (sentences.length === 0) return null;
  const wanted = names.map(foldForSearch).filter(Boolean);
  const naming = sentences.find((s) => {
    const folded = foldForSearch(s.text);
    return wanted.some((name) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(folded));
  });
  return clip((naming ?? sentences[0]!).text);
}
