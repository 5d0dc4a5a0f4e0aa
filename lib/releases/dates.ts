/**
 * Finds the calendar days a release body mentions, resolved against the release date.
 * English and French; absolute, year-less, ranges and relative ("yesterday", "on Monday").
 * Matching runs on folded text (same length as the input), so offsets point into the input.
 */
import { addDays, calendarDate, daysBetween, type CalendarDate } from '@/lib/domain/calendar-date';
import { fold, FULL_MONTH_NAMES, monthNumber, MONTH_PATTERN, NUMBER_WORDS, weekdayNumber, WEEKDAY_PATTERN } from './text';

export type DateKind = 'absolute' | 'no_year' | 'range' | 'relative';

export interface FoundDate {
  /** Offsets in the searched text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** The day, or the first day of a range. */
  date: CalendarDate;
  /** The last day of a range; null otherwise. */
  endDate: CalendarDate | null;
  kind: DateKind;
}

// Building blocks. All quantifiers are bounded and nothing repeats a group: linear matching.
const M = `(${MONTH_PATTERN})\\b\\.?`;
const D = `(\\d{1,2})(?:st|nd|rd|th|er)?`;
const Y = `(\\d{4})(?!\\d)`;
const WD = `(?:(?:${WEEKDAY_PATTERN}),?\\s{1,3}(?:the\\s{1,3})?)?`;
const SP = `\\s{1,3}`;
const OPT_YEAR = `(?:,?${SP}${Y})?`;

