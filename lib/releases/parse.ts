/**
 * Splits pasted press-release text into releases (SPEC section 3). Pure and total: any input,
 * however malformed or large, returns a result instead of throwing.
 */
import { createHash } from 'node:crypto';
import { calendarDate, type CalendarDate } from '@/lib/domain/calendar-date';
import { fold, monthNumber, MONTH_PATTERN } from './text';

export type ReleaseLanguage = 'en' | 'fr';

export interface ParsedRelease {
  date: CalendarDate;
  title: string | null;
  body: string;
  language: ReleaseLanguage;
  contentHash: string;
}

export interface ParseResult {
  releases: ParsedRelease[];
  /** Set when no release was found, in plain English, saying what was expected. */
  reason?: string;
}

const EXPECTED_FORMAT =
  'Expected each release to start on its own line with a date and a dash, such as "16 Oct 2023 - " ' +
  '(optionally after a bullet such as "•"), followed by its text.';

/*
 * A release heading, matched on folded text at the start of a line. Every quantifier is bounded
 * and no group repeats another, so the match is linear in the line length.
 */
const HEADING = new RegExp(
  `^[ \\t•*·-]{0,12}(\\d{1,2})(?:er)?[ \\t]{1,4}(${MONTH_PATTERN})\\.?[ \\t]{1,4}(\\d{4})[ \\t]{0,4}-(?=\\s|$)[ \\t]{0,8}`,
);

interface Heading {
  date: CalendarDate;
  /** Offset in the line where the release text starts. */
  textStart: number;
}

function readHeading(line: string): Heading | null {
  // Cheap pre-check: a heading has a digit within its first few characters.
  if (!/^[^\d]{0,12}\d/.test(line)) return null;
  const folded = fold(line.slice(0, 80));
  const m = HEADING.exec(folded);
  if (!m) return null;
  const month = monthNumber(m[2]!);
  const date = month === null ? null : calendarDate(Number(m[3]), month, Number(m[1]));
  // Folding reads quotation marks as spaces: "12 Oct 2023 - « Nous … »" keeps its opening mark in the body.
  let textStart = m[0].length;
  for (let i = m[0].length - 1; i >= 0 && /\s/.test(folded[i]!); i--) if (!/\s/.test(line[i]!)) textStart = i;
  return date ? { date, textStart } : null;
}

const FR_WORDS = new Set(
  'le la les des du de et est une un au aux dans pour par sur avec qui que ce cette son sa ses ont sont été leur leurs été ne pas'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the of and to in is was for on with by at from that which has have its as an were are this be'.split(' '),
);

/** French when French stop-words outnumber English ones; English otherwise (the common case). */
export function detectLanguage(text: string): ReleaseLanguage {
  let fr = 0;
  let en = 0;
  const sample = fold(text.slice(0, 4000));
  for (const word of sample.split(/[^a-z]+/)) {
    if (FR_WORDS.has(word)) fr++;
    else if (EN_WORDS.has(word)) en++;
  }
  // Elided articles (l', d', qu') are strong French signals the word split above loses.
  fr += (sample.match(/\b[ldj]'|qu'/g) ?? []).length;
  return fr > en ? 'fr' : 'en';
}

export function contentHash(date: CalendarDate, body: string): string {
  const normalised = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${date}\n${normalised}`, 'utf8').digest('hex');
}

/*
 * A first line is a title only when it clearly is one: short, more lines follow, and it does
 * not read like a sentence or a dateline. Otherwise we never guess (SPEC: don't invent).
 */
function splitTitle(text: string): { title: string | null; body: string } {
  const newline = text.indexOf('\n');
  if (newline < 0) return { title: null, body: text };
  const first = text.slice(0, newline).trim();
  const rest = text.slice(newline + 1).trim();
  const words = first.split(/\s+/).length;
  const looksLikeTitle =
    first.length > 0 &&
    first.length <= 150 &&
    words >= 2 &&
    // A wrapped sentence continues in lower case; a title is followed by a new sentence.
    /^[\p{Lu}\d"“«]/u.test(first) &&
    /^[\p{Lu}\d"“«]/u.test(rest) &&
    !/[.!?:;,]$/.test(first) &&
    !/\d{4}\s*[-–—]\s*$/.test(first);
  return looksLikeTitle ? { title: first, body: rest } : { title: null, body: text };
}

function toRelease(date: CalendarDate, raw: string): ParsedRelease | null {
  const { title, body } = splitTitle(raw.trim());
  if (body.length === 0) return null;
  return { date, title, body, language: detectLanguage(body), contentHash: contentHash(date, body) };
}

export function parseReleases(text: string): ParseResult {
  if (typeof text !== 'string') return { releases: [], reason: `The input is not text. ${EXPECTED_FORMAT}` };
  const releases: ParsedRelease[] = [];
  let current: { date: CalendarDate; lines: string[] } | null = null;
  let headings = 0;

  const flush = () => {
    if (!current) return;
    const release = toRelease(current.date, current.lines.join('\n'));
    if (release) releases.push(release);
  };

  for (const line of text.split(/\r\n|\r|\n/)) {
    const heading = readHeading(line);
    if (heading) {
      flush();
      headings++;
      current = { date: heading.date, lines: [line.slice(heading.textStart)] };
    } else if (current) {
      current.lines.push(line);
    }
    // Lines before the first heading (a "Press releases" title, blank lines) are ignored.
  }
  flush();

  if (releases.length > 0) return { releases };
  if (text.trim().length === 0) return { releases: [], reason: `The text is empty. ${EXPECTED_FORMAT}` };
  if (headings > 0) return { releases: [], reason: `Release dates were found but no release had any text. ${EXPECTED_FORMAT}` };
  return { releases: [], reason: `No release heading was found. ${EXPECTED_FORMAT}` };
}
