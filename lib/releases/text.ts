/**
 * Text helpers shared by the release parser and the extractor.
 *
 * `fold` keeps a 1:1 mapping between input and output UTF-16 code units, so every offset
 * found in folded text is also an offset in the original (needed for highlighting).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const foldCache = new Map<string, string>();

/** "#Gao", "de #Ménaka": a hashtag reads as the word; "leur « Super Camp » de Gao": quotation marks read as a space. */
const HASH = /[#"]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch === '#' || ch === '"' ? ' ' : ch;
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (code >= 0xd800 && code <= 0xdfff) out = ch; // half of a surrogate pair: leave alone
  else if (/[\u2018\u2019\u02bc\u2032`´]/.test(ch)) out = "'";
  else if (/[\u2010-\u2015\u2212]/.test(ch)) out = '-';
  else if (/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/.test(ch)) out = ' ';
  else if (/[\u201c\u201d\u00ab\u00bb]/.test(ch)) out = ' ';
  else {
    const base = ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  foldCache.set(ch, out);
  return out;
}

/** Lower-cases, strips accents and unifies apostrophes/dashes/spaces (a hashtag's # and quotation marks become spaces), same length as input. */
/** The sentence being read is folded by several readers in turn (sites, countries, dates, predicates): remember the last two. */
let lastIn: [string, string] = ['', ''];
let lastOut: [string, string] = ['', ''];

export function fold(text: string): string {
  if (text === lastIn[0]) return lastOut[0];
  if (text === lastIn[1]) return lastOut[1];
  const out = foldUncached(text);
  lastIn = [text, lastIn[0]];
  lastOut = [out, lastOut[0]];
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/g;

function foldUncached(text: string): string {
  // ASCII lower-casing keeps the length, and it is most of the text: take the fast path.
  if (/^[\x00-\x7f]*$/.test(text)) return text.includes('#') || text.includes('"') ? text.toLowerCase().replace(HASH, ' ') : text.toLowerCase();
  // Then the few other characters one by one ("é", "’", "«"), when lower-casing kept the length (it almost always does).
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    const folded = lower.replace(NON_ASCII, foldChar);
    return lower.includes('#') || lower.includes('"') ? folded.replace(HASH, ' ') : folded;
  }
  const out: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldChar(text[i]!);
  return out.join('');
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
  ends: boolean;
  next: Map<string, TrieNode>;
}

/** The pattern of a prefix tree: one way down for each next character, the longest way first ("hand(?:over)?" for "hand" and "handover"). */
function triePattern(node: TrieNode): string {
  const ways = [...node.next].map(([ch, child]) => escapeRegExp(ch) + triePattern(child));
  if (ways.length === 0) return '';
  const body = ways.length === 1 ? ways[0]! : `(?:${ways.join('|')})`;
  if (!node.ends) return body;
  return ways.length === 1 ? `(?:${body})?` : `${body}?`;
}

/**
 * One pattern for several literal strings, so that a match is the longest one starting there. Written as a prefix tree
 * rather than a list of alternatives: at each position the engine follows one branch instead of trying every string
 * (issue 13: extraction speed; the gazetteer's names, the predicates' heads, the countries' forms).
 */
export function anyOf(literals: readonly string[], before = ''): RegExp {
  const root: TrieNode = { ends: false, next: new Map() };
  for (const literal of new Set(literals)) {
    if (literal === '') continue;
    let node = root;
    for (const ch of literal) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { ends: false, next: new Map() }));
      node = child;
    }
    node.ends = true;
  }
  return new RegExp(root.next.size > 0 ? `${before}(?:${triePattern(root)})` : '(?!)', 'g');
}

/** Each match of an `anyOf` pattern at every start, overlapping ones included ("s'est" holds "est"). */
export function eachStart(re: RegExp, text: string, visit: (found: string, at: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    visit(m[0], m.index);
    re.lastIndex = m.index + 1;
  }
}

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Full month names, folded, English and French, as a regex alternation. */
export const FULL_MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';

/** Counts written as words ("three days later", "deux jours après"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, un: 1, une: 1, two: 2, deux: 2, three: 3, trois: 3, four: 4, quatre: 4, five: 5, cinq: 5, six: 6, seven: 7, sept: 7, eight: 8, huit: 8, nine: 9, neuf: 9, ten: 10, dix: 10, eleven: 11, onze: 11, twelve: 12, douze: 12 };
/** The same counts as a regex alternation, without the articles ('a', 'an', 'une'): "seven on 3 November", "trois Casques bleus". */
export const COUNT_WORD = Object.keys(NUMBER_WORDS).filter((w) => !['a', 'an', 'une'].includes(w)).join('|');

/** Month names and abbreviations, folded (no accents, lower case), English and French. */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janv: 1, janvier: 1,
  feb: 2, february: 2, fev: 2, fevr: 2, fevrier: 2,
  mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avr: 4, avril: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juin: 6,
  jul: 7, july: 7, juil: 7, juillet: 7,
  aug: 8, august: 8, aou: 8, aout: 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, decembre: 12,
};

/** Regex source matching any month name in folded text (longest first, so "march" beats "mar"). */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function monthNumber(name: string): number | null {
  return MONTHS[fold(name).replace(/\.$/, '')] ?? null;
}

/** 0 = Sunday, as Date#getUTCDay. */
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

export const WEEKDAY_PATTERN = Object.keys(WEEKDAYS).join('|');

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[fold(name)] ?? null;
}
