/**
 * Proposes milestones from one release (SPEC section 3) from the structure of each clause:
 * its predicate (predicates.ts: hand over, leave, close, arrive …), who or what the predicate
 * is about (a convoy, the last troops, a head count, a contingent, a site, equipment), when
 * (a date in the same clause, else the tense), and whether it happened, is planned or is
 * negated. One event per predicate; dates and sites belong to the clause they are in.
 * Everything mission-specific comes from the gazetteer. Precision first (decision 0006).
 */
import { addDays, type CalendarDate } from '@/lib/domain/calendar-date';
import { SITE_LEVEL_TYPES, type MilestoneStatus, type MilestoneType } from '@/lib/domain/vocabulary';
import { findContingentMentions } from './contingents';
import { countryByIso, type CountryMention } from './demonyms';
import { findDates, type FoundDate } from './dates';
import { findPredicates, type Predicate } from './predicates';
import { splitSentences } from './sentences';
import { findSiteMentions, type GazetteerSite, type SiteMention } from './sites';
import { fold } from './text';

export interface Gazetteer {
  sites: GazetteerSite[];
  contingents: { id: number; countryIso: string }[];
}

export interface ProposalSpan {
  kind: 'site' | 'contingent' | 'date' | 'type';
  /** Offsets within `sentence`. */
  start: number;
  end: number;
  text: string;
}

export interface ProposedMilestone {
  type: MilestoneType;
  date: CalendarDate;
  status: Extract<MilestoneStatus, 'planned' | 'achieved'>;
  siteId: number | null;
  contingentId: number | null;
  countryIso: string | null;
  figure: number | null;
  title: string;
  sentence: string;
  /** 0..1: how sure the wording, the date and the site are. */
  confidence: number;
  spans: ProposalSpan[];
}

// ---------------------------------------------------------------------------------------------
// Clauses

/**
 * Where one clause ends and the next begins: semicolons, colons, dashes between clauses, and
 * the conjunctions that open a clause of its own ("…, while the Gao camp will stay open",
 * "…, a day after the last aircraft landed", "alors que …"). "and"/"et" do not split: coordinated
 * verbs share their subject and their date.
 */
const CLAUSE_BREAK =
  /;|:\s|\s[-–—]\s|,?\s(?:while|whereas|but|although|though|even as|a day after|a week after|days after|hours after|after|before|following|since|as|when|once|until|whilst|alors que|tandis que|mais|bien que|apres que|apres|avant que|avant de|avant|depuis|lorsque|quand|des lors que|au moment ou|a la suite de|suite a)\s/g;

function clauseBounds(folded: string): [number, number][] {
  const cuts = [0];
  for (const m of folded.matchAll(CLAUSE_BREAK)) cuts.push(m.index + (m[0].startsWith(',') ? 1 : 0));
  cuts.push(folded.length);
  const out: [number, number][] = [];
  for (let i = 0; i < cuts.length - 1; i++) if (cuts[i + 1]! > cuts[i]!) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Arguments

const PERSONNEL =
  '(?:peacekeepers|personnel|troops|soldiers|blue helmets|staff|staff members|police officers|officers|uniformed|civilians?|military|casques bleus|militaires|soldats|policiers|personnels?|agents|membres)';
const FIGURE = new RegExp(
  `(?:^|[^\\d,.])(\\d{1,3}(?:[, .]\\d{3})+|\\d{1,6})(?!\\d|[,.]\\d)\\s{1,3}(?:[a-z'-]{1,20}\\s{1,3}){0,3}?${PERSONNEL}\\b`,
);

/** A number of people: "1,200 peacekeepers", "8 000 casques bleus"; not a year, not zero. */
function figureIn(window: string): number | null {
  const m = FIGURE.exec(window);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[, .]/g, ''));
  if (!Number.isFinite(n) || n === 0 || (/^(?:19|20)\d\d$/.test(m[1]!) && !/[, .]/.test(m[1]!))) return null;
  return n;
}