const RANGE_DAYS_FIRST = new RegExp(
  `\\b(?:from|between|du|entre)${SP}(?:the${SP}|le${SP})?${D}${SP}(?:to|and|until|till|through|au|et)${SP}(?:the${SP}|le${SP})?${D}${SP}(?:of${SP})?${M}${OPT_YEAR}`,
  'g',
);
const RANGE_MONTH_FIRST = new RegExp(
  `\\b(?:from|between)${SP}${M}${SP}${D}${SP}(?:to|and|until|till|through|-)${SP}${D}(?!\\d)${OPT_YEAR}`,
  'g',
);
const RANGE_DASH_DAYS_FIRST = new RegExp(`\\b${D}\\s?-\\s?${D}${SP}${M}${OPT_YEAR}`, 'g');
const RANGE_DASH_MONTH_FIRST = new RegExp(`\\b${M}${SP}${D}\\s?-\\s?${D}(?!\\d)${OPT_YEAR}`, 'g');
const DAY_MONTH = new RegExp(`\\b${WD}${D}${SP}(?:of${SP})?${M}${OPT_YEAR}`, 'g');
const MONTH_DAY = new RegExp(`\\b${WD}${M}${SP}${D}(?!\\d)${OPT_YEAR}`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** "Fri 19/04", "(28/02)", "le 19/04/2024": a day and a two-digit month, day first (never "3/4", a post's count or a fraction). */
const SLASH_DAY_MONTH = new RegExp(`(?<![\\d/.,])\\b${WD}(\\d{1,2})/(0[1-9]|1[0-2])(?:/(\\d{4}))?(?![\\d/])`, 'g');
/** A cheap test before ORDINAL_DAY's scan: a day's suffix right after a digit. */
const ORDINAL_SUFFIX = /\d(?:st|nd|rd|th)\b/;
/** "the last convoy left Ber on the 13th, …" (after a preposition, so "the 19th and last contingent" is no day): a day of the month, that of the release or the month before, when nothing follows it but the clause's end. */
/** "parti de Ber le 13, a été visé", "avancée au 13 à cause de": a French day of the month alone, before a break or a linking word. */
/** A month named, with the year that may follow it: the month a bare day of the month belongs to. */
const MONTH_WORD = new RegExp(`\\b${M}${OPT_YEAR}`, 'g');
const BARE_DAY_FR = /(?<=\b(?:le|au|du)\s{1,3})(\d{1,2}|1er)(?=\s{0,3}(?:[,.;:)]|$)|\s{1,3}(?:et|a|au|pour|puis|dans|lors|quand|avant|apres|mais|alors|sans|avec|en)\b)/g;
const ORDINAL_DAY = /(?<=\b(?:on|to|until|till|from|by|since)\s{1,3})the\s{1,3}(\d{1,2})(?:st|nd|rd|th)\b(?=\s{0,3}(?:[,.;:)]|$)|\s{1,3}(?:and|at|in|when|as|after|before|but|while|with)\b)/g;
/** The first day of "21 and 23 October" (the second is an ordinary day and month). */
const DAY_LIST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er)?(?=${SP}(?:and|et|&)${SP}(?:(?:le|the|on)${SP})?\\d{1,2}(?:st|nd|rd|th|er)?${SP}${M}${OPT_YEAR})`, 'g');

/** "(22)July", "(23) July": a bracketed day of the month right before its month. */
const PAREN_DAY = new RegExp(`\\((\\d{1,2})\\)(?=\\s{0,2}(?:${MONTH_PATTERN})\\b)`, 'g');

const RELATIVE: [RegExp, number][] = [
  [/\bthe day before yesterday\b|\bavant-hier\b/g, -2],
  [/\b(?:the day before|the previous (?:day|evening|night|morning|afternoon)|the day prior|la veille(?: au soir)?)\b/g, -1],
  [/\byesterday\b|\bhier\b|\blast night\b|\bla nuit derniere\b/g, -1],
  [/\b(?:earlier )?today\b|\baujourd'hui\b|\bthis (?:morning|afternoon|evening)\b|\bce (?:matin|soir)\b|\bcet apres-midi\b|\btonight\b|\bcette nuit\b/g, 0],
  [/\btomorrow\b|\bdemain\b|\bthe (?:next|following) day\b|\ble lendemain\b/g, 1],
];

/**
 * "two days ago", "a week ago", "il y a une semaine (jour pour jour)", "il y a trois jours": counted back from the release.
 * (Only up to a week: "il y a dix jours", "three weeks ago" are round figures that name no day.)
 */
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) ago\b|\bil y a (un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}) (jours?|semaines?)(?! (?:de|d')\s)/g;

/** "one year ago today", "a year ago to the day", "il y a un an jour pour jour": the release's day, that many years back ("two years ago" alone names no day). */
const YEARS_AGO = /\b(a|one|two) years? ago,? (?:today|to the day)\b|\bil y a (un|deux) ans?,? (?:jour pour jour|aujourd'hui)\b/g;

const SAME_MONTH = /\b(?:le\s{1,3})?(\d{1,2})(?:er)?\s{1,3}du\s{1,3}meme\s{1,3}mois\b|\bthe\s{1,3}(\d{1,2})(?:st|nd|rd|th)\s{1,3}of\s{1,3}the\s{1,3}same\s{1,3}month\b/g;

const WEEKDAY = new RegExp(
  `\\b(?:(last|past|this|on|next|ce)\\s{1,3})?(${WEEKDAY_PATTERN})\\b(?:\\s{1,3}(dernier|prochain))?(\\s{1,3}(?:of\\s{1,3})?last\\s{1,3}week|\\s{1,3}de\\s{1,3}la\\s{1,3}semaine\\s{1,3}derniere)?`,
  'g',
);

/**
 * A year-less day in a text that has gone back to a day long before the release ("On 21 October 2023 …" in a release of
 * October 2024): the year of the story from that day on, never after the release. Else null.
 */
function yearOfStory(month: number, day: number, releaseDate: CalendarDate, story: CalendarDate | null): CalendarDate | null {
  if (!story || daysBetween(story, releaseDate) <= STORY_GAP) return null;
  const year = Number(story.slice(0, 4));
  const days = [year - 1, year, year + 1].map((y) => calendarDate(y, month, day)).filter((d): d is CalendarDate => d !== null && d <= releaseDate);
  // A story goes forward from the day it told: the first such day from a month before it, else the last one before.
  return days.find((d) => daysBetween(story, d) >= -31) ?? days.pop() ?? null;
}
/** A weekday's first three letters, in text.ts's order (Sunday first, English then French, so index % 7 is the day): "Sat 11 Oct", "jeudi 27 juin". */
const WEEKDAY_STEMS = WEEKDAY_PATTERN.split('|').map((name) => name.slice(0, 3));
/** (Inside a date's words only a full name: "Mar 11" is March.) */
const WEEKDAY_AT = new RegExp(`^(?=(?:${WEEKDAY_PATTERN})\\b)(${WEEKDAY_STEMS.join('|')})`);
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_STEMS.join('|')})[a-z]*\\.?,?\\s{1,3}(?:the\\s{1,3}|le\\s{1,3})?$`);
/** How far before the release a day must be for the text to be telling an old story (a retrospective, an anniversary). */
export const STORY_GAP = 90;

