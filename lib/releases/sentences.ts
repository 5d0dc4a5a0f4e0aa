/**
 * Sentence splitting for release bodies, keeping offsets into the body.
 * Press copy has abbreviations ("U.N.", "Mr.", "16 oct. 2023"), datelines ("Bamako, 4 August
 * 2023 - ") and, in the seeds, sentences glued together without a space ("at ease.Conflicts").
 */
import { fold, FULL_MONTH_NAMES, WEEKDAY_PATTERN } from './text';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen lt col maj capt sgt cpl pvt adm brig cmdr no nos vs etc al fig jan feb mar apr jun jul aug sep sept oct nov dec janv fevr avr juil mme mlle me m'.split(
    ' ',
  ),
);

/*
 * A dateline opens a release: "Bamako, August 4, 2023 - ", "NEW YORK, 24 May (Department of
 * Peace Operations) — ", "New York – ". Its place names where the text was issued, not what it
 * is about, so it is left out of every sentence.
 */
const DATELINE_WITH_DATE =
  /^\s{0,4}[\p{L}][\p{L}'’. -]{1,40}?,\s{0,3}(?:le\s)?[\p{L}\d][\p{L}\d ,.]{2,40}?(?:\s{0,3}\([^()\n]{1,80}\))?\s{0,3}[-–—]\s/u;
const DATELINE_PLACE_ONLY = /^\s{0,4}\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,3}\s{1,3}[-–—]\s/u;
/** A wire story's: "BAMAKO, Mali (AP) — ", "GOMA (Reuters) - ", "Beyrouth (AFP) - ": a place, maybe its country, the agency. */
const DATELINE_AGENCY = /^\s{0,4}\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,3}(?:,\s{0,3}\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,3})?\s{0,3}\(\p{Lu}[\p{L}'’. &/-]{1,30}\)\s{0,3}[-–—:]\s/u;
/** "KUALA LUMPUR: ", "BEIRUT: ": a place in capitals and a colon. */
const DATELINE_CAPS_COLON = /^\s{0,4}\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}:\s/u;

export function datelineLength(body: string): number {
  const dated = datedDatelineLength(body);
  if (dated > 0) return dated;
  const head = body.slice(0, 200);
  const placeOnly = DATELINE_PLACE_ONLY.exec(head) ?? DATELINE_AGENCY.exec(head) ?? DATELINE_CAPS_COLON.exec(head);
  return placeOnly ? placeOnly[0].length : 0;
}

/** "Bamako, 31 octobre 2023 — ": a dateline with its date, which may also open a paragraph after a headline. */
function datedDatelineLength(text: string, withYear = false): number {
  const withDate = DATELINE_WITH_DATE.exec(text.slice(0, 200));
  return withDate && (withYear ? /\d{4}/ : /\d/).test(withDate[0]) ? withDate[0].length : 0;
}

const DATE_HEADING = /^\d{1,2}(?:er)?(?:\s{0,2}[-–]\s{0,2}\d{1,2}(?:er)?|(?:\s{1,2}\p{L}{3,9})?\s{1,2}(?:to|au|and|et)\s{1,2}\d{1,2}(?:er)?)?\s{1,2}\p{L}{3,9}\.?(?:\s{1,2}\d{4})?(?:,?\s{1,2}(?:(?:late|early)\s)?(?:night|morning|evening|afternoon|dawn|noon|midnight|nuit|matin|soir|au matin|au soir|dans la nuit|(?:(?:en\s)?(?:fin|début|debut)\s(?:d'|de\s))?(?:apr[eè]s-midi|matin[ée]e|journ[ée]e|soir[ée]e)))?\s{0,2}(?::|[-–—|·]\s)/u;

/** A numbered point of a communiqué: "5. Depuis …", "2) The …". */
const NUMBERED_POINT = /^\d{1,2}[.)]\s{1,3}\p{Lu}/u;

/** A post's place in a thread: "2/3 ", "(3/4) ". */
const THREAD_COUNT = /^\(?\d{1,2}\/\d{0,2}\)?\s/;

/** What may follow "5 p.m." in the same sentence: a day, a month, a time zone. */
const CLOCK_SUFFIX = new RegExp(`^(?:${WEEKDAY_PATTERN}|${FULL_MONTH_NAMES}|gmt|utc|local|est|edt|cet|cest)\\b`);

function isBoundary(text: string, folded: string, i: number): number {
  // Returns the index where the next sentence starts, or -1. `i` points at . ! or ?
  const next = text[i + 1];
  if (next === undefined) return -1;
  if (text[i] !== '.') {
    let j = i + 1;
    while (j < text.length && /["”’)\]]/.test(text[j]!)) j++;
    return /\s/.test(text[j] ?? '') ? j : -1;
  }
  // The word before the period.
  let w = i;
  while (w > 0 && /[\p{L}]/u.test(text[w - 1]!)) w--;
  const word = folded.slice(w, i);
  const prevIsDot = text[w - 1] === '.';
  if (/\s/.test(next) || /["”’)]/.test(next)) {
    let j = i + 1;
    while (j < text.length && /["”’)\]]/.test(text[j]!)) j++;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    const after = text[j];
    if (after === undefined) return -1;
    // "oct. 2023", "No. 5"; but a dated heading opens a sentence: "… Aguelhok. 23 October: the last convoy …", "3 août – Ogossagou",
    // "22-23 March: …", "18 April to 5 May – …", "7 Nov, night – …", "21 JAN | SARAF UMRA: …".
    // ("… to the government. 3/3 The withdrawal …": a thread's count opens the next post.)
    // ("… d'ici la fin du mois d'août. 5. Depuis le 1er juillet, …": a numbered point opens one too.)
    if (/\d/.test(after)) return (DATE_HEADING.test(text.slice(j, j + 40)) || THREAD_COUNT.test(text.slice(j, j + 10)) || NUMBERED_POINT.test(text.slice(j, j + 8))) && !ABBREVIATIONS.has(word) ? j : -1;
    // "… reached Mopti at 10:30 p.m. The contingent …": a clock time ends the sentence, unless the day or the time zone follows ("at 5 p.m. Monday").
    if (/(?:^|[\s\d])[ap]\.m$/.test(folded.slice(Math.max(0, w - 3), i)) && /\p{Lu}/u.test(after) && !CLOCK_SUFFIX.test(folded.slice(j, j + 12))) return j;
    if (ABBREVIATIONS.has(word) && !/^(?:etc)$/.test(word)) return -1;
    // initials: "U.N. peacekeepers", "J. Smith"; not at the end of a line ("… UNIFIL said in a post on X.\nIsraeli tanks …").
    if (word.length === 1 && /\p{Lu}/u.test(text[w]!) && !text.slice(i + 1, j).includes('\n')) return -1;
    if (prevIsDot && word.length <= 2) return -1;
    // A quotation opened with a single quote: "… early December. 'It is a feeling of pride …'".
    if (/['‘]/.test(after) && /\p{Lu}/u.test(text[j + 1] ?? '')) return j;
    // ("… partenaires congolais. ⏳ Le transfert …": a pictograph opens a sentence in a post.)
    // ("… 550+ km of road to Gao ahead.\n[Tessalit] The mission says …": a live blog's tag opens an entry.)
    return /[\p{Lu}"“«(\d]/u.test(after) || /^\p{Extended_Pictographic}/u.test(text.slice(j, j + 2)) || /^\[[^\]\n]{1,30}\]\s/.test(text.slice(j, j + 34)) ? j : -1;
  }
  // No space after the period: a new sentence only when a lower-case word meets a capital
  // ("ease.Conflicts"), not in "U.N." or "www.un.org".
  if (/\p{Lu}/u.test(next) && word.length >= 2 && /\p{Ll}/u.test(text[i - 1] ?? '')) return i + 1;
  return -1;
}

/** Words a line broken inside a sentence ends on: "handed over to the\nMalian authorities". */
const RUNS_ON = /(?:^|\s)(?:the|a|an|of|to|in|at|on|by|for|from|with|and|or|its|their|his|her|le|la|les|l'|un|une|des|du|de|d'|a|au|aux|en|par|pour|sur|et|ou|son|sa|ses|leur|leurs|mr|mrs|ms|dr|m|mme|gen|lt|col|maj)$/;

function headlineEnds(body: string, folded: string, i: number): boolean {
  const lineStart = body.lastIndexOf('\n', i - 1) + 1;
  const line = body.slice(lineStart, i).trimEnd();
  if (line.length === 0 || /[.!?;:,…"”»)\]'’-]$/u.test(line)) return false;
  if (RUNS_ON.test(folded.slice(lineStart, lineStart + line.length))) return false;
  return /^[ \t]*[\p{Lu}"“«]/u.test(body.slice(i + 1, i + 6));
}

/** The last UTF-16 unit of a pictograph (most emoji are surrogate pairs: the low half ends them; the rest are in the BMP symbol blocks). */
const isEmojiUnit = (code: number) => (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff) || (code >= 0xdc00 && code <= 0xdfff);

export function splitSentences(body: string): Sentence[] {
  if (typeof body !== 'string' || body.length === 0) return [];
  const folded = fold(body);
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(body[start]!)) start++;
    // ("COMMUNIQUÉ DE PRESSE\n\nBamako, 31 octobre 2023 — La MINUSMA a achevé …": a dateline after the headline is left out too.)
    // (With its year: "Tomorrow, 8 Oct — The rear party …" is a line of a timeline.)
    if (start > 0 && body[start - 1] === '\n') start += datedDatelineLength(body.slice(start, end), true);
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: body.slice(start, end) });
  };
  let start = datelineLength(body);
  for (let i = start; i < body.length; i++) {
    const ch = body[i]!;
    // A blank line, or a new line that opens a bullet ("• Tue 31 Oct — …", "- 13 août : …"): a new sentence.
    // ("…a war crime.\n4/ Background: …", "(3/4) …": a post of a thread.)
    // ("[Gao] ~200 trucks …": an entry of a live blog under its tag.)
    if (ch === '\n' && /^\n[ \t]*(?:\n|[•·▪◦*–—-]\s|\(?\d{1,2}\/\d{0,2}\)?\s|\[[^\]\n]{1,30}\]\s)/.test(body.slice(i, i + 40))) {
      push(start, i);
      start = i + 1;
    } else if (ch === '\n' && i > start && headlineEnds(body, folded, i)) {
      // "SOUTH KIVU DRAWDOWN – three sites down\nBUNYAKIRI – The base …": a line with no closing stop, then a capital, is a headline of its own.
      push(start, i);
      start = i + 1;
    } else if (ch === '•' && i - start > 3 && /\s/.test(body[i - 1]!)) {
      // "… du commissariat. • Kidal : mardi dernier, …": a bullet inside a line opens a sentence too.
      push(start, i);
      start = i;
    } else if (isEmojiUnit(body.charCodeAt(i)) && /^\s{1,3}\p{Lu}/u.test(body.slice(i + 1, i + 5)) && i - start > 3) {
      // "Handover done ✅ Today #UNAMID transferred …": in a post, an emoji ends a sentence like a full stop.
      push(start, i + 1);
      start = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      const next = isBoundary(body, folded, i);
      if (next >= 0) {
        push(start, i + 1);
        start = next;
        i = next - 1;
      }
    }
  }
  push(start, body.length);
  return out;
}