const CONVOY = /\bconvo(?:y|ys|i|is)\b|\b(?:airlift|flight|rotation)s?\b/;
const LAST = /\b(?:last|final|remaining|all|entire|whole|derniers?|dernieres?|tous|toutes|l'ensemble|totalite|ultimes?)\b/;
const MISSION_SUBJECT = /\b(?:mission|minusma|unamid|monusco|unmil|minustah|unifil|minusca|unmiss|united nations|u\.?n\.?|onu|nations unies|casques bleus|peacekeepers|blue helmets)\b/;
const PERSONNEL_RE = new RegExp(`\\b${PERSONNEL}\\b|\\b(?:contingents?|battalions?|units?|elements?|forces|company|companies|detachments?|bataillons?|unites?|elements?)\\b`);
const EQUIPMENT =
  /\b(?:equipment|vehicles?|ammunition|munitions?|weapons?|materiel|materials?|containers?|generators?|stocks?|explosives?|assets?|trucks?|armou?red|prefabricated|supplies|fuel|equipements?|vehicules?|armes?|camions?|conteneurs?|groupes electrogenes|biens|carburant|materiels?)\b/;
const SITE_WORD = /\b(?:camps?|bases?|sites?|premises|facilit\w*|installations?|compounds?|tob|cob|keys|cles|super camp|headquarters|quartier general|emprise)\b/;
/** What is handed over when it is not the site: a duty, a flag, a role. */
const NOT_A_SITE_OBJECT =
  /^(?:\s{1,3}(?:the|its|their|his|her|a|le|la|les|l'|des|du|de|sa|son|ses|leur|leurs|of|over|back|to))*\s{0,3}(?:command|responsibilit\w*|security|authority|duties|tasks|baton|flag|medals?|certificates?|mandate|role|functions?|powers?|relais|commandement|responsabilit\w*|securite|autorite|drapeau|medailles?|fonctions?|taches?|missions?)\b/;
/** An annex, a national camp or a part inside a site: handing it over does not hand over the site. */
const ANNEX_BEFORE =
  /\b(?:annex(?:e|es)?|outposts?|avant-postes?|positions?|part|parts|portion|section|wing|sector|partie|parties|compound|company (?:operating )?base|platoon|detachment|camp castor|national camp|(?:[a-z]+ian|[a-z]+ese|[a-z]+ish|chadian|french|german|swedish|dutch|tchadien|allemand|suedois) (?:camp|base|compound))\b[^,;]{0,40}$/;
const ROUTE_END_BEFORE = /\b(?:to|towards?|for|into|bound for|en route to|headed for|heading for|en direction de|vers|a destination de|pour|jusqu'a|sur|rejoindre|a|au)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3})?(?:(?:[a-z-]{2,20}\s{1,3}){0,2}(?:camp|base|super camp)\s{1,3}(?:in|at|of|de|d')\s{0,3})?$/;
const FROM_BEFORE = /\b(?:from|out of|de|du|d'|depuis)\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3})?(?:(?:[a-z-]{2,20}\s{1,3}){0,2}(?:camp|base)\s{1,3}(?:in|at|of|de|d')\s{0,3})?$/;
const AT_BEFORE = /\b(?:in|at|on|against|inside|near|a|contre|dans|sur)\s{1,3}(?:the\s{1,3}|le\s{1,3}|la\s{1,3})?(?:(?:[a-z-]{2,20}\s{1,3}){0,2}(?:camp|base)\s{1,3}(?:in|at|of|de|d')\s{0,3})?$/;

/** Dates that bound or target something rather than date an event ("by", "since", "d'ici"). */
const BOUNDING_BEFORE =
  /\b(?:deadline(?:\s{1,3}(?:of|is))?|by|until|till|before|since|no later than|not later than|ahead of|in time for|up to|d'ici(?:\s{1,3}(?:le|au|a))?|avant(?:\s{1,3}le)?|jusqu'(?:au|a|en)|depuis(?:\s{1,3}le)?|au plus tard(?:\s{1,3}le)?|date butoir du|echeance du)\s{1,3}(?:the\s{1,3}|end of\s{1,3}|la fin\s{1,3}(?:de|d')\s{0,3})?(?:[a-z]+day,?\s{1,3})?$/;

// ---------------------------------------------------------------------------------------------
// Modality

const FUTURE =
  /\b(?:will|shall|'ll|is to|are to|was to|were to|to be|expected to|expects? to|plans? to|planned|planning|scheduled|set to|due to|intends? to|aims? to|prepar(?:e|es|ed|ing) to|preparation|upcoming|forthcoming|imminent|next|about to|going to|would|could|should|might|may|va|vont|allait|sera|seront|serait|devrait|devraient|doit|doivent|devra|devront|prevue?s?|programmee?s?|envisage\w*|pourrai(?:t|ent)|interviendra|aura lieu|a venir|prochaine?s?|s'apprete\w*|compte)\b/;
const NEGATION =
  /\b(?:not|no|never|yet to|without|cannot|can't|won't|didn't|hasn't|haven't|wasn't|weren't|isn't|aren't|failed to|refused to|unable to|denied|pas|jamais|aucune?|sans|ni)\b|\bn'|\bne\s/;
/** Calls, hopes, conditions and questions report nothing. */
const NOT_REPORTED =
  /\b(?:if|unless|whether|urge[sd]?|urging|call(?:s|ed)? (?:on|for|upon)|appeal(?:s|ed)?|demand(?:s|ed)?|ask(?:s|ed)?|request(?:s|ed)?|hope[sd]?|wish(?:es|ed)?|want(?:s|ed)?|propos(?:e|es|ed|al)|suggest\w*|consider\w*|discuss\w*|rumou?r\w*|allegedly|reportedly|si|exhort\w*|appel\w*|demand\w*|souhait\w*|esper\w*|propos\w*|envisag\w*|reclam\w*)\b|\?/;
const STATISTIC = /\bsince\b[^.;]{0,60}?\b(?:19|20)\d\d\b|\bdepuis\b[^.;]{0,60}?\b(?:19|20)\d\d\b|\b(?:every|each) year\b|\bin total\b[^.;]{0,40}\bsince\b/;

type Mood = 'plain' | 'future' | 'drop';

function moodOf(window: string, predicate: Predicate, after: string): Mood {
  if (NOT_REPORTED.test(window) || NEGATION.test(window)) return 'drop';
  // French negation closes after the verb: "n'a pas quitté", "ne sera pas remis".
  if (/^\s{0,3}(?:pas|jamais|plus|point)\b/.test(after)) return 'drop';
  if (predicate.futureForm || FUTURE.test(window)) return 'future';
  // "The handover of Ansongo is scheduled for 18 December": a noun's modality follows it.
  if (predicate.nominal && /^[^.;]{0,60}?\b(?:is|are|was|will be|est|sera|a ete)?\s{0,3}(?:scheduled|planned|expected|set|due|prevue?s?|programmee?s?|attendue?s?)\b/.test(after)) return 'future';
  return 'plain';
}

/** A report dated by its tense: "has handed over", "a quitté", "hands over", "remet". */
function presentOrPerfect(subject: string, predicate: Predicate): boolean {
  if (predicate.nominal) return false;
  if (/\b(?:has|have)\s{1,3}(?:[a-z]{2,15}ly\s{1,3}|now\s{1,3}|just\s{1,3}|already\s{1,3}|also\s{1,3}){0,2}(?:been\s{1,3})?$/.test(subject)) return true;
  if (/\b(?:a|ont|est|sont)\s{1,3}(?:[a-z]{2,15}ment\s{1,3}|deja\s{1,3}|aussi\s{1,3}){0,2}(?:ete\s{1,3})?$/.test(subject)) return true;
  // English present, third person: "hands over", "leaves", "closes".
  if (/^(?:hands|turns|transfers|returns|leaves|departs|vacates|withdraws|closes|completes|begins|starts|pulls|quits|cedes)\b/.test(predicate.text)) return true;
  // French present: "remet", "quitte", "ferme", "achève".
  return /^(?:remet|remettent|retrocede|retrocedent|quitte|quittent|ferme|ferment|acheve|achevent|termine|terminent|transfere|transferent|se retire|entame|entament|commence|commencent)$/.test(predicate.text);
}

// ---------------------------------------------------------------------------------------------
// Reading one predicate

interface Reading {
  type: MilestoneType;
  confidence: number;
  figure?: number | null;
  /** The predicate that carried the event's meaning, for the aspect pairs ("began withdrawing"). */
  consumes?: Predicate;
  /** Where a site may stand relative to the predicate. */
  sites: 'after' | 'any' | 'origin' | 'none';
}

interface ClauseCtx {
  folded: string;
  start: number;
  end: number;
  predicates: Predicate[];
  sites: SiteMention[];
  contingents: CountryMention[];
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|a ete|ont ete|ete|est|sont|sera|seront|etait|etaient)\s{1,3}(?:[a-z]{2,15}(?:ly|ment)\s{1,3})?$/;

function read(c: ClauseCtx, p: Predicate): Reading | null {
  const subject = c.folded.slice(c.start, p.start);
  const object = c.folded.slice(p.end, c.end);
  const near = object.slice(0, 70);
  const passive = PASSIVE_BEFORE.test(subject);
  const siteAfter = c.sites.some((s) => s.start >= p.end);
  const siteBefore = c.sites.some((s) => s.end <= p.start);
  switch (p.family) {
    case 'start':
    case 'complete': {
      // Aspect: what begins or ends is the withdrawal (or the handover) in the same clause.
      const target = c.predicates.find(
        (q) => q !== p && (q.family === 'leave' || q.family === 'handover' || q.family === 'close') && Math.abs(q.start - p.start) < 80,
      );
      if (!target) return null;
      if (target.family === 'handover') return p.family === 'complete' ? { type: 'site_handed_over', confidence: 0.8, consumes: target, sites: 'any' } : null;
      if (target.family === 'close' && p.family === 'start') return null;
      if (target.family === 'leave' && CONVOY.test(c.folded.slice(c.start, c.end)) && p.family === 'start') return null;
      return { type: p.family === 'start' ? 'withdrawal_started' : 'withdrawal_completed', confidence: 0.85, consumes: target, sites: 'any' };
    }
    case 'handover': {
      if (NOT_A_SITE_OBJECT.test(object)) return null;
      const firstEquipment = near.search(EQUIPMENT);
      const firstSiteWord = near.search(SITE_WORD);
      if (firstEquipment >= 0 && (firstSiteWord < 0 || firstEquipment < firstSiteWord)) return { type: 'asset_disposal', confidence: 0.6, sites: 'any' };
      // Movements of people are not handovers: "troops were transferred to Gao", "returned to Gao".
      if (/^(?:transfer|return|rend|rejoin)/.test(p.text) && PERSONNEL_RE.test(subject.slice(-60)) && !passive) return null;
      if (/^(?:return|rend)/.test(p.text) && !SITE_WORD.test(near) && !siteAfter) return null;
      if (p.nominal && !siteAfter && !SITE_WORD.test(near.slice(0, 30)) && !passive) return null;
      return { type: 'site_handed_over', confidence: 0.85, sites: p.nominal || passive ? 'any' : siteAfter ? 'after' : 'any' };
    }
    case 'close': {
      if (/\b(?:road|roads|airport|border|route|airspace|school|office|account|meeting|session|door|routes?|frontiere|aeroport|espace aerien)\b/.test(near.slice(0, 30))) return null;
      if (p.nominal) return /^\s{1,3}(?:of|de|du|des|d')\b/.test(object) ? { type: 'withdrawal_completed', confidence: 0.7, sites: 'after' } : null;
      return { type: 'withdrawal_completed', confidence: 0.75, sites: passive ? 'any' : siteAfter ? 'after' : 'any' };
    }
    case 'leave': {
      const clause = c.folded.slice(c.start, c.end);
      const who = subject.slice(-120);
      if (CONVOY.test(who) || (p.nominal && /^\s{1,3}(?:of|du|des|de)\s{1,3}(?:the\s{1,3}|la\s{1,3})?(?:(?:last|first|final|dernier|premier)\s{1,3})?convo/.test(object))) {
        return { type: 'convoy_departed', confidence: 0.85, sites: 'origin' };
      }
      if (p.nominal) return null; // "the withdrawal from Ber": only with an aspect verb or a convoy
      const figure = figureIn(who) ?? (passive ? null : null);
      if (figure !== null && !c.sites.length) return { type: 'personnel_departed', confidence: 0.75, figure, sites: 'none' };
      const country = c.contingents.find((m) => m.end <= p.start);
      const leavesCountry = /^\s{1,3}(?:the\s{1,3}|le\s{1,3}|la\s{1,3}|l')?(?:country|mission area|mission|host country|mali|sudan|darfur|lebanon|liban|haiti|liberia|congo|rdc|drc|pays|soudan)\b/.test(object);
      if (country && leavesCountry && !siteAfter) return { type: 'contingent_repatriated', confidence: 0.75, sites: 'none' };
      if (!siteAfter && !(passive && siteBefore)) return null;
      const strong = /^(?:vacat|evacu|withdr|pull|abandon|quitt|retir|desengag|replie|se replie|moved out|quit)/.test(p.text);
      if (strong || LAST.test(who) || MISSION_SUBJECT.test(who)) {
        if (/\b(?:first|premiers?|premieres?|initial)\b/.test(who)) return null;
        return { type: 'withdrawal_completed', confidence: strong ? 0.8 : 0.75, sites: passive ? 'any' : 'origin' };
      }
      return null;
    }
    case 'arrive': {
      const clause = c.folded.slice(c.start, c.end);
      if (!CONVOY.test(clause)) return null;
      return { type: 'convoy_arrived', confidence: 0.75, sites: 'origin' };
    }
    case 'repatriate': {
      const figure = figureIn(subject.slice(-120)) ?? figureIn(object.slice(0, 60));
      if (c.contingents.length > 0) return { type: 'contingent_repatriated', confidence: 0.75, sites: 'origin' };
      if (figure !== null) return { type: 'personnel_departed', confidence: 0.7, figure, sites: 'none' };
      return null;
    }
    case 'destroy': {
      const clause = c.folded.slice(c.start, c.end);
      if (!EQUIPMENT.test(clause)) return null;
      if (c.predicates.some((q) => q.family === 'attack')) return null;
      return { type: 'equipment_destroyed', confidence: 0.7, sites: 'any' };
    }
    case 'dispose':
      return { type: 'asset_disposal', confidence: 0.65, sites: 'any' };
    case 'assess':
      return { type: 'environmental_assessment', confidence: 0.8, sites: 'any' };
    case 'attack':
      return { type: 'incident', confidence: 0.75, sites: 'none' };
  }
}

// ---------------------------------------------------------------------------------------------
// Sentences

interface SentenceState {
  /** The one site the text named last, for "the camp" in a later clause or sentence. */
  antecedent: SiteMention | null;
}

const ANAPHOR = /\b(?:the|this|that|its|their)\s{1,3}(?:camp|base|tob|site|premises|compound)\b|\b(?:le|ce|du|au)\s{1,3}(?:camp|site)\b|\b(?:la|cette)\s{1,3}base\b/g;

function clamp(n: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, n)) * 100) / 100;
}

function siteName(gazetteer: Gazetteer, siteId: number | null): string | null {
  return gazetteer.sites.find((s) => s.id === siteId)?.name ?? null;
}

function demonym(iso: string | null): string | null {
  if (!iso) return null;
  const country = countryByIso(iso);
  return country ? (country.demonyms[0] ?? country.name) : iso;
}

function title(type: MilestoneType, site: string | null, iso: string | null, figure: number | null, last: boolean): string {
  const people = demonym(iso);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  switch (type) {
    case 'withdrawal_started':
      return `Withdrawal from ${site ?? 'site'} started`;
    case 'withdrawal_completed':
      return `Withdrawal from ${site ?? 'site'} completed`;
    case 'site_handed_over':
      return `${site ?? 'Site'} handed over`;
    case 'environmental_assessment':
      return `Environmental assessment at ${site ?? 'site'}`;
    case 'convoy_departed':
      return cap(`${last ? 'last ' : ''}convoy ${site ? `left ${site}` : 'departed'}`);
    case 'convoy_arrived':
      return cap(`${last ? 'last ' : ''}${site ? `${site} convoy` : 'convoy'} arrived`);
    case 'personnel_departed':
      return `${figure !== null ? figure.toLocaleString('en-US') : 'Personnel'} personnel departed${people ? ` (${people})` : ''}`;
    case 'contingent_repatriated':
      return `${people ?? 'Contingent'} contingent repatriated${site ? ` from ${site}` : ''}`;
    case 'incident':
      return `Incident${site ? ` at ${site}` : ''}${people ? ` involving ${people} peacekeepers` : ''}`;
    case 'asset_disposal':
      return `Asset disposal${site ? ` at ${site}` : ''}`;
    case 'equipment_destroyed':
      return `Equipment destroyed${site ? ` at ${site}` : ''}`;
    default:
      return `Event${site ? ` at ${site}` : ''}`;
  }
}

const span = (kind: ProposalSpan['kind'], item: { start: number; end: number }, text: string): ProposalSpan => ({
  kind,
  start: item.start,
  end: item.end,
  text: text.slice(item.start, item.end),
});

function pickSites(c: ClauseCtx, p: Predicate, reading: Reading, sentenceSites: SiteMention[], state: SentenceState): { sites: SiteMention[]; penalty: number } {
  if (reading.sites === 'none') return { sites: [], penalty: 0 };
  const folded = c.folded;
  const notAnnex = (s: SiteMention) => !ANNEX_BEFORE.test(folded.slice(Math.max(c.start, s.start - 60), s.start));
  let mine = c.sites.filter(notAnnex);
  if (reading.type === 'incident') {
    mine = mine.filter((s) => s.qualifier === 'camp' || AT_BEFORE.test(folded.slice(Math.max(0, s.start - 30), s.start)));
  }
  if (reading.sites === 'after') mine = mine.filter((s) => s.start >= p.end);
  if (reading.sites === 'origin') {
    const from = mine.filter((s) => FROM_BEFORE.test(folded.slice(Math.max(0, s.start - 30), s.start)));
    const notDestination = mine.filter((s) => !ROUTE_END_BEFORE.test(folded.slice(Math.max(0, s.start - 40), s.start)));
    if (reading.type === 'convoy_arrived') mine = from.length > 0 ? from : notDestination.length > 0 ? [] : mine.slice(0, 1);
    else mine = from.length > 0 ? from : notDestination;
  }
  if (mine.length > 0) {
    const seen = new Set<number>();
    return { sites: mine.filter((s) => !seen.has(s.siteId) && seen.add(s.siteId)), penalty: 0 };
  }
  if (c.sites.length > 0) return { sites: [], penalty: 0 }; // the clause names a site, just not this one
  // "the camp": the one site named just before.
  const clause = folded.slice(c.start, c.end);
  ANAPHOR.lastIndex = 0;
  const anaphor = ANAPHOR.exec(clause);
  if (anaphor && state.antecedent && SITE_LEVEL_TYPES.has(reading.type)) return { sites: [state.antecedent], penalty: 0.15 };
  // The one site of the sentence, named in another clause of it.
  const distinct = new Set(sentenceSites.map((s) => s.siteId));
  if (distinct.size === 1 && SITE_LEVEL_TYPES.has(reading.type) && sentenceSites[0]!.qualifier !== 'place') return { sites: [sentenceSites[0]!], penalty: 0.15 };
  return { sites: [], penalty: 0 };
}

function pickDate(c: ClauseCtx, p: Predicate, reading: Reading, dates: FoundDate[]): FoundDate | null {
  const mine = dates.filter((d) => d.start >= c.start && d.end <= c.end);
  if (mine.length === 0) return null;
  const distance = (d: FoundDate) => (d.start >= p.end ? d.start - p.end : p.start - d.end + 15);
  return [...mine].sort((a, b) => distance(a) - distance(b))[0]!;
}

function eventDay(found: FoundDate, type: MilestoneType): CalendarDate {
  if (found.kind === 'range' && found.endDate && type === 'withdrawal_completed') return found.endDate;
  return found.date;
}

function sentenceProposals(
  text: string,
  releaseDate: CalendarDate,
  gazetteer: Gazetteer,
  state: SentenceState,
): ProposedMilestone[] {
  const folded = fold(text);
  const predicates = findPredicates(folded);
  const sentenceSites = findSiteMentions(text, gazetteer.sites).filter((s) => s.qualifier !== 'place');
  const antecedentBefore = state.antecedent;
  const distinct = new Set(sentenceSites.map((s) => s.siteId));
  if (distinct.size === 1) state.antecedent = sentenceSites[0]!;
  else if (distinct.size > 1) state.antecedent = null;
  if (predicates.length === 0) return [];
  const dates = findDates(text, releaseDate).filter((d) => !BOUNDING_BEFORE.test(folded.slice(Math.max(0, d.start - 40), d.start)));
  const contingents = findContingentMentions(text);
  const statistic = STATISTIC.test(folded);
  const out: ProposedMilestone[] = [];
  const consumed = new Set<Predicate>();
  const localState: SentenceState = { antecedent: antecedentBefore };

  for (const [start, end] of clauseBounds(folded)) {
    const c: ClauseCtx = {
      folded,
      start,
      end,
      predicates: predicates.filter((p) => p.start >= start && p.end <= end),
      sites: sentenceSites.filter((s) => s.start >= start && s.end <= end),
      contingents: contingents.filter((m) => m.start >= start && m.end <= end),
    };
    const readings: [Predicate, Reading][] = [];
    for (const p of c.predicates) {
      const r = read(c, p);
      if (r) readings.push([p, r]);
    }
    for (const [, r] of readings) if (r.consumes) consumed.add(r.consumes);
    for (const [p, reading] of readings) {
      if (consumed.has(p)) continue;
      if (reading.type === 'incident' && statistic) continue;
      const head = reading.consumes && reading.consumes.start < p.start ? reading.consumes : p;
      const tail = reading.consumes && reading.consumes.end > p.end ? reading.consumes : p;
      const window = folded.slice(Math.max(start, head.start - 90), head.start) + ' ' + folded.slice(head.start, tail.end);
      const mood = moodOf(folded.slice(Math.max(start, head.start - 90), tail.end), p, folded.slice(tail.end, Math.min(end, tail.end + 80)));
      void window;
      if (mood === 'drop') continue;
      const found = pickDate(c, p, reading, dates);
      let date: CalendarDate | null = found ? eventDay(found, reading.type) : null;
      let confidence = reading.confidence;
      if (date && mood === 'future' && date <= releaseDate && found?.kind === 'relative' && /day|di$|di\b/.test(found.text.toLowerCase())) {
        date = addDays(date, 7); // "on Saturday" in a sentence about the future: the coming one
      }
      if (!date) {
        if (mood === 'future') continue;
        if (!presentOrPerfect(folded.slice(start, head.start), p)) continue;
        if (reading.type === 'incident') continue; // "have lost their lives": a tally, not an event
        date = releaseDate;
        confidence -= 0.2;
      }
      if (mood === 'future' && date <= releaseDate) continue;
      const status = date > releaseDate ? 'planned' : 'achieved';
      if (status === 'planned') confidence -= 0.1;
      const { sites, penalty } = pickSites(c, p, reading, sentenceSites, localState);
      confidence -= penalty;
      if (SITE_LEVEL_TYPES.has(reading.type) && sites.length === 0) continue;
      if ((reading.type === 'convoy_departed' || reading.type === 'convoy_arrived') && sites.length === 0 && c.contingents.length === 0) continue;
      const countries: (CountryMention | null)[] =
        reading.type === 'contingent_repatriated'
          ? [...new Map(c.contingents.map((m) => [m.iso, m])).values()]
          : [new Set(c.contingents.map((m) => m.iso)).size === 1 ? c.contingents[0]! : null];
      if (reading.type === 'contingent_repatriated' && countries.length === 0) continue;
      const last = LAST.test(folded.slice(start, p.start));
      for (const site of sites.length > 0 ? sites : [null]) {
        for (const country of countries) {
          const iso = country?.iso ?? null;
          const contingent = iso ? gazetteer.contingents.find((k) => k.countryIso?.toUpperCase() === iso) : undefined;
          const spans: ProposalSpan[] = [span('type', p, text)];
          if (reading.consumes) spans.push(span('type', reading.consumes, text));
          if (site && site.end <= text.length) spans.push(span('site', site, text));
          if (country) spans.push(span('contingent', country, text));
          if (found) spans.push(span('date', found, text));
          let label = title(reading.type, siteName(gazetteer, site?.siteId ?? null), iso, reading.figure ?? null, last);
          if (status === 'planned') label += ' (planned)';
          out.push({
            type: reading.type,
            date,
            status,
            siteId: site?.siteId ?? null,
            contingentId: contingent?.id ?? null,
            countryIso: iso,
            figure: reading.type === 'personnel_departed' ? (reading.figure ?? null) : null,
            title: label.slice(0, 120),
            sentence: text,
            confidence: clamp(confidence + (site?.qualifier === 'camp' ? 0.05 : 0)),
            spans: spans.sort((a, b) => a.start - b.start),
          });
        }
      }
    }
    const clauseDistinct = new Set(c.sites.map((s) => s.siteId));
    if (clauseDistinct.size === 1) localState.antecedent = c.sites[0]!;
  }
  return out;
}

/** Same fact twice (two phrasings, two sentences): keep the most confident. */
function dedupe(proposals: ProposedMilestone[]): ProposedMilestone[] {
  const best = new Map<string, ProposedMilestone>();
  for (const p of proposals) {
    const key = [p.type, p.siteId, p.type === 'contingent_repatriated' ? p.countryIso : '', p.date, p.status].join('|');
    const current = best.get(key);
    if (!current || p.confidence > current.confidence) best.set(key, p);
  }
  return [...best.values()];
}

/** Prose has a handful of predicates per sentence; longer sentences are lists or junk. */
const MAX_SENTENCE = 2_000;

export function extractProposals(release: { date: CalendarDate; body: string }, gazetteer: Gazetteer): ProposedMilestone[] {
  if (!release || typeof release.body !== 'string' || typeof release.date !== 'string') return [];
  const safeGazetteer: Gazetteer = {
    sites: Array.isArray(gazetteer?.sites) ? gazetteer.sites : [],
    contingents: Array.isArray(gazetteer?.contingents) ? gazetteer.contingents : [],
  };
  const out: ProposedMilestone[] = [];
  try {
    const state: SentenceState = { antecedent: null };
    for (const sentence of splitSentences(release.body)) {
      if (sentence.text.length > MAX_SENTENCE) continue;
      out.push(...sentenceProposals(sentence.text, release.date, safeGazetteer, state));
    }
  } catch {
    // A bug must not cost an editor the import: the release is kept, just without proposals.
    return [];
  }
  return dedupe(out);
}