/** A year-less day belongs to the release's year, unless that puts it over a month after the release. */
function inferYear(month: number, day: number, releaseDate: CalendarDate): CalendarDate | null {
  const year = Number(releaseDate.slice(0, 4));
  const sameYear = calendarDate(year, month, day);
  if (sameYear && daysBetween(releaseDate, sameYear) <= 31) return sameYear;
  return calendarDate(year - 1, month, day) ?? (month === 2 && day === 29 ? null : sameYear);
}

function resolve(day: string, month: string, year: string | undefined, releaseDate: CalendarDate) {
  const m = monthNumber(month);
  if (m === null) return null;
  return year ? calendarDate(Number(year), m, Number(day)) : inferYear(m, Number(day), releaseDate);
}

/** The weekday of a calendar day, 0 = Sunday (as `weekdayNumber`). */
export const weekdayOf = (date: CalendarDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * "la fermeture de la base pour le mercredi 28 février 2023" in a release of 27 February 2024: a year one off from the
 * release's that the weekday before it contradicts is a slip for the release's year, when that year has that weekday.
 */
function yearTheWeekdayNames(words: string, date: CalendarDate, releaseDate: CalendarDate): CalendarDate {
  const stem = WEEKDAY_AT.exec(words)?.[1];
  if (!stem) return date;
  const weekday = WEEKDAY_STEMS.indexOf(stem) % 7;
  const releaseYear = Number(releaseDate.slice(0, 4));
  if (weekdayOf(date) === weekday || Math.abs(Number(date.slice(0, 4)) - releaseYear) !== 1) return date;
  const fixed = calendarDate(releaseYear, Number(date.slice(5, 7)), Number(date.slice(8)));
  return fixed && weekdayOf(fixed) === weekday ? fixed : date;
}

/** The most recent given weekday on or before `from` (or strictly after it, going forward). */
export function nearestWeekday(from: CalendarDate, weekday: number, forward: boolean): CalendarDate {
  const current = weekdayOf(from);
  if (forward) return addDays(from, ((weekday - current + 7) % 7) || 7);
  return addDays(from, -((current - weekday + 7) % 7));
}

type Candidate = Omit<FoundDate, 'text'>;

const FULL_MONTH_THEN_PERIOD = new RegExp(`\\b(?:${FULL_MONTH_NAMES})\\.$`);

function collect(re: RegExp, folded: string, build: (m: RegExpExecArray) => Omit<Candidate, 'start' | 'end'> | null): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const found = build(m);
    let end = m.index + m[0].length;
    // The optional period after a month is an abbreviation's ("oct."), not a full stop after "May".
    if (FULL_MONTH_THEN_PERIOD.test(folded.slice(Math.max(0, end - 12), end))) end--;
    if (found) out.push({ ...found, start: m.index, end });
  }
  return out;
}

function range(start: CalendarDate | null, end: CalendarDate | null): Omit<Candidate, 'start' | 'end'> | null {
  if (!start || !end || end < start) return null;
  return { date: start, endDate: end, kind: 'range' };
}

/** "on the 13th", "le 13": the last 13th of a month up to the release (its own month's, else the month before's). */
function lastDayOfMonth(day: number, releaseDate: CalendarDate): CalendarDate | null {
  const [year, month, today] = releaseDate.split('-').map(Number) as [number, number, number];
  return day <= today ? calendarDate(year, month, day) : month === 1 ? calendarDate(year - 1, 12, day) : calendarDate(year, month - 1, day);
}

/**
 * `story`: the day of the last event the release told, when that is long before the release (a retrospective, an
 * anniversary); a year-less day then takes its year from the story (see yearOfStory), as does one after a day given
 * with its year earlier in the same text.
 */
export function findDates(text: string, releaseDate: CalendarDate, story: CalendarDate | null = null): FoundDate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // "yesterday (22)July 2024": a day of the month in brackets before its month is that day (same length, so offsets hold).
  const folded = fold(text);
  const f = folded.includes('(') ? folded.replace(PAREN_DAY, (_, day: string) => ` ${day} `) : folded;
  const rd = releaseDate;

  // Ranges: the end carries the month (and year); the start borrows them.
  const rangeDaysFirst = (m: RegExpExecArray) => {
    const end = resolve(m[2]!, m[3]!, m[4], rd);
    return range(end && resolve(m[1]!, m[3]!, end.slice(0, 4), rd), end);
  };
  const rangeMonthFirst = (m: RegExpExecArray) => {
    const start = resolve(m[2]!, m[1]!, m[4], rd);
    return range(start, start && resolve(m[3]!, m[1]!, start.slice(0, 4), rd));
  };
  const single = (day: number, month: number, year: number) => (m: RegExpExecArray) => {
    const resolved = resolve(m[day]!, m[month]!, m[year], rd);
    const date = resolved && m[year] ? yearTheWeekdayNames(m[0], resolved, rd) : resolved;
    return date ? { date, endDate: null, kind: m[year] ? ('absolute' as const) : ('no_year' as const) } : null;
  };

  // Every pattern with a day of the month needs a digit: most sentences have none, and are spared those scans.
  const hasDigit = /\d/.test(f);
  const numbered: typeof collect = (re, folded, build) => (hasDigit ? collect(re, folded, build) : []);
  const none: typeof collect = () => [];

  // Earlier groups win overlaps: a range beats the single dates inside it.
  const groups: Candidate[][] = [
    numbered(RANGE_DAYS_FIRST, f, rangeDaysFirst),
    numbered(RANGE_MONTH_FIRST, f, rangeMonthFirst),
    numbered(RANGE_DASH_DAYS_FIRST, f, rangeDaysFirst),
    numbered(RANGE_DASH_MONTH_FIRST, f, rangeMonthFirst),
    numbered(ISO, f, (m) => {
      const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
      return date ? { date, endDate: null, kind: 'absolute' } : null;
    }),
    numbered(DAY_MONTH, f, single(1, 2, 3)),
    numbered(MONTH_DAY, f, single(2, 1, 3)),
    (hasDigit && f.includes('/') ? numbered : none)(SLASH_DAY_MONTH, f, (m) => {
      const day = Number(m[1]);
      const month = Number(m[2]);
      const date = m[3] ? calendarDate(Number(m[3]), month, day) : inferYear(month, day, rd);
      return date ? { date, endDate: null, kind: m[3] ? 'absolute' : 'no_year' } : null;
    }),
    (hasDigit && ORDINAL_SUFFIX.test(f) ? numbered : none)(ORDINAL_DAY, f, (m) => {
      const date = lastDayOfMonth(Number(m[1]), rd);
      return date ? { date, endDate: null, kind: 'no_year' } : null;
    }),
    // (In the month of the last date before it in the sentence, else the last such day up to the release.)
    (hasDigit && /\b(?:le|au|du)\s{1,3}(?:\d{1,2}|1er)\b/.test(f) ? numbered : none)(BARE_DAY_FR, f, (m) => {
      const day = m[1] === '1er' ? 1 : Number(m[1]);
      // ("En juin, la Minustah avait fermé … au Cap-Haïtien le 15 et aux Cayes le 20": or the month named alone before it.)
      const before = [...f.slice(0, m.index).matchAll(MONTH_WORD)].pop();
      const inMonth = before ? resolve(String(day), before[1]!, before[2], rd) : null;
      const date = inMonth ?? lastDayOfMonth(day, rd);
      return date ? { date, endDate: null, kind: 'no_year' } : null;
    }),
    // (Before "today": "one year ago today" is a year back.)
    (f.includes(' ago') || f.includes('il y a') ? collect : none)(YEARS_AGO, f, (m) => {
      const years = m[1] === 'two' || m[2] === 'deux' ? 2 : 1;
      const date = calendarDate(Number(rd.slice(0, 4)) - years, Number(rd.slice(5, 7)), Number(rd.slice(8)));
      return date ? { date, endDate: null, kind: 'relative' } : null;
    }),
    ...RELATIVE.map(([re, offset]) =>
      collect(re, f, () => ({ date: addDays(rd, offset), endDate: null, kind: 'relative' })),
    ),
    collect(AGO, f, (m) => {
      const count = (m[1] ?? m[3])!;
      const days = (NUMBER_WORDS[count] ?? Number(count)) * (/^(?:week|semaine)/.test((m[2] ?? m[4])!) ? 7 : 1);
      return days <= 7 ? { date: addDays(rd, -days), endDate: null, kind: 'relative' } : null;
    }),
    collect(WEEKDAY, f, (m) => {
      const weekday = weekdayNumber(m[2]!);
      if (weekday === null) return null;
      // "Le lendemain, un mercredi, …", "on a Sunday": a weekday with an indefinite article describes a day, it names none (not "à mercredi").
      if (!m[1] && /(?:^|[^\p{L}])(?:un|une|a|an)\s{1,3}$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
      const forward = m[1] === 'next' || m[3] === 'prochain';
      // "on Wednesday of last week", "mercredi de la semaine dernière": that weekday in the week (Monday to Sunday) before the release's.
      if (m[4]) {
        const sinceMonday = (weekdayOf(rd) + 6) % 7;
        return { date: addDays(rd, -sinceMonday - 7 + ((weekday + 6) % 7)), endDate: null, kind: 'relative' };
      }
      const day = nearestWeekday(rd, weekday, forward);
      // "lundi dernier", "last Monday" in a release of a Monday: the Monday before, not today.
      const last = (m[1] === 'last' || m[1] === 'past' || m[3] === 'dernier') && day === rd;
      return { date: last ? addDays(rd, -7) : day, endDate: null, kind: 'relative' };
    }),
  ];

  // "on 21 and 23 October", "les 21 et 23 octobre": the first day of a list borrows the month.
  groups.push(
    numbered(DAY_LIST, f, (m) => {
      const date = resolve(m[1]!, m[2]!, m[3], rd);
      return date ? { date, endDate: null, kind: m[3] ? 'absolute' : 'no_year' } : null;
    }).map((c) => ({ ...c, end: c.start + /^\d{1,2}(?:st|nd|rd|th|er)?/.exec(f.slice(c.start))![0].length })),
  );

  // "le 13 du même mois", "the 13th of the same month": the month of the last date before it.
  groups.push(
    numbered(SAME_MONTH, f, (m) => {
      const before = groups.flat().filter((c) => c.start < m.index && c.kind !== 'relative').sort((a, b) => b.start - a.start)[0];
      const date = before ? calendarDate(Number(before.date.slice(0, 4)), Number(before.date.slice(5, 7)), Number(m[1] ?? m[2])) : null;
      return date ? { date, endDate: null, kind: 'no_year' } : null;
    }),
  );

  // Overlap test by marking covered characters: matches are short, so this stays linear.
  const covered = new Uint8Array(text.length + 1);
  const accepted: Candidate[] = [];
  for (const group of groups) {
    for (const c of group) {
      if (covered.subarray(c.start, c.end).includes(1)) continue;
      covered.fill(1, c.start, c.end);
      accepted.push(c);
    }
  }
  // "la veille du 13 août": the counted day swallows the relative word inside it (one sweep: longest first at each start).
  const found = mergeSpelledOutRanges(accepted.sort((a, b) => a.start - b.start), f)
    .map((c) => offsetFrom(c, f))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let told = story;
  for (const [i, c] of found.entries()) {
    const last = kept[kept.length - 1];
    if (last && c.start >= last.start && c.end <= last.end) continue;
    // "yesterday, 22 July" in a release of 25 July, "hier (22 juillet)": the day the text names after the relative word is the one it means.
    const next = found[i + 1];
    if (c.kind === 'relative' && next && (next.kind === 'absolute' || next.kind === 'no_year') && next.date !== c.date && /^[\s,(]{1,4}$/.test(f.slice(c.end, next.start)) && !WEEKDAY_ONLY.test(f.slice(c.start, c.end))) continue;
    if (c.kind === 'absolute' || (c.kind === 'relative' && daysBetween(c.date, rd) > STORY_GAP)) told = c.date;
    // ("One year ago today … On Monday 23 October the Chadian contingent pulled out": the year of the story told,
    // unless the weekday named with the day says the release's year: "Sat 11 Oct" in a timeline of the months before.)
    const inStory = c.kind === 'no_year' ? yearOfStory(Number(c.date.slice(5, 7)), Number(c.date.slice(8)), rd, told) : null;
    const weekday = inStory && inStory !== c.date ? WEEKDAY_AT.exec(f.slice(c.start, c.end)) ?? WEEKDAY_BEFORE.exec(f.slice(Math.max(0, c.start - 14), c.start)) : null;
    const named = weekday ? WEEKDAY_STEMS.indexOf(weekday[1]!) % 7 : null;
    kept.push(inStory && (named === null || weekdayOf(inStory) === named || weekdayOf(c.date) !== named) ? { ...c, date: inStory } : c);
  }
  return kept.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

/** "three days after 13 December", "deux jours avant le 31 décembre", "the day after 8 December", "la veille du 13 août". */
const OFFSET_BEFORE =
  /\b(?:(a|one|two|three|four|five|six|seven|un|deux|trois|quatre|cinq|sept|\d{1,2})\s{1,3}(days?|weeks?|jours?|semaines?)\s{1,3}(after|before|apres|avant)|(the day after|the day before|le lendemain|la veille))\s{1,3}(?:the\s{1,3}|le\s{1,3}|du\s{1,3}|de\s{1,3})?(?:[a-z]+day,?\s{1,3}|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s{1,3})?$/;

/** "la veille de l'explosion de mercredi", "two days after the attack of 13 August": counted from the day of an event named by a noun. */
const OFFSET_EVENT_BEFORE =
  /\b(?:(a|one|two|three|four|five|six|seven|un|deux|trois|quatre|cinq|sept|\d{1,2})\s{1,3}(days?|weeks?|jours?|semaines?)\s{1,3}(after|before|apres|avant)|(the day after|the day before|le lendemain|la veille))\s{1,3}(?:the\s{1,3}|de\s{1,3}l'|de\s{1,3}la\s{1,3}|du\s{1,3}|l'|la\s{1,3}|le\s{1,3})(?:[a-z-]+\s{1,3})?[a-z-]{4,}\s{1,3}(?:of|on|de|du|d')\s{0,3}(?:last\s{1,3})?$/;
/** A day named by its weekday alone (folded): "jeudi", "on Thursday", "last Thursday", "ce mardi", "mardi dernier". */
export const WEEKDAY_ONLY = new RegExp(`^(?:(?:last|on|ce|this)\\s{1,3})?(?:${WEEKDAY_PATTERN})(?:\\s{1,3}dernier)?$`);

/** A day counted from another: the date it names, and the words that count. */
function offsetFrom(c: Candidate, folded: string): Candidate {
  if (c.kind === 'range') return c;
  const from = Math.max(0, c.start - (c.kind === 'relative' ? 70 : 45));
  // (A weekday only after an event's noun: "la veille de l'explosion de mercredi"; "yesterday" counts from the release.)
  const m = c.kind === 'relative' ? (WEEKDAY_ONLY.test(folded.slice(c.start, c.end)) ? OFFSET_EVENT_BEFORE.exec(folded.slice(from, c.start)) : null) : (OFFSET_BEFORE.exec(folded.slice(from, c.start)) ?? OFFSET_EVENT_BEFORE.exec(folded.slice(from, c.start)));
  if (!m) return c;
  const days = m[4] ? (/after|lendemain/.test(m[4]) ? 1 : -1) : (NUMBER_WORDS[m[1]!] ?? Number(m[1])) * (/^week|^semaine/.test(m[2]!) ? 7 : 1) * (/^(?:after|apres)$/.test(m[3]!) ? 1 : -1);
  return { ...c, start: from + m.index, date: addDays(c.date, days) };
}

/** "from 27 March to 2 April 2023", a line opening "18 April to 5 May –": two single dates joined by "to" become one range. */
function mergeSpelledOutRanges(dates: Candidate[], folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    const between = b ? folded.slice(a.end, b.start) : '';
    const before = folded.slice(Math.max(0, a.start - 9), a.start);
    if (
      b &&
      a.kind !== 'relative' && a.kind !== 'range' &&
      b.kind !== 'relative' && b.kind !== 'range' &&
      /^\s{1,3}(?:to|until|through|au|-)\s{1,3}$/.test(between) &&
      /(?:from|between|du)\s{1,3}$|(?:^|\n)[\s•·*-]{0,3}$/.test(before)
    ) {
      let start = a.date;
      // "27 March to 2 April 2023": the start had no year of its own, take the end's.
      if (a.kind === 'no_year') start = calendarDate(Number(b.date.slice(0, 4)), Number(a.date.slice(5, 7)), Number(a.date.slice(8))) ?? a.date;
      if (start <= b.date) {
        out.push({ start: a.start, end: b.end, date: start, endDate: b.date, kind: 'range' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
