/**
 * Proposes milestones from one release (SPEC section 3) from the structure of each clause:
 * its predicate (predicates.ts: hand over, leave, close, arrive …), who or what the predicate
 * is about (a convoy, the last troops, a head count, a contingent, a site, equipment), when
 * (a date in the same clause, else the tense), and whether it happened, is planned or is
 * negated. One event per predicate; dates and sites belong to the clause they are in.
 * Everything mission-specific comes from the gazetteer. Precision first (decision 0006).
 */
import { addDays, calendarDate, daysBetween, type CalendarDate } from '@/lib/domain/calendar-date';
import { SITE_LEVEL_TYPES, type MilestoneStatus, type MilestoneType } from '@/lib/domain/vocabulary';
import { findContingentMentions, UNIT_NOUN } from './contingents';
import { countryByIso, findCapitalMentions, findCountryMentions, type CountryMention } from './demonyms';
import { findDates, nearestWeekday, STORY_GAP, weekdayOf, WEEKDAY_ONLY, type FoundDate } from './dates';
import { CLEFT, cliticBefore, inPluralList, objectRefersBack, PART_OF, passiveSubjectRefersBack, refersBack, relativeObjectSite, soleReferent } from './anaphora';
import { findPredicates, GOODS_HELD, type Predicate } from './predicates';
import { datelineLength, splitSentences } from './sentences';
import { BEARING, DISTANCE_FROM, findSiteMentions, ROAD_FROM_BEFORE, ROAD_TO_AFTER, type GazetteerSite, type SiteMention } from './sites';
import { COUNT_WORD, fold, FULL_MONTH_NAMES, isWordChar, NUMBER_WORDS, weekdayNumber, WEEKDAY_PATTERN } from './text';

export interface Gazetteer {
  sites: GazetteerSite[];
  contingents: { id: number; countryIso: string }[];
  /** The host State's name ("Mali"): its army and its people are never a contingent. */
  hostCountry?: string;
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
 * verbs share their subject and their date. An absolute passive participle with a subject of its own
 * is a clause of its own ("…, la base ayant été remise aux autorités la veille"); an active one explains the
 * clause before it and keeps its day ("…, its last personnel having left the camp").
 */
const CLAUSE_BREAK =
  /;|:\s|"|\s[-–—]\s|,?\s(?:while|whereas|but|although|though|even as|because(?! of\b)|parce que|puisque|(?:one|two|three|four|five|six|\d{1,2}) (?:days?|weeks?) after|a day after|the day after|a week after|days after|hours after|after|(?:un|deux|trois|quatre|cinq|six|\d{1,2}) jours? apres|before|following(?! (?:day|days|week|weeks|month|morning|afternoon|evening|night|year)\b)|since(?! (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|then\b|the (?:start|beginning|end)\b|[a-z]+ed\b|been\b|left\b|gone\b|come\b))|as(?<!\b(?:well|soon|such|much|long|far|many|same)\sas)(?! (?:the|a|an) [a-z-]+(?: [a-z-]+){0,3},)(?! (?:a|an|part|well|such|planned|scheduled|expected|of|per|far|long|much|many|agreed|announced|required|usual|follows|from|to|regards)\b)|when|once|until(?! the (?:end|last)\b)|whilst|alors que|tandis que|mais|bien que|apres que|apres|avant que|avant de|avant|depuis que|depuis qu'|lorsque|quand|des lors que|au moment ou|a la suite de|suite a)\s|,?\sau lendemain d|,\s(?=(?:the|its|their|la|le|les|l'|sa|son|ses|leur|leurs)\s?[a-z'-]+(?:\s[a-z'-]+){0,3}\s(?:ayant(?:\s[a-z]+)?\sete|having(?:\s[a-z]+)?\sbeen)\s)|,?\s(?:and|et)\s(?:that|que|qu')\s?|,\s(?:and|et)\s(?=(?:(?:as of|as at|by|au|a la date de|since|depuis)\s[a-z]+,?\s)?(?:(?:some|about|almost|nearly|close to|more than|over|around|roughly|pres de|plus de|environ|quelque)\s)?\d[\d,. ]*\s(?!(?:%|per\s?cent|pour\s?cent)|(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)))/g;
/** A report of a report: "announced on Sunday that it had completed …"; the date is the announcement's. */
const REPORTED_SPEECH =
  /\b(?:announced|said|stated|reported|confirmed|indicated|noted|added|explained|declared|recalled|told|a annonce|a indique|a declare|a precise|a rappele|a confirme|a affirme|a souligne|a explique|annonce|indique|declare|precise)\b[^,;.]{0,50}?\s(?:that\s|que\s|qu')/g;

const OPENING_SUBORDINATE = /^(?:before|after|when|once|as soon as|while|although|because|since|avant que|avant de|avant|apres que|apres|lorsque|quand|alors que|pendant que|tandis que|bien que|parce que|des que)\s/;

/** ", et la mission a revu ", ", and the army has said ": a coordinated clause with a subject and a verb of its own, right before a date. */
const NEW_SUBJECT_VERB = /,\s{0,3}(?:and|et)\s{1,3}(?:the|la|le|les|l')\s{0,3}[a-z'-]+\s{1,3}(?:a|ont|avait|avaient|has|have|had)\s{1,3}[a-z]+\s{1,3}$/;

/** "…; they are due to", ": ils doivent": a plural pronoun as the subject, up to three words before the verb. */
const THEY_BEFORE = /(?:^\s{0,3}|[;,:]\s{0,3})(?:they|ils|elles)\s{1,3}(?:[a-z']+\s{1,3}){0,3}$/;

/** A place or a day that opens a sentence, before any verb: "At Tessalit on Saturday", "À Tessalit, samedi". */
const FRONTED = /^(?:at|in|on|a|au|aux|en|dans|le|ce|cette|this|last|yesterday|today|hier|aujourd'hui|(?:lun|mar|mercre|jeu|vendre|same|diman)di|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^;:]*$/;

function clauseBounds(folded: string): [number, number][] {
  const cuts = [0];
  // "Ses 385 soldats - 225 Uruguayens et 160 Péruviens - ont quitté le pays": a pair of dashes closes an aside, not a clause.
  const dashes = [...folded.matchAll(/\s[-–—]\s/g)].map((m) => m.index);
  const aside = new Set<number>();
  for (let i = 0; i + 1 < dashes.length; i++) {
    if (dashes[i + 1]! - dashes[i]! < 80 && !/[.;:]/.test(folded.slice(dashes[i]!, dashes[i + 1]!))) {
      aside.add(dashes[i]!);
      aside.add(dashes[i + 1]!);
      i++;
    }
  }
  // "À Tessalit, samedi, avant que le dernier convoi ne parte, la mission a détruit …": an opening subordinate clause after a
  // fronted place or day (no verb before it) ends at its comma too.
  const opens = [0];
  for (const m of folded.matchAll(CLAUSE_BREAK)) {
    if (aside.has(m.index)) continue;
    // "three days after 13 December", "before 31 December": a day, not a clause.
    if (/(?:after|before|apres|avant)\s$/.test(m[0]) && /^(?:le\s{1,3}|the\s{1,3})?\d{1,2}(?:er|st|nd|rd|th)?\s{1,3}[a-z]/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    cuts.push(m.index + (m[0].startsWith(',') ? 1 : 0));
    if (m[0].startsWith(',') && m.index <= 50 && FRONTED.test(folded.slice(0, m.index))) opens.push(m.index + 2);
  }
  for (const m of folded.matchAll(REPORTED_SPEECH)) cuts.push(m.index + m[0].length);
  // "Before the peacekeepers left, a ceremony was held …": an opening subordinate clause ends at its comma;
  // so does one that opens the text after a heading ("13 octobre – Ramyah : pendant que les Casques bleus sont aux abris, deux chars …").
  for (const at of [...opens, ...[...folded.matchAll(/:\s|\s[-–—]\s/g)].filter((m) => !aside.has(m.index)).map((m) => m.index + m[0].length)]) {
    if (!OPENING_SUBORDINATE.test(folded.slice(at, at + 20))) continue;
    // The first comma that ends words, not the one inside "6,000".
    const comma = folded.slice(at).search(/,(?!\d)|;/);
    // ("Après la base de Gao, fermée le 2 septembre, celle de Ber …": a bare "après" ends only where a subject comes next.)
    if (/^(?:apres|avant)\s(?!que|de)/.test(folded.slice(at, at + 12)) && !/^,\s{0,2}(?:la|le|les|l'|un|une|des|il|elle|ils|elles|on|ses|son|sa|leurs?|ce|cette|ces)\b/.test(folded.slice(at + comma, at + comma + 12))) continue;
    if (comma > 0 && folded[at + comma] === ',') cuts.push(at + comma + 1);
  }
  cuts.push(folded.length);
  cuts.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 0; i < cuts.length - 1; i++) if (cuts[i + 1]! > cuts[i]!) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Arguments

const PERSONNEL =
  '(?:peacekeepers|personnel|troops|soldiers|occupants|garrison|garnison|blue helmets|staff|staff members|police officers|officers|uniformed|civilians?|military|people|persons|personnes|casques bleus|militaires|soldats|troupes?|troop|policiers|personnels?|agents|membres|aviators|airmen|pilots|engineers|medics|gendarmes|aviateurs|pilotes|ingenieurs|sapeurs)';
/** The words that make a count approximate: "almost 2,000", "près de 2 000", "presque 2 000". */
const ABOUT = '(?:almost|nearly|about|around|some|roughly|approximately|close to|more than|over|pres de|pres|presque|pratiquement|quasiment|quelque|environ|plus de)';
/** An object that opens on a count: "some 1,867 military", "presque 2 000 Casques bleus". */
const COUNT_OPENS = new RegExp(`^\\s{1,3}${ABOUT}?\\s{0,3}\\d`);
/** A number before a month is a day ("dès le dimanche 13 août que les Casques bleus …"), not a head count. */
const MONTHS = '(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[a-z]*\\b';
const FIGURE = new RegExp(
  `(?:^|[^\\d,.])(\\d{1,3}(?:[, .]\\d{3})+|\\d{1,6})(?!\\d|[,.]\\d|\\s{0,3}(?:%|percent|per cent|pour cent|pourcent)|\\s{1,3}(?:${MONTHS}))\\s{1,3}(?:[a-z'-]{1,20}\\s{1,3}){0,3}?${PERSONNEL}\\b`,
);

/** A number of people: "1,200 peacekeepers", "8 000 casques bleus"; not a year, not zero. */
const NUMBER = /(?:^|[^\d,.])(\d{1,3}(?:[, .]\d{3})+|\d{1,6})(?!\d|[,.]\d)/g;
const TOTAL_AFTER = /^\s{1,3}(?:[a-z'-]{1,20}\s{1,3}){0,2}?(?:in all|in total|au total|en tout|altogether)\b/;
const TOTAL_BEFORE = /\b(?:a total of|in all|in total|au total|en tout|soit|(?:bringing|brings|portant|porte)\s{1,3}(?:the\s{1,3}|le\s{1,3})?(?:total|number|nombre)\s{1,3}(?:[a-z']{1,15}\s{1,3}){0,3}?(?:to|a))\s{1,3}(?:some\s{1,3}|about\s{1,3}|more than\s{1,3}|over\s{1,3}|pres de\s{1,3}|plus de\s{1,3}|quelque\s{1,3}|environ\s{1,3})?.?$/;

/** Before a number of people: they died or were hurt ("lost 82 soldiers", "a perdu 31 des siens"). */
const LOST_BEFORE = /\b(?:lost|losing|perdu|killed|wounded|injured|blesse|tue)\s{1,3}(?:some\s{1,3}|about\s{1,3}|more than\s{1,3}|over\s{1,3}|nearly\s{1,3}|plus de\s{1,3}|pres de\s{1,3}|quelque\s{1,3})?.?$/;

const asCount = (digits: string): number | null => {
  const n = Number(digits.replace(/[, .]/g, ''));
  if (!Number.isFinite(n) || n === 0 || (/^(?:19|20)\d\d$/.test(digits) && !/[, .]/.test(digits))) return null;
  return n;
};

/** A number the text gives as a total: "3,367 people in all", "a total of 10,040 departures", "soit 3 276 … au total". */
function totalIn(window: string): number | null {
  for (const n of window.matchAll(NUMBER)) {
    const end = n.index + n[0].length;
    if (TOTAL_AFTER.test(window.slice(end, end + 40)) || TOTAL_BEFORE.test(window.slice(Math.max(0, n.index - 30), n.index + 1))) {
      const total = asCount(n[1]!);
      if (total !== null) return total;
    }
  }
  return null;
}

/**
 * A number of people: "1,200 peacekeepers", "8 000 casques bleus"; not a year, not zero. A total
 * wins over its parts ("3,276 uniformed and 91 civilians, 3,367 people in all"), and the part
 * over the whole ("7 500 des 13 871 personnels": 7500).
 */
function figureIn(window: string): number | null {
  const m = FIGURE.exec(window);
  if (!m) return null;
  // "Chad, which lost 82 soldiers in Mali": people killed, not people gone.
  if (LOST_BEFORE.test(window.slice(Math.max(0, m.index - 30), m.index + 1))) return null;
  // "Half of the Mission's 13,871 personnel have left", "la moitié des 13 000": a share of the number, not a count (labels guide).
  if (SHARE_OF.test(window.slice(Math.max(0, m.index - 40), m.index + 1))) return null;
  const total = totalIn(window);
  if (total !== null) return total;
  // "Out of 13,871 personnel, 10,754 have now departed", "Sur les 13 871 personnels, 10 754 …": the whole first, then the part.
  const outOf = OUT_OF_WHOLE.exec(window);
  if (outOf) return asCount(outOf[1]!);
  // ("over 10,500 of the ~13,800 mission personnel": the whole may be given as roughly so many.)
  // (Not a post's "3/4" before it: a thread's count.)
  const partOf = /(?<![\d/])(\d{1,3}(?:[, .]\d{3})+|\d{1,6})[^\d.;]{0,30}?\s(?:of|des|sur|out of)\s{1,3}(?:[a-z']{1,15}\s{1,3}){0,4}?[~≈]?\d/.exec(window);
  if (partOf && partOf.index < m.index + m[0].length) return asCount(partOf[1]!);
  return asCount(m[1]!);
}

const OUT_OF_WHOLE = /\b(?:out of|sur)\s{1,3}(?:the\s{1,3}|its\s{1,3}|les\s{1,3}|ses\s{1,3})?(?:\d{1,3}(?:[, .]\d{3})+|\d{1,6})\s{1,3}[^,;.\d]{0,40},\s{1,3}(?:some\s{1,3}|about\s{1,3}|nearly\s{1,3}|more than\s{1,3}|over\s{1,3}|plus de\s{1,3}|pres de\s{1,3}|quelque\s{1,3})?(\d{1,3}(?:[, .]\d{3})+|\d{1,6})(?![\d%])/;
/** An aircraft leaving: "took off from Gao", "a décollé de Gao", "s'est envolé". */
const TAKE_OFF = /^(?:took off|taken off|take off|takes off|taking off|decoll|s'est envol|se sont envol)/;
/** A convoy on the move, not one a unit escorts ("le bataillon … d'escorte de convois", "a convoy escort company"). */
const MOVING_CONVOY = /(?<!\bescort\w{0,4}\s{1,3}(?:de\s{1,3}|d'|of\s{1,3})?(?:[a-z-]+\s{1,3})?)\bconvo(?:y|ys|i|is)\b(?!\s{1,3}escort)|\b(?:airlift|flight|rotation|column|colonne)s?\b/;
/** A convoy that heads the words up to its verb ("une colonne de camions chargés de vivres, de tentes et de soldats"): no punctuation between but the commas of a list. */
/** ("des véhicules chargés de bagages et de militaires pakistanais ont pris la route d'Uvira": vehicles carrying people are a convoy.)
 * ("Un convoi de la Mission … composé de plus de 100 véhicules, parti de cette ville mardi matin": a participle set off by a comma after it.) */
const CONVOY_HEAD = /(?<!\bescort\w{0,4}\s{1,3}(?:de\s{1,3}|d'|of\s{1,3})?(?:[a-z-]+\s{1,3})?)\b(?:convo(?:y|ys|i|is)|columns?|colonnes?|(?:vehicules|camions|vehicles|trucks)\s{1,3}(?:charges|remplis|transportant|loaded|carrying|packed)\b(?=[^,;:.]{0,60}\b(?:militaires|soldats|casques bleus|troops|soldiers|peacekeepers|personnel)\b))\b(?:[^,;:.()"«»]|,\s(?=(?:de|d'|des|du|of)\s)){0,110}(?:,\s{0,3})?$/;
/** A noun's site and day right after it: " from Ber on 13 August", " de Ber le 13 août". */
/** "on 31 October", "le mardi 31 octobre", "on Tuesday, October 31", "on Oct. 31": a day after "on" or "le", the month first or after. */
const ON_DAY = String.raw`\b(?:on|le)\s{1,3}(?:(?:[a-z]+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s{1,3})?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3})?\d{1,2}\b`;
const NOUN_FROM_SITE_ON_DAY = new RegExp(String.raw`^\s{1,3}(?:from|de|du|d')\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:(?:camp|base|site|emprise)\s{1,3}(?:of|at|in|de|d')\s{0,3})?#?[a-z'-]+(?:\s[a-z'-]+)?\s{1,3}${ON_DAY}`);
const SHARE_OF = /\b(?:half|a third|two thirds|a quarter|three quarters|la moitie|le tiers|les deux tiers|le quart|les trois quarts)\s{1,3}(?:of|de|des|du|d')\s{0,3}(?:[a-z'-]+\s{1,3}){0,3}$/;
/** "leurs véhicules ont rejoint dimanche la grande base", "their vehicles pulled into Gao": a contingent's own vehicles on the move are its convoy. */
const OWN_VEHICLES_SUBJECT = /\b(?:their|its|leurs?|ses|son)\s{1,3}(?:[a-z-]+\s{1,3})?(?:vehicles|vehicules|trucks|camions|blindes)\s{1,3}(?:(?:ont|have|had|avaient|sont|were)\s{1,3})?(?:[a-z]+\s{1,3})?$/;
/** A convoy, an airlift, a flight ("son dernier vol en provenance de Kidal"; not "le vol de matériel", a theft). */
const CONVOY = /\bconvo(?:y|ys|i|is)\b|\b(?:airlift|flight|rotation|column|colonne)s?\b|\b(?:dernier|premier)s?\s{1,3}vols?\b|\bvols?\s{1,3}(?:en\s{1,3}provenance|partis?|au\s{1,3}depart)\b/;
const LAST = /\b(?:last|final|remaining|all|entire|whole|derniers?|dernieres?|restante?s?|tous|toutes|l'ensemble|totalite|ultimes?)\b/;
const MISSION_SUBJECT = /\b(?:mission|minusma|unamid|monusco|unmil|minustah|unifil|minusca|unmiss|united nations|u\.?n\.?|onu|nations unies|casques bleus|peacekeepers|blue helmets)\b/;
/** A contingent's own parts: "the main body", "the rear party", "le gros de la troupe", "l'arrière-garde". */
const CONTINGENT_PART = '(?:main\\s{1,3}body|rear\\s{1,3}(?:party|guard)|rearguard|advance\\s{1,3}party|gros\\s{1,3}de\\s{1,3}la\\s{1,3}troupe|arriere-garde)';
const PERSONNEL_RE = new RegExp(`\\b${PERSONNEL}\\b|\\b(?:contingents?|battalions?|units?|elements?|forces|company|companies|detachments?|bataillons?|unites?|elements?|${CONTINGENT_PART})\\b`);
const EQUIPMENT =
  /\b(?:equipment|vehicles?|ammunition|munitions?|weapons?|materiel|materials?|containers?|generators?|stocks?|explosives?|assets?|trucks?|armou?red|prefabricated|supplies|fuel|non-food items|food items|relief items|furniture|beds|tents|water pumps|jerrycans|tarpaulins|medical kits|equipements?|vehicules?|armes?|camions?|conteneurs?|groupes electrogenes|biens|actifs|carburant|materiels?|engins)\b/;
/** "… were a generator, …", "… include a tower …", "… covered a generator …", "… figuraient des véhicules": a list of goods after the verb. */
const GOODS_LISTED = /^[^.;]{0,60}?\b(?:include|includes|included|comprise|comprised|comprises|covered|covers|were|comprenaient|comprennent|figuraient|figurent|incluaient|incluent|couvrait|portait\s{1,3}sur)\s/;
/** "The facilities", "the items", "les biens": a noun for goods right before a participle. */
const GOODS_NOUN_END = /\b(?:facilities|items|assets|equipment|goods|property|installations|equipements|biens|actifs|materiels?)\s{1,3}$/;
const SITE_WORD = /\b(?:camps?|bases?|sites?|premises|facilit\w*|installations?|compounds?|tob|cob|keys|cles|super camp|headquarters|quartier general|emprises?|(?:les|des|ses|leurs|ces)\s{1,3}locaux|lieux|cantonnements?|cantonment)\b/;
/** What a clean-up of a site removes. */
const ENVIRONMENT_MATTER = /\b(?:spills?|waste|soils?|pollut\w*|contaminat\w*|hazardous|debris|environment\w*|dechets|sols?|hydrocarbures?|carburant|fuel|oil|huiles?|environnement\w*)\b/;
/** What is handed over when it is not the site: a duty, a flag, a role. */
const NOT_A_SITE_OBJECT =
  /^(?:\s{1,3}(?:the|its|their|his|her|a|le|la|les|l'|des|du|de|sa|son|ses|leur|leurs|of|over|back|to))*\s{0,3}(?:command|responsibilit\w*|security|authority|duties|tasks|baton|flag|medals?|certificates?|mandate|role|functions?|powers?|relais|commandement|responsabilit\w*|securite|autorite|drapeau|medailles?|fonctions?|taches?|missions?)\b|^\s{1,3}a\s{1,3}(?:niveau|neuf|jour|flot)\b/;
/** An annex, a national camp or a part inside a site: handing it over does not hand over the site. */
const ANNEX_BEFORE =
  /\b(?:annex(?:e|es)?|sub-?camps?|sub-?bases?|sous-camps?|outposts?|avant-postes?|postes? avances|(?:a|the|one|la|une|une autre)\s(?:[a-z]+\s)?(?:part|portion|section|wing|partie)\s(?:of|de|du|d')|company (?:operating )?(?:base|camp)|(?:inside|within|a l'interieur (?:de|du|d')|au sein (?:de|du|d'))\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:[a-z-]+\s{1,3})?$|platoon|detachment|national camp|camp national|(?:[a-z]+ian|[a-z]+ese|[a-z]+ish|chadian|french|german|swedish|dutch|tchadien|allemand|suedois) (?:(?:field|military|national|army|logistics) )?(?:camp|base|compound))\b[^,;]{0,40}$/;
const ROUTE_END_BEFORE = /\b(?:pris|prend|prennent|prendre|took|take|takes|taking)\s{1,3}(?:la|the)\s{1,3}(?:route|road|direction)\s{1,3}(?:de|d'|du|to|for|vers|of)\s{0,3}#?$|\b(?:to|towards?|for|into|bound for|en route to|headed for|heading for|en direction de|vers|a destination de|pour|jusqu'a|sur|rejoindre|a|au)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3})?(?:(?:[a-z-]{2,20}\s{1,3}){0,2}(?:camp|base|super camp)\s{1,3}(?:in|at|of|de|d')\s{0,3})?$/;
/** "a pris la route de Baraka vers Uvira", "took the road from Kidal to Gao": the road's first place is where it starts. */
const roadFrom = (folded: string, s: { start: number; end: number }) => ROAD_FROM_BEFORE.test(folded.slice(Math.max(0, s.start - 40), s.start)) && ROAD_TO_AFTER.test(folded.slice(s.end, s.end + 25));

/** A site named where a road, a direction or a verb of going ends ("headed for Gao", "pris la route de Gao"), not "la route de Baraka vers Uvira". */
/** "la présence de la mission à ", "its presence in ": where the mission is, before a site. */
const PRESENCE_AT_BEFORE = /\bpresence\s{1,3}(?:[a-z']+\s{1,3}){0,4}?(?:in|at|a|au|dans)\s{1,3}$/;

// ("mettant fin à la présence de la mission à Tessalit": the "à" of a presence is where, not whither.)
function routeEnd(folded: string, s: { start: number; end: number }): boolean {
  return ROUTE_END_BEFORE.test(folded.slice(Math.max(0, s.start - 40), s.start)) && !roadFrom(folded, s) && !PRESENCE_AT_BEFORE.test(folded.slice(Math.max(0, s.start - 60), s.start));
}

/** "…, after leaving ", "five days after setting off ", "après avoir quitté": a departure told as what came before the clause's event. */
const AFTER = '\\b(?:after|apres\\s{1,3}(?:avoir|etre))\\s{1,3}';
const AFTER_LEAVING = new RegExp(`${AFTER}$`);
/** "… after leaving Kidal", "après avoir quitté le camp de Ménaka": the site a departure told after the clause's event left. */
const AFTER_LEAVING_SITE = new RegExp(`${AFTER}(?:leaving|departing|pulling out of|moving out of|setting off from|setting out from|quitte|evacue|parti(?:e|s|es)?\\s{1,3}(?:de|d'|du)|sorti(?:e|s|es)?\\s{1,3}(?:de|d'|du))\\s{0,3}(?:the\\s{1,3}|its\\s{1,3}|their\\s{1,3}|le\\s{1,3}|la\\s{1,3}|l'|son\\s{1,3}|leur\\s{1,3})?(?:(?:camp|base)\\s{1,3}(?:de\\s{1,3}|d'|du\\s{1,3}|of\\s{1,3}|at\\s{1,3}|in\\s{1,3}|a\\s{1,3}))?$`);
/** "a string of handovers …:", "les rétrocessions suivantes :": handovers named in the plural, then listed. */
const PLURAL_EVENT_NOUN = /^(?:handovers|hand-overs|retrocessions)$/;
const FROM_BEFORE = /\b(?:from|out of|de|du|d'|depuis|(?:to\s{1,3})?leav(?:e|ing)|quittant)\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:(?:[a-z][a-z'-]{1,19}\s{1,3}){0,2}(?:camp|base)\s{1,3}(?:(?:of|de|du|d')\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?[a-z]{3,12}\s{1,3}(?:in|at|a)\s{1,3}|(?:in|at|of|de|d')\s{0,3}))?$/;
/** "a pris la direction de Gao", "à destination de Gao", "le convoi venu de Tessalit": whither, or another convoy's origin; not the site this departure leaves ("de" is no "from" here). */
const NOT_ORIGIN = /\b(?:(?:route|road|direction|destination)\s{1,3}(?:de|d'|du|of)|(?:rejoint|rallie|atteint|gagne|reached|joined)\s{1,3}(?:[a-z]+\s{1,3})?(?:le|la|l'|the)\s{0,3}(?:[a-z-]+\s{1,3})?(?:camp|base)\s{1,3}(?:de|d'|du|of)|(?:venue?s?|arrivee?s?|coming|arriving|en\s{1,3}provenance)\s{1,3}(?:de|d'|du|from)|separ\w{0,8}\s{1,3}(?:de|d'|du|from))\s{0,3}(?:the\s{1,3})?$/;
/** "à destination de ", "bound for ", "en direction de la base de ": where a convoy was going (a bare "to" or "à" may also say where it was). */
const BOUND_FOR_BEFORE = /\b(?:a destination de|en direction de|vers|towards?|bound for|head(?:ed|ing) (?:to|for)|en route (?:to|for|vers)|on (?:its|their) way to)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:(?:[a-z-]{2,20}\s{1,3}){0,2}(?:camp|base|super camp)\s{1,3}(?:in|at|of|de|d')\s{0,3})?$/;
/** "the convoy travelling to ", "le convoi en route vers ", "withdrawing from the Kidal region to neighbouring ": a convoy on its way to a site. */
const CONVOY_GOING_TO = /\b(?:convoy|convoi|column|colonne)\b[^.;,]{0,40}\b(?:travell?ing|moving|heading|headed|withdrawing|driving|going|returning|en route|on (?:its|their) way|bound|faisant route|roulant|se dirigeant|en direction)\b[^.;,]{0,40}\b(?:to|for|towards?|vers|pour|de)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:(?:neighbou?ring|nearby|voisine?)\s{1,3})?$/;
/** "vers la base de ", "to the camp of ": toward a site named by its camp. */
const TOWARD_CAMP_OF = /\b(?:vers|towards?|to|jusqu'a|en direction de|a destination de)\s{1,3}(?:la\s{1,3}|le\s{1,3}|l'|the\s{1,3})?(?:[a-z-]{2,20}\s{1,3}){0,2}(?:camp|base|super camp)\s{1,3}(?:de|d'|du|of)\s{0,3}$/;
const AT_BEFORE = /\b(?:in|at|on|against|inside|near|a|contre|dans|sur)\s{1,3}(?:the\s{1,3}|le\s{1,3}|la\s{1,3}|our\s{1,3}|its\s{1,3}|their\s{1,3}|notre\s{1,3}|son\s{1,3}|sa\s{1,3})?(?:(?:[a-z-]{2,20}\s{1,3}){0,2}(?:camp|base)\s{1,3}(?:in|at|of|de|d')\s{0,3})?$/;

/** Dates that bound or target something rather than date an event ("by", "since", "d'ici"). */
const BOUNDING_BEFORE =
  /\b(?:deadline(?:\s{1,3}(?:of|is))?|within\s{1,3}(?:a|one|two|three|six|nine|twelve|\d{1,2})\s{1,3}(?:years?|months?|weeks?|days?)\s{1,3}(?:of|from|after)|dans\s{1,3}(?:un|les|l')\s{0,3}(?:an|annee|mois)\s{1,3}(?:suivant|qui suit|qui suivra)(?:\s{1,3}le)?|by|until|till|before|since|from|(?<!\b(?:days?|weeks?|hours?|months?|the|one|shortly|soon|just|right)\s{1,3})after|(?<!\b(?:jours?|semaines?|heures?|mois|peu|lendemain|juste|aussitot)\s{1,3})apres(?:\s{1,3}le)?|as from|starting|a partir du|a compter du|no later than|not later than|ahead of|in time for|up to|d'ici(?:\s{1,3}(?:le|au|a))?|avant(?:\s{1,3}le)?|jusqu'(?:au|a|en)|depuis(?:\s{1,3}le)?|au plus tard(?:\s{1,3}le)?|date butoir du|echeance du)\s{1,3}(?:the\s{1,3}|end of\s{1,3}|la fin\s{1,3}(?:de|d')\s{0,3})?(?:[a-z]+day,?\s{1,3})?$/;

/** "furthest from the super camps of Timbuktu, Gao and", "aux portes de": a place a site is measured from, not where anything happened. */
const FAR_FROM_BEFORE = /\b(?:far(?:thest|ther)?|furthest|further|away|loin|eloignee?s?|aux portes)\s{1,3}(?:from|de|des|du|d')\s{0,3}(?:[a-z'-]+\s{1,3}){0,4}?(?:[a-z'-]+(?:,\s{1,3}|\s{1,3}(?:and|et)\s{1,3})){0,3}$/;
/** Right after a site: ", tenu par le génie chinois aux portes de ", ", held by Pakistani troops near ": a participle's aside, up to the next site. */
const PARTICIPLE_ASIDE = /^\s{0,3},\s{0,3}(?:tenue?s?|occupee?s?|situee?s?|installee?s?|implantee?s?|held|manned|run|occupied|located|situated|built)\s[^,;]{0,60}$/;

/** A subject, then a relative clause closed by a comma, then the verb's auxiliaries. */
const RELATIVE_THEN_VERB =
  /^[^,;]{0,80},\s{0,3}(?:que|qu'|qui|which|that|where|ou|dont)\b[^,;]{0,80},\s{0,3}(?:(?:will|would|has|have|had|was|were|is|are|be|been|sera|seront|a|ont|ete|est|sont|etait|avait)\s{1,3}){1,3}$/;

/** A clause that opens with a subordinator has its own time. */
const SUBORDINATE_START =
  /^[\s,]{0,3}(?:(?:(?:one|a|two|three|four|five|six|\d{1,2}|un|deux|trois|quatre|cinq|six)\s{1,3}(?:days?|weeks?|jours?|semaines?)\s{1,3})?(?:after|before|apres|avant)|since|until|once|while|when|as soon as|depuis|jusqu'a|lorsque|quand|des que|alors que|tandis que)\b/;

/** "dès le 3 août", "dès lundi": the day itself when the event is done, a lower bound when it is planned. */
const AS_EARLY_AS = /\bdes\s{1,3}(?:le\s{1,3}|ce\s{1,3})?$/;

/** Before a date: "la fin de son mandat le ", "after its mandate expired on ". */
const MANDATE_END_BEFORE = /\b(?:(?:end|expiry|expiration|close|fin|terme|echeance)\s{1,3}(?:of|de|du)\s{1,3}(?:its|their|the|son|sa|leur|le)\s{1,3}(?:[a-z]+\s{1,3})?mandate?|mandate?\s{1,3}(?:ended|expired|expires|ends|ran out|s'est acheve|s'achevait|a pris fin|prenait fin|a expire|expirait|echu|expire|termine|acheve)|mandate\s{1,3}(?:has\s{1,3})?(?:expired|ended|run out))\s{0,3},?\s{1,3}(?:on\s{1,3}|le\s{1,3})?$/;
/** The date of a document, not of an event: "the statement of 10 October", "a statement seen on Tuesday", "le communiqué du 10 octobre", "resolution 2690, adopted on 30 June". */
const DOCUMENT_BEFORE =
  /\b(?:communique|statement|letter|report|declaration|note|press release|resolution|decision|decree|decret|lettre|rapport|briefing|meeting|reunion|session|conference)\s{1,3}(?:du|of|dated|en date du|(?:issued|published|released|posted|seen)(?:\s{1,3}on)?|publie le|diffuse le)\s{1,3}$|\b(?:adopted|passed|voted|adoptee?|votee?)\s{1,3}(?:unanimously\s{1,3}|a l'unanimite\s{1,3})?(?:on|le)\s{1,3}$|\b(?:toll|tally|count|figures?|bilan|chiffres?|statement|report|communique)\s{1,3}(?:that\s{1,3}|qu'|que\s{1,3})?(?:[a-z'-]+\s{1,3}){1,3}?(?:released|issued|published|gave|put out|a publie|a diffuse|a communique|publie|diffuse)\s{1,3}(?:on\s{1,3}|le\s{1,3})?$/;
const REPORTING_AFTER =
  /^[\s,]{0,3}(?:[a-z'-]+\s{1,3}){0,4}?(?:(?:annonce|a annonce|announced|said|declared|a declare|affirme|a affirme|indique|a indique|confirmed|a confirme|says|dit)\s{1,3}(?:avoir|d'avoir|having|(?:that\s{1,3})?(?:it|they|she|he)\s{1,3}had|qu'(?:elle|il|ils|elles)\s{1,3}avai(?:t|ent))|(?:expressed\s{1,3}(?:regret|concern|surprise)|regretted|deplored|complained|a regrette|a deplore|a deplore le fait)\s{1,3}(?:that|que|qu'))\b/;
/** Verbs that report a telling, English and French. */
const REPORTING_VERB =
  '(?:said|told|announced|stated|reported|confirmed|declared|noted|added|wrote|tweeted|posted|briefed|condemned|deplored|denounced|showed|broadcast|aired|(?:a|avait) (?:declare|indique|annonce|precise|confirme|affirme|souligne|dit|condamne|deplore|denonce)|(?:ont|avaient) (?:declare|indique|annonce|confirme|dit|condamne|denonce)|(?:fermement\\s)?condamne|(?:a|ont) fait savoir|(?:annonce|indique|confirme|affirme|precise|annoncent|indiquent|confirment))';
/** A participle of being asked or speaking right before a day: "Interrogée mardi", "Asked on Tuesday", "Speaking on Monday". */
const SPEAKING_BEFORE = /\b(?:asked|interviewed|speaking|contacted|reached|questioned|interrogee?s?|jointe?s?|contactee?s?|sollicitee?s?|s'exprimant)\s{1,3}(?:on\s{1,3}|le\s{1,3}|ce\s{1,3})?$/;
/** The telling verb that follows, in the same stretch. */
const TELLING_AHEAD = new RegExp(`^[^.;]{0,120}?\\b${REPORTING_VERB}\\b`);
/** A telling after the event's clause, up to a place: ", a annoncé lundi la cheffe de la mission, en séjour à ", ", the spokesperson said in ". */
const REPORTING_AFTER_COMMA = /,\s{0,3}(?:(?:a|ont|avait)\s{1,3}(?:annonce|declare|indique|precise|affirme|souligne|dit|fait savoir|explique)|(?:[a-z-]+\s{1,3}){0,4}?(?:said|told|announced|stated))\b[^;.]*$/;
const REPORTING_BEFORE = new RegExp(`\\b${REPORTING_VERB}\\b[^.;]{0,45}$`);

// ---------------------------------------------------------------------------------------------
// Modality

const FUTURE =
  /\b(?:will|shall|'ll|must|needs? to|(?:is|are) required to|is to|are to|was to|were to|to be|expected to|expects? to|plans? to|planned|planning|scheduled|set to|due to|(?:is|are) due|intends? to|aims? to|prepar(?:e|es|ed|ing) (?:to|for)|preparation|upcoming|forthcoming|imminent|next|about to|going to|would|could|should|might|may|va|vont|allait|sera|seront|serait|devrait|devraient|doit|doivent|devra|devront|prevue?s?|programmee?s?\s{1,3}(?:pour|le|au|a|d'ici)|envisage\w*|pourrai(?:t|ent)|pourra|pourront|interviendra|aura lieu|a venir|prochaine?s?|s'apprete\w*|compte|devai(?:t|ent)|restera|reste a|remains? to|still to|yet to)\b/;
const NEGATION =
  /\b(?:not|no|never|yet to|without|cannot|can't|won't|didn't|hasn't|haven't|wasn't|weren't|isn't|aren't|failed to|refused to|unable to|denied|pas|jamais|aucune?|sans|ni)\b|\bn'|\bne\s/;
/** Calls, hopes, conditions and questions report nothing. */
const NOT_REPORTED =
  /\b(?:if|unless|whether|urge[sd]?|urging|call(?:s|ed)? (?:on|for|upon)|appeal(?:s|ed)?|demand(?:s|ed)?|ask(?:s|ed)?|request(?:s|ed)?|hope[sd]?|wish(?:es|ed)?|want(?:s|ed)?|propos(?:e|es|ed|al)|suggest\w*|consider\w*|discuss\w*|rumou?r\w*|allegedly|reportedly|denied|denies|deny|dismissed|false|dementi\w*|dement\w*|si|exhort\w*|appel\w*|demand\w*|souhait\w*|esper\w*|propos\w*|envisag\w*|reclam\w*|recalls?|recalled|remembers?|se souvient|se rappelle)\b|\?/;
const STATISTIC = /\b(?:more than|over|some|plus de|pres de)\s{1,3}\d[\d,. ]*\s{1,3}(?:[a-z]+\s{1,3}){0,3}(?:who|qui)\s{1,3}(?:were|have been|had been|ont ete|avaient ete)\s{1,3}(?:injured|wounded|killed|blesses|tues)\b|\bsince\b[^.;]{0,60}?\b(?:19|20)\d\d\b|\bdepuis\b[^.;]{0,60}?\b(?:19|20)\d\d\b|\b(?:every|each) year\b|\bin total\b[^.;]{0,40}\bsince\b/;

type Mood = 'plain' | 'future' | 'drop';

/** Right before a verb: "could be", "might", "pourrait être": a possibility. */
const HYPOTHETICAL = /\b(?:could|might|pourrai(?:t|ent))\s{1,3}(?:(?:also|still|then|aussi|alors|ensuite|bien|well|only|seulement)\s{1,3})?(?:be\s{1,3}|etre\s{1,3})?$/;
/** A plan mentioned only as the yardstick of what happened: "earlier than planned", "plus tôt que prévu", "as scheduled". */
const ON_SCHEDULE = /\b(?:(?:earlier|sooner|later|faster)\s{1,3}than\s{1,3}(?:planned|scheduled|expected|foreseen)|ahead\s{1,3}of\s{1,3}(?:schedule|plan)|as\s{1,3}(?:planned|scheduled|expected)|(?:plus\s{1,3}(?:tot|tard|vite)|avant\s{1,3}la\s{1,3}date)\s{1,3}(?:que\s{1,3})?(?:prevue?|initialement\s{1,3}prevue?)|comme\s{1,3}prevu|conformement\s{1,3}au\s{1,3}calendrier)\b/g;

/** An obligation met or a recent past before an infinitive (or its passive: "have had to be destroyed"): the act is reported as done. */
const COMPELLED_BEFORE =
  /\b(?:(?:has|have|had)\s{1,3}(?:been\s{1,3})?(?:forced|obliged|compelled|had)(?:\s{1,3}[a-z]+){0,3}?\s{1,3}to|had\s{1,3}(?:[a-z]+ly\s{1,3})?to|(?:was|were)\s{1,3}(?:forced|obliged|compelled)\s{1,3}to|(?:is|are)\s{1,3}(?:forcing|obliging|compelling)(?:\s{1,3}[a-z']+){1,3}?\s{1,3}to|(?:a|ont|avait|avaient)\s{1,3}(?:ete\s{1,3})?(?:du|dus|due|dues|contraint(?:e|s|es)?|oblige(?:e|s|es)?|force(?:e|s|es)?)\s{1,3}(?:de\s{1,3}|d'|a\s{1,3}|se\s{1,3}resoudre\s{1,3}a\s{1,3})?|vien(?:t|nent)\s{1,3}de|d')\s{0,3}(?:be\s{1,3})?(?:[a-z]+(?:,|\s{1,3}(?:ou|et|or|and))\s{1,3}){0,3}$/;
const TURN_OF =
  /\b(?:it\s{1,3}was\s{1,3}(?:then\s{1,3})?(?:the\s{1,3})?turn\s{1,3}of(?:\s{1,3}[a-z'-]+){1,6}?\s{1,3}to|(?:c'etait|ce\s{1,3}fut)\s{1,3}(?:ensuite\s{1,3})?(?:au\s{1,3}tour|le\s{1,3}tour)\s{1,3}(?:de|d'|du|des)(?:[\s,]{0,4}[a-z'-]+){1,12}?[\s,]{1,4}(?:de|d'))\s{0,3}(?:[a-z]+(?:,|\s{1,3}(?:ou|et|or|and))\s{1,3}){0,3}$/;
/** "has been forced, as a last resort, to destroy", "a dû, en dernier recours, détruire": an aside between commas. */
const ASIDE = /,[^,;]{1,40},/g;

/** The month, not the modal: "on 16 May", "May 16", "in May 2018". */
const MONTH_MAY = /\b(\d{1,2}(?:st|nd|rd|th)?\s{1,3}|(?:in|of|since|early|mid|late|end)\s{1,3})may\b|\bmay(?=\s{1,3}\d)/g;

/** A day said right after a verb: "la veille", "hier", "on Sunday", "le 21 octobre". */
const DAY_WORD = /^\s{1,3}(?:la veille|hier|the day before|yesterday|(?:on|le|ce)\s{1,3}(?:[a-z]+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,2}))\b/;
const NEXT_DAY = /\bthe\s{1,3}(?:next|following)\s{1,3}(?:day|morning|evening|night|afternoon)\b/g;

/** "l'une des plus vastes emprises jamais occupées", "the largest base ever built": a superlative's "ever", not a negation. */
const SUPERLATIVE_EVER = /\b(?:(?:le|la|les|des)\s{1,3}(?:plus|moins)\s{1,3}[a-z-]+\s{1,3}(?:[a-z-]+\s{1,3}){0,2}jamais|(?:the\s{1,3})?(?:most\s{1,3}[a-z-]+|[a-z-]+est)\s{1,3}(?:[a-z-]+\s{1,3}){0,2}ever)\b/g;

const ORDINAL_TO = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|final|only)\s{1,3}(?:[a-z0-9'-]+\s{1,3}){0,5}?(?:sites?|camps?|bases?|positions?|outposts?|ones?)\s{1,3}to\s{1,3}(?:be\s{1,3})?[a-z]+\b/g;

/** Words that count from the day of speaking: inside a quote, from the day it was said. */
/** ("… after the formal handover of the base the day before", "la veille": counted from the day of speaking too.) */
const SPEECH_DAY = /\b(?:today|yesterday|aujourd'hui|hier|this (?:morning|afternoon|evening)|ce (?:matin|soir)|cet apres-midi|tonight|last night|cette nuit|the day before|the previous day|la veille)\b/;
/** A sentence that opens on a quotation mark, or on the statement a colon opens: "The UNIFIL issued the following statement: \"A convoy … this evening\"". */
const OPENS_QUOTE = new RegExp(`^\\s{0,3}[«"“]|^[^«"“.;]{0,80}\\b(?:statement|communique|declaration|says|${REPORTING_VERB})\\b[^«"“.;]{0,30}:\\s{0,3}[«"“]`);
/** Whether a position lies inside quoted speech: an odd count of straight quotes before it, or an opening curly or French quote not yet closed. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if ((before.match(/"/g)?.length ?? 0) % 2 === 1) return true;
  return before.lastIndexOf('“') > before.lastIndexOf('”') || before.lastIndexOf('«') > before.lastIndexOf('»');
}

/** A telling verb right before its day: "a déclaré mardi", "said on Tuesday", "told the Council on Tuesday", "said in a statement on Monday". */
const TOLD_ON = new RegExp(`\\b${REPORTING_VERB}\\s{1,3}(?:(?:the\\s{1,3})?(?:council|security council|conseil de securite|reporters|journalists|journalistes)\\s{1,3})?(?:(?:in|dans)\\s{1,3}(?:a|an|its|their|un|une|son|sa|leur)\\s{1,3}(?:statement|press release|communique|declaration)\\s{1,3})?(?:on\\s{1,3})?$`);

/** A statement by its day: "dans son communiqué publié vendredi", "per the mission's statement on Friday", "in a statement issued on Monday". */
/** Cheap test before looking for a statement's day. */
const STATEMENT_WORD = /\b(?:statement|communique|press release|said|says|declare|indique|annonce|told|condemn|condamn|deplor|denonc|denounc)/;
const STATEMENT_ON = /\b(?:statement|communique|press release|update|bulletin|briefing)\s{1,3}(?:(?:published|issued|released|publie|diffuse|rendu public)\s{1,3})?(?:on\s{1,3})?(?:(?:last|this)\s{1,3})?$/;

/** What a statement reports after its day is only a head count or a tally: people with a number, no verb but leaving or an attack, no "that day". */
function countTold(folded: string, from: number, predicates: Predicate[]): boolean {
  const rest = folded.slice(from);
  return HEAD_COUNT.test(rest) && !/\b(?:ce jour-la|that day|le meme jour|the same day|that same day)\b/.test(rest) && predicates.every((p) => p.end <= from || p.family === 'leave' || p.family === 'attack');
}
const HEAD_COUNT = new RegExp(`\\b(?:\\d[\\d,. ]*|${COUNT_WORD})\\s{1,3}(?:[a-z-]+\\s{1,3})?${PERSONNEL}\\b`);

const SINCE_MONTH = new RegExp(`\\b(?:since|depuis)\\s{1,3}(?:(?:early|late|mid|the (?:start|beginning|end) of|le debut de|la fin de|debut|fin)\\s{1,3})?(?:${FULL_MONTH_NAMES})\\b`);

/** The missions by name, English and French acronyms. */
const MISSION_NAMES = 'minusma|unamid|minuad|monusco|unmil|minul|minustah|unifil|finul|minusca|unmiss';
/** The mission itself named as a subject: "the mission", "la mission", "MINUSMA". */
const MISSION_ITSELF = new RegExp(`\\b(?:(?:the|la|l')\\s{0,3}mission|${MISSION_NAMES})\\b`);
/** A reported clause's subject right after the telling verb: "said MONUSCO", "said the mission", "a indiqué que la force". */
const SPEECH_SUBJECT_END = new RegExp(`\\s(?:${MISSION_NAMES}|(?:the|la)\\s{1,3}(?:un\\s{1,3})?(?:mission|force)|it|they)\\s{1,3}$`);
/** A figure added to what was just told: "a-t-elle précisé", "he added", "she said", "Selon elle, …", "Ardiel said UNIFIL had …",
 * ", Ardiel said, …" (a person named as the one still speaking; not the mission or an army, which may be another telling). */
const CONTINUED_SPEECH = new RegExp(`${/^(?:[a-z'-]{3,20}|the\s{1,3}spokes\w+|(?:la|le)\s{1,3}porte-parole)\s{1,3}(?:said|added|told|explained|noted|stressed|a\s{1,3}(?:precise|ajoute|indique|souligne|explique|dit))\s|^(?:selon\s{1,3}(?:elle|lui|eux|elles|(?:mme|m\.|madame|monsieur)\s{1,3}[a-z-]+)|according\s{1,3}to\s{1,3}(?:her|him|them)),|\b(?:a-t-(?:il|elle)\s{1,3}(?:precise|ajoute|indique|souligne|explique|poursuivi)|ont-ils\s{1,3}(?:precise|ajoute|indique)|(?:he|she|it|they)\s{1,3}(?:added|said|explained|noted|told)|(?:added|said)\s{1,3}(?:he|she|the spokes\w+))\b/.source}|,\\s{0,3}(?:(?!(?:mission|${MISSION_NAMES}|army|armee|government|officials|sources|ministry|police|reuters|afp)\\b)[a-z'-]{3,20}|the\\s{1,3}spokes\\w+)\\s{1,3}(?:said|added|explained|noted|stressed)\\s{0,3}[,.]`);

/** The last ", which", ", qui" before a verb, with no other comma after it: the verb is the relative clause's. */
const RELATIVE_OPENING = /,\s{1,3}(?:which|who|qui)\s[^,;]*$/;

/** A plan given up for another: "had originally planned to leave Kidal on 15 November", "avait initialement prévu de quitter". */
const SUPERSEDED =
  /\b(?:had\s{1,3}(?:originally\s{1,3}|initially\s{1,3}|first\s{1,3})?(?:planned|intended|hoped|aimed|been\s{1,3}(?:scheduled|planned|due|set|expected|meant|supposed))|(?:was|were)\s{1,3}(?:originally|initially|first|at\s{1,3}first)\s{1,3}(?:planned|scheduled|due|set|expected|meant|supposed)|(?:avait|avaient)\s{1,3}(?:initialement\s{1,3}|d'abord\s{1,3})?(?:prevu|envisage|programme)|(?:devait|devaient)\s{1,3}(?:initialement|d'abord|au\s{1,3}depart|a\s{1,3}l'origine))(?:\s{1,3}(?:to|de|d'))?\s{0,3}(?:be\s{1,3}|etre\s{1,3})?(?:[a-z']+\s{1,3}){0,2}$/;

/** A claim the text goes on to correct: "une formulation selon laquelle …", "an earlier version of this story said …". */
const CORRECTED_CLAIM = /\b(?:(?:formulation|version|information|affirmation|wording)s?\s{1,3}(?:erronee?s?\s{1,3})?(?:selon laquelle|selon lesquelles|according to which)|(?:an\s{1,3})?(?:earlier|previous)\s{1,3}version\s{1,3}(?:of\s{1,3}this\s{1,3}(?:story|article|report)\s{1,3})?(?:said|stated|reported))\b[^.;]*$/;
/** A participle that opens the sentence with the plan first made: "Prévu initialement pour le 15 août,", "Originally scheduled for mid-August,". */
const LEADING_PLAN = /^[\s"«]{0,3}(?:(?:initialement|d'abord|originally|initially|first)\s{1,3})?(?:prevue?s?|planned|scheduled|programmee?s?|envisagee?s?|pencilled\s{1,3}in|annoncee?s?|announced)\s{1,3}(?:initialement|d'abord|a\s{1,3}l'origine|au\s{1,3}depart|originally|initially|at\s{1,3}first|for|pour|in|au|aux|le|around|vers|on|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|[a-z]+day|last|hier|yesterday)\b[^,;]{0,60},/;

/** The noun a French participle of leaving follows: "le dernier convoi onusien " before "parti". */
const PARTICIPLE_NOUN = /\b(?:convois?|colonnes?|contingents?|casques bleus|soldats|militaires|elements|vols?|avions?)\s{1,3}(?:[a-z'-]+\s{1,3}){0,2}$/;
/** A day right after a participle's place: " d'Ansongo samedi", " de Kidal le 31 octobre". */
const OWN_DAY_AFTER = new RegExp(`^\\s{0,3}(?:de|d'|du|des)\\s{0,3}[^,;.]{1,40}?\\b(?:${WEEKDAY_PATTERN}|hier|la veille|le\\s{1,3}\\d{1,2}(?:er)?\\b)`);
/** "Asked on Tuesday by AFP," opening a telling: the speaker was asked, and answered. */
const ASKED_SPEAKER = /(?:^|[.;:]\s{0,3})[\s"«]{0,3}(?:when\s{1,3})?asked\s{1,3}(?:on\s{1,3}[a-z]+day\s{1,3}|[a-z]+day\s{1,3})?(?:by\s{1,3}[a-z. ]{2,30}?\s{0,3})?(?:about\s{1,3}[^,]{1,60})?,/;
/** "have had to be", "had had to be": a compelled passive, done. */
const HAD_TO_BE = /\b(has|have|had)\s{1,3}had\s{1,3}to\s{1,3}be\b/g;
/** A restrictive relative clause with a modal or a negation of its own, closed by the verb's own auxiliary: "that could neither be returned nor sent elsewhere " before "have been". */
const SUBJECT_RELATIVE = /\b(?:that|which|who|qui)\s(?=[^,;:]{0,120}?\b(?:could|can|cannot|would|not|neither|never|pouvaient|pouvait|pu|ne|n')\b)[^,;:]{3,120}?\s(?=(?:have|has|were|are|ont|sont|avaient|etaient)\s{1,3}(?:(?:been|ete|du|dus|dues?)\s{1,3}(?:(?:etre)\s{1,3})?)?$)/;

/** The last `n` characters of `text`, without the word they would cut ("…n's personnel" of "the mission's personnel" is no French "n'"). */
function lastWords(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.slice(-n);
  return isWordChar(text[text.length - n - 1]) ? cut.replace(/^[\p{L}\p{N}]+/u, '') : cut;
}

function moodOf(text: string, predicate: Predicate, after: string): Mood {
  // "No attack was reported against the last convoy, which pulled out of Ansongo on Saturday": a relative clause has its own mood.
  const relative = RELATIVE_OPENING.exec(text);
  if (relative) text = text.slice(relative.index + 1);
  // "Aucune attaque n'a visé le dernier convoi onusien parti d'Ansongo samedi": a participle after its noun has its own mood, not the clause's.
  // (Only with a day of its own: "rejoindront le convoi parti de Tessalit" tells no departure of that day.)
  if (/^(?:parti|partie|partis|parties|sorti|sortie|sortis|sorties)$/.test(predicate.text) && OWN_DAY_AFTER.test(after)) {
    const noun = PARTICIPLE_NOUN.exec(text.slice(0, Math.max(0, text.length - predicate.text.length)));
    if (noun) text = text.slice(noun.index);
  }
  // "Asked on Tuesday by AFP, the spokeswoman said …": a question put to a speaker, answered; not a request.
  if (text.includes('asked')) text = text.replace(ASKED_SPEAKER, ',');
  // "the next day" after a past event is not a plan; "May" the month is not the modal.
  let window = text.replace(MONTH_MAY, '$1month');
  // "… have had to be destroyed": a passive the mission was compelled to, done, not one to come.
  if (window.includes(' to be ')) window = window.replace(HAD_TO_BE, '$1 been');
  // "Vehicles that could neither be returned nor sent elsewhere have been destroyed": the modality and negation of a relative clause in the subject are not the verb's.
  const subjectRelative = SUBJECT_RELATIVE.exec(window.slice(0, Math.max(0, window.length - predicate.text.length)));
  if (subjectRelative) window = window.slice(0, subjectRelative.index) + window.slice(subjectRelative.index + subjectRelative[0].length);
  if (window.includes('next') || window.includes('following')) window = window.replace(NEXT_DAY, 'then');
  if (window.includes('jamais') || window.includes('ever')) window = window.replace(SUPERLATIVE_EVER, 'ever');
  // "the fourth site to be shut, and 1,096 peacekeepers had been repatriated": a description's infinitive is not this verb's plan.
  if (window.includes(' to ')) window = window.replace(ORDINAL_TO, 'described');
  // "Prévu initialement aux alentours du 15 août, le retrait … a finalement été achevé dimanche": the plan belongs to the aside, not to the verb.
  window = window.replace(LEADING_PLAN, '');
  if (NOT_REPORTED.test(window) || NEGATION.test(window)) return 'drop';
  // French negation closes after the verb: "n'a pas quitté", "ne sera pas remis".
  if (/^\s{0,3}(?:pas|jamais|plus|point)\b/.test(after)) return 'drop';
  // "Was the camp handed over to anybody?": a question closes after the verb too.
  if (/^[^.!;:"«»“”]{0,80}\?/.test(after)) return 'drop';
  if (SUPERSEDED.test(window.slice(0, Math.max(0, window.length - predicate.text.length)))) return 'drop';
  // "nous avons repris une formulation selon laquelle les convois avaient quitté Aguelhok le 21", "An earlier version of this story said the looting began on Saturday": a claim being corrected.
  if (CORRECTED_CLAIM.test(window)) return 'drop';
  // "le quartier général pourrait être remis le 30 décembre", "could be handed over on 30 December": a possibility, not a plan (labels guide).
  if (HYPOTHETICAL.test(window.slice(0, Math.max(0, window.length - predicate.text.length)))) return 'drop';
  if (predicate.futureForm || FUTURE.test(window)) return 'future';
  // An infinitive reports nothing yet: "to close", "à fermer", "pour quitter".
  const before = window.slice(0, Math.max(0, window.length - predicate.text.length));
  // … unless what was done is said: "has been forced to destroy", "a dû se résoudre à détruire", "vient de céder".
  if (COMPELLED_BEFORE.test(before.replace(ASIDE, ''))) return 'plain';
  // "Yesterday it was the turn of the Senegalese to leave", "c'était au tour du site d'Eid Al Fursan d'être cédé": their turn came.
  if ((before.includes('turn') || before.includes('tour')) && TURN_OF.test(before)) return 'plain';
  // "The final convoys to leave the Ménaka camp, on 25 August, pulled into Gao": the last to leave did leave.
  if (/\b(?:last|final|first)\s{1,3}(?:[a-z]+\s{1,3}){0,2}(?:convoys?|flights?|aircraft|troops|peacekeepers|soldiers|elements|vehicles)\s{1,3}to\s{1,3}$/.test(before)) return 'plain';
  if (/\bto\s{1,3}$/.test(before) && !predicate.nominal) return 'future';
  // "… avant de quitter la veille son camp de Tessalit": what was done before something else was done is a report, when it has its own day.
  if (/\bavant\s{1,3}de\s{1,3}$/.test(before) && DAY_WORD.test(after.slice(0, 40))) return 'plain';
  if (/\b(?:a|de|d'|pour|afin de)\s{1,3}$/.test(before) && /(?:[^e]er|erer|ir|uire|aire|ndre|ttre)$/.test(predicate.text)) return 'future';
  // "The departure from Ber, initially planned for 15 August, took place on Sunday": a plan in an aside, the noun's own verb after it.
  if (predicate.nominal && PLAN_ASIDE_AFTER.test(after)) return 'plain';
  // "The handover of Ansongo is scheduled for 18 December": a noun's modality follows it.
  if (predicate.nominal && /^[^.;]{0,60}?\b(?:is|are|was|will be|est|sera|a ete)?\s{0,3}(?:scheduled|planned|expected|set|due|prevue?s?|programmee?s?|attendue?s?|annoncee?s?\s{1,3}pour|announced\s{1,3}for|interviendra|aura lieu|se tiendra|se fera|sera effective|will take place|is to take place)\b/.test(after)) return 'future';
  // "had said partial handovers of the remaining areas would follow in the coming days", "les rétrocessions … devraient suivre": a noun's own verb, to come.
  if (predicate.nominal && NOUN_TO_COME.test(after)) return 'future';
  return 'plain';
}

/** The verb after an event's noun that puts it ahead: "would follow", "will take place", "suivront", "devraient avoir lieu", "devant être finalisé". */
/** "doit", "devraient", …: French forms of "must", "is due to". */
const FRENCH_MUST = 'doivent|devraient|devaient|devait|doit|devrait';
const NOUN_TO_COME = new RegExp(String.raw`^[^.;]{0,90}?\b(?:(?:would|will|should|is\s{1,3}to|are\s{1,3}to|were\s{1,3}to|was\s{1,3}to)\s{1,3}(?:then\s{1,3}|soon\s{1,3}|also\s{1,3})?(?:follow|come|happen|take\s{1,3}place)|suivront|suivraient|interviendront|interviendraient|auront\s{1,3}lieu|auraient\s{1,3}lieu|(?:${FRENCH_MUST})\s{1,3}(?:suivre|intervenir|avoir\s{1,3}lieu)|(?:devant|${FRENCH_MUST})\s{1,3}(?:encore\s{1,3})?etre\s{1,3}(?:finalisee?s?|achevee?s?|terminee?s?|conclue?s?|effectuee?s?|menee?s?\s{1,3}a\s{1,3}terme))\b`);

/** A noun of an event after a light verb in the present perfect: "has conducted a joint environmental inspection", "a procédé au nettoyage". */
const LIGHT_PERFECT =
  /\b(?:(?:has|have)\s{1,3}(?:[a-z]{2,15}ly\s{1,3}|now\s{1,3}|just\s{1,3}|already\s{1,3}|also\s{1,3})?(?:conducted|carried\s{1,3}out|performed|undertaken|done|held)|(?:a|ont)\s{1,3}(?:deja\s{1,3}|aussi\s{1,3})?(?:mene|effectue|realise|conduit|procede))\s{1,3}(?:(?:a|an|the|its|their|this|au|aux|a\s{1,3}la|a\s{1,3}l'|une|un|la|le|l'|les|des|sa|son|ses)\s{0,3})?(?:[a-z-]+\s{1,3}){0,2}$/;

/** A report dated by its tense: "has handed over", "a quitté", "hands over", "remet". */
function presentOrPerfect(subject: string, predicate: Predicate): boolean {
  if (LIGHT_PERFECT.test(subject.slice(-80))) return true;
  if (predicate.nominal) return false;
  if (/\b(?:has|have)\s{1,3}(?:[a-z]{2,15}ly\s{1,3}|(?:by\s{1,3})?now\s{1,3}|just\s{1,3}|already\s{1,3}|also\s{1,3}|since\s{1,3}|so\s{1,3}far\s{1,3}|thus\s{1,3}far\s{1,3}|to\s{1,3}date\s{1,3}){0,2}(?:been\s{1,3}(?:[a-z]{2,15}ly\s{1,3})?)?$/.test(subject)) return true;
  if (/\b(?:a|ont|est|sont)\s{1,3}(?:[a-z]{2,15}ment\s{1,3}|deja\s{1,3}|aussi\s{1,3}){0,2}(?:ete\s{1,3}(?:[a-z]{2,15}ment\s{1,3})?)?$/.test(subject)) return true;
  // "has wrapped up its operations in the region and handed its camp there": a participle coordinated with a perfect.
  if (/(?:ed|en|one|ut|eft)$/.test(predicate.text.split(/\s/, 1)[0]!) && /\b(?:has|have)\s{1,3}(?:[a-z]{2,15}ly\s{1,3}|now\s{1,3}|just\s{1,3}|already\s{1,3}|also\s{1,3})?[a-z]+(?:ed|en|one|ut|eft)\b(?:(?!\b(?:that|which|who|said|says|when|after|before|while)\b)[^;.:])*\s(?:and|then|and then)\s{1,3}(?:also\s{1,3})?(?:[a-z]{2,15}ly\s{1,3})?$/.test(subject)) return true;
  if (/\b(?:a|ont)\s{1,3}(?:[a-z]{2,15}ment\s{1,3}|deja\s{1,3}|aussi\s{1,3})?[a-z]+(?:e|es|is|it|u)\b(?:(?!\b(?:que|qui|quand|lorsque|apres|avant)\b)[^;.:])*\s(?:et|puis|et a)\s{1,3}$/.test(subject) && /(?:e|ee|es|is|ise|it|u)$/.test(predicate.text.split(/\s/, 1)[0]!)) return true;
  const unaside = subject.replace(ASIDE, '');
  if (COMPELLED_BEFORE.test(unaside) && /\b(?:has|have|is|are|a|ont|vien(?:t|nent))\b/.test(unaside.slice(-60))) return true;
  // A present progressive reports today: "the peacekeepers are destroying equipment", "sont en train de quitter".
  if (/ing$/.test(predicate.text.split(/\s/, 1)[0]!) && /\b(?:is|are)\s{1,3}(?:[a-z]{2,15}ly\s{1,3}|now\s{1,3}|also\s{1,3})?$/.test(subject)) return true;
  if (/\b(?:est|sont)\s{1,3}en\s{1,3}train\s{1,3}de\s{1,3}$/.test(subject)) return true;
  // "is now in the hands of the army", "est désormais entre les mains des autorités", "passe sous pavillon malien": a state now.
  if (/^(?:(?:is|are)\s{1,3}now|now|(?:est|sont)\s{1,3}desormais)\b/.test(predicate.text)) return true;
  // English present, third person: "hands over", "leaves", "closes".
  if (/^(?:hands|turns|transfers|returns|leaves|departs|vacates|withdraws|closes|completes|begins|starts|pulls|quits|cedes)\b/.test(predicate.text)) return true;
  // French present: "remet", "rend", "quitte", "ferme", "achève" (not the participle after "avait": "qui avaient quitté").
  // ("avait lui aussi été fermé": a pluperfect passive, whatever stands between.)
  // ("avaient auparavant quitté", "avaient alors quitté": any adverb.)
  if (/\b(?:avait|avaient|eut|eurent|aura|auront|aurait|auraient)\s{1,3}(?:(?:lui|elle|eux|elles)\s{1,3}(?:aussi|meme)\s{1,3})?(?:[a-z]{2,15}ment\s{1,3}|deja\s{1,3}|aussi\s{1,3}|auparavant\s{1,3}|alors\s{1,3}|encore\s{1,3}|enfin\s{1,3}|ensuite\s{1,3}|bien\s{1,3}|tous\s{1,3}|toutes\s{1,3}){0,2}(?:ete\s{1,3}(?:[a-z]{2,15}ment\s{1,3})?)?$/.test(subject)) return false;
  return /^(?:remet|remettent|rend|rendent|retrocede|retrocedent|quitte|quittent|ferme|ferment|acheve|achevent|termine|terminent|transfere|transferent|se retire|entame|entament|commence|commencent)$/.test(predicate.text);
}

// ---------------------------------------------------------------------------------------------
// Reading one predicate

interface Reading {
  type: MilestoneType;
  confidence: number;
  figure?: number | null;
  /** The predicate that carried the event's meaning, for the aspect pairs ("began withdrawing"). */
  consumes?: Predicate;
  /** Where a site may stand relative to the predicate; 'none': the event names no site (a head count, a contingent going home). */
  sites: 'after' | 'any' | 'origin' | 'none';
  /** "The handover took place on Thursday": the event named before, at the site named before. */
  definite?: boolean;
  /** "Ber followed on 13 August": the type of the sentence's previous event. */
  follows?: boolean;
  /** "the members of the unit": the country of the national unit named before. */
  unit?: boolean;
  /** "le retour au Brésil": the country named as home. */
  home?: CountryMention;
  /** "It reached Gao", "the convoy arrived": the convoy a sentence before reported leaving. */
  priorConvoy?: boolean;
  /** "the departure was brought forward to 13 August": the day it was moved to, in the tense of the moving. */
  moved?: boolean;
}

/** The subject is a pronoun: "It reached Gao", "then they arrived", "Il a rejoint Gao". */
const PRONOUN_SUBJECT =
  /(?:^|[,;]\s{0,3}|\b(?:and|et|then|puis)\s{1,3})(?:it|they|il|elle|ils|elles)\s{1,3}(?:(?:[a-z]{2,15}ly|then|has|had|have|a|ont|avait|avaient|est|sont|etait|etaient|s'est|se\s{1,3}sont|finalement|enfin|ensuite)\s{1,3}){0,3}$/;
/** "the convoy", "la colonne": a convoy already told. */
const DEFINITE_CONVOY = /\b(?:the|this|that|our|its|their|le|la|ce|cette|notre|son|leur)\s{1,3}(?:[a-z]+\s{1,3})?(?:convoy|convoi|column|colonne)\b/;

const UNIT_MEMBERS = new RegExp(
  String.raw`\b(?:of\s{1,3}(?:the|this|that)\s{1,3}(?:unit|contingent|battalion|company|detachment)|(?:de\s{1,3}(?:ce|cette|cet)|du)\s{1,3}(?:contingent|unite|bataillon|detachement|compagnie)\b|(?:the\s{1,3}bulk|le\s{1,3}gros|l'essentiel|the\s{1,3}main\s{1,3}body)\s{1,3}(?:of|des|de)\s{1,3}(?:the\s{1,3}|its\s{1,3}|ses\s{1,3}|leurs?\s{1,3})?(?:troops|soldiers|contingent|personnel|troupes|soldats|effectifs?|militaires)|(?:its|their|ses|leurs?)\s{1,3}(?:(?:some|about|around|quelque|environ|pres de)\s{1,3})?(?:\d[\d ,.]*\s{1,3})?(?:(?:last|final|derniers|ultimes)\s{1,3})?(?:members|membres|soldiers|soldats|troops|officers|policiers|personnel|peacekeepers|blue helmets|casques bleus|militaires)|(?:the|its|their|le|l'|son|leur)\s{0,3}${CONTINGENT_PART})\b`);

interface ClauseCtx {
  /** The whole sentence, as written and folded; the clause is [start, end). */
  text: string;
  folded: string;
  start: number;
  end: number;
  predicates: Predicate[];
  sites: SiteMention[];
  contingents: CountryMention[];
  /** The sentence before reported a convoy leaving a site, for "It reached Gao on 2 November". */
  convoyBefore: boolean;
  /** The one country whose contingent the text named last, before this sentence. */
  lastCountry: CountryMention | null;
  /** The sentence before, folded, to ask whether it told of a convoy on the road (only for an attack). */
  foldedBefore: string | null;
  /** The sentence gives a day before this clause (for a departure counted back from it). */
  daySaidBefore: boolean;
}

/** Where troops were: "stationed", "based", "posted", "déployés". */
const STATIONED = '(?:stationed|based|posted|deployed|garrisoned|remained|stayed|stationnes?|bases|deployes?|postes?|restes|presents?)';

/** "was handed over", "was formally handed over", "was today formally transferred", "was on Friday handed over". */
const PASSIVE_BEFORE = /\b(?:was|were|be|been|being|is|are|a ete|ont ete|ete|etre|est|sont|sera|seront|etait|etaient)\s{1,3}(?:(?:today|yesterday|now|also|then|finally|aujourd'hui|hier|deja|aussi|on\s{1,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s{1,3})?(?:[a-z]{2,15}(?:ly|ment)\s{1,3})?$/;

const LANDED = /^(?:land|touched|atterri|s'est|s'etai|se)/;
/** "to discuss …", "réunion … sur la future évaluation", "talks on the upcoming handover": a noun that is the topic of a talk or a plan. */
const TOPIC_BEFORE =
  /\b(?:to|pour|afin de)\s{1,3}(?:discuss|prepare|plan|review|examine|organi[sz]e|agree on|talk about|discuter|preparer|planifier|examiner|organiser|evoquer|aborder)\b|\b(?:future|futur|prochaine?|upcoming|forthcoming|eventuelle?|eventual)\s{1,3}(?:[a-z-]+\s{1,3})?$/;
const OWN_PEOPLE = new RegExp(`\\b(?:mission|${MISSION_NAMES}|united nations|nations unies|onu|casques bleus|peacekeepers|blue helmets|soldats de la paix)\\b`);
const OTHER_AGENCY =
  /\b(?:world food programme|programme alimentaire mondial|wfp|pam|unhcr|hcr|unicef|icrc|cicr|red cross|croix-rouge|ngos?|ong|humanitarian (?:agency|organi[sz]ation)|organisation humanitaire)\b/;
/** "the eighth of its 13 bases in …", "la neuvième de ses 13 emprises à …": the places named next are where the bases counted lie. */
const COUNTED_BASES_IN = /\b(?:of|de|des)\s{1,3}(?:its|their|the\s{1,3}mission's|the|ses|leurs|les)\s{1,3}(?:\d{1,2}|thirteen|twelve|treize|douze)\s{1,3}(?:[a-z-]+\s{1,3})?(?:bases|camps|sites|emprises|positions)\b[^;.]{0,80}$/;
const ORDINAL_SITE_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|latest|next|only|premiere?|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|derniere?)\s{1,3}(?:(?:and|et)\s{1,3}[a-z]+\s{1,3})?(?:[a-z-]+\s{1,3})?(?:camp|base|site|outpost|location|emprise|poste|position)s?\s{1,3}(?:(?:,\s{0,3})?(?:after\s{1,3}[^,]{2,30},\s{0,3})?)?(?:(?:that|which|it|they|the mission|minusma|unamid|monusco|has|had|have|to|be|been|qui|que|qu'|a|ete|la mission|l'a)\s{1,3}){1,4}$/;
/** "Tessalit est le sixième camp fermé", "Kidal was the eighth base vacated": a count, not the event. */
const ORDINAL_PARTICIPLE_BEFORE =
  /\b(?:is|was|est|etait|fut|becomes|became|devient|marks|marque)\s{1,3}(?:the|le|la|l')\s{0,3}(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th|e|eme)|premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|onzieme|douzieme)\s{1,3}(?:[a-z-]+\s{1,3})?(?:camp|base|site|emprise|position|outpost|poste)s?\s{1,3}(?:(?:to\s{1,3}be|a\s{1,3}etre|a)\s{1,3})?$/;
const ORDINAL_INFINITIVE_BEFORE =
  /\b(?:first|second|third|last|final|next|only|premiere?|deuxieme|derniere?|seule?)(?:\s{1,3}(?:one|site|camp|base))?(?:\s{1,3}(?:of|de|des|d')\s{0,3}(?:the\s{1,3}|les\s{1,3}|ses\s{1,3}|its\s{1,3})?[a-z-]+(?:\s{1,3}[a-z-]+)?)?\s{1,3}(?:to|a)\s{1,3}(?:be\s{1,3}|have\s{1,3}been\s{1,3}|etre\s{1,3})?$/;
const CEREMONY_AFTER = /^\s{1,3}(?:ceremony|ceremonies|parade|event)\b/;
const CEREMONY_BEFORE = /\b(?:ceremony|ceremonie|parade|celebration)\s{1,3}(?:of|for|to mark|marking|de|du|d'|pour|marquant)?\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?$/;

/** The host countries of the missions the tracker follows, as the country a contingent leaves. */
const HOST_LANDS = 'mali|liberia|haiti|darfur|darfour|sudan|soudan|lebanon|liban|congo|rdc|drc';
/** "… left Mali", "… withdrew from Haiti", "… retirera ses troupes d'Haïti", "… pulled its last troops out of Haiti", "has withdrawn four of its soldiers from UNIFIL": the host country (or the mission) left, perhaps by the subject's own troops. */
const LEAVES_HOST_LAND = new RegExp(
  `^\\s{1,3}(?:(?:[a-z0-9,-]+\\s{1,3}){1,2}(?:of|de)\\s{1,3})?(?:(?:its|their|ses|leurs)\\s{1,3}(?:[a-z0-9-]+\\s{1,3}){0,3}?(?:troops|soldiers|peacekeepers|blue helmets|contingents?|personnel|casques bleus|troupes|soldats|militaires)\\s{1,3})?(?:(?:from|out of|of|de|du|d')\\s{0,3}(?:the\\s{1,3}|le\\s{1,3}|la\\s{1,3}|l')?)?(?:${HOST_LANDS}|${MISSION_NAMES}|united\\s{1,3}nations\\s{1,3}(?:[a-z-]+\\s{1,3}){0,4}?(?:force|mission|operation)|(?:force|mission)\\s{1,3}(?:[a-z-]+\\s{1,3}){0,4}?des\\s{1,3}nations\\s{1,3}unies)\\b(?!\\s{0,2}'s)`,
);
/** "… after completing a yearlong UN mission", "at the end of a six-month tour", "au terme de leur mission": back from the tour. */
const TOUR_DONE_AFTER = /\b(?:after\s{1,3}(?:completing|ending|concluding|finishing)|at\s{1,3}the\s{1,3}end\s{1,3}of|upon\s{1,3}(?:completing|completion\s{1,3}of)|on\s{1,3}completion\s{1,3}of|au\s{1,3}terme\s{1,3}(?:de|d')|a\s{1,3}la\s{1,3}fin\s{1,3}(?:de|d')|apres\s{1,3}(?:avoir\s{1,3}(?:accompli|acheve|termine|effectue)))\s{1,3}(?:a|an|their|its|the|leur|sa|son|une?)\s{1,3}(?:[a-z0-9-]+\s{1,3}){0,3}?(?:mission|tour|deployment|rotation|mandat|sejour|deploiement)\b/;
/** After a departure: people moved to another mission or posting, not home ("to join the Mission in South Sudan", "to be redeployed to", "pour rejoindre la MINUSCA"). */
const TO_ANOTHER_MISSION =
  /^[^.;]{0,60}?\b(?:to\s{1,3}(?:join|reinforce|strengthen)|pour\s{1,3}(?:aller\s{1,3})?(?:rejoindre|renforcer)|(?:to\s{1,3}be\s{1,3})?(?:redeploy\w{0,3}|transferred)\s{1,3}(?:to|in)|redeploye\w{0,2}\s{1,3}(?:vers|au|en|a)|transferes?\s{1,3}(?:vers|au|a))\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:(?:un|u\.n\.|united\s{1,3}nations|onu)\s{1,3})?(?:mission|unmiss|minusca|unisfa|monusco|minusma|unifil|finul|south\s{1,3}sudan|soudan\s{1,3}du\s{1,3}sud|juba|centrafrique|central\s{1,3}african)/;
/** Right after a verb of leaving, the host country as the destination: " for Liberia", " pour le Mali", " à destination du Soudan". */
const GOING_TO_HOST = new RegExp(`^\\s{1,3}(?:for|to|pour|vers|a\\s{1,3}destination\\s{1,3}(?:de|du|d')|en\\s{1,3}direction\\s{1,3}(?:de|du|d'))\\s{0,3}(?:the\\s{1,3}|la\\s{1,3}|le\\s{1,3}|l')?(?:${HOST_LANDS})\\b`);
/** "… contingent from Haiti", "venus du Mali": people coming from the host country (then landing somewhere is home). */
const FROM_HOST_LAND = new RegExp(`\\b(?:from|de|d'|du|en provenance (?:de|du|d'))\\s{0,3}(?:the\\s{1,3}|la\\s{1,3}|l')?(?:${HOST_LANDS})\\b(?!\\s{1,3}(?:region|province|state))`);
/** "… is set for 25 April", "… de la RDC est fixé au 25 avril". */
const DEPARTURE_SET_FOR = new RegExp(`^\\s{1,3}(?:(?:officiel|definitif|final)\\s{1,3})?(?:(?:from|de|du|d')\\s{0,3}(?:the\\s{1,3}|la\\s{1,3}|le\\s{1,3}|l')?(?:country|pays|${HOST_LANDS})\\s{1,3})?(?:is|has been|est|a ete)\\s{1,3}(?:now\s{1,3}|desormais\s{1,3})?(?:set|scheduled|planned|due|fixed|expected|fixee?|prevue?|programmee?)\\s{1,3}(?:for|on|pour|le|au)\\b`);
/** "… du Mali", "from the country", "du pays": the country left, after a noun of leaving. */
/** What a contingent leaves when it leaves the country: "the country", "the mission area", "the peacekeeping area", "le pays", "la zone de déploiement". */
const AREA_LEFT = 'country|mission area|peacekeeping area|area of operations|host country|pays|territoire|zone de (?:deploiement|la mission|mission|operations)';
const LEAVES_COUNTRY_AFTER = new RegExp(`^\\s{1,3}(?:(?:from|de|du|d')\\s{0,3})(?:the\\s{1,3}|le\\s{1,3}|la\\s{1,3}|l')?(?:${AREA_LEFT}|${HOST_LANDS}|south kivu|sud-kivu)\\b`);
/** A contingent's withdrawal "from MINUSMA", "de la MONUSCO": it left the mission. */
const FROM_MISSION = new RegExp(`^\\s{1,3}(?:from|de|du|d')\\s{0,3}(?:the\\s{1,3}|la\\s{1,3}|l')?(?:${MISSION_NAMES})\\b`);
/** "completed the withdrawal of its last troops", "conclu le retrait de son dernier détachement": the withdrawal is the contingent's own people. */
const OF_ITS_UNIT = new RegExp(`^\\s{1,3}(?:of|de|du|d')\\s{0,3}(?:its|their|son|sa|ses|leur|leurs)\\s{1,3}(?:[a-z0-9'-]+\\s{1,3}){0,4}?${UNIT_NOUN}\\b`);
/** "… left the country", "withdrew from the peacekeeping area", "quittent ainsi le pays", "left the mission": right after the verb, perhaps past an adverb. */
const LEAVES_AREA = new RegExp(`^\\s{1,3}(?:[a-z]{3,15}ment\\s{1,3}|[a-z]{3,15}ly\\s{1,3}|ainsi\\s{1,3}|donc\\s{1,3}|alors\\s{1,3}|then\\s{1,3}|now\\s{1,3}|also\\s{1,3}|aussi\\s{1,3})?(?:(?:from|of|out\\s{1,3}of|de|du|d')\\s{0,3})?(?:the\\s{1,3}|le\\s{1,3}|la\\s{1,3}|l')?(?:${AREA_LEFT}|mission)\\b`);

/** Between a verb of movement and where it goes: "rentrés hier à", "flew home to", "landed safely in". */
const TO_PLACE = /^\s{1,3}(?:(?:hier|yesterday|today|aujourd'hui|safely|back|home|finally|enfin|bien|on|this morning|ce matin|ce|this|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|(?:mon|tues|wednes|thurs|fri|satur|sun)day|le\s{1,3}\d{1,2}(?:er)?\s{1,3}[a-z]+(?:\s{1,3}\d{4})?|on\s{1,3}\d{1,2}\s{1,3}[a-z]+(?:\s{1,3}\d{4})?)\s{1,3}){0,2}(?:au|en|aux|a|to|vers|dans|in|at|pour|for)\s/;
/** "à l'aéroport international … de Lomé", "at Bandaranaike International Airport, Colombo": the airport of a city named after it. */
const AIRPORT_HEAD = /^\s{0,3}(?:l'|the\s{1,3})?(?:[a-z-]+\s{1,3}){0,2}?(?:aeroport|airport)\b/;

/** Where a contingent can go home to: a country's name or its capital. */
const homeMentions = (text: string): CountryMention[] => [...findCountryMentions(text).filter((x) => x.kind === 'name'), ...findCapitalMentions(text)];

/** The country a verb of movement goes to: "au Sénégal", "to Nepal", "en Uruguay", or its capital: "à Lomé", "in Dhaka". */
function countryAfter(c: ClauseCtx, p: Predicate): CountryMention | undefined {
  // "a regagné Lomé", "reached Dhaka": verbs whose object is the place itself.
  const to = TO_PLACE.exec(c.folded.slice(p.end, p.end + 40)) ?? (/^(?:regagn|rejoin|reach|gagn|retrouv)/.test(p.text) ? /^\s{1,3}(?:(?:hier|yesterday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on)\s{1,3}){0,2}/.exec(c.folded.slice(p.end, p.end + 40)) : null);
  if (!to) return undefined;
  const from = p.end + to[0].length;
  const airport = AIRPORT_HEAD.test(c.folded.slice(from, from + 40));
  const window = c.text.slice(from, from + (airport ? 90 : 40));
  const m = homeMentions(window)
    .sort((x, y) => x.start - y.start)
    .find((x) => x.start < 6 || (airport && !/[,.;]/.test(window.slice(0, x.start))));
  return m && { ...m, start: m.start + from, end: m.end + from };
}

/** A national contingent going back to its own country; "650 peacekeepers arrived in Lomé" after a sentence about the Togolese contingent. */
function goesHome(c: ClauseCtx, p: Predicate): Reading | null {
  const to = countryAfter(c, p);
  if (!to) return null;
  if (c.contingents.some((m) => m.iso === to.iso && m.end <= p.start)) return { type: 'contingent_repatriated', confidence: 0.7, sites: 'origin' };
  const people = PERSONNEL_RE.test(c.folded.slice(Math.max(c.start, p.start - 80), p.start));
  return c.contingents.length === 0 && people && c.lastCountry?.iso === to.iso ? { type: 'contingent_repatriated', confidence: 0.6, sites: 'origin', unit: true } : null;
}

/** "left Gao for Germany", "quitté Gao pour Lomé": a national contingent leaving for its own country. */
const FOR_BEFORE = /\b(?:for|to|pour|vers|a destination de|en direction de|bound for|back to)\s{1,3}(?:l'|le\s|la\s)?$/;
function headsHome(c: ClauseCtx, p: Predicate): boolean {
  const window = c.text.slice(p.end, Math.min(c.end, p.end + 80));
  const own = new Set(c.contingents.filter((m) => m.end <= p.start).map((m) => m.iso));
  if (own.size === 0) return false;
  // The destination of this verb, not of a later one: "ont quitté les lieux, et leur rapatriement vers le Sénégal …".
  return homeMentions(window).some(
    (x) =>
      own.has(x.iso) &&
      FOR_BEFORE.test(c.folded.slice(Math.max(p.end, p.end + x.start - 24), p.end + x.start)) &&
      !c.predicates.some((q) => q.start >= p.end && q.start < p.end + x.start),
  );
}

/** A ceremony reported as held (or set for a day): it took place, someone presided over it, something happened at it. */
const HELD_AFTER =
  /^[^.;]{0,110}?\b(?:took place|was held|were held|has been held|happened|was (?:organi[sz]ed|conducted|performed|presided)|is (?:scheduled|planned|set)|will (?:take place|be held)|s'est (?:tenue|deroulee|faite|deroule)|a eu lieu|a ete (?:organisee|celebree|presidee)|est prevue|aura lieu|se tiendra|se deroulera)\b/;
const HELD_BEFORE = /\b(?:held|hosted|organi[sz]ed|presided(?:\s{1,3}over)?|chaired|attended|witnessed|at|during|a preside|a organise|a tenu|(?:a|ont) assiste a|(?:a|ont) pris part a|lors de|au cours de|a l'occasion de|pendant)\b[^,;.]{0,40}$/;

/** "The handover ceremony of the Ansongo camp took place on Monday", "La cérémonie de rétrocession du camp s'est tenue": the handover, held. */
function ceremonyHandover(subject: string, object: string): Reading | null {
  const complement = object.replace(CEREMONY_AFTER, '');
  if (NOT_A_SITE_OBJECT.test(complement) || !(HELD_AFTER.test(object) || HELD_BEFORE.test(subject.slice(-80)))) return null;
  return { type: 'site_handed_over', confidence: 0.7, sites: 'any', definite: true };
}

/** "non pas à l'État haïtien mais", "not to Haiti but": a recipient denied, anywhere after the verb. */
const NOT_TO_BUT = /[\s,]{1,3}(?:not|non\s{1,3}pas|pas|non)\s{1,3}(?:to|a|au|aux)\s[^.;]{1,40}?\s(?:but|mais)(?=\s{1,3}(?:to|a|au|aux)\s)/;
/** The UN as a recipient ("to the United Nations", "aux Nations unies", "à la MINUSTAH"), not "according to the UN". */
const TO_THE_UN = /(?<!\baccording\s{1,3})\bto\s{1,3}(?:the\s{1,3})?(?:mission|minusma|minustah|unamid|monusco|unmil|unifil|un|u\.n\.|united nations)\b|\b(?:a\s{1,3}(?:la\s{1,3}|l')|aux?\s{1,3})(?:mission|minusma|minustah|minuad|monusco|minul|finul|onu|nations unies)\b/;
/** A host's authority as a recipient: "to the Malian authorities", "au gouvernement", "à l'État". */
const HOST_RECIPIENT = /\b(?:to|a|au|aux)\s{1,3}(?:the\s{1,3}|l'|la\s{1,3}|le\s{1,3}|les\s{1,3})?(?:[a-z'-]+\s{1,3}){0,3}?(?:authorit\w*|autorites|government|gouvernement|state|etat|army|armee|police|governor|gouverneur|prefect|prefet|fardc|fama|laf)\b/;

/** The subject of a passive handover that names no site: "The keys were …", "Les clés ont été …", "Le camp a été …". */
const HANDED_KEYS = /^[\s"«]*(?:the|les|le|la|l')\s{0,3}(?:keys|cles|camp|base|site|premises|compound|emprise|locaux)\s{1,3}(?:[a-z]+\s{1,3}){0,3}$/;

/** "It also handed over", "La mission a également remis": "also" right before a verb told in the past (not after "had"). */
const ALSO_DID = /(?<!\b(?:had|avait|avaient|has|have)\s{1,3})\b(?:also|(?:a|ont)\s{1,3}(?:aussi|egalement))\s{1,3}$/;

/** "the last convoy", "le dernier convoi terrestre", "its final column". */
const LAST_CONVOY = /\b(?:the|le|la|its|their|son|sa|leur|our|notre)\s{1,3}(?:last|final|dernier|derniere|ultime)\s{1,3}(?:[a-z-]+\s{1,3})?(?:convoy|convoi|column|colonne)\b(?:\s{1,3}[a-z]+){0,2}\s{0,3}$/;

/** What may follow "to leave" for people leaving the country, no place named: "officially on 25 April", "le 25 avril". */
const LEAVE_ON_DAY = /^\s{1,3}(?:(?:officially|formally|definitively|for good|officiellement|definitivement)\s{1,3})?(?:on|le|ce)\s{1,3}(?:[a-z]+day\s{1,3}|lundi\s|mardi\s|mercredi\s|jeudi\s|vendredi\s|samedi\s|dimanche\s)?\d{1,2}/;

/** "the northern part of the El Fasher super camp, which …": a part of a site, then the relative pronoun that stands for it. */
const PART_BEFORE_RELATIVE = /\b(?:part|section|portion|wing|partie)\s{1,3}(?:(?:nord|sud|est|ouest)\s{1,3})?(?:of|de|du|d')\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:[\p{L}#'-]+\s{1,3}){0,4}?(?:camp|base|site|compound|emprise)\s{0,3},\s{1,3}(?:which|that|qui|que|qu')\b[^,;]*$/u;

/** After an aspect verb used without an object: the end of the clause, a day, a place, a manner ("started on Monday", "a débuté ce lundi dans le camp"). */
const NO_OBJECT_AFTER = new RegExp(`^\\s{0,3}(?:[,.;:)]|$|(?:on|in|at|this|last|yesterday|today|early|late|overnight|with|without|as|smoothly|quietly|formally|officially|le|ce|cette|hier|aujourd'hui|dans|au|aux|a|en|des|avec|sans|comme|officiellement|formellement|${WEEKDAY_PATTERN})\\b)`);
/** Between an event's noun and its aspect verb: nothing, or where from ("the withdrawal from the Tessalit camp started", "le retrait du camp de Tessalit a débuté"). */
const NOUN_SUBJECT_REST = /^\s{0,3}(?:(?:from|of|out of|at|du|de|d'|des)\s{0,3}(?:(?:the|its|la|le|l'|ses|son|sa)\s{0,3})?(?:[\p{L}#'-]+\s{1,3}){1,4}?)?(?:(?:has|have|had|a|ont|avait|avaient)\s{1,3}(?:(?:officially|formally|officiellement|formellement)\s{1,3})?)?$/u;
/** Before an event's noun that heads its clause's subject: a determiner, maybe an adjective ("The withdrawal", "Le retrait", "the actual pull-out"), not "preparations for the withdrawal". */
const NOUN_SUBJECT_HEAD = /(?:^|[,;:.]\s{0,3}|^[\s"«•-]*)(?:the|its|their|this|le|la|l'|son|sa|leur|ce|cette)\s{0,3}(?:[a-z-]+\s{1,3})?$/;

/** A day told after a departure's verb: "after leaving Kidal on October 31", "before quitting the base yesterday". */
const ON_DAY_OR_YESTERDAY = new RegExp(String.raw`${ON_DAY}|\b(?:yesterday|hier)\b`);

/** A subject of its own after the last comma: ", la première phase s'est", ", the mission has". */
const NEW_SUBJECT_AFTER_COMMA = /,\s{0,3}(?:the|its|their|this|a|an|la|le|les|l'|sa|son|ses|leur|leurs|cette|ce|une?)\s{0,3}[^,]*$/;

function read(c: ClauseCtx, p: Predicate): Reading | null {
  const subject = c.folded.slice(c.start, p.start);
  const object = c.folded.slice(p.end, c.end);
  // "a closing ceremony", "a farewell parade": a ceremony is not the event (labels: ceremony_not_handover),
  // unless it is the handover's and it was held: "the handover ceremony of the camp took place", "a présidé la cérémonie de rétrocession du camp".
  if (CEREMONY_AFTER.test(object) || (p.nominal && CEREMONY_BEFORE.test(subject))) return p.family === 'handover' && p.nominal ? ceremonyHandover(subject, object) : null;
  // "is to hold a ceremony on Monday to close its headquarters", "une cérémonie pour marquer la fermeture": the ceremony's purpose.
  if (/ceremon|parade|event/.test(subject) && /\b(?:ceremony|ceremonie|parade|event)\b[^,;.]{0,40}\b(?:to|pour|marking|marquant|to mark)\s{1,3}(?:(?:mark|marquer)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?)?$/.test(subject.slice(-80))) return null;
  // "cette seconde phase du transfert des installations", "the handover process": a stage of a plan, not the event.
  // "les délais fixés pour la remise des camps", "the deadline for the handover": a target, not the event.
  if (p.nominal && /\b(?:phases?|stages?|etapes?|process|processus|plans?|calendrier|schedule|timeline|programme|modalites|preparations?|delais?|deadlines?|echeances?|dates?\s{1,3}butoirs?)\s{1,3}(?:(?:fixee?s?|set|agreed|convenue?s?|prevue?s?)\s{1,3})?(?:of|for|de|du|des|d'|pour)\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?$/.test(subject.slice(-50))) return null;
  // "30 June: deadline for all uniformed and civilian personnel to leave", "la date butoir pour que les Casques bleus quittent": a target's verb.
  if (/\b(?:deadlines?|target\s{1,3}dates?|cut-?off(?:\s{1,3}dates?)?|delais?|echeances?|dates?\s{1,3}butoirs?|dates?\s{1,3}limites?)\s{1,3}(?:for|pour)\s{1,3}(?:que\s{1,3}|qu')?(?:[a-z0-9'-]+\s{1,3}){0,6}?(?:to\s{1,3})?$/.test(subject.slice(-80))) return null;
  // "By handing over these facilities": a gerund reports nothing.
  // "two days after pulling out of Shaeria on 30 October": a gerund after "after" with its own day is a past event.
  // ("pulled out of Aguelhok on Monday, two days after leaving the base of Tessalit": counted back from the day told.)
  const datedAfter = (/\b(?:after|before)\s{1,3}$/.test(subject) && ON_DAY_OR_YESTERDAY.test(object.slice(0, 60))) || /\b(?:one|a|two|three|four|five|six|\d{1,2})\s{1,3}(?:days?|weeks?)\s{1,3}after\s{1,3}$/.test(subject);
  if (/ing$/.test(p.text.split(/\s/)[0]!) && /\b(?:by|after|before|while|when|in|upon|without|en)\s{1,3}$/.test(subject) && !datedAfter) return null;
  // "closing 13 years in which …", "fermant une page": a span of time or a chapter closed, not a site.
  if (p.family === 'close' && /^\s{1,3}(?:(?:a|an|the|its|their|more than|nearly|some|over|une|la|plus de|pres de)\s{1,3})?(?:\d+|[a-z]+)?\s{0,3}(?:years?|decades?|ans|annees|chapter|chapitre|page|era|ere)\b/.test(object)) return null;
  // "brought 13 years of service to a formal close": the end of something, not a site closed.
  if (p.family === 'close' && /\b(?:to|into)\s{1,3}an?\s{1,3}(?:[a-z]+\s{1,3})?$/.test(subject.slice(-30))) return null;
  // "close to", "a close ally": the adjective.
  // "Brazil formally closed its military participation in MINUSTAH with a ceremony at Base General Bacellar": a role ends, no site closes.
  if (p.family === 'close' && /^\s{1,3}(?:(?:its|their|the|sa|son|ses|leur|leurs|la|le|les)\s{1,3})?(?:[a-z]+\s{1,3})?(?:participation|chapter|chapitre|page|role|engagement|deployment|deploiement|contribution|mandate|mandat)\b/.test(object)) return null;
  if (p.family === 'close' && !p.nominal && /^clos/.test(p.text) && (/^\s{1,3}(?:to|ties|cooperation|collaboration|coordination|contact|partner|ally|allies|attention|look|proximity|range|call)\b/.test(object) || /\b(?:a|the|in|very|so|too|at|more|most|its|their)\s{1,3}$/.test(subject))) return null;
  // "a convoy pulling out of Kidal struck a mine": a participle describing a noun reports no departure.
  if (/ing$/.test(p.text.split(/\s/)[0]!) && !/\b(?:is|are|was|were|been|be|began|begun|started|completed|finished)\s{1,3}$/.test(subject) && p.family !== 'attack' && p.family !== 'start') {
    // (But "…, with the remaining personnel setting off for Gao on Saturday": an absolute "with" clause tells what they did.)
    if (/\b(?:convoy|convoys|troops|peacekeepers|personnel|unit|contingent|vehicles?|forces?)\s{1,3}(?:[a-z]{2,12}\s{1,3}){0,2}$/.test(subject) && !WITH_DOING.test(subject)) return null;
  }
  // "the last of the three to be handed back", "le premier à être fermé": a description, not an event.
  if (ORDINAL_INFINITIVE_BEFORE.test(subject.slice(-60))) return null;
  // "the first camp it has closed", "the second base to be vacated", "le dernier camp à fermer": a description, not an event.
  if ((p.family === 'close' || p.family === 'leave' || p.family === 'handover') && (ORDINAL_SITE_BEFORE.test(subject.slice(-70)) || ORDINAL_PARTICIPLE_BEFORE.test(subject.slice(-70)))) return null;
  // "met the governor to discuss … a joint environmental assessment": a noun that is the topic of a talk or a plan.
  if ((p.nominal || p.family === 'assess') && TOPIC_BEFORE.test(subject)) return null;
  const near = object.slice(0, 70);
  // "un véhicule du convoi parti de Kidal a heurté une mine": a participle describing the convoy, not its departure.
  if (p.family === 'leave' && /^(?:parti|partie|partis|parties|sorti|sortie|sortis|venu|venue|venus)$/.test(p.text) && /\b(?:convoi|convois|colonne|colonnes|vol|vols|avion|avions|appareil|appareils)\s{1,3}(?:(?:de|du|des|d')\s{0,3}(?:la\s{1,3}|l')?[a-z'-]{2,15}\s{1,3}){0,2}$/.test(subject) && /^\s{1,3}(?:de|du|d')\b[^;]{0,60}?\s(?:a|ont|est|sont|a ete|ont ete|etait|s'etait|s'est|avait)\s/.test(object) && !/^\s{1,3}(?:de|du|d')\s{0,3}[^\s,;]+\s{1,3}(?:(?:le|dans la nuit du)\s{1,3}\d|(?:aujourd'hui|hier|ce matin|ce soir|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)\b)/.test(object)) return null;
  // "la base d'Ogossagou, fermée le 3 août": a participle in apposition is a passive.
  const apposition =
    /,\s{0,2}$/.test(subject) &&
    c.sites.some((s) => s.end <= p.start && /^(?:\s{1,3}(?:camp|base|site|team site|super camp|headquarters))?\s{0,2},\s{0,2}$/.test(c.folded.slice(s.end, p.start))) &&
    /(?:ed|e|es|ee|ees|t|ts|en)$/.test(p.text);
  // ("The Chinese engineers' camp at Amsar was closed and transferred to the authorities": a participle coordinated with a passive is one.)
  const passive = PASSIVE_BEFORE.test(subject) || apposition || COORDINATED_PASSIVE.test(subject.slice(-60));
  // "handed its Kakata compound over": a site inside a split verb is its object.
  const siteAfter = c.sites.some((s) => s.start >= p.end || (s.start > p.start && s.end <= p.end));
  const siteBefore = c.sites.some((s) => s.end <= p.start);
  switch (p.family) {
    case 'start':
    case 'complete': {
      // Aspect: what begins or ends is the withdrawal (or the handover) in the same clause.
      // "completed its withdrawal", "a achevé son retrait"; or after it: "the withdrawal was completed", "le retrait s'est achevé".
      // ("le retrait … a finalement été achevé", "has now been completed": an adverb may stand inside the auxiliary.)
      const passiveAspect = /\b(?:was|were|is|are|been|be|s'est|se sont|est|sont|a ete|ont ete|fut|(?:a|ont|avait|avaient|has|have|had)\s{1,3}[a-z]{2,15}(?:ly|ment|now|deja)\s{1,3}(?:ete|been))\s{1,3}(?:[a-z]{2,15}(?:ly|ment)\s{1,3})?$/.test(subject);
      // "accelerated pull-out from #Tessalit completed yesterday", "handover of Ansongo completed on Saturday": a headline's participle after its noun.
      const headline = p.family === 'complete' && /ed$/.test(p.text) && c.predicates.some((q) => q.nominal && q.end <= p.start && /^\s{1,3}(?:(?:from|of|out of|at)\s{1,3}(?:the\s{1,3})?#?[\p{L}-]+(?:\s[\p{L}-]+)?\s{1,3})?$/u.test(c.folded.slice(q.end, p.start)));
      // "The withdrawal from Tessalit started on Monday", "Le retrait du camp de Tessalit a débuté ce lundi": the event's noun, with its site, is the subject of an aspect verb with no object.
      // (Not "The pull-out began on 28 February, when the base at Kamanyola was handed over": a withdrawal named by no site is the mission's, and the clause after it tells the step.)
      const intransitiveAspect = !passiveAspect && !p.nominal && NO_OBJECT_AFTER.test(object);
      // ("The departure of the last Senegalese peacekeepers from the … base at Ogossagou, in the Bandiagara region of central Mali, was completed today": the noun
      // heads a long subject, asides and all; not "Entamée … par la fermeture des emprises …, la première phase s'est achevée": another subject after the comma.)
      const target = c.predicates.find(
        (q) =>
          q !== p &&
          (q.family === 'leave' || q.family === 'handover' || q.family === 'close' || q.family === 'repatriate') &&
          !CEREMONY_AFTER.test(c.folded.slice(q.end, c.end)) &&
          // ("the transfer of security responsibilities …, scheduled to be completed on June 30": a duty handed over, not a site.)
          !(q.family === 'handover' && NOT_A_SITE_OBJECT.test(c.folded.slice(q.end, c.end))) &&
          // "completed its withdrawal", not "finished packing on Thursday and handed it over": the aspect verb's own object.
          ((q.start >= p.end && q.start - p.end < 50 && !/\b(?:and|et|puis|then|but|mais)\s/.test(c.folded.slice(p.end, q.start))) ||
            ((passiveAspect || headline) && q.end <= p.start && (p.start - q.end < 70 || (p.start - q.end < 170 && !c.predicates.some((r) => r !== q && r.start >= q.end && r.end <= p.start) && !NEW_SUBJECT_AFTER_COMMA.test(c.folded.slice(q.end, p.start))))) ||
            (intransitiveAspect && q.nominal && q.end <= p.start && c.sites.some((x) => x.start >= q.end && x.end <= p.start) && NOUN_SUBJECT_REST.test(c.folded.slice(q.end, p.start)) && NOUN_SUBJECT_HEAD.test(c.folded.slice(Math.max(c.start, q.start - 40), q.start)))),
      );
      // "a mis fin mardi à sa présence dans le camp de Kidal", "ended its presence at the Kidal camp": the mission left that site.
      if (!target && p.family === 'complete') {
        const presence = PRESENCE_IN.exec(object.slice(0, 80));
        const rest = presence ? object.slice(presence[0].length) : '';
        // (Only the site right after it, or "the camp" for the one the passage is about: not "sa présence dans la région de Kidal".)
        const at = presence ? c.sites.find((x) => x.start >= p.end && /^(?:(?:the|le|la|l')\s{0,3})?(?:(?:camp|base|emprise|site)\s{1,3}(?:de|d'|of|at|in)\s{0,3})?#?$/.test(c.folded.slice(p.end + presence[0].length, x.start))) : undefined;
        if (at) return { type: 'withdrawal_completed', confidence: 0.7, sites: 'after' };
        if (presence && /^(?:the|le|l')\s{0,3}(?:camp|base|emprise|site)\b(?!\s{1,3}(?:de|d'|of|at|in)\b)/.test(rest)) return { type: 'withdrawal_completed', confidence: 0.65, sites: 'none', definite: true };
      }
      // "La base … a été officiellement clôturée le samedi 25 mai", "a clôturé son camp": a site closed, in French.
      if (!target && /^clotur/.test(p.text) && ((passiveAspect && (c.sites.some((x) => x.end <= p.start) || refersBack(subject.slice(-160)))) || OWN_SITE_OBJECT.test(object.slice(0, 40)))) {
        return { type: 'withdrawal_completed', confidence: 0.65, sites: 'any', definite: true };
      }
      if (!target) return null;
      if (target.family === 'handover') return p.family === 'complete' ? { type: 'site_handed_over', confidence: 0.8, consumes: target, sites: 'any' } : null;
      // "completed the repatriation of the Egyptian contingent": the last of them went home.
      if (target.family === 'repatriate') return p.family === 'complete' && c.contingents.length > 0 ? { type: 'contingent_repatriated', confidence: 0.75, consumes: target, sites: 'origin' } : null;
      // "le contingent tchadien a achevé son désengagement du Mali", "completed its withdrawal from the country": the contingent went home.
      if (p.family === 'complete' && target.family === 'leave' && c.contingents.some((m) => m.end <= target.start) && (LEAVES_COUNTRY_AFTER.test(c.folded.slice(target.end, target.end + 40)) || FROM_MISSION.test(c.folded.slice(target.end, target.end + 40)) || OF_ITS_UNIT.test(c.folded.slice(target.end, target.end + 80))) && !c.sites.some((x) => x.start > target.end)) {
        return { type: 'contingent_repatriated', confidence: 0.7, consumes: target, sites: 'none' };
      }
      if (target.family === 'close' && p.family === 'start') return null;
      // "…, starting its withdrawal from the country after 25 years of presence": the country's withdrawal begun, at no site.
      if (p.family === 'start' && target.family === 'leave' && LEAVES_COUNTRY_AFTER.test(c.folded.slice(target.end, target.end + 40))) return null;
      // "is due to wrap up its six-month drawdown today, …, from its logistics base in El Fasher": the mission's drawdown, from no site.
      if (target.nominal && /^(?:drawdown|desengagement|disengagement)$/.test(target.text) && !/^\s{1,3}(?:from|of|de|du|d')\s/.test(c.folded.slice(target.end, target.end + 8)) && !c.sites.some((x) => x.end <= target.start)) return null;
      if (target.family === 'leave' && CONVOY.test(c.folded.slice(c.start, c.end)) && p.family === 'start') return null;
      // "started moving their vehicles out of Baraka", "ont commencé à évacuer leurs engins": equipment on the road.
      if (p.family === 'start' && target.family === 'leave' && EQUIPMENT.test(c.folded.slice(target.start, target.end + 40))) return { type: 'convoy_departed', confidence: 0.7, consumes: target, sites: 'origin' };
      return { type: p.family === 'start' ? 'withdrawal_started' : 'withdrawal_completed', confidence: 0.85, consumes: target, sites: 'any' };
    }
    case 'handover': {
      if (NOT_A_SITE_OBJECT.test(object)) return null;
      // "les anciens camps des contingents allemand, britannique et tunisien ont été remis", "the camps of the German and British contingents were handed over":
      // the contingents' own camps, inside a site; not the site (labels: annex_handover).
      if (CONTINGENT_CAMPS.test(subject.slice(-120)) && PASSIVE_BEFORE.test(subject.replace(ASIDE, ''))) return null;
      // "the UN and Brazilian flags are lowered and handed to the SRSG": a flag handed over is a ceremony.
      if (/flag|drapeau|couleur|colou?r/.test(subject.slice(-80)) && /\b(?:flags?|drapeaux?|couleurs|colours|colors)\b[^.;]{0,60}$/.test(subject.slice(-80)) && PASSIVE_BEFORE.test(subject.replace(/\s(?:lowered|folded|abaisses?|plies?|descendus?|amenes?|amenees?)\s{1,3}(?:and|et|puis)\s{1,3}$/, ' ').slice(-30)) || /\b(?:flags?|drapeaux?)\s{1,3}(?:are|were|was|is|ont ete|a ete|sont)\s/.test(subject.slice(-60))) return null;
      // "Handed over with the compound on Tuesday were a generator, a tower …", "The facilities handed over include a 36KVA generator": the goods listed after the verb.
      // ("The handover covered a 36 KVA generator, a tower …": the handover just told, by its goods.)
      if ((/^[\s"«]*$/.test(subject) || GOODS_NOUN_END.test(subject.slice(-40)) || (p.nominal && /^[\s"«]*(?:the|this|la|le|cette)\s{1,3}$/.test(subject))) && GOODS_LISTED.test(object) && EQUIPMENT.test(object.slice(0, 160))) return { type: 'asset_disposal', confidence: 0.6, sites: 'any', definite: true };
      // "les soldats pakistanais de la base ont entamé le transfert de leurs véhicules et engins vers Uvira": a unit moving its own goods, a convoy.
      if (/^transf/.test(p.text) && OWN_GOODS_MOVED.test(object.slice(0, 120)) && EQUIPMENT.test(object.slice(0, 60)) && PERSONNEL_RE.test(subject.slice(-120))) return { type: 'convoy_departed', confidence: 0.65, sites: 'origin', definite: true };
      // "returned two annex sites", "handed over part of the base": not the site itself.
      if (/^\s{1,3}(?:[a-z0-9'-]{1,15}\s{1,3}){0,2}(?:annex\w*|sub-?camps?|sous-camps?|outposts?|avant-postes?|part|parts|portion|section|wing|partie)\b/.test(object)) return null;
      // "Des véhicules et des équipements ont été remis au ministre": what was handed over stands before a passive.
      // "… d'actifs d'une valeur de 10 millions de dollars, remis lors d'un événement": a participle after a comma is about the noun before it.
      // ("• Yesterday: Kabkabiya team site (North Darfur) handed over to the government": a line that opens on the site, then the participle.)
      const reduced = (/,\s{0,2}(?:(?:[a-z]{3,12}ly|officiellement|formellement|symboliquement)\s{1,3})?$/.test(subject) || headlineSubject(c, p.start)) && /(?:ed|is|ise|ises|ee|ees|es|e|u|us|ue|ues)$/.test(p.text.split(/\s/, 1)[0]!);
      if ((passive || reduced) && EQUIPMENT.test(subject.slice(-80)) && !SITE_WORD.test(subject.slice(-80)) && !siteBefore) return { type: 'asset_disposal', confidence: 0.6, sites: 'none' };
      // "turned its logistics base over to …": the object inside a split verb.
      const inner = p.text.slice(p.text.indexOf(' ') + 1);
      // "The Star Base compound was handed to the government, together with generators": a passive's subject is what was handed over.
      const objectIsSite = (SITE_WORD.test(inner) && !EQUIPMENT.test(inner)) || ((passive || reduced) && (siteBefore || SITE_WORD.test(subject.slice(-60))) && !EQUIPMENT.test(subject.slice(-60)));
      const firstEquipment = objectIsSite ? -1 : near.search(EQUIPMENT);
      const firstSiteWord = near.search(SITE_WORD);
      // ("handed over to the FARDC a newly built helipad and its base at Rutemba": goods first, then a base the gazetteer names.)
      const baseNamed = firstSiteWord >= 0 && c.sites.some((x) => x.start >= p.end + firstSiteWord && x.start - (p.end + firstSiteWord) < 25);
      if (firstEquipment >= 0 && (firstSiteWord < 0 || firstEquipment < firstSiteWord) && !baseNamed) return { type: 'asset_disposal', confidence: 0.6, sites: 'any' };
      // "a remis aujourd'hui aux Forces armées libanaises et aux services de renseignement des véhicules": the recipient first, the goods after.
      const far = object.slice(0, 150);
      if (!siteAfter && !objectIsSite && firstSiteWord < 0 && EQUIPMENT.test(far) && !SITE_WORD.test(far.slice(0, far.search(EQUIPMENT)))) return { type: 'asset_disposal', confidence: 0.55, sites: 'any' };
      // "transféré à Quartier-Morin" moves an office; a transfer is a handover when it goes to an authority.
      // "transferred its team site in Tulus at a ceremony": the mission's own site, moved nowhere, is handed over.
      // ("On Sunday, the Tulus team site was formally transferred at an event …": so is a site a passive's subject.)
      const movedNowhere = !/\b(?:to|into|vers|au|aux|a)\s/.test(object.slice(0, 90).split(/,|;|\s(?:and|et)\s/, 1)[0]!.replace(/\ba\s{1,3}(?:[a-z-]+\s{1,3})?(?:ceremony|ceremonie|event|evenement)\b/g, ''));
      const ownSite = movedNowhere && (/^\s{1,3}(?:its|their|son|sa|ses|leur|leurs)\s{1,3}(?:[a-z-]+\s{1,3}){0,3}?(?:camp|base|team site|site|premises|compound|emprise)s?\b/.test(object) || (passive && siteBefore));
      if (/^transf/.test(p.text) && !ownSite && !/\b(?:to|aux?|a\s{1,3}l'|a\s{1,3}la)\s{0,3}(?:the\s{1,3})?(?:[a-z'-]+\s{1,3}){0,4}?(?:authorit\w*|autorites|government|gouvernement|forces|army|armee|police|state|etat|governor|gouverneur|prefet|prefect|administration|fardc|fama|laf|owner|proprietaire|civil\w*|municipal\w*|ministry|ministere)\b/.test(object.slice(0, 140)) && !/\b(?:to|aux?)\s{1,3}(?:the\s{1,3})?(?:[a-z'-]+\s{1,3}){0,4}?(?:authorit\w*|autorites|government|gouvernement|forces|army|armee|police|state|etat)\b/.test(subject.slice(-80))) return null;
      // Movements of people are not handovers: "troops were transferred to Gao", "returned to Gao"; back to their own country, a repatriation.
      if (/^return/.test(p.text) && PERSONNEL_RE.test(subject.slice(-60)) && !passive && countryAfter(c, p)) return goesHome(c, p);
      if (/^(?:transfer|return|rend|rejoin)/.test(p.text) && PERSONNEL_RE.test(subject.slice(-60)) && !passive && !/^\s{1,3}(?:(?:the|its|their|les|le|la|l'|leur|leurs|son|sa|ses)\s{0,3})?(?:[a-z'-]+\s{1,3}){0,2}?(?:keys|cles|camp|base|site|emprise|premises|compound)\b/.test(object)) return null;
      // "s'est rendue à Star Base": going somewhere; "rendu public": made known; "a rendu hommage au contingent", "rendre visite", "rendre compte": idioms;
      // "rendue à la MINUSTAH": given back to the mission itself, not to the host.
      if (/^rend/.test(p.text) && (/\b(?:s'(?:est|etait|etaient|sont)|se)\s{0,3}$/.test(subject.slice(-12)) || /^\s{1,3}(?:publi(?:c|que|cs|ques)|hommage|homage|visite|compte|service|justice)\b/.test(object))) return null;
      // A contingent's base given back to the mission itself ("formally returned to the United Nations") is no handover to the host: the contingent left it.
      // ("returned, not to Haiti but to the UN mission itself": the recipient after "but", past the clause.)
      // ("restitué la Base General Bacellar, à Tabarre, non pas à l'État haïtien mais aux Nations unies", "returned Base General Bacellar, known as Camp Charlie,
      // to the United Nations": past asides, the first recipient named, when it is the UN and no host's authority comes before it.)
      const recipients = c.folded.slice(p.end, p.end + 140).replace(NOT_TO_BUT, ' ');
      const toTheUn = TO_THE_UN.exec(recipients);
      const backToTheUn = toTheUn !== null && !/[.;]/.test(recipients.slice(0, toTheUn.index)) && !HOST_RECIPIENT.test(recipients.slice(0, toTheUn.index));
      if (backToTheUn) {
        return c.sites.length > 0 ? { type: 'withdrawal_completed', confidence: 0.6, sites: 'any' } : null;
      }
      // "Star Base, the main logistics base …, was officially returned to the Government": a passive's subject is what was returned.
      // ("The base itself had been formally returned to the authorities the day before": the site word is the passive's subject.)
      if (/^(?:return|rend)/.test(p.text) && !SITE_WORD.test(near) && !siteAfter && !objectRefersBack(object) && !(passive && (siteBefore || refersBack(subject.slice(-60))))) return null;
      if (p.nominal && MOVED_CHEAP.test(object) && MOVED_TO.test(object)) return { type: 'site_handed_over', confidence: 0.65, sites: 'any', definite: true, moved: true };
      if (p.nominal && /^\s{1,3}(?:ceremony\s{1,3})?(?:took place|was held|happened|occurred|was completed|was finali[sz]ed|a eu lieu|s'est (?:deroulee|tenue|faite)|est intervenue|est effective|a ete (?:effectuee|realisee|finalisee))\b/.test(object)) {
        return { type: 'site_handed_over', confidence: 0.75, sites: 'any', definite: true };
      }
      // "… ont signé les documents …, actant sa restitution formelle à l'État malien": what the signing recorded.
      if (p.nominal && !siteAfter && /\b(?:actant|enterinant|officialisant|consacrant|formali[sz]ing|sealing|recording)\s{1,3}(?:la|sa|le|son|leur|the|its|their)\s{1,3}(?:[a-z]+\s{1,3})?$/.test(subject.slice(-40))) {
        return { type: 'site_handed_over', confidence: 0.65, sites: 'any', definite: true };
      }
      // "responsable du site jusqu'à sa remise aux autorités le 21 janvier", "until its handover on 21 January": the site the passage is about, on that day.
      if (p.nominal && !siteAfter && /\b(?:its|their|sa|son|leur)\s{1,3}(?:(?:formal|official|final|officielle|definitive)\s{1,3})?$/.test(subject.slice(-25)) && /^\s{1,3}(?:(?:to|aux?|a)\s{1,3}[^,;.]{0,50}?\s)?(?:on|le)\s{1,3}(?:[a-z]+\s{1,3})?\d{1,2}(?:er)?\s/.test(object)) {
        return { type: 'site_handed_over', confidence: 0.7, sites: 'any', definite: true };
      }
      // "Recent handovers included Zalingei, on 6 May, and the Kabkabiya team site, on 20 May": the sites listed, each on its day.
      if (p.nominal && /^s?\s{1,3}(?:included|include|including|comprised|ont (?:notamment )?concerne|comprenaient|incluaient)\b/.test(object)) return { type: 'site_handed_over', confidence: 0.7, sites: 'after' };
      // "a string of handovers to the Government: the Nertiti team site on 22 April; …": the sites the colon lists, each on its day.
      if (p.nominal && PLURAL_EVENT_NOUN.test(p.text) && /^\s?:\s/.test(c.folded.slice(c.end, c.end + 3))) return { type: 'site_handed_over', confidence: 0.7, sites: 'after' };
      // "left the base today, the day after its formal handover to the authorities", "au lendemain de sa remise officielle": the site just named, days before.
      if (p.nominal && !siteAfter && DAYS_AFTER.test(c.folded.slice(c.start, p.start)) && /\b(?:its|their|sa|son|leur)\s{1,3}(?:(?:formal|official|final|officielle|formelle|definitive)\s{1,3})?$/.test(subject.slice(-30))) {
        return { type: 'site_handed_over', confidence: 0.65, sites: 'any', definite: true };
      }
      if (p.nominal && !siteAfter && !SITE_WORD.test(near.slice(0, 30)) && !passive) return null;
      // "The Gao camp is now in the hands of the army", "la base changera de mains": the site is the subject.
      // "Kutum passe au gouvernement de l'État", "Kamanyola went to the national police": the subject changes hands.
      const stateIdiom = /\b(?:hands|mains|control|controle|custody|pavillon|drapeau|autorite)\b|^(?:went|passe|passent|revien|est revenu|retourn|revert)/.test(p.text);
      return { type: 'site_handed_over', confidence: 0.85, sites: p.nominal || passive || stateIdiom || (reduced && objectIsSite && !siteAfter) ? 'any' : 'after', definite: !p.nominal && !passive && /^\s{1,3}(?:[a-z]{2,12}\s{1,3})?(?:the|its|their|le|la|l'|son|sa|leur|ce|cette)\s{0,3}(?:camp|base|site|emprise|premises|compound|keys|cles)\b/.test(object) };
    }
    case 'close': {
      if (/\b(?:road|roads|airport|border|route|airspace|school|account|meeting|session|door|routes?|frontiere|aeroport|espace aerien)\b/.test(near.slice(0, 30))) return null;
      // "the formal close of MINUSMA on 31 December", "la fermeture de la mission": the mission's end, not a site's (but "the closure of the MONUSCO base at Kavumu" is a site's).
      if (/^\s{1,3}(?:(?:final|formal|official|definitive|officielle|formelle)\s{1,3})?(?:of|de|du|de la|d')\s{0,3}(?:the\s{1,3}|la\s{1,3}|l')?(?:mission|operation|force|minusma|monusco|unamid|minuad|unmil|minul|minustah|unifil|finul)\b(?!'s\b|\s{1,3}(?:[a-z-]+\s{1,3})?(?:bases?|camps?|team\s{1,3}sites?|sites?|compounds?|offices?|headquarters|premises)\b)/.test(object)) return null;
      // "the closure of", "la fermeture définitive du camp", "la fermeture officielle, samedi dernier, de sa base" (an aside before the site).
      // ("À Baraka, la fermeture était intervenue le lundi 6 mai", "At Ber, the closure came on Sunday": the place that opens the clause, when the noun's own verb tells it happened.)
      if (p.nominal && NOUN_HAPPENED.test(object) && c.sites.some((x) => x.end <= p.start && x.start >= c.start && FRONTED_PLACE.test(c.folded.slice(c.start, x.start)))) return { type: 'withdrawal_completed', confidence: 0.65, sites: 'any' };
      // ("Après la fermeture des bases … à Kamanyola, Amsar, et Bunyakiri, le 25 avril 2024, celle-ci a procédé à la fermeture d'une base …": closures
      // told as what came before; the day set off before the main clause is the main clause's.)
      if (p.nominal && PRIOR_EVENT_BEFORE.test(subject) && MAIN_CLAUSE_DAY_AFTER.test(object)) return null;
      if (p.nominal) return /^(?:\s{1,3}(?:final|formal|official|definitive|officielle|formelle))?(?:\s{0,3},[^,;.()]{1,30},)?\s{1,3}(?:of|de|du|des|d')\b/.test(object) ? { type: 'withdrawal_completed', confidence: 0.7, sites: 'after' } : null;
      // "The Ogossagou base had closed on 3 August, Ber on 13 August": the subject closed; the sites after are a list of the same.
      const subjectSite = c.sites.filter((x) => x.end <= p.start).pop();
      const intransitive = subjectSite !== undefined && !/[,;]/.test(c.folded.slice(subjectSite.end, p.start)) && !c.sites.some((x) => x.start >= p.end && x.qualifier === 'camp') && /^\s{0,3}(?:on\s|le\s|in\s|en\s|,|yesterday|hier|today|aujourd|this\s|ce\s|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\.|$)/.test(object);
      return { type: 'withdrawal_completed', confidence: 0.75, sites: passive || intransitive ? 'any' : siteAfter ? 'after' : 'any' };
    }
    case 'leave': {
      // "another 140 officers departed for Liberia on Friday", "sont partis pour le Mali": people going in, not out.
      if (GOING_TO_HOST.test(object)) return null;
      // "any environmental damage left by a decade of operations": what was left behind, not a departure.
      if (p.text === 'left' && /^\s{1,3}by\s{1,3}(?!(?:sea|road|air|land|plane|ship|boat|trucks?|helicopters?|aircraft|convoy|rail|train)\b)/.test(object) && !PASSIVE_BEFORE.test(subject)) return null;
      // "les unités des FAMa, parties de Tombouctou, ont pris possession": the host's army moving, not the mission leaving.
      const mover = c.folded.slice(Math.max(c.start, p.start - 100), p.start);
      if (HOST_ARMY.test(mover) && !OWN_PEOPLE.test(mover)) return null;
      // "looters targeted the former UN installations … and left the site": the attackers leaving, not the mission.
      const actor = c.folded.slice(Math.max(c.start, p.start - 160), p.start);
      if (HOSTILE_ACTOR.test(actor) && !OWN_PEOPLE.test(actor.slice(-60))) return null;
      // "the mission's last departing uniformed component", "the 200 departing peacekeepers": an adjective, not a departure told.
      if (p.text === 'departing' && /(?:\b(?:the|its|their|our|his|her|a|last|final|first|latest)|'s|\d)\s{1,3}(?:[a-z]+\s{1,3})?$/.test(subject)) return null;
      // "huit blessés …, tous évacués vers la base de Gao", "the wounded were evacuated": a medical evacuation, not a departure.
      if (/^evacu/.test(p.text) && /\b(?:wounded|injured|casualties|victims|blesses|blessees|victimes|malades|sick)\b/.test(c.folded.slice(Math.max(c.start, p.start - 100), p.end + 40))) return null;
      // "has shed almost 2,000 troops", "a réduit de près de 2 000 le nombre de ses Casques bleus": a head count of people gone.
      if (REDUCE.test(p.text)) {
        // ("Troop levels have already been cut by nearly 2,000", "les effectifs ont été réduits de 2 000": the people in the subject of a passive.)
        // ("Its strength has shrunk by nearly 2,000": or of a verb that needs no passive.)
        const cutLevels = (PASSIVE_BEFORE.test(subject) || /^(?:shr|fell|fallen|dropped|declined)/.test(p.text)) && PEOPLE_LEVELS.test(subject.slice(-100)) ? BY_COUNT.exec(object.slice(0, 60)) : null;
        // ("the reduction had reached nearly 2,000", "la réduction atteint près de 2 000": a count of people gone, in a sentence about the force's numbers.)
        const reached = /^reduction/.test(p.text) && (FORCE_NUMBERS.test(c.folded) || (c.foldedBefore !== null && FORCE_NUMBERS.test(c.foldedBefore))) ? REACHED_COUNT.exec(object.slice(0, 60)) : null;
        const cut = CUT_FIGURE.exec(object.slice(0, 90)) ?? CUT_PEOPLE_BY.exec(object.slice(0, 110)) ?? SHED_PEOPLE.exec(object.slice(0, 60)) ?? cutLevels ?? reached;
        const n = cut ? asCount(cut[1]!) : null;
        return n !== null && !siteAfter ? { type: 'personnel_departed', confidence: 0.65, figure: n, sites: 'none' } : null;
      }
      // "The contingent's equipment had already been shipped home by sea on 30 September": the contingent's cargo on its way home.
      if (!siteAfter && EQUIPMENT.test(subject.slice(-80)) && (c.contingents.length > 0 || c.lastCountry) && /\b(?:by sea|by ship|home|par (?:voie )?(?:mer|maritime)|par bateau)\b/.test(object.slice(0, 40))) {
        return { type: 'convoy_departed', confidence: 0.6, sites: 'none', unit: true };
      }
      // "all evacuated to Gao", "évacués vers Tombouctou": the wounded taken somewhere, not a site left.
      if (/^evacu/.test(p.text) && /^\s{1,3}(?:[a-z]+\s{1,3})?(?:to|vers|towards?|sur|a|au|by air to|par avion vers)\s/.test(object) && !c.sites.some((x) => x.start > p.end && FROM_BEFORE.test(c.folded.slice(Math.max(0, x.start - 30), x.start)))) return null;
      // "tous ont quitté l'hôpital", "left the meeting": not a withdrawal.
      // ("tous sont aujourd'hui stables ou sortis de l'hôpital", "discharged from hospital".)
      if (/^\s{1,3}(?:(?:de|du|from)\s{1,3}|d')?(?:the\s{1,3}|l'|le\s{1,3}|la\s{1,3}|their\s{1,3}|leur\s{1,3})?(?:hospital|hopital|clinic|clinique|meeting|reunion|room|salle|stage|scene|office of|fonctions|post of|poste de)\b/.test(object)) return null;
      // The subject may stand before a relative pronoun: "le dernier convoi, qui avait quitté …".
      // ("since it left the Kidal base": a pronoun's convoy may be named before the clause, but not past a semicolon.)
      // ("460 Egyptian peacekeepers, whose job was to escort logistics convoys, left Gao": the aside is not who left.)
      // (From: the sentence's start for who it is, the clause's for the head count it gives.)
      // ("The peacekeepers, who were withdrawing weeks earlier than planned because of growing insecurity, suffered two other attacks after leaving …": an aside
      // is dropped before the words are counted.)
      const wordsBefore = (from: number) => c.folded.slice(Math.max(from, p.start - 240), p.start).split(';').pop()!.replace(RELATIVE_ASIDE, ',').slice(-120);
      const who = wordsBefore(0);
      // "le camp … est remis ; les derniers Casques bleus sénégalais en partent le lendemain": "en" is the site just named, not the country.
      if (/(?:^|\s)(?:en|s'en)\s{1,3}$/.test(subject) && /^(?:part|quitt|retir|sort)/.test(p.text) && !siteAfter) return { type: 'withdrawal_completed', confidence: 0.65, sites: 'any', definite: true };
      // "Le navire « Sargento Aldea » a appareillé du Cap-Haïtien le 29 juin à destination du Chili, avec à son bord le dernier contingent de 55 militaires chiliens":
      // a ship taking a contingent home.
      // (A port it sails from is no site left: "the port city of Cap-Haïtien, where the ship loaded"; and a ship with no contingent aboard is no event.)
      if (/^(?:sail|appareill|left|leav|depart|quitt)/.test(p.text) && SHIP.test(who.slice(-90))) return c.contingents.some((m) => m.start >= p.end && ABOARD.test(c.folded.slice(p.end, m.start))) ? { type: 'contingent_repatriated', confidence: 0.7, sites: 'none' } : null;
      // "le camp de Mopti a vu partir le 20 septembre les 116 derniers Casques bleus sénégalais, rapatriés vers Dakar": the site saw a contingent's last leave.
      if (/(?:vu|saw|seen)\s{1,3}$/.test(subject.slice(-8)) && /\b(?:(?:a|ont|avait|avaient)\s{1,3}vu|saw|(?:has|have|had)\s{1,3}seen)\s{1,3}$/.test(subject.slice(-16)) && c.contingents.some((m) => m.start >= p.end && LAST.test(c.folded.slice(p.end, m.start)))) {
        return { type: 'contingent_repatriated', confidence: 0.7, sites: 'origin' };
      }
      // "More than 460 Egyptian peacekeepers pulled out of Gao, bound for home": a contingent going home.
      if (headsHome(c, p) || c.contingents.some((m) => m.end <= p.start) && /\b(?:bound for home|for home|headed home|heading home|homeward|back home|to their (?:home )?countr(?:y|ies)|pour rentrer|vers leur pays|pour leur pays)\b/.test(object.slice(0, 120))) {
        return { type: 'contingent_repatriated', confidence: 0.75, sites: 'origin' };
      }
      // "The last convoy reached Gao on 7 November, after leaving the camp on 31 October", "five days after setting off on 25 August": the convoy of the sentence, left earlier.
      const leftEarlier = AFTER_LEAVING.test(c.folded.slice(Math.max(0, p.start - 40), p.start)) && CONVOY.test(c.folded.slice(0, p.start));
      // ("une colonne de véhicules chargés de bagages et de militaires pakistanais a quitté Baraka": the convoy heads a long subject, no verb between.)
      const headFrom = Math.max(c.start, p.start - 140);
      const head = CONVOY_HEAD.exec(c.folded.slice(headFrom, p.start));
      // ("460 Egyptian peacekeepers, who escorted the mission's logistics convoys, left Gao": not a convoy named inside a relative aside.)
      const convoyHead = head !== null && !c.predicates.some((q) => q !== p && !q.nominal && q.start >= headFrom + head.index && q.end <= p.start) && !/,\s{1,3}(?:who|whose|which|qui|dont)\b[^,;]*$/.test(c.folded.slice(Math.max(c.start, headFrom + head.index - 80), headFrom + head.index));
      // "… the last convoy out of Kidal finally reached Gao on Tuesday. It had left the Kidal camp on 31 Oct": the convoy the sentence before was about.
      const convoyPronoun = /^[\s"«]*(?:it|il)\s{1,3}(?:(?:had|has|was|avait|etait|a)\s{1,3})?$/.test(c.folded.slice(c.start, p.start)) && c.foldedBefore !== null && /^[^.;]{0,80}?\bconvo(?:y|i)\b/.test(c.foldedBefore) && (siteAfter || objectRefersBack(object));
      // ("A convoy left Aguelhok on Monday, two days after the mission had quit Tessalit": a clause whose own subject is the mission, with no convoy, is the mission's.)
      const missionItself = MISSION_ITSELF.test(subject) && !CONVOY.test(subject);
      if (convoyPronoun || leftEarlier || convoyHead || (!missionItself && (MOVING_CONVOY.test(who.slice(-60)) || (CONVOY.test(who) && /\b(?:which|that|qui|who)\b/.test(who)))) || (p.nominal && /^\s{1,3}(?:of|du|des|de)\s{1,3}(?:the\s{1,3}|la\s{1,3})?(?:(?:last|first|final|dernier|premier)\s{1,3})?convo/.test(object))) {
        return { type: 'convoy_departed', confidence: 0.85, sites: 'origin' };
      }
      // "150 blue helmets set off from Ogossagou at 5 a.m.", "les soldats ont pris la route de …": people on the road.
      if (/^(?:set(?:s|ting)? (?:off|out)|head(?:ed|s)? out|roll(?:ed|s)? out|mis en route|pris la route)/.test(p.text) && PERSONNEL_RE.test(who) && siteAfter) {
        return { type: 'convoy_departed', confidence: 0.75, sites: 'origin' };
      }
      // "le retrait de cette emprise avait été avancé au dimanche 13 août", "the departure was brought forward to 13 August": moved to that day.
      if (p.nominal && MOVED_CHEAP.test(object) && MOVED_TO.test(object)) return { type: 'withdrawal_completed', confidence: 0.65, sites: 'any', definite: true, moved: true };
      // "le retrait de la MINUSMA de son camp d'Aguelhoc, intervenu lundi": the noun with a verb of occurring.
      // ("À Ber, …, le départ … a finalement eu lieu le dimanche 13", "In Ber, the departure took place on Sunday": the one site the sentence opens on.)
      const fronted = !siteAfter && c.sites.length === 1 && c.sites[0]!.end <= p.start && opensSentence(c.folded, c.sites[0]!);
      if (p.nominal && /^[^.;]{0,80}?,?\s(?:intervenue?|effectuee?|survenue?|which took place|that took place|took place|a(?:\s{1,3}[a-z]+ment)?\s{1,3}eu\s{1,3}lieu|s'est deroulee?|(?:s'est|se\s{1,3}soit)\s{1,3}(?:fait|faite|effectuee?)|was completed)\b/.test(object) && (siteAfter || fronted)) {
        return { type: 'withdrawal_completed', confidence: 0.7, sites: fronted ? 'any' : 'after' };
      }
      // "the departure of the last peacekeepers from Kidal on 31 October", "le départ des derniers Casques bleus de Kidal": the last of them left.
      if (p.nominal && siteAfter && /^\s{1,3}(?:of|des?|du)\s{1,3}(?:(?:the|its|their|les|ses|leurs)\s{1,3})?(?:\d[\d,. ]*\s{1,3})?(?:last|final|remaining|derniers?|dernieres?|ultimes?)\s{1,3}(?:[a-z-]+\s{1,3}){0,2}?(?:peacekeepers|troops|soldiers|personnel|blue helmets|casques bleus|soldats|militaires|elements|contingents?)\b/.test(object)) {
        return { type: 'withdrawal_completed', confidence: 0.65, sites: 'origin' };
      }
      // "Their official departure is set for 25 April", "Leur départ définitif est prévu le 25 avril": the contingent just named goes home that day.
      if (p.nominal && (c.contingents.length > 0 || c.lastCountry) && !siteAfter && /\b(?:their|its|leur|son)\s{1,3}(?:(?:official|final|formal)\s{1,3})?$/.test(subject.slice(-25)) && DEPARTURE_SET_FOR.test(object)) {
        return { type: 'contingent_repatriated', confidence: 0.6, sites: 'none', unit: true };
      }
      // "13 août – Retrait anticipé de Ber", "23 octobre – Départ d'Aguelhok": a line of a timeline, the noun under its day.
      const headed = p.nominal && DAY_HEADING.test(c.folded.slice(0, p.start)) ? c.sites.find((s) => s.start >= p.end) : undefined;
      if (headed && /^\s{0,3}(?:[a-z]+\s{1,3})?(?:of|from|de|d'|du)\s{0,3}(?:(?:the|la|le)\s{1,3}|l')?(?:(?:camp|base|site)\s{1,3}(?:of|at|in|de|d')\s{0,3})?$/.test(c.folded.slice(p.end, headed.start))) {
        return { type: 'withdrawal_completed', confidence: 0.65, sites: 'after' };
      }
      // "after the handover of the Ogossagou base on 3 August, the departure from Ber on 13 August and …": a departure with its site and its own day, in a list of what was done.
      if (p.nominal && NOUN_FROM_SITE_ON_DAY.test(object.slice(0, 70)) && /\b(?:after|since|following|apres|depuis)\b/.test(c.folded.slice(c.start, p.start))) return { type: 'withdrawal_completed', confidence: 0.65, sites: 'after' };
      // "two days after their withdrawal from Tessalit", "trois jours après son départ de Ber": a departure with its site, counted back from the day just told.
      // (Only after a day the sentence gives: "Goundam was closed three days after the departure from Ber" counts from no day.)
      if (p.nominal && siteAfter && DAYS_AFTER.test(c.folded.slice(c.start, p.start)) && c.daySaidBefore && /^\s{1,3}(?:[a-z]+\s{1,3})?(?:from|out of|de|du|d')/.test(object)) return { type: 'withdrawal_completed', confidence: 0.65, sites: 'after' };
      if (p.nominal) return null; // "the withdrawal from Ber": only with an aspect verb or a convoy
      // "Parti de Kidal le 31 octobre, le convoi …": the subject follows the participle.
      // ("Partis de Tessalit le 21 octobre puis d'Aguelhok le 23, leurs véhicules ont rejoint dimanche la grande base": or its vehicles.)
      // ("Having left Ber on Sunday, our convoy was attacked twice": in English, after "having".)
      // ("Partis de Kidal le 31 octobre, ces Casques bleus avaient mis huit jours pour rallier Gao": any determiner, a demonstrative too.)
      // ("After leaving Kidal on 31 October, the convoy was attacked twice", "Après avoir quitté Ber le 13 août, la colonne …": after "after" with a day of its own, read.ts lets it through.)
      if (/^[\s,]*(?:having\s{1,3}|after\s{1,3}|apres\s{1,3}(?:avoir|etre)\s{1,3})?$/.test(subject) && (CONVOY.test(c.folded.slice(p.end, p.end + 140)) || /,\s{1,3}(?:le|la|les|the|nos|our|leurs|their|ses|its|ces|ce|cet|cette|these|those|this|that)\s{1,3}(?:[a-z]+\s{1,3}){0,2}(?:contingent|troops|peacekeepers|casques bleus|soldats|detachement|battalion|bataillon|vehicules|vehicles|camions|trucks)\b/.test(c.folded.slice(p.end, p.end + 80)))) {
        return { type: 'convoy_departed', confidence: 0.75, sites: 'origin' };
      }
      const country = c.contingents.find((m) => m.end <= p.start);
      // "More than 460 Egyptian peacekeepers … left Gao on 28 July": a number of one country's troops, not the last of them, is part of a contingent going home, not the mission leaving the site.
      if (country && siteAfter && !passive && !LAST.test(who) && !MOVING_CONVOY.test(who) && figureIn(who) !== null && new Set(c.contingents.filter((m) => m.end <= p.start).map((m) => m.iso)).size === 1) return { type: 'contingent_repatriated', confidence: 0.65, sites: 'origin' };
      // "218 Chinese peacekeepers are still in the country; they are due to leave officially on 25 April": one country's people leaving, no place named.
      // ("…; they are due to leave": the country named in the clause before, when it is the sentence's only one.)
      const pronoun = THEY_BEFORE.test(who.slice(-50));
      /** The one country the clause ("Chinese peacekeepers … are due to leave"), or for a "they" the sentence before it, named. */
      const oneCountry = (named: CountryMention[]) => (named.length > 0 && new Set(named.map((m) => m.iso)).size === 1 ? named[0]! : null);
      const theirs = () => oneCountry(findCountryMentions(c.text.slice(0, p.start)).filter((m) => m.kind === 'demonym'));
      if (!siteAfter && c.sites.length === 0 && LEAVE_ON_DAY.test(object) && (pronoun || PERSONNEL_RE.test(who.slice(-80)))) {
        if (country && oneCountry(c.contingents)) return { type: 'contingent_repatriated', confidence: 0.65, sites: 'none' };
        const home = !country && pronoun ? theirs() : null;
        if (home) return { type: 'contingent_repatriated', confidence: 0.65, sites: 'none', home };
      }
      const leavesCountry =
        LEAVES_AREA.test(object) ||
        LEAVES_HOST_LAND.test(object) ||
        findCountryMentions(c.text.slice(p.end, p.end + 45)).some((m) => m.kind === 'name');
      if (country && leavesCountry && !siteAfter) return { type: 'contingent_repatriated', confidence: 0.75, sites: 'origin' };
      // "Ce sont les derniers militaires chinois déployés en RDC : ils doivent quitter le pays le 25 avril": "they" are that country's people.
      const home = !country && leavesCountry && !siteAfter && pronoun ? theirs() : null;
      if (home) return { type: 'contingent_repatriated', confidence: 0.6, sites: 'none', home };
      // "Bundeswehr ops command: Our last 142 soldiers left Camp Castor in Gao this afternoon on two A400Ms": "our" are the author's, named before the colon.
      const ours = !country && /(?:^|[:;]\s{0,3})(?:our|nos|notre)\s{1,3}(?:[a-z0-9,]+\s{1,3}){0,3}$/.test(who) && LAST.test(who)
        ? oneCountry(findCountryMentions(c.text.slice(0, c.start)).filter((m) => m.kind === 'demonym'))
        : null;
      if (ours && (/^(?:flew|flown|fly|flies|flying)/.test(p.text) || TAKE_OFF.test(p.text) || /\b(?:aboard|by air|aircraft|plane|flight|for home|homeward|bound for|a bord|par avion|vol|a400ms?|c-130s?)\b/.test(object.slice(0, 80)) || leavesCountry)) {
        return { type: 'contingent_repatriated', confidence: 0.6, sites: 'origin', home: ours };
      }
      // "The last 142 German soldiers left Gao aboard two aircraft": a national contingent going home.
      if (country && LAST.test(who) && (/^(?:flew|flown|fly|flies|flying)/.test(p.text) || TAKE_OFF.test(p.text) || /\b(?:aboard|by air|aircraft|plane|flight|for home|homeward|bound for|a bord|par avion|vol)\b/.test(object.slice(0, 80)))) {
        return { type: 'contingent_repatriated', confidence: 0.7, sites: 'origin' };
      }
      // "took off from Gao", "a décollé de Gao": an aircraft leaving, a step only of a contingent's flight home (above).
      if (TAKE_OFF.test(p.text)) return null;
      // "les 200 derniers soldats nigérians sont partis le 8 février": a contingent's last, with no place.
      // … unless they were posted at the site the passage is about: "the last Senegalese posted there pulled out today",
      // or the verb's object stands for it: "les derniers Casques bleus sénégalais l'ont quitté".
      const postedThere = POSTED_THERE.test(who);
      if (country && LAST.test(who) && !c.sites.length && !postedThere && !objectRefersBack(object) && !cliticBefore(subject)) return { type: 'contingent_repatriated', confidence: 0.7, sites: 'none' };
      // (The head count of this clause: "Kidal is the eighth of its 13 bases to close, and as of Tuesday close to 6,000 … had been withdrawn".)
      const figure = figureIn(wordsBefore(c.start));
      // "The 125 women of the unit flew out on Sunday", "Ses 125 membres ont quitté le pays": the national unit named before goes home.
      // (Not "La MINUSMA indique qu'à ce jour 3 367 de ses membres … ont quitté la mission": the mission's own members, a head count.)
      if (!country && !c.sites.length && (leavesCountry || /^fl/.test(p.text)) && UNIT_MEMBERS.test(who) && !MISSIONS_MEMBERS.test(who)) return { type: 'contingent_repatriated', confidence: 0.65, sites: 'none', unit: true };
      // (Not "Environ 2 000 militaires ont quitté la province": a part of the country is not the mission area left.)
      // ("9,680 of our 12,944 uniformed personnel and 360 of our 927 civilians have left Mali, a total of 10,040 departures": the total given after.)
      // "ses 385 Casques bleus – 225 Uruguayens et 160 Péruviens – sont partis": a head count made of whole contingents, each going home.
      if (figure !== null && !c.sites.length && countedByCountry(c, p.start, figure)) return { type: 'contingent_repatriated', confidence: 0.65, sites: 'none' };
      if (figure !== null && !c.sites.length && !PART_OF_COUNTRY_OBJECT.test(object)) return { type: 'personnel_departed', confidence: 0.75, figure: totalIn(object.slice(0, 80)) ?? figure, sites: 'none' };
      // "has withdrawn some 1,867 military … from Timbuktu": a count of people moved, not the site left (from the country, a head count).
      // ("la mission a retiré du Mali près de 6 000 membres du personnel": the country left first, then the people counted.)
      const landFirst = LEAVES_HOST_LAND.exec(object);
      const counted = landFirst && COUNT_OPENS.test(object.slice(landFirst[0].length)) ? figureIn(object.slice(landFirst[0].length, landFirst[0].length + 60)) : null;
      if (counted !== null && !siteAfter) return { type: 'personnel_departed', confidence: 0.7, figure: counted, sites: 'none' };
      if (COUNT_OPENS.test(object)) {
        const moved = figureIn(object.slice(0, 90));
        const fromCountry = leavesCountry || findCountryMentions(c.text.slice(p.end, Math.min(c.end, p.end + 110))).some((m) => m.kind === 'name');
        return moved !== null && fromCountry && !siteAfter ? { type: 'personnel_departed', confidence: 0.7, figure: moved, sites: 'none' } : null;
      }
      // "moved their vehicles out of Baraka", "évacuer leurs engins de Baraka": equipment on the road.
      if (EQUIPMENT.test(object.slice(0, 40)) && siteAfter) return { type: 'convoy_departed', confidence: 0.7, sites: 'origin' };
      // "personnel and equipment were moved by road out of the Ménaka camp".
      if (passive && EQUIPMENT.test(subject.slice(-60)) && siteAfter && !/^(?:vacat|evacu|abandon|quitt|retir)/.test(p.text)) return { type: 'convoy_departed', confidence: 0.7, sites: 'origin' };
      // "ont quitté les lieux", "pulled out of the base", "l'a quittée": the premises are the site named before.
      const premises = (objectRefersBack(object) || cliticBefore(subject)) && !c.sites.some((s) => s.start >= p.end && s.start - p.end < 30);
      const byAgent = /^\s{1,3}(?:[a-z]{2,12}\s{1,3}){0,2}(?:by|par)\s/.test(object);
      // "the Togolese peacekeepers who had been stationed in Douentza set off southwards".
      // "… who were still posted at the MINUSMA temporary operating base (TOB) of Ogossagou": a few words may name the base first.
      const stationed = STATIONED_WORD.test(c.folded.slice(c.start, p.start)) ? c.sites.find((s) => s.end <= p.start && STATIONED_AT.test(c.folded.slice(Math.max(0, s.start - 90), s.start))) : undefined;
      if (stationed && !siteAfter && PERSONNEL_RE.test(subject.slice(-250)) && /^\s{0,3}(?:[,.;]|$|[a-z]+wards?\b|today|yesterday|on\s|early|for\s|pour\s|vers\s|hier|ce\s|le\s\d)/.test(object)) {
        const lastOnes = c.folded.slice(Math.max(c.start, stationed.start - 120), stationed.start);
        return { type: LAST.test(lastOnes) || /\b(?:still|encore|restants?)\b/.test(lastOnes) ? 'withdrawal_completed' : 'convoy_departed', confidence: 0.7, sites: 'any' };
      }
      // "The Togolese blue helmets who had been based there moved further south the following day": the site named before.
      // ("The last Senegalese peacekeepers posted there pulled out today": the last of them leaving is the site left.)
      if (!siteAfter && !siteBefore && POSTED_THERE.test(who) && PERSONNEL_RE.test(who) && /^(?:mov|head|set|left|depart|quitt|parti|pull)/.test(p.text)) {
        // ("The Burkinabe blue helmets who held the position pulled out on Sunday": so do those who held it.)
        const wholeGarrison = LAST.test(who) || /\b(?:held|manned|occupied|tenaient|tenait|occupaient|occupait)\b/.test(who);
        return { type: wholeGarrison && /^(?:left|depart|quitt|parti|pull)/.test(p.text) ? 'withdrawal_completed' : 'convoy_departed', confidence: 0.65, sites: 'any', definite: true };
      }
      // "The last Senegalese peacekeepers posted at Ogossagou pulled out today": no object, the site is in the subject.
      // ("Le personnel qui restait encore au camp d'Amachach est parti samedi": those who remained are the last.)
      const intransitive = (LAST.test(subject.slice(-200)) || REMAINED.test(subject.slice(-200))) && ADVERBIAL_THEN.test(object);
      // "31 octobre – Kidal : les derniers Casques bleus quittent le camp": the camp named before.
      if (premises && !siteAfter && !siteBefore && (LAST.test(who) || MISSION_SUBJECT.test(who))) return { type: 'withdrawal_completed', confidence: 0.7, sites: 'any', definite: true };
      // "Its last occupants left on Tuesday": the last people of the site the passage is about, with no place named.
      // "À Mikenge, …, les derniers Casques bleus étaient partis": a place that opens the clause is where it happened, not a destination.
      const origins = c.sites.filter((s) => !routeEnd(c.folded, s) || SITE_NOUN_AT.test(c.folded.slice(Math.max(0, s.start - 40), s.start)) || (/^[\s"«•:-]*(?:a|au|in|at)\s{1,3}$/.test(c.folded.slice(c.start, s.start)) && /^\s{0,2},/.test(c.folded.slice(s.end, s.end + 3))));
      if (intransitive && origins.length === 0 && PERSONNEL_RE.test(who.slice(-60))) return { type: 'withdrawal_completed', confidence: 0.65, sites: 'any', definite: true };
      // "the Ber camp, which the Mission vacated on 12 August": the object stands before the verb.
      const relativeObject = !siteAfter && relativeObjectSite(c.folded, c.sites, c.start, p.start, p.end) !== null;
      if (!siteAfter && !((passive || premises || byAgent || intransitive || relativeObject) && siteBefore)) return null;
      const strong = /^(?:vacat|evacu|withdr|pull|abandon|quitt|retir|desengag|replie|se replie|moved out|quit)/.test(p.text);
      // "The personnel who remained in Tessalit until the end left the camp": the people of the site leaving it.
      const ownPeople = premises && siteBefore && STATIONED_WORD.test(who) && PERSONNEL_RE.test(who);
      // ("The peacekeepers are withdrawing weeks earlier than planned. They suffered two other IED attacks after leaving their base in Kidal on Oct. 31": "they" are the peacekeepers just named.)
      const theyThePeacekeepers = /^[\s"«]*(?:they|ils|elles)\s/.test(who) && c.foldedBefore !== null && MISSION_SUBJECT.test(c.foldedBefore) && !c.lastCountry;
      if (strong || ownPeople || LAST.test(who) || MISSION_SUBJECT.test(who) || theyThePeacekeepers) {
        if (/\b(?:first|premiers?|premieres?|initial)\b/.test(who)) return null;
        return { type: 'withdrawal_completed', confidence: strong ? 0.8 : 0.75, sites: passive || premises || byAgent || intransitive || relativeObject ? 'any' : 'origin' };
      }
      return null;
    }
    case 'arrive': {
      // "ils ont dû rejoindre par la route le convoi venu de Tessalit": joining a convoy is not arriving anywhere.
      if (/^[^.;]{0,80}?\b(?:the|le|la|leur|their|un|a)\s{1,3}(?:convoy|convoi|column|colonne|group|groupe|unit|unite)\b/.test(object) && !c.sites.some((x) => x.start > p.end && x.start - p.end < 25)) return null;
      // "The last Togolese peacekeepers landed in Lomé": a contingent arriving home.
      const home = c.contingents.length > 0 || c.lastCountry ? goesHome(c, p) : null;
      if (home) return home;
      // "A second flight carrying 204 members of Brazil's 26th contingent from Haiti landed last night at São Paulo air base": from abroad, home.
      const abroad = c.contingents.some((m) => m.end <= p.start) && FROM_HOST_LAND.test(subject.slice(-120));
      if (abroad && !c.sites.some((s) => s.start > p.end)) return { type: 'contingent_repatriated', confidence: 0.65, sites: 'none' };
      // "A team of 140 Chinese peacekeepers landed in Hangzhou late on Sunday after completing a yearlong UN mission in Liberia": home, after the tour.
      if (c.contingents.some((m) => m.end <= p.start) && !c.sites.length && TOUR_DONE_AFTER.test(c.folded.slice(p.end, p.end + 160).split(/[.;]/, 1)[0]!) && !GOING_TO_HOST.test(object)) return { type: 'contingent_repatriated', confidence: 0.6, sites: 'none' };
      // A flight landing is a convoy's arrival only when it left a site: "the last flight out of Kidal landed in Gao".
      if (LANDED.test(p.text) && !c.sites.some((s) => s.end <= p.start && FROM_BEFORE.test(c.folded.slice(Math.max(0, s.start - 30), s.start)))) return null;
      // A convoy arrives; so do troops who left a site in the same sentence ("set off from X … and reached Mopti").
      // "150 peacekeepers travelling by road from Ogossagou have reached Mopti".
      const travelled = /\b(?:travel|coming|moving|returning|provenance|venus?|venant)/.test(subject) && PERSONNEL_RE.test(subject.slice(-200)) && c.sites.some((s) => s.end <= p.start && /\b(?:travell?ing|coming|moving|returning|en provenance|venus?|venant)\s{1,3}(?:(?:by|par)\s{1,3}(?:road|air|la route|avion|voie\s{1,3}\w+)\s{1,3})?(?:from|de|d'|du)\s{0,3}(?:the\s{1,3})?$/.test(c.folded.slice(Math.max(0, s.start - 50), s.start)));
      const movedPeople =
        travelled ||
        PERSONNEL_RE.test(subject.slice(-200)) &&
        !/\b(?:new|fresh|incoming|relief|nouveaux?|nouvelles?|releve)\b/.test(subject.slice(-200)) &&
        c.predicates.some((q) => q.family === 'leave' && !q.nominal && q.end <= p.start && c.sites.some((s) => s.start >= q.end && s.end <= p.start));
      // "The last peacekeepers left the base the same day and reached Gao by evening": people leaving the site the passage is about, then arriving.
      const leftTheSite =
        PERSONNEL_RE.test(subject.slice(-200)) &&
        c.predicates.some((q) => q.family === 'leave' && !q.nominal && q.end <= p.start && objectRefersBack(c.folded.slice(q.end, p.start)) && /\b(?:and|et)\s{1,3}(?:[a-z]+\s{1,3})?$/.test(c.folded.slice(q.end, p.start)));
      // "A column set off from Kidal on 31 October. It reached Gao on 2 November.": the convoy of the sentence before.
      const priorConvoy = c.convoyBefore && (PRONOUN_SUBJECT.test(subject) || DEFINITE_CONVOY.test(subject.slice(-60))) && c.sites.some((s) => s.start >= p.end && s.start - p.end < 20);
      // "les derniers Casques bleus qui y stationnaient sont arrivés à Gao": the people of the site the passage is about.
      // ("le dernier vol en provenance de Kidal s'était posé à Gao": a flight, in French, when it lands.)
      const flight = LANDED.test(p.text) && /\b(?:vols?|avions?|appareils?)\b/.test(c.folded.slice(Math.max(c.start, p.start - 80), p.start));
      // ("Le dernier des convois de la Mission multidimensionnelle intégrée … (MINUSMA) à avoir quitté le camp de Ménaka … est arrivé": a long subject of its clause.)
      const convoySubject = CONVOY.test(c.folded.slice(Math.max(0, p.start - 120), c.end)) || CONVOY.test(c.folded.slice(Math.max(c.start, p.start - 260), p.start)) || OWN_VEHICLES_SUBJECT.test(subject.slice(-60));
      if (leftTheSite && !convoySubject) return { type: 'convoy_arrived', confidence: 0.65, sites: 'origin', definite: true };
      if (!convoySubject && !flight && !movedPeople && !priorConvoy) {
        const postedAt = c.sites.some((x) => x.end <= p.start && stationedAt(c.folded, x));
        return (POSTED_THERE.test(subject.slice(-150)) || postedAt) && PERSONNEL_RE.test(subject.slice(-150)) ? { type: 'convoy_arrived', confidence: 0.65, sites: 'origin', definite: true } : null;
      }
      return { type: 'convoy_arrived', confidence: priorConvoy ? 0.65 : 0.75, sites: 'origin', priorConvoy };
    }
    case 'repatriate': {
      // "the repatriated equipment of the Brazilian contingent is shipped out": a participle describing goods, not people going home.
      // ("the repatriation of equipment from Chadian peacekeepers", "le rapatriement du matériel": the noun's goods.)
      if (/^(?:repatriated|rapatrie(?:e|s|es)?|repatriation|rapatriement)$/.test(p.text) && EQUIPMENT.test(object.slice(0, 25)) && !PERSONNEL_RE.test(object.slice(0, 25))) return null;
      // "Lubetkin, who returned from the United States on Friday": the country come back from is not the contingent's.
      const cameFrom = (m: { start: number }) => m.start >= p.end && /^\s{0,3}(?:the\s{1,3})?$/.test(c.folded.slice(p.end, m.start)) && /from$/.test(p.text);
      // ("… have been sent home, along with 81 international staff, bringing total departures to 3,367": the total given after.)
      const figure = totalIn(object.slice(0, 160)) ?? figureIn(subject.slice(-120)) ?? figureIn(object.slice(0, 60));
      // "les Casques bleus sénégalais sont rentrés au Sénégal": back to a country is home only when it is the contingent's own.
      // ("ont été accueillis à Lomé par leurs familles": welcomed in their own capital.)
      if (/^(?:rentr|regagn|retourn|went|gone|flew|flown|headed|came|sailed|travel|accueilli)/.test(p.text) && !/\b(?:home|pays|chez)\b/.test(p.text)) return goesHome(c, p);
      if (c.contingents.some((m) => !cameFrom(m))) return { type: 'contingent_repatriated', confidence: 0.75, sites: 'origin' };
      // "le retour au Brésil de l'arrière-garde", "back to Uruguay": the country they go home to;
      // "Ont ainsi retrouvé le sol togolais … les 650 Casques bleus": the soil the verb names.
      const soil = /\bsol\b/.test(p.text) ? findCountryMentions(c.text.slice(p.start, p.end)).find((m) => m.kind === 'demonym') : undefined;
      const home = countryAfter(c, p) ?? (soil && { ...soil, start: soil.start + p.start, end: soil.end + p.start });
      if (home) return { type: 'contingent_repatriated', confidence: 0.65, sites: 'none', home };
      // "About 90 per cent of the soldiers are to fly home" after a sentence about the Brazilian battalion: that contingent.
      if (c.lastCountry && /home|pays|chez/.test(p.text) && PERSONNEL_RE.test(subject.slice(-120))) return { type: 'contingent_repatriated', confidence: 0.6, sites: 'none', unit: true };
      if (figure !== null) return { type: 'personnel_departed', confidence: 0.7, figure, sites: 'none' };
      return null;
    }
    case 'destroy': {
      const clause = c.folded.slice(c.start, c.end);
      // "tanks destroyed the main gate of a UN position": damage done to the mission is an incident.
      if (/^\s{1,3}(?:the\s{1,3}|a\s{1,3}|le\s{1,3}|la\s{1,3}|l'|les\s{1,3})?(?:[a-z-]+\s{1,3})?(?:gates?|walls?|fences?|perimeter|barriers?|watchtowers?|portails?|murs?|clotures?|barrieres?|guerites?|miradors?)\b/.test(object) && !OWN_PEOPLE.test(subject)) return { type: 'incident', confidence: 0.7, sites: 'any' };
      if (!EQUIPMENT.test(clause)) return null;
      if (c.predicates.some((q) => q.family === 'attack')) return null;
      // "l'armée libanaise … a détruit 370 caches d'armes": another force's work, not the mission's equipment.
      if (/\b(?:army|armee|armed forces|forces armees|fardc|fama|laf|military|militaires? (?:libanais|maliens?|congolais))\b/.test(subject.slice(-120)) && !OWN_PEOPLE.test(subject.slice(-60))) return null;
      if (/\b(?:caches?|stocks?|depots?)\s{1,3}(?:of|d'|de)\s{0,3}(?:illegal\s{1,3})?(?:armes?|weapons|arms|munitions)\b/.test(object.slice(0, 60))) return null;
      return { type: 'equipment_destroyed', confidence: 0.7, sites: 'any' };
    }
    case 'dispose':
      // "explosive ordnance disposal": clearing ammunition, not giving assets away.
      if (/\b(?:ordnance|munitions?|mines?|explosives?|waste|dechets)\s{1,3}$/.test(subject.slice(-20))) return null;
      // "the liquidation that followed involved shutting several sites …, disposing of UN assets": the work a phase entails, no event of a day.
      if (WORK_ENTAILED.test(p.text) && ENTAILED_BEFORE.test(subject.slice(-120))) return null;
      // ("The package included a generator …": the goods of the handover just told, at its site.)
      if (GOODS_HELD.test(p.text)) return { type: 'asset_disposal', confidence: 0.6, sites: 'any', definite: true };
      return { type: 'asset_disposal', confidence: 0.65, sites: 'any' };
    case 'assess':
      // "cleaned up fuel spills at the camp", "les sols du camp ont été dépollués": a clean-up of the site, not of a street or a town.
      if (!p.nominal && !/^environ/.test(p.text) && !ENVIRONMENT_MATTER.test(c.folded.slice(c.start, c.end)) && !c.sites.some((s) => s.qualifier === 'camp') && !SITE_WORD.test(near)) return null;
      return { type: 'environmental_assessment', confidence: 0.75, sites: 'any', definite: true };
    case 'attack': {
      // "The convoy carrying its personnel drove into Timbuktu that same day, without incident": our convoy going somewhere, not an attack.
      // ("the Ivorian company and the 140 police officers who had manned it drove into Timbuktu": our people, by their post.)
      if (/^drove/.test(p.text) && (CONVOY.test(subject.slice(-100)) || MANNED_IT.test(subject.slice(-100))) && !HOSTILE_ACTOR.test(subject.slice(-100))) return null;
      // "après une semaine d'un trajet éprouvant marqué par des attaques répétées", "a journey punctuated by attacks": a summary, not an attack of that day.
      if (/\b(?:marquee?s?|emaillee?s?|jalonnee?s?|ponctuee?s?)\s{1,3}(?:par|de)\s{1,3}(?:des\s{1,3}|d'|de\s{1,3})?$|\b(?:marked|punctuated|dogged|beset)\s{1,3}by\s{1,3}(?:repeated\s{1,3}|multiple\s{1,3}|several\s{1,3})?$/.test(c.folded.slice(Math.max(c.start, p.start - 40), p.start))) return null;
      // "Le Hezbollah se joint aux attaques iraniennes contre Israël": an attack that touches neither the mission's people, places nor convoys.
      // (But "On Friday another blast wounded seven more", after a sentence of the convoy's: one more of the attacks just told.)
      if (!MISSION_TOUCHED.test(c.folded) && !/\bU\.?N\.?\b/.test(c.text) && c.sites.length === 0 && !onTheRoad(c.foldedBefore) && !(FURTHER_ATTACK.test(c.folded) && c.foldedBefore !== null && MISSION_TOUCHED.test(c.foldedBefore))) return null;
      // "accused the army of attacking its positions": an accusation reports nothing.
      if (/\baccus\w*\b[^.;]{0,80}\b(?:of|d'avoir|de)\s{1,3}(?:[a-z]+\s{1,3})?$/.test(subject)) return null;
      // "It said six soldiers had been killed in clashes near Ber", "Troops advancing from Timbuktu reported harassing fire", after "The Malian
      // army said …": the host army's fight, when nothing of the mission's (its people, a convoy, a camp) is named.
      if (c.foldedBefore !== null && HOST_ARMY.test(c.foldedBefore.slice(0, 80)) && !OWN_PEOPLE.test(c.folded) && !CONVOY.test(c.folded) && !SITE_WORD.test(c.folded) && !/\b(?:patrols?|patrouilles?|positions?|posts?|postes?|casque bleu|peacekeeper)\b/.test(c.folded) && !c.sites.some((s) => s.qualifier === 'camp')) return null;
      // "at a ceremony honouring 31 of their comrades killed in the country", "en hommage aux Casques bleus tués": a memorial, not an attack.
      if (/^(?:kill|tue|wound|bless|injur)/.test(p.text) && /\b(?:honou?ring|in (?:memory|honou?r) of|commemorat\w*|tribute to|hommage|en memoire|a la memoire)\b[^.;]{0,80}$/.test(subject)) return null;
      // "Les FAMa, qui affirment avoir essuyé des tirs": the host's army under fire is not the withdrawal's incident.
      if (HOST_ARMY.test(subject.slice(-100)) && !OWN_PEOPLE.test(subject.slice(-100)) && !CONVOY.test(subject.slice(-100))) return null;
      // "JNIM later claims one of the attacks", "a revendiqué l'attaque": a claim of an attack already told.
      if (/claim|revendiqu/.test(subject) && /\b(?:claim(?:s|ed|ing)?|revendiqu\w*)\s{1,3}(?:responsibility\s{1,3}for\s{1,3}|la\s{1,3}responsabilite\s{1,3}(?:de|d')\s{0,3})?(?:[a-z']+\s{1,3}){0,3}$/.test(subject.slice(-60))) return null;
      // "la mission a revu son bilan à la hausse et fait désormais état de quatre blessés", "d'après un nouveau bilan, quatre Casques
      // bleus ont été blessés": a toll updated, not a new incident.
      if (/^(?:bless|wound|injur|kill|tue)/.test(p.text) && /bilan|toll/.test(c.folded.slice(c.start, c.end)) && /\b(?:bilan|toll)\b[^.;]{0,60}\b(?:revu|revise|updated|raised|a la hausse|upward|alourdi)|\b(?:revu|revise|updated|raised)\s{1,3}(?:son|its|the|le)\s{1,3}(?:bilan|toll)|\bnouveau\s{1,3}bilan\b|\b(?:updated|new|latest|revised)\s{1,3}(?:casualty\s{1,3})?toll\b/.test(c.folded.slice(c.start, c.end))) return null;
      // "… and the looting went on into Saturday", "le pillage s'est poursuivi samedi": the incident just told, still going on, is no new one.
      if (/\b(?:the|this|le|la|les|l'|ce|cette|ces)\s{0,3}$/.test(subject.slice(-8)) && CONTINUED_AFTER.test(object)) return null;
      // "l'un des blessés de mercredi", "the wounded were flown out", "said the injuries were inadvertent": people of an incident already told.
      if (/^(?:blesses?|blessees?|tues?|wounded|injured|injuries|killed)$/.test(p.text) && /\b(?:les|des|aux|the|their)\s{1,3}(?:(?:premiers|derniers|autres|first|other|last)\s{1,3})?$/.test(subject)) return null;
      // "an exchange of fire in the town of Tessalit between the army and armed groups", "des échanges de tirs ont opposé l'armée et des groupes armés":
      // a fight of two others, when none of the mission's people or convoys is named.
      const clause = c.folded.slice(c.start, c.end);
      const fight = FIGHT_OF_OTHERS.exec(c.folded.slice(p.start, p.end + 120));
      const fought = fight ? c.folded.slice(c.start, p.start + fight.index + fight[0].length) : '';
      if (fight && !OWN_PEOPLE.test(fought) && !CONVOY.test(fought)) return null;
      // "un entrepôt du Programme alimentaire mondial a été attaqué": another agency's loss, not the withdrawal's.
      if (OTHER_AGENCY.test(clause) && !OWN_PEOPLE.test(clause) && !CONVOY.test(clause)) return null;
      return { type: 'incident', confidence: 0.75, sites: 'any' };
    }
    case 'takeover':
      // Only the host's authorities take over a site from the mission; an armed group seizing it is an incident.
      // ("First Lady Clar Marie Weah yesterday received the Star Base facilities … on behalf of the government": or on their behalf.)
      // ("Kamanyola, taken over by the Congolese National Police on 28 February": the host's authority as the passive's agent, the site before it.)
      // (Not after a handover the sentence already told: "the first handover came on 28 February at Kamanyola, taken over by the police".)
      const takenBy = /^taken$/.test(p.text.split(/\s/, 1)[0]!) && TAKEN_BY_HOST.test(object.slice(0, 80)) && !c.predicates.some((q) => q.family === 'handover' && q.end <= p.start);
      if (takenBy) return { type: 'site_handed_over', confidence: 0.7, sites: 'any' };
      if (!/\b(?:authorit\w*|government|army|armed forces|police|state|governor|military|gouvernement|armee|forces armees|fardc|fama|laf|etat|gouverneur|autorites)\b/.test(subject) && !/\b(?:on behalf of the (?:government|state|authorities)|au nom (?:du gouvernement|de l'etat|des autorites))\b/.test(object.slice(0, 160))) return null;
      // ("The Malian army said it took over the camp the same day", "l'armée a affirmé avoir repris le camp": its own claim, no formal transfer; labels: left_without_handover.)
      if (CLAIMED_BEFORE.test(subject.slice(-80))) return null;
      return { type: 'site_handed_over', confidence: 0.75, sites: 'after' };
    case 'follow':
      return { type: 'other', confidence: 0.65, sites: 'any', follows: true };
  }
}

// ---------------------------------------------------------------------------------------------
// Sentences

interface SentenceState {
  /** The one site the text named last, for "the camp" in a later clause or sentence. */
  antecedent: SiteMention | null;
  /** The day of the last event told, when long before the release: the year of a year-less day in a story told long after (dates.ts). */
  story: CalendarDate | null;
  /** The distinct sites the sentence before named, for "ces deux bases", "both camps". */
  lastSites: SiteMention[];
  /** The day of the last event proposed, for "that day", "ce jour-là". */
  lastDate: CalendarDate | null;
  /** The last day the sentence before gave in a main clause, for "That day" when it proposed nothing ("… completed its withdrawal from the country on 28 June. That day, Star Base …"). */
  lastSaid: (() => CalendarDate | null) | null;
  /** The sites the release has reported troops or convoys leaving, for "the convoy was hit again". */
  leftFrom: Map<number, SiteMention>;
  /** The site the release last reported handed over, for "along with the camp go assets …". */
  handedOver: SiteMention | null;
  /** The one country whose contingent the last sentence naming one named, for "the members of the unit". */
  lastCountry: CountryMention | null;
  /** The site the last convoy reported left, and in which sentence (counted by `sentence`). */
  convoy: { site: SiteMention; sentence: number } | null;
  /** The site the release last reported people or convoys leaving, and in which sentence. */
  lastLeft: { site: SiteMention; sentence: number; date: CalendarDate } | null;
  /** The type of the last proposal of the sentence before, for "Mukjar followed on 4 November". */
  previousType: MilestoneType | null;
  /** The one day of what the sentence before reported, if it reported anything done on one day. */
  previousDay: CalendarDate | null;
  /** "Samedi 21 octobre - Douentza." heading its paragraph: the day of every event after it in that paragraph that has none. */
  paragraphDay: FoundDate | null;
  /** The day of the last event done at each site so far, for "trois jours après le départ de Ber". */
  siteDays: Map<number, CalendarDate>;
  /** The sentence `lastDate` was set in. */
  lastDateSentence: number;
  /** The last few sentences since the last event, for a day said before them all. */
  quiet: string[];
  /** The day the last sentence said something was told ("a déclaré mardi"), for a figure the next one adds ("a-t-elle précisé"). */
  toldDay: { date: CalendarDate; sentence: number } | null;
  /** The one day a sentence says a statement was made ("said in a statement on Friday.", "C'est ce qu'indique un communiqué publié vendredi."): the day of a quote that opens the next sentence. */
  statementDay: { date: CalendarDate; sentence: number } | null;
  /** A site-level event the last sentence dated but named no site for ("handed one of its last camps to the authorities on Friday"). */
  siteless: { type: MilestoneType; date: CalendarDate; sentence: number } | null;
  /** The host State's ISO code, never a contingent ("More than 460 peacekeepers … have left Mali"). */
  host: string | null;
  /** The sentence before, folded: did it tell of a convoy on the road ("la colonne … six engins ont jalonné son parcours")? */
  foldedBefore: string | null;
  sentence: number;
}

/** A site handed over with its equipment: "along with generators and vehicles", "and with it a fleet of vehicles", "ainsi que des véhicules", "ainsi qu'un parc de véhicules". */
const BUNDLED = new RegExp(
  `\\b(?:(?:along with|together with|and with it|with it|avec (?:lui|elle)|ainsi que|de meme que)\\s{1,3}|(?:ainsi|de meme) qu')(?:[a-z0-9,'$.-]+\\s{1,3}){0,6}?${EQUIPMENT.source}`,
);

/** A counted object announcing a list: "two more locations", "its last three camps", "quatre emprises". */
const COUNTED_OBJECT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|deux|trois|quatre|cinq|sept|huit|neuf|dix)\s{1,3}(?:more\s{1,3}|other\s{1,3}|last\s{1,3}|autres\s{1,3}|derniers?\s{1,3}|dernieres?\s{1,3})?(?:[a-z-]+\s{1,3})?(?:locations|sites|camps|bases|team sites|facilities|installations|emprises|positions|premises)\b/;

/** At the ceremony just told: "lors de la cérémonie", "at Monday's ceremony", "during the same ceremony". */
const AT_THE_CEREMONY = "(?:lors de|au cours de|a l'occasion de|pendant) (?:la|cette) (?:meme )?ceremonie|(?:at|during) (?:the|this|that|[a-z]+'s) (?:same )?ceremony";
/** The event just told, by a plain noun: "during the event", "au cours de cet événement" (its day, not its site: goods given there may be the mission's). */
const AT_THE_EVENT = "(?:lors de|au cours de|pendant) (?:l'|cet )evenement|(?:lors de|au cours de|pendant) (?:la|cette) manifestation|(?:at|during) (?:the|this|that) (?:same )?(?:event|closing event)";
/** With the site handed over: "along with the premises", "avec les locaux". */
const WITH_THE_PREMISES = '(?:(?:along|together) )?with the (?:premises|camp|base|site|compound)\\b|avec (?:les (?:locaux|lieux|batiments|installations)|le camp|la base|le site)\\b';

/** Where the passage's site is meant without its name. */
const AT_THE_SITE = new RegExp(
  `\\b(?:(?:property|assets|equipment|items|materiel|stocks|biens)\\s{1,3}(?:[a-z-]+\\s{1,3}){0,2}there|sur place|sur le site|on site|at the site|${AT_THE_CEREMONY}|${WITH_THE_PREMISES}|le meme jour|that same day|the same day|(?:facilities|installations|property|assets)\\s{1,3}(?:turned|handed)\\s{1,3}over\\s{1,3}(?:on\\s{1,3})?that\\s{1,3}day|(?:installations|biens)\\s{1,3}(?:remis|remises|cedes|cedees)\\s{1,3}ce\\s{1,3}jour-la)\\b|\\by\\s{1,3}(?:a|ont)\\s{1,3}ete\\b`,
);

/** After an incident's noun, that it went on: "went on into Saturday", "continued overnight", "s'est poursuivi samedi". */
const CONTINUED_AFTER = /^\s{1,3}(?:(?:also|then|still|alors|encore)\s{1,3})?(?:went\s{1,3}on|continued|carried\s{1,3}on|persisted|dragged\s{1,3}on|(?:s'est|se\s{1,3}sont)\s{1,3}poursuivie?s?|(?:a|ont)\s{1,3}continue|(?:s'est|se\s{1,3}sont)\s{1,3}prolongee?s?)\b/;

/** The occasion just told: "ce jour-là", "à cette occasion", "that day", "Tuesday's handover also covered", "the items handed over". */
const ON_THAT_OCCASION = /\b(?:ce\s{1,3}jour-la|that\s{1,3}day|a\s{1,3}cette\s{1,3}occasion|on\s{1,3}(?:that|this|the\s{1,3}same)\s{1,3}occasion|(?:[a-z]+day's|the)\s{1,3}handover\s{1,3}(?:also\s{1,3})?(?:covered|included)|items\s{1,3}handed\s{1,3}over)\b/;

/** Leaving by a mode of transport on the ground. */
const BY_ROAD = /\b(?:in\s{1,3}(?:a\s{1,3})?(?:(?:land|road|final|last)\s{1,3})?convoys?|a\s{1,3}bord\s{1,3}d'un\s{1,3}(?:(?:ultime|dernier)\s{1,3})?convoi|by\s{1,3}(?:road|convoy)|en\s{1,3}convoi|par\s{1,3}(?:la\s{1,3})?route|par\s{1,3}voie\s{1,3}terrestre|convois?\s{1,3}terrestres?|road\s{1,3}convoys?)\b/;

/** An incident on the road out: "the convoy", "la colonne", "on the way", "a similar blast". */
const ON_THE_ROAD = /\b(?:convoys?|convois?|columns?|colonnes?|on the road|on the way|along the way|en route|sur la route|sur son trajet|(?:son|leur|its|their) (?:parcours|trajet|itineraire|journey|route)|similar|such|de ce (?:genre|type)|du meme type)\b/;
/** Whether a sentence (folded; none before the first) tells of a convoy on the road. */
const onTheRoad = (folded: string | null): boolean => folded !== null && ON_THE_ROAD.test(folded);

/** "le jour même du départ", "on the day of the departure". */
const DAY_OF_DEPARTURE = /\b(?:le\s{1,3}jour\s{1,3}(?:meme\s{1,3})?du\s{1,3}depart|(?:on\s{1,3})?the\s{1,3}(?:very\s{1,3})?day\s{1,3}of\s{1,3}(?:the|its|their)\s{1,3}departure)\b/;
const SAME_DAY = /\b(?:that (?:morning|afternoon|evening)|en fin de journee|en fin d'apres-midi|dans la journee|au cours de la journee|in the course of the day|during the day|at the end of the day|late in the day|ce (?:matin|soir)-la|un peu plus tard|peu apres|later that day|plus tard dans la journee|at that (?:point|time|date)|by then|by that (?:point|time|date)|a cette date|a ce moment-la|dans la foulee|(?:immediately|straight|right|shortly) (?:afterwards|after that|thereafter)|that day|the same day|that same day|the very same day|same day|the same night|that night|the same morning|ce jour-la|le meme jour|le jour meme|le matin meme|la meme nuit|cette nuit-la)\b/;
/** Between an attack's verb and the camp it hit: "struck", a day ("a frappé mercredi après-midi Camp Shamrock"), an article. */
const HIT_OBJECT_BEFORE = new RegExp(
  `^\\s{1,3}(?:(?:struck|hit|targeted|attacked|shelled|landed (?:in|on|inside)|fell (?:in|on|inside)|a frappe|a touche|a vise|ont frappe|ont touche)\\s{1,3})?(?:(?:on\\s{1,3})?(?:${WEEKDAY_PATTERN}|hier|yesterday|today)(?:\\s{1,3}(?:apres-midi|matin|soir|morning|afternoon|evening|night))?\\s{1,3})?(?:the|its|our|their|a|an|le|la|l'|un|une|notre|leur)?\\s{0,3}$`,
);
/** A line that is only a weekday ("Samedi."), heading its paragraph. */
const WEEKDAY_LINE = new RegExp(`^[\\s•·*-]{0,3}(?:${WEEKDAY_PATTERN})\\b`);

/** A part of a camp an attack may hit: "an observation tower", "une autre tour", "the main gate", "le portail". */
const SITE_PART = /\b(?:(?:observation|watch|guard)\s{0,3}towers?|watchtowers?|tours?\s{1,3}(?:d'observation|de guet|de garde)|(?:une|l')\s{0,3}autre\s{1,3}tour|(?:main|front)\s{1,3}gate|(?:le|son)\s{1,3}portail|perimeter\s{1,3}(?:wall|fence)|mur\s{1,3}d'enceinte)\b/;

const PART_OF_SITE = new RegExp(`(?:${SITE_PART.source})\\s{1,3}(?:of|at|in|inside|du|de|d'|au)\\s{0,3}(?:the\\s{1,3}|la\\s{1,3}|le\\s{1,3}|l')?(?:[a-z'-]+\\s{1,3}){0,3}$`);

/** A verb's object that is sites in general: "hands back its positions", "remet ses bases". */
const GENERIC_SITES_OBJECT = /^\s{1,3}(?:(?:back|over)\s{1,3})?(?:its|their|ses|leurs|les)\s{1,3}(?:[a-z-]+\s{1,3})?(?:positions|bases|camps|sites|emprises|installations)\b/;

/** A part of the host country as what was left: "la province", "the region", "l'État du Darfour-Ouest". */
const PART_OF_COUNTRY_OBJECT = /^\s{1,3}(?:(?:the|la|le|l'|cette|this)\s{0,3})?(?:province|region|district|territoire|territory|prefecture|etat\s{1,3}(?:du|de)|state\s{1,3}of)\b/;

/** "who had manned", "qui étaient stationnés à": the people of a site. */
const MANNED_BEFORE = /\b(?:who|which|that|qui)\s{1,3}(?:had\s{1,3}|have\s{1,3}|avaient\s{1,3}|ont\s{1,3}|etaient\s{1,3})?(?:been\s{1,3}|ete\s{1,3})?(?:manned|staffed|guarded|occupied|held|(?:stationed|posted|based|deployed)\s{1,3}(?:at|in)|occupe|tenu|garde|(?:stationnes?|deployes?|bases?)\s{1,3}a)\s{1,3}(?:the\s{1,3})?$/;

/** Those who attack, loot or protest: their coming and going is no withdrawal. */
/** People named by the post they held: "who had manned it", "based in Goundam", "qui y étaient stationnés". */
const MANNED_IT = /\b(?:who|that|qui)\s{1,3}(?:had\s{1,3}|have\s{1,3}|avaient\s{1,3}|y\s{1,3}(?:etaient|avaient\s{1,3}ete)\s{1,3})?(?:manned|staffed|garrisoned|held|occupied|tenu|occupe|stationne)s?\b|\b(?:based|stationed|posted|deployed|bases|stationnes|deployes)\s{1,3}(?:in|at|a|au)\b/;
const HOSTILE_ACTOR = /\b(?:looters|gunmen|assailants|attackers|raiders|rioters|protesters|demonstrators|militants|pillards|assaillants|emeutiers|manifestants|hommes armes)\b/;

/** What points back at the event just told, in its clause or opening the sentence: "As part of the handback, …", "at the ceremony", "à cette occasion", "y ont été signés", "la Mission y a fait don". */
const POINTS_BACK = new RegExp(
  `\\b(?:as part of the (?:handover|handback|hand-over|transfer|closure)|(?:at|during) (?:the|[a-z]+'s) (?:same\\s)?(?:handover|handover ceremony)|on (?:that|this|the same) occasion|${AT_THE_CEREMONY}|${AT_THE_EVENT}|${WITH_THE_PREMISES}|a cette occasion)\\b|\\by\\s{1,3}(?:a|ont)\\s{1,3}(?:ete|fait|remis|offert|cede|transfere|signe|donne|laisse)\\b`,
);
const pointsBack = (folded: string, start: number, end: number) => POINTS_BACK.test(folded.slice(start, end)) || (POINTS_BACK.exec(folded.slice(0, 60))?.index ?? -1) === 0;
/** "one day after the base was handed over": the clause's event is that many days before the main one. */
/** "À Ber, …", "In Ber, …": the site a sentence opens on, before a comma (where what follows happened). */
const opensSentence = (folded: string, s: { start: number; end: number }) => /^[\s"«]*(?:a|au|in|at)\s{1,3}$/.test(folded.slice(0, s.start)) && /^\s{0,2},/.test(folded.slice(s.end, s.end + 3));
/** A mission's office named around a site: "the mission's Ménaka office", "le bureau de la MINUSMA à Ménaka". */
const OFFICE_AROUND = /\b(?:office|bureau|sous-bureau|sub-office|antenne)\b/;
/** The next step of a scene: "then walked out", "ont ensuite quitté", "puis ont quitté". */
const THEN_NEXT = /\b(?:then|thereafter|afterwards|ensuite|puis)\b/;
/** The plan first made, in an aside: ", envisagé aux alentours du", ", initially planned for", ", prévu le". */
const PLAN_ASIDE_BEFORE = /,\s{0,3}(?:(?:initialement|d'abord|originally|initially|first)\s{1,3})?(?:envisagee?s?|prevue?s?|programmee?s?|planned|scheduled|pencilled\s{1,3}in|expected)\s{1,3}(?:(?:initialement|d'abord|originally|initially)\s{1,3})?[^,;.]{0,30}$/;
/** After a noun: a plan in an aside, then the noun's verb in the past ("…, initially planned for 15 August, took place", "…, envisagé vers le 15 août, a finalement eu lieu"). */
const PLAN_ASIDE_AFTER = /^[^.;,]{0,40},\s{0,3}(?:(?:initially|originally|first|initialement|d'abord)\s{1,3})?(?:planned|scheduled|envisagee?s?|prevue?s?|programmee?s?|pencilled\s{1,3}in)\b[^,;.]{0,45},\s{0,3}(?:(?:finally|eventually|finalement|enfin)\s{1,3})?(?:took|happened|was|were|had|has|a|ont|est|s'est|avait)\b/;
/** Verbs of people leaving a place, as opposed to a site closing: "left", "quitté", "pulled out". */
const PEOPLE_LEAVING = /^(?:left|leav|quitt|pull|depart|parti|walk|moved out)/;
/** A handover verb between the people and their leaving would make it one report: "the troops handed over and left". */
const handedOverBetween = (folded: string, at: number) => /\b(?:handed|hand|remis|remi|rendu|returned|transferr?ed)\b/.test(folded.slice(Math.max(0, at - 30), at));
/** Right before a site: where people were posted ("based at", "stationed in", "basés à"). */
const STATIONED_AT_BEFORE = new RegExp(`\\b${STATIONED}\\s{1,3}(?:at|in|a|au|en)\\s{1,3}(?:the\\s{1,3})?$`);
/** A site named as where people were posted: "based at Mopti-Sévaré", "basés à Douentza", "the Goundam-based peacekeepers". */
const stationedAt = (folded: string, s: { start: number; end: number }) => STATIONED_AT_BEFORE.test(folded.slice(Math.max(0, s.start - 30), s.start)) || /^-(?:based|stationed)\b/.test(folded.slice(s.end, s.end + 12));
/** Right before a site, or a list of them: where people are gathered ("regroupés à", "consolidated in", "relocated to"). */
const REGROUPED_IN = /\b(?:regroup\w*|consolidat\w*|relocat\w*|redeploy\w*|redeploie\w*|redeploye\w*|rassembl\w*|concentr\w*)\s{1,3}(?:a|au|aux|in|at|to|into|vers|dans|sur)\s{1,3}(?:[\p{L}#'-]+(?:\s[\p{L}'-]+)?(?:,\s{0,3}|\s{1,3}(?:et|and)\s{1,3})){0,4}$/u;
/** A ship as the one that leaves: "the navy's ship", "le navire", "the vessel". */
const SHIP = /\b(?:ship|vessel|navire|batiment|bateau|frigate|fregate)\b/;
/** Between a ship's leaving and the people it carries: "with … aboard", "avec à son bord", "carrying". */
const ABOARD = /\b(?:aboard|on\s{1,3}board|carrying|with|a\s{1,3}son\s{1,3}bord|a\s{1,3}bord|emportant|transportant|avec)\b/;
/** A cheap test before REGROUPED_IN and HELD_IN: one of their verbs in the words before a site. */
const REGROUP_OR_HOLD_WORD = /regroup|consolidat|relocat|redeplo|rassembl|concentr|held|stuck|blocked|stranded|waiting|bloque|immobilise|retenu|attente/;
/** Right before a site: where something waits, held ("held in", "stuck in", "bloqués à", "en attente à"). */
const HELD_IN = /\b(?:held|stuck|blocked|stranded|waiting|bloquee?s?|immobilisee?s?|retenue?s?|en\s{1,3}attente)\s{1,3}(?:in|at|a|au|dans)\s{1,3}$/;
/** A departure as the cause of destroying what could not be moved: "the rushed exit", "the accelerated withdrawal", "ce départ précipité". */
const RUSHED_EXIT = /\b(?:rushed|hurried|hasty|accelerated|precipitated|early)\s{1,3}(?:exit|departure|withdrawal|pull-?out)|\b(?:depart|retrait)\s{1,3}(?:precipite|accelere|anticipe|hatif)|\b(?:could\s{1,3}not|could\s{1,3}neither|n'ont\s{1,3}pu|ne\s{1,3}pouvai\w*)\b/;
/** After a transfer: the unit's own goods going to a place, not to an authority ("de leurs véhicules et engins vers Uvira", "of their vehicles to Uvira"). */
const OWN_GOODS_MOVED = /^\s{1,3}(?:de|of|des)\s{1,3}(?:leurs|their|ses|its)\s{1,3}[^.;]{0,60}?\b(?:vers|towards?|en\s{1,3}direction\s{1,3}(?:de|d')|to)\s{1,3}(?!(?:the\s{1,3}|les\s{1,3}|la\s{1,3}|l')?(?:[a-z-]+\s{1,3}){0,3}(?:authorit\w*|autorites|government|gouvernement|army|armee|police|forces|fardc|fama|laf|state|etat)\b)/;
/** A gerund listed as the work something entails ("involved … disposing of UN assets"), not an event. */
const WORK_ENTAILED = /^[a-z]+ing\b/;
const ENTAILED_BEFORE = /\b(?:involv(?:ed|es|ing)|includ(?:ed|es|ing)|requir(?:ed|es|ing)|entail(?:ed|s|ing)|meant|means|consist(?:ed|s)\s{1,3}of)\b[^.;]{0,110}$/;
/**
 * After an aspect verb: the mission's presence at a place ("à sa présence dans le camp", "its presence at the Kidal camp",
 * "à la présence de la mission à Tessalit", "the mission's presence in Tessalit").
 */
const PRESENCE_IN = new RegExp(
  `^\\s{1,3}(?:[a-z']+\\s{1,3}){0,2}?(?:a\\s{1,3}|to\\s{1,3})?(?:sa|its|their|leur|la|the)\\s{1,3}(?:(?:mission|force|un|u\\.n\\.|${MISSION_NAMES})'s\\s{1,3})?(?:(?:military|physical|militaire|physique)\\s{1,3})?presence\\s{1,3}(?:(?:militaire|physique)\\s{1,3})?(?:(?:de|of)\\s{1,3}(?:(?:la|l'|the)\\s{0,3}(?:mission|force|onu|un)|${MISSION_NAMES})\\s{1,3})?(?:in|at|on|a|au|aux|dans|sur)\\s{1,3}`,
);
/** "La MINUSMA … 3 367 de ses membres", "la Finul a confirmé que plus de 1 800 de ses Casques bleus avaient quitté le Liban": the mission's own people, a head count. */
const MISSIONS_MEMBERS = new RegExp(`\\b(?:mission|${MISSION_NAMES})\\b[^.;]{0,60}\\b(?:de\\s{1,3}ses|of\\s{1,3}its)\\s{1,3}(?:[a-z]+\\s{1,3})?(?:members|membres|personnel|personnels|staff|peacekeepers|casques bleus|blue helmets|troops|soldiers|soldats|militaires)\\b`);
/** Opening a sentence, before a site: "Trois jours après le départ de Ber", "Three days after the closure of". */
const AFTER_SITE_EVENT = new RegExp(String.raw`^[\s"]{0,3}(\d{1,2}|${COUNT_WORD}) (days?|weeks?|jours?|semaines?) (?:after|apres)\s{1,3}(?:the|le|la|l')\s{0,3}[a-z-]+\s{1,3}(?:of|from|at|de|d'|du)\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3})?(?:(?:camp|base|site)\s{1,3}(?:of|at|in|de|d')\s{0,3})?$`);
const DAYS_AFTER = /^[\s,]{0,3}(?:(one|a|the|two|three|four|five|six|\d{1,2}) days? after|au lendemain d|(un|deux|trois|quatre|cinq|six|\d{1,2}) jours? apres)/;
const LATER = /\b(one|a|two|three|four|five|six|\d|un|deux|trois|quatre|cinq|six) (days?|jours?|weeks?|semaines?) (?:later|after that|afterwards|plus tard|apres)\b/;
/** "Four days earlier the Mission had transferred …", "deux jours plus tôt": before the event just dated. */
const EARLIER = /\b(one|a|two|three|four|five|six|\d|un|deux|trois|quatre|cinq|six) (days?|jours?|weeks?|semaines?) (?:earlier|before that|previously|plus tot|auparavant)\b/;
const unitDays = (unit: string) => (/^(?:week|semaine)/.test(unit) ? 7 : 1);
/** The days a count names: "three days" in LATER, EARLIER or GAP_LATER's match (number, unit). */
const daysCounted = (m: RegExpExecArray) => (COUNT[m[1]!] ?? Number(m[1])) * unitDays(m[2]!);
const COUNT: Record<string, number> = { ...NUMBER_WORDS, the: 1 };

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

interface Span {
  start: number;
  end: number;
}

/** Each item goes to the nearest span; `lean` > 1 makes items before a span count as farther. */
function assign<T extends Span>(items: T[], spans: Span[], lean: number): T[][] {
  const out = spans.map(() => [] as T[]);
  for (const item of items) {
    let best = -1;
    let bestDistance = Infinity;
    spans.forEach((s, i) => {
      const d = item.start >= s.end ? item.start - s.end : s.start >= item.end ? (s.start - item.end) * lean + (lean > 1 ? 5 : 0) : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    if (best >= 0) out[best]!.push(item);
  }
  return out;
}

const nearest = <T extends Span>(items: T[], to: Span, lean = 1.5): T | null =>
  [...items].sort((x, y) => distanceTo(x, to, lean) - distanceTo(y, to, lean))[0] ?? null;
const distanceTo = (item: Span, to: Span, lean: number) =>
  item.start >= to.end ? item.start - to.end : to.start >= item.end ? (to.start - item.end) * lean + 5 : 0;

/** The countries named before the verb each with its number ("225 Uruguayens et 160 Péruviens"), the numbers adding up to the head count. */
function countedByCountry(c: ClauseCtx, verbAt: number, figure: number): boolean {
  const named = c.contingents.filter((m) => m.end <= verbAt && verbAt - m.end < 120);
  if (named.length === 0) return false;
  let sum = 0;
  for (const m of named) {
    const n = /(\d[\d,. ]*\d|\d)\s{1,3}$/.exec(c.folded.slice(Math.max(0, m.start - 14), m.start));
    const count = n ? asCount(n[1]!) : null;
    if (count === null) return false;
    sum += count;
  }
  return sum === figure;
}

/** A clause that opens on a site (after a bullet or a day) and goes straight to the verb: "Yesterday: Kabkabiya team site (North Darfur) handed over". */
function headlineSubject(c: ClauseCtx, verbAt: number): boolean {
  return c.sites.some(
    (s) =>
      s.end <= verbAt &&
      /^[\s•·*"«:–—-]*(?:(?:yesterday|today|on\s{1,3}[a-z]+day|hier|aujourd'hui)\s{0,3}[:,–—-]?\s{0,3})?(?:the\s{1,3}|le\s{1,3}|la\s{1,3})?$/.test(c.folded.slice(c.start, s.start)) &&
      /^\s{0,3}(?:(?:camp|base|team site|site|compound|super camp)\s{0,3})?(?:\([^)]{1,40}\)\s{0,3})?$/.test(c.folded.slice(s.end, verbAt)),
  );
}

/** "Ménaka's final MINUSMA convoy", "the Kidal convoy": a site naming the convoy it sent. */
const SITES_CONVOY = /^(?:'s)?\s{1,3}(?:(?!(?:the|a|an|its|their|our|this|that)\s)[a-z]{2,8}\s{1,3}){0,2}(?:convoys?|columns?)\b/;

/** Between the subject of a passive attack and the attack: " has been ", " headquarters was ", " ont été ". */
const PASSIVE_AFTER_SUBJECT = /^\s{0,3}(?:(?!and\b|et\b)[a-z-]+\s{1,3}){0,2}(?:has been|have been|was|were|a ete|ont ete)\s{1,3}(?:[a-z]+ly\s{1,3}|[a-z]+ment\s{1,3})?$/;

function filterSites(c: ClauseCtx, reading: Reading, span: Span, candidates: SiteMention[], dated = 0, movement = true): SiteMention[] {
  if (reading.sites === 'none') return [];
  const folded = c.folded;
  // ("À Gao, seule une partie de l'emprise a changé de mains": nor a site whose part is the verb's subject.)
  const notAnnex = (s: SiteMention) => !ANNEX_BEFORE.test(folded.slice(Math.max(c.start, s.start - 60), s.start)) && !(s.end <= span.start && span.start - s.end < 80 && PART_OF.test(folded.slice(s.end, span.start)));
  // "ferme sa base de Baraka, Minembwe et Mikenge attendent encore": sites that are the subject of their own waiting.
  const waiting = WAITING.exec(folded.slice(span.end, c.end));
  const waitingAt = waiting ? span.end + waiting.index : -1;
  const firstAfter = candidates.filter((s) => s.start >= span.end).sort((a, b) => a.start - b.start)[0];
  // "… verra la fermeture de six camps, dont les personnels seront regroupés à Tombouctou, Gao et Bamako": where people go, not what closes.
  // ("… vehicles that 200 trucks, held in Gao since 24 September, could have moved out": where the trucks wait, not where anything happened.)
  const regrouped = (s: SiteMention) => {
    const before = folded.slice(Math.max(c.start, s.start - 80), s.start);
    return REGROUP_OR_HOLD_WORD.test(before) && (REGROUPED_IN.test(before) || HELD_IN.test(before.slice(-40)));
  };
  let mine = candidates.filter((s) => notAnnex(s) && !regrouped(s) && !(waitingAt > s.start && s !== firstAfter && s.start > span.end && waitingAt - s.end < 40));
  if (reading.type === 'incident') {
    mine = mine.filter(
      (s) =>
        s.qualifier === 'camp' ||
        AT_BEFORE.test(folded.slice(Math.max(0, s.start - 30), s.start)) ||
        // ("Une roquette a frappé mercredi après-midi Camp Shamrock": a day may stand between the verb and its object.)
        (s.start >= span.end &&
          HIT_OBJECT_BEFORE.test(folded.slice(span.end, s.start))) ||
        // "UNIFIL headquarters in Naqoura has been shaken by explosions": the subject of a passive attack.
        // ("Camp Shamrock, where hundreds of Irish peacekeepers are based, was struck": an aside between the subject and its verb;
        // not "le convoi parti de Ber pour Tombouctou, à une soixantaine de kilomètres, a été pris pour cible": where it was going.)
        (s.end <= span.start && PASSIVE_AFTER_SUBJECT.test(folded.slice(s.end, span.start))) ||
        (s.end <= span.start && !routeEnd(folded, s) && PASSIVE_AFTER_SUBJECT.test(folded.slice(s.end, span.start).replace(ASIDE_AFTER_SUBJECT, ' '))) ||
        // "The convoy carrying the troops who had manned Ber was attacked": the convoy of the people posted at that site.
        (CONVOY.test(folded.slice(0, s.start)) && MANNED_BEFORE.test(folded.slice(Math.max(0, s.start - 50), s.start))) ||
        // "a tiré sur une tour d'observation du quartier général de Naqoura", "an observation tower at the Naqoura headquarters": a part of that site.
        PART_OF_SITE.test(folded.slice(Math.max(0, s.start - 70), s.start)) ||
        // "the Aguelhok convoy", "le convoi d'Aguelhok", "le convoi parti d'Aguelhok", "le convoi qui a quitté Kidal": the convoy out of that site.
        /^\s{0,2}(?:headquarters|hq|position|post|base|camp|convoy|column)\b/.test(folded.slice(s.end, s.end + 15)) ||
        /\b(?:(?:leaving|left|out of|from|pulling out of|quittant|qui\s{1,3}(?:a\s{1,3}|avait\s{1,3})?quitt(?:e|ait)|de retour de|parti de|partie de|partis de|en provenance de)\s{1,3}(?:the\s{1,3})?|(?:convoi|colonne)\s{1,3}(?:de\s{1,3}|d')|(?:parti|partie|partis|en provenance|de retour|revenant)\s{1,3}d')$/.test(folded.slice(Math.max(0, s.start - 30), s.start)),
    );
  }
  if (reading.sites === 'after') mine = mine.filter((s) => s.start >= span.end || (s.start > span.start && s.end <= span.end));
  // "fermé les bureaux de la MONUSCO à Kalemie": closing moves nothing, so "à" is where, not whither.
  if (movement && (reading.type === 'withdrawal_completed' || reading.type === 'convoy_departed' || reading.type === 'withdrawal_started')) {
    // ("évacués vers la base de Gao": the "de" of "base de" is not "from".)
    // ("À Ber, le départ a eu lieu dimanche": a site the sentence opens on is where, not whither.)
    mine = mine.filter((s) => (!routeEnd(folded, s) || opensSentence(folded, s) || FROM_BEFORE.test(folded.slice(Math.max(0, s.start - 30), s.start)) || SITE_NOUN_AT.test(folded.slice(Math.max(0, s.start - 40), s.start))) && !TOWARD_CAMP_OF.test(folded.slice(Math.max(0, s.start - 50), s.start)) && (!NOT_ORIGIN.test(folded.slice(Math.max(0, s.start - 40), s.start)) || roadFrom(folded, s)));
  }
  if (reading.sites === 'origin') {
    // ("Ménaka's final MINUSMA convoy pulled into Gao", "the Kidal convoy reached Gao": the convoy the site names.)
    const from = withListed(mine.filter((s) => FROM_BEFORE.test(folded.slice(Math.max(0, s.start - 30), s.start)) || SITES_CONVOY.test(folded.slice(s.end, s.end + 40))), mine, folded);
    const notDestination = mine.filter((s) => !routeEnd(folded, s) || SITE_NOUN_AT.test(folded.slice(Math.max(0, s.start - 40), s.start)));
    if (reading.type === 'convoy_arrived') mine = from.length > 0 ? from : notDestination.length > 0 ? [] : mine.slice(0, 1);
    else mine = from.length > 0 ? from : notDestination;
  }
  // The mention nearest the predicate stands for its site.
  const seen = new Set<number>();
  const byDistance = [...mine].sort((a, b) => distanceTo(a, span, 1) - distanceTo(b, span, 1)).filter((s) => !seen.has(s.siteId) && seen.add(s.siteId));
  mine = mine.filter((s) => byDistance.includes(s));
  // As many dates as sites: "Bunyakiri on 19 April and Kamanyola on 28 February" pairs them.
  if (mine.length < 2 || mine.length <= dated) return mine;
  // Several sites go with one predicate only as a list: "Ber, Goundam and Ogossagou", not
  // "Ogossagou was closed on 3 August, Ber followed on 13".
  const kept = [byDistance[0]!];
  for (const site of byDistance.slice(1)) {
    // "…, la base d'Ogossagou ayant, elle, été fermée le 3 août": a site with a verb of its own right after it is that verb's subject.
    if (c.predicates.some((q) => q.start >= site.end && q.start - site.end < 40 && !(q.start >= span.start && q.end <= span.end) && OWN_VERB_GAP.test(folded.slice(site.end, q.start)))) continue;
    const listed = kept.some((k) => {
      const [from, to] = k.start < site.start ? [k.end, site.start] : [site.end, k.start];
      const gap = folded.slice(from, to);
      // ("la position 1-31, près de Ras Naqoura": a place near the site, not a second one.)
      return gap.length <= 45 && !/\d/.test(gap) && /,|\band\b|\bet\b|&|\bas well as\b|\bainsi que\b/.test(gap) && !NEAR_WORD.test(gap) && !c.predicates.some((q) => q.start >= from && q.end <= to);
    });
    if (listed) kept.push(site);
  }
  return mine.filter((s) => kept.includes(s));
}

/** Words that put a place near a site: "near", "près de", "not far from", "à proximité de", "aux abords de". */
const NEAR_WORD = /\b(?:near|nearby|close to|not far from|outside|next to|pres d|non loin d|a proximite d|aux abords d|a cote d|proche d)/;

/** Between two sites of one list: "Aguelhok and Tessalit", "Ber, Goundam et Ménaka", "from Ber and from Goundam". */
const LIST_GAP = /^\s{0,3}(?:,\s{0,3}(?:(?:and|et)\s{1,3})?|(?:and|et)\s{1,3})(?:(?:from|de|d'|du)\s{0,3})?(?:(?:the|la|le|l')\s{0,3})?$/;

/** "The convoys from Aguelhok and Tessalit reached Gao": the sites of a list after "from", each one (in the order of the text). */
function withListed(from: SiteMention[], among: SiteMention[], folded: string): SiteMention[] {
  const out = [...from];
  for (const s of among) if (!out.includes(s) && out.some((f) => f.end <= s.start && LIST_GAP.test(folded.slice(f.end, s.start)))) out.push(s);
  return out;
}

/** After a verb, that it happened before the day just told, on no day of its own: "had been closed previously", "avait été fermée auparavant". */
const VAGUE_EARLIER = /^\s{1,3}(?:[a-z]+\s{1,3}){0,4}?(?:auparavant|previously|beforehand|earlier(?!\s{1,3}than)|before\s{1,3}(?:that|then)|plus\s{1,3}tot(?!\s{1,3}que)|avant\s{1,3}cela|precedemment|prealablement)\b/;

/** A text saying it gives no day: "sans préciser le jour", "without giving the date", "on an unspecified date". */
const NO_DAY_GIVEN = /\b(?:sans\s{1,3}(?:en\s{1,3})?(?:preciser|indiquer|donner)\s{1,3}(?:le\s{1,3}jour|la\s{1,3}date)|without\s{1,3}(?:giving|saying|specifying|naming|stating)\s{1,3}(?:the|a|which)\s{1,3}(?:day|date)|(?:on|at)\s{1,3}an?\s{1,3}(?:unspecified|undisclosed|unknown)\s{1,3}(?:day|date)|a\s{1,3}une\s{1,3}date\s{1,3}(?:non\s{1,3}precisee|inconnue))\b/;

/** How far apart two spans are, in characters (for the nearest of several coordinated verbs). */
const apart = (a: Span, b: Span) => (a.start > b.end ? a.start - b.end : b.start - a.end);

/** Two verbs joined by a conjunction, nothing but their objects between: "was closed and handed over", "a fermé … et l'a remise". */
function coordinated(folded: string, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const gap = folded.slice(first.end, second.start);
  return gap.length <= 160 && /(?:\band|\bet|\bpuis|\bthen|,)\s{1,3}(?:(?:then|also|formally|officially|later|safely|puis|ensuite|formellement|officiellement|l'a|l'ont|les a|les ont|a|ont|ete|est|sont|s'est|se|has|have|had|was|were|it|them|is|are)\s{1,3}){0,3}$/.test(gap) && !/[;:]/.test(gap);
}

/** Between a subject and its verb: "Ogossagou ayant, elle, été fermée", "Gao, too, was closed", "Ber had been". */
const CAMP_THERE = /^\s{1,3}(?:over\s{1,3})?(?:its|their|the|son|sa|ses|leur|leurs|le|la|les)\s{1,3}(?:[a-z-]+\s{1,3})?(?:camp|base|compound|premises|team site|locaux|installations)s?\s{1,3}(?:there|la-bas|sur place|locale?s?)\b/;
const CAMP_THERE_BEFORE = /\b(?:its|their|the|mission's|[a-z]+'s|son|sa|leur|le|la)\s{1,3}(?:[a-z-]+\s{1,3})?(?:camp|base|compound|premises|team site)s?\s{1,3}(?:there|la-bas|sur place|locale?)\s{1,3}(?:(?:was|were|has been|had been|is|being|a ete|est|etait|avait ete)\s{1,3})?(?:[a-z]+(?:ly|ment)\s{1,3})?$/;
const OWN_SITE_OBJECT = /^\s{1,3}(?:[a-z]+(?:ly|ment)\s{1,3})?(?:its|their|son|sa|leur)\s{1,3}(?:[a-z-]+\s{1,3})?(?:camp|base|team site|site|compound|premises|facility|emprise)\b/;
/** "On Sunday, in Tulus locality, …": a place opening the clause, after at most a day. */
const FRONTED_PLACE = /^[\s,]{0,3}(?:(?:on|le|ce|this|last)?\s{0,3}[a-z]+day,?\s{1,3}|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday),?\s{1,3})?(?:in|at|a|au|dans)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3})?(?:(?:town|locality|village|city|ville|localite|commune)\s{1,3}(?:of|de|d')\s{0,3})?$/;
const HIT_ASIDE = /,\s{0,3}(?:(?:[a-z]+\s{1,3}){0,2}(?:hit|struck|attacked|targeted|ambushed|touche\w*|vise\w*|attaque\w*|cible\w*)\s{1,3}(?:[a-z]+\s{1,3}){0,2}(?:by|par)\s{1,3}|(?:despite|malgre)\s{1,3})(?:[a-z0-9-]+\s{1,3}){0,3}$/;
/** "… had been brought forward to 13 August", "avait été avancé au 13 août", "a été reportée au 18 décembre": an event moved to a day. */
const MOVED_CHEAP = /brought|moved|advanc|postpon|pushed|delay|resched|avance|report|repouss|decale/;
const MOVED_TO = /^[^.;]{0,80}?\b(?:was|were|has been|have been|had been|had to be|will be|is|avait ete|a ete|ont ete|est|sera|seront|etait)\s{1,3}(?:[a-z]+(?:ly|ment)\s{1,3})?(?:brought forward|moved up|moved forward|advanced|postponed|pushed back|delayed|rescheduled|avancee?s?|reportee?s?|repoussee?s?|decalee?s?)\s{1,3}(?:to|until|au|a|jusqu'au)\s{1,3}(?:the\s{1,3}|le\s{1,3})?(?:[a-z]+day\s{1,3}|lundi\s|mardi\s|mercredi\s|jeudi\s|vendredi\s|samedi\s|dimanche\s)?\d/;
const DURING_THE = /^[\s,]{0,3}(?:lors de|au cours de|pendant|durant|during|at)\s{1,3}(?:la|le|l'|cette|ce|the|this|that)\s{0,3}(?:meme\s{1,3}|same\s{1,3})?(?:(?:closure|closing|farewell|official|formal|handover|final)\s{1,3})?(?:visite|inspection|ceremonie|ceremony|handover|remise|passation|retrocession|event|evenement)\b/;
/** "Over the course of the disengagement", "tout au long du retrait": the whole withdrawal, not one of its days. */
const OVER_THE_PERIOD = /\b(?:(?:over|in|during) the (?:course|whole) of|throughout|au (?:cours|fil)|tout au long)\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|du\s{1,3}|de\s{1,3}(?:la|son|sa|leur)\s{1,3})?(?:[a-z]+\s{1,3})?(?:withdrawal|drawdown|disengagement|mandate|transition|deployment|retrait|desengagement|mandat|deploiement)\b/;
const LEADING_PARTICIPLE = /^[\s"'«]{0,3}(?:[a-z]+(?:ly|ment)\s{1,3})?[a-z]+(?:ed|en|e|ee|es|ees|is|ise|ises|u|ue|us|ues|t|te|ts|tes)$/;
/** "la base de Bunyakiri, dans le territoire de Kalehe, fermée et transférée …": where the site lies, in an aside, may stand before its verb. */
const PLACE_ASIDE = new RegExp(String.raw`^\s{0,2},\s{0,2}(?:dans|in|near|pres de|${BEARING})\s[^,;.]{2,50},`);
/** A site right before a verb, with only auxiliaries, adverbs, a site word or a place aside between: the verb's subject. */
function ownVerbAfter(folded: string, siteEnd: number, verbStart: number): boolean {
  const gap = folded.slice(siteEnd, verbStart).replace(PLACE_ASIDE, ',');
  return gap.length < 40 && verbStart - siteEnd < 100 && OWN_VERB_GAP.test(gap);
}
const OWN_VERB_GAP = /^[\s,]*(?:(?:ayant|having|elle|lui|il|itself|too|also|aussi|was|were|had|has|have|been|a|ont|ete|est|sont|avait|avaient|camp|base|temporary|operating|team|site|super|logistics|military|company|tob|cob|\(tob\))[\s,]+)*$/;

function eventDay(found: FoundDate, type: MilestoneType): CalendarDate {
  if (found.kind === 'range' && found.endDate && type === 'withdrawal_completed') return found.endDate;
  return found.date;
}

interface Event {
  p: Predicate;
  reading: Reading;
  span: Span;
}

/** A site named as where people or a convoy went ("arrived in Gao", "headed for Bamako"), not as a camp. */
function isDestination(folded: string, predicates: Predicate[], s: SiteMention): boolean {
  const before = folded.slice(Math.max(0, s.start - 40), s.start);
  if (s.qualifier !== 'camp' && /\b(?:reach\w*|rallie\w*|rejoin\w*|rejoint|atteint|gagne\w*)\s{1,3}$/.test(before)) return true;
  // "where UN peacekeepers had been assigned to Kakata", "les Casques bleus affectés à Kakata": a post held, not a destination.
  // "la Minusma plie bagage à Douentza", "packed up in Ber": where the mission packs up, not whither it goes.
  if (/\b(?:bagages?|pack(?:ed|s|ing)?\s{1,3}up)\s{1,3}(?:a|au|in|at)\s{1,3}$/.test(before)) return false;
  if (/\b(?:assigned|deployed|posted|stationed|redeployed\s{1,3}permanently|affecte(?:e|s|es)?|deploye(?:e|s|es)?|poste(?:e|s|es)?)\s{1,3}(?:to|a|au)\s{1,3}$/.test(before)) return false;
  return s.qualifier !== 'camp' && routeEnd(folded, s) && predicates.some((q) => (q.family === 'arrive' || q.family === 'leave') && !q.nominal && q.end <= s.start && s.start - q.end < 80);
}

function sentenceProposals(
  text: string,
  releaseDate: CalendarDate,
  gazetteer: Gazetteer,
  state: SentenceState,
): ProposedMilestone[] {
  const folded = fold(text);
  const predicates = findPredicates(folded);
  /** Every mention, places ("the Timbuktu region") included; the sites are the rest. */
  const mentions = findSiteMentions(text, gazetteer.sites);
  const sentenceSites = mentions.filter((s) => s.qualifier !== 'place');
  const antecedentBefore = state.antecedent;
  // Read only for an attack: most sentences never ask.
  const foldedBefore = state.foldedBefore;
  state.foldedBefore = folded;
  const sitesBefore = state.lastSites;
  state.lastSites = [...new Map(sentenceSites.map((x) => [x.siteId, x])).values()];
  const distinct = new Set(sentenceSites.map((s) => s.siteId));
  // "… sont arrivés à Gao en fin de journée, les derniers civils à Bamako": where people went is not what the passage is about.
  // ("en coordination avec le commandement des FAMa à Mopti": where the host army sits is not what "the camp" will mean.)
  const spoken = sentenceSites.filter((s) => !isDestination(folded, predicates, s) && !HOST_ARMY_AT.test(folded.slice(Math.max(0, s.start - 50), s.start)));
  // "Ménaka était la dernière des quatre emprises …, après … les camps de Ber et de Goundam": a site that opens the sentence is its topic.
  // ("Après Baraka, c'est Sange qui tourne la page", "it was Ber that closed next": the site a cleft puts forward.)
  const topic =
    spoken.find((x) => /^[\s"«•#-]{0,3}(?:the\s{1,3}|le\s{1,3}|la\s{1,3})?$/.test(folded.slice(0, x.start)) && /^\s{1,3}(?:was|is|were|had|has|etait|est|avait|a|reste|remains)\s/.test(folded.slice(x.end, x.end + 12))) ??
    spoken.find((x) => CLEFT_SITE.test(folded.slice(Math.max(0, x.start - 14), x.start)) && /^\s{1,3}(?:qui|que|qu'|that|which)/.test(folded.slice(x.end, x.end + 7)));
  // ("Après les bases d'Ogossagou et de Douentza, cette fermeture …": a plural list is background; "the camp" still means the one before.)
  const pluralList = inPluralList(folded, spoken);
  state.antecedent = topic ?? soleReferent(spoken, folded) ?? (spoken.length > 0 && !spoken.every((s) => pluralList.has(s)) ? null : state.antecedent);
  /** The one day this sentence says a statement was made, for a quote that opens the next sentence. */
  const statementSaid = (dates: FoundDate[]) => {
    // ("UNIFIL condemned on Friday the violent attack …": a condemnation is a telling too, REPORTING_VERB.)
    const said = dates.filter((d) => d.date <= releaseDate && d.kind !== 'range' && (STATEMENT_ON.test(folded.slice(Math.max(0, d.start - 50), d.start)) || TOLD_ON.test(folded.slice(Math.max(0, d.start - 30), d.start))));
    if (said.length === 1) state.statementDay = { date: said[0]!.date, sentence: state.sentence };
  };
  if (predicates.length === 0) {
    if (STATEMENT_WORD.test(folded)) statementSaid(findDates(text, releaseDate, state.story));
    // "Une cérémonie s'est tenue mardi …": the day said, for a later "le même jour" (read only then).
    quiet(state, text);
    if (text.length < 70 && /^[\s•·*-]{0,3}(?:[a-z]{3,9}\.?,?\s{1,3})?\d/.test(folded)) {
      const day = findDates(text, releaseDate, state.story)[0];
      // ("Wednesday 9 October." alone heads its paragraph too; a dateline "25 June 2024." does not.)
      const weekdayAlone = WEEKDAY_LINE.test(folded) && /^\.?\s{0,2}$/.test(folded.slice(day?.end ?? 0));
      // ("1/ 13 AUG · BER." heads the posts after it with its day and its place.)
      const dayAndPlace = /^\s[·•|–—-]\s[^.;:,]{1,40}\.?\s{0,2}$/.test(folded.slice(day?.end ?? 0)) && sentenceSites.length === 1;
      if (day && day.start < 25 && (/^\s{0,2}[-–—:]\s/.test(folded.slice(day.end, day.end + 4)) || weekdayAlone || dayAndPlace)) state.paragraphDay = { ...day, start: 0, end: 0 };
    }
    // "Lundi, sur le tarmac de l'aéroport de Lomé, l'émotion était palpable.": a day that opens a scene with no event is the day of the paragraph's story.
    const scene = SCENE_DAY.exec(folded);
    const sceneDay = scene && SCENE_PAST.test(folded) && !FUTURE.test(folded) ? findDates(text, releaseDate, state.story).find((d) => d.start < scene[0].length) : undefined;
    if (sceneDay && sceneDay.date <= releaseDate && sceneDay.kind !== 'range') state.paragraphDay = { ...sceneDay, start: 0, end: 0 };
    // "218 Chinese peacekeepers received the UN medal today. Their departure is set for 25 April.": the country is named in a sentence with no event.
    const named = PERSONNEL_RE.test(folded) ? findContingentMentions(text, state.host) : [];
    const isos = new Set(named.map((m) => m.iso));
    if (isos.size === 1) state.lastCountry = named[0]!;
    else if (isos.size > 1) state.lastCountry = null;
    return [];
  }
  /** "UNIFIL confirmed on Thursday that …", "a confirmé jeudi la porte-parole": the day a figure was given. */
  const toldDates: FoundDate[] = [];
  const plan = LEADING_PLAN.exec(folded);
  const planEnd = plan ? plan.index + plan[0].length : 0;
  const allDates = findDates(text, releaseDate, state.story);
  if (STATEMENT_WORD.test(folded)) statementSaid(allDates);
  const dates = allDates.filter((d) => {
    const before = folded.slice(Math.max(0, d.start - 50), d.start);
    // "since 16 October, the day MINUSMA began withdrawing", "depuis le 16 octobre, jour où …": the day of what follows, not a bound.
    const dayOf = /^\s{0,3},\s{0,3}(?:(?:the|le)\s{1,3})?(?:day|date|jour)\s{1,3}(?:ou|when|on which|that|where|[a-z]+\s{1,3}(?:began|started|left|completed|handed|a |avait|ont|avaient))/.test(folded.slice(d.end, d.end + 40));
    // "quitteront le pays par avion à compter du 18 avril", "will fly out from 18 April": the first day of a departure (labels guide, ranges).
    const firstDay = /\b(?:from|as from|starting|a partir du|a compter du)\s{1,3}(?:the\s{1,3})?(?:[a-z]+day,?\s{1,3})?$/.test(before.slice(-25)) && predicates.some((q) => (q.family === 'leave' || q.family === 'repatriate' || q.family === 'attack') && !q.nominal && q.end <= d.start && d.start - q.end < 100);
    // "By Friday, more than 10,500 … had left the country", "As of 24 October, 5,802 had left": a count as of that day, like a day of telling.
    if (/\b(?:by|as of|as at|au)\s{1,3}(?:[a-z]+day,?\s{1,3})?$/.test(before.slice(-16)) && /^\s{0,3},[^.;]{0,160}\b(?:had|avaient|avait)\s/.test(folded.slice(d.end, d.end + 170)) && d.date <= releaseDate && d.kind !== 'range') {
      toldDates.push(d);
      return false;
    }
    // "Interrogée mardi par l'AFP, la porte-parole a indiqué que …", "Asked on Tuesday by AFP, the spokeswoman said …": the day of a telling, in the participle that opens it.
    if (SPEAKING_BEFORE.test(before.slice(-30)) && TELLING_AHEAD.test(folded.slice(d.end, d.end + 140)) && d.date <= releaseDate && d.kind !== 'range') {
      toldDates.push(d);
      return false;
    }
    // "…, up from 10,040 counted on 1 December", "contre 1 800 au 1er janvier": the day of an earlier count compared with, not this one's.
    if (EARLIER_COUNT_BEFORE.test(before)) return false;
    if ((BOUNDING_BEFORE.test(before.slice(-40)) && !dayOf && !firstDay) || DOCUMENT_BEFORE.test(before)) return false;
    // "trois mois après la fin de son mandat le 30 mars", "after its mandate expired on 30 March": the mandate's end dates no event of the withdrawal.
    if (MANDATE_END_BEFORE.test(before.slice(-60))) return false;
    // "Prévue vers le 15 août, la fermeture … a été avancée au 13": the day first planned, in the aside, is no event's.
    if (planEnd > 0 && d.end <= planEnd) return false;
    // ("le départ, envisagé aux alentours du 15 août, a finalement eu lieu le dimanche 13": so is the day of a plan in an aside between commas.)
    // (Only when the sentence gives another day after it: "la fermeture, prévue le 8 décembre, aura lieu comme annoncé" keeps its one day.)
    if (before.includes(',') && PLAN_ASIDE_BEFORE.test(before) && /^[^,;.]{0,12},/.test(folded.slice(d.end, d.end + 14)) && allDates.some((e) => e.start > d.end)) return false;
    // "disposed of in two phases, the first ending on 30 September": the end of a phase bounds the work, it dates no event.
    // (But "This phase ends on 15 November with the handover of the Bamako camp": what the phase ends with happens that day.)
    if (/\b(?:phases?|stages?|periods?|the first|the second|la premiere|la seconde|la deuxieme|periode)\b[^.;]{0,25}\b(?:ending|to end|closing|s'achevant|prenant fin|qui s'achevera|qui prendra fin)\s{1,3}(?:on\s{1,3}|le\s{1,3})?$/.test(before) && !/^[^,;.]{0,14}\b(?:with|avec)\b/.test(folded.slice(d.end, d.end + 20))) return false;
    // "the 31 December deadline", "l'échéance du 31 décembre": a deadline is not an event's day.
    // ("MINUSMA's 31 December withdrawal deadline": a noun may stand between.)
    // ("the 30 June security transition deadline": or two.)
    if (/^\s{0,3}(?:\d{4}\s{1,3})?(?:[a-z-]{3,14}\s{1,3}){0,2}(?:deadline|cut-off|target date|date butoir)\b/.test(folded.slice(d.end, d.end + 50))) return false;
    // "… as part of the wind-down of UNMIL, whose mandate is due to end on 30 March": the end of a mandate, in its own relative clause.
    if (/\b(?:whose|dont\s{1,3}le)\s{1,3}(?:[a-z-]+\s{1,3})?(?:mandate|mandat)\b[^,;.]{0,40}$/.test(before)) return false;
    // "…, the minister told a news conference on Monday": the day of the telling.
    // ("Dans son communiqué publié vendredi, … 675 militaires avaient quitté …", "Nouveau bilan communiqué lundi : 4 Casques bleus blessés": the day of a head count
    // or a tally; not of a deed the statement dates, "In a statement on 17 November, MINUSMA said the Chadian peacekeepers had completed …", "c'est ce jour-là qu'…".)
    const statement = STATEMENT_ON.exec(before);
    const told = REPORTING_BEFORE.exec(before) ?? (statement && countTold(folded, d.end, predicates) ? statement : null);
    // "Le lendemain, la mission annonce avoir achevé son retrait", "On Sunday it said it had left": the day of the telling, not of the deed.
    // ("the Spokesman said MONUSCO today handed its base …": the day after the reported clause's subject, right before its verb, is the deed's.)
    const subjectFirst = told !== null && SPEECH_SUBJECT_END.test(told[0]) && predicates.some((p) => !p.nominal && p.start >= d.end && p.start - d.end <= 3);
    const telling = (told && !subjectFirst && !/\b(?:that|que|qu')/.test(told[0]) && !predicates.some((p) => p.start > d.start - 50 + told.index && p.end <= d.start)) || REPORTING_AFTER.test(folded.slice(d.end, d.end + 70));
    if (telling && d.date <= releaseDate) toldDates.push(d);
    return !telling;
  });
  const toldEarlier = state.toldDay;
  // (Only a day right after the telling verb: "a déclaré mardi", "said on Tuesday", not "said … had met the 30 June deadline".)
  const toldRightAfter = toldDates.length === 1 && TOLD_ON.test(folded.slice(Math.max(0, toldDates[0]!.start - 30), toldDates[0]!.start));
  // (A sentence that tells of no other day leaves it standing: "Ardiel said on Tuesday … Once the mandate expires, … The force has cut …, she said.")
  state.toldDay = toldRightAfter ? { date: toldDates[0]!.date, sentence: state.sentence } : toldDates.length > 0 ? null : state.toldDay;
  const contingents = findContingentMentions(text, state.host);
  const statistic = STATISTIC.test(folded);
  const out: ProposedMilestone[] = [];
  let antecedent = antecedentBefore;

  const clauses = clauseBounds(folded).map(([start, end]) => {
    const c: ClauseCtx = {
      text,
      folded,
      start,
      end,
      predicates: predicates.filter((p) => p.start >= start && p.end <= end),
      sites: sentenceSites.filter((s) => s.start >= start && s.end <= end),
      contingents: contingents.filter((m) => m.start >= start && m.end <= end),
      convoyBefore: state.convoy !== null && state.convoy.sentence === state.sentence - 1,
      lastCountry: state.lastCountry,
      foldedBefore,
      daySaidBefore: dates.some((d) => d.end <= start),
    };
    const readings: Event[] = [];
    for (const p of c.predicates) {
      const reading = read(c, p);
      if (!reading) continue;
      const head = reading.consumes && reading.consumes.start < p.start ? reading.consumes : p;
      const tail = reading.consumes && reading.consumes.end > p.end ? reading.consumes : p;
      readings.push({ p, reading, span: { start: head.start, end: tail.end } });
    }
    const consumed = new Set(readings.flatMap((e) => (e.reading.consumes ? [e.reading.consumes] : [])));
    return { c, events: readings.filter((e) => !consumed.has(e.p)) };
  });
  // Sites of clauses that report nothing may stand for an event elsewhere in the sentence.
  // ("Saraf Omra, the first site handed over after the mandate expired, went to the authorities": nor does a participle whose site
  // would follow it, when none does.)
  const idleSites = clauses.filter((k) => k.events.every((e) => e.reading.sites === 'after' && !k.c.sites.some((x) => x.start >= e.p.end))).flatMap((k) => k.c.sites);
  // "Saturday: the last troops left …": a heading date serves every clause without one.
  // "– Vendredi 19 avril, Bunyakiri (Kalehe) : la base … est remise": a heading may name the place before its colon.
  // ("THU 22 FEB · Freeport of Monrovia: the Chinese police unit turns over its facility": or after a middle dot; "Yesterday too: …", "hier aussi : …".)
  // ("20 May; UNAMID officially handed over its team site in Kabkabiya …": or a semicolon, when the day opens the sentence.)
  const heading = dates.find(
    (d) =>
      d.start < 25 &&
      (/^\s{0,2}(?:(?:aussi|too|also|again|encore|egalement)\s{0,2})?(?::|[-–—]\s|,[^.;:]{1,50}\s:\s|\s[·•|]\s[^.;:]{1,50}:\s)/.test(folded.slice(d.end, d.end + 60)) ||
        (/^\s{0,2};\s/.test(folded.slice(d.end, d.end + 4)) && BEFORE_HEADING_DAY.test(folded.slice(0, d.start)))),
  );
  // "On 16 August, after a difficult journey, the convoy reached Timbuktu": a date opening the sentence dates its main clause ("Mardi toujours, elle a précisé …" too).
  // "C'est le 28 juin 2018, près de trois mois après …, que la mission a bouclé son retrait", "It was on 28 June that …": a cleft date too.
  // ("At Tessalit on Saturday, before the last convoy left, the mission destroyed …", "À Tessalit, samedi, …": after a site.)
  // ("Rappel : à Baraka, …", "Update: in Gao, …": past a label and its colon.)
  const frontedSite = sentenceSites.find((s) => FRONTED_PLACE.test(folded.slice(0, s.start).replace(/^[\s"«]{0,3}[a-z]{3,12}\s?:\s/, '')));
  const opening = dates.find((d) => /^[\s"]{0,3}(?:(?:c'est|c'etait|ce fut|it was|it is)\s{1,3})?(?:(?:on|le|ce|this|early on|late on)\s{1,3})?$/.test(frontedSite && frontedSite.end <= d.start ? folded.slice(frontedSite.end, d.start).replace(/^,/, '') : folded.slice(0, d.start)) && /^\s{0,2}(?:(?:toujours|aussi|encore|egalement|also|too|again)\s{0,2})?(?:,|that\b|que\b|qu')/.test(folded.slice(d.end, d.end + 16)));
  let previousDate: CalendarDate | null = null;
  let previousFound: FoundDate | null = null;
  let mainDate: CalendarDate | null = null;
  let toldForward: CalendarDate | null = null;
  let said: FoundDate[] | null = null;
  const saidBefore = (at: number): CalendarDate | null => (said ??= saidIn(clauses, dates, releaseDate, folded)).filter((d) => d.end <= at).pop()?.date ?? null;
  /** The convoy this sentence has already proposed leaving a site, if any. */
  const convoyHere = () => out.filter((o) => o.type === 'convoy_departed' && o.siteId !== null).pop();
  let lastLoose: FoundDate | null = null;
  let listed: { type: MilestoneType; from: number; p: Predicate; confidence: number; future: boolean } | null = null;
  let lastDates: FoundDate[] = [];

  for (const { c, events } of clauses) {
    const { start, end } = c;
    const spans = events.map((e) => e.span);
    const clauseDates = dates.filter((d) => d.start >= start && d.end <= end);
    // A date belongs to the predicate it follows ("which left Ménaka on 25 August, arrived in Gao on 30 August"); one before every predicate, to the first.
    const datesOf = spans.map(() => [] as FoundDate[]);
    for (const d of clauseDates) {
      let owner = -1;
      events.forEach((_, k) => {
        if (events[k]!.p.start < d.start && (owner < 0 || events[owner]!.p.start < events[k]!.p.start)) owner = k;
      });
      // A predicate that reports nothing between the event and the date takes the date with it:
      // "… had departed and the rest would leave by the end of December, except … that starts on 1 January".
      if (owner >= 0) {
        const ownerEnd = Math.max(events[owner]!.p.end, events[owner]!.reading.consumes?.end ?? 0);
        const blocks = (q: Predicate) =>
          ((q.family !== 'start' && q.family !== 'complete') || (d.start - q.end < 12 && q.start - ownerEnd > 40)) && q.family !== 'follow' && !(q.family === 'arrive' && LANDED.test(q.text));
        if (c.predicates.some((q) => q.start >= ownerEnd && q.end <= d.start && blocks(q) && !events.some((e) => e.p === q || e.reading.consumes === q))) continue;
      }
      // "handed over, ahead of the liquidation phase that opened on 1 January": a date inside a relative clause about something else.
      // ("les pillages qui ont commencé le 24 décembre": unless the relative clause is the event's own beginning or end).
      if (owner >= 0) {
        const from = Math.max(events[owner]!.p.end, events[owner]!.reading.consumes?.end ?? 0);
        // ("left that camp on Monday": "that" before a noun is a demonstrative.)
        const rel = /\b(?:that(?!\s{1,3}(?:[a-z]+\s{1,3})?(?:camp|base|site|compound|premises|position|town|day|morning|afternoon|evening|night|week|convoy|flight|operation)\b)|which|who|where|qui|dont|lequel|laquelle)\b[^,;]*$/.exec(folded.slice(from, d.start));
        if (rel && !c.predicates.some((q) => (q.family === 'start' || q.family === 'complete') && q.start >= from + rel.index && q.end <= d.start && q.start - from - rel.index < 25)) continue;
      }
      // "… a essuyé deux attaques sur la piste, et la mission a revu ce lundi son bilan": a date right after a new subject's own verb is that verb's.
      if (owner >= 0 && NEW_SUBJECT_VERB.test(folded.slice(events[owner]!.p.end, d.start))) continue;
      // "…, and on 6 May it gave its former headquarters in Zalingei to the state": a date opening a coordinated clause, right before its subject and verb, is that verb's.
      if (owner >= 0) {
        const next = events.findIndex((e) => e.p.start >= d.end);
        if (next >= 0 && COORDINATED_OPENING.test(folded.slice(Math.max(0, d.start - 20), d.start)) && SUBJECT_THEN_VERB.test(folded.slice(d.end, events[next]!.p.start))) owner = next;
      }
      // "Ber followed on the 13th": an ellipsis takes only a date right after it.
      if (owner >= 0 && events[owner]!.reading.follows && d.start - events[owner]!.p.end > 20) owner = -1;
      if (owner < 0 && spans.length > 0 && spans.every((sp) => sp.start > d.start)) {
        const first = spans.reduce((best, sp, k) => (sp.start < spans[best]!.start ? k : best), 0);
        // "finished packing on Thursday and handed it over on Friday": a date after another verb, joined by a conjunction to an event dated after it, is that verb's.
        const between = folded.slice(d.end, spans[first]!.start);
        const ownAfter = clauseDates.some((x) => x.start >= spans[first]!.end && !c.predicates.some((q) => q.start >= spans[first]!.end && q.end <= x.start));
        // ("The battalion, which had stopped work on 15 April, left Haiti": the day of a relative clause between the subject and its verb is the clause's.)
        const inAside = /,\s{0,3}(?:which|who|qui|dont|lequel|laquelle)\b[^,;]*$/.test(folded.slice(start, d.start)) && /^[^,;]*,[^,;]*$/.test(between);
        if (!(ownAfter && c.predicates.some((q) => q.end <= d.start) && /\b(?:and|et|puis|then)\s/.test(between)) && !inAside) owner = first;
      }
      if (owner >= 0) datesOf[owner]!.push(d);
    }
    // "Ce même 25 août, lors d'une cérémonie, … ont signé les documents …, actant la rétrocession": a date that opens the clause dates all its events.
    const fronted = clauseDates.find((d) => spans.length > 1 && spans.every((sp) => sp.start > d.end) && /^[\s,:]*(?:(?:on|in|le|ce|cette|this|that|same|meme|the|du|night|nuit|of|de|dans|la)\s{1,3}){0,4}$/.test(folded.slice(start, d.start)));
    if (fronted) datesOf.forEach((ds, k) => ds.length === 0 && events[k]!.reading.type !== 'incident' && events[k]!.reading.type !== 'personnel_departed' && ds.push(fronted));
    const sitesOf = assign(c.sites, spans, 2);
    // "has closed its camps at Ber and Goundam and transferred both sites to the State": the sites are the first verb's, and the count's too.
    const countedOf = new Map<number, SiteMention[]>();
    events.forEach((e, k) => {
      const counted = COUNTED_ANAPHOR.exec(folded.slice(e.span.end, e.span.end + 45));
      if (!counted || !/^[\s,]{0,3}(?:[a-z]{3,15}ly\s{1,3}|(?:over|back)\s{1,3})?$/.test(folded.slice(e.span.end, e.span.end + counted.index))) return;
      const word = counted[1] ?? counted[2]!;
      const n = COUNT[word] ?? (word === 'both' || word === 'les deux' ? 2 : 0);
      const named = [...new Map(sentenceSites.filter((x) => x.end <= e.span.start).map((x) => [x.siteId, x])).values()];
      if (n < 2 || named.length !== n) return;
      countedOf.set(k, named);
      const earlier = events.map((_, j) => j).filter((j) => j !== k && events[j]!.span.end <= e.span.start).pop();
      if (earlier === undefined) return;
      const moved = sitesOf[k]!.filter((x) => x.end <= e.span.start);
      sitesOf[k] = sitesOf[k]!.filter((x) => !moved.includes(x));
      sitesOf[earlier]!.push(...moved.filter((x) => !sitesOf[earlier]!.includes(x)));
    });
    /** "a quitté hier sa base de Mopti-Sévaré, remise au gouverneur": the participle in apposition shares the object and the day of the verb before it. */
    const appositionOf = new Map<number, number>();
    // "la base de Ber ayant, elle, été fermée": a site right before an event's verb is its subject.
    for (const site of c.sites) {
      const owner = events.findIndex((e) => e.span.start >= site.end && ownVerbAfter(folded, site.end, e.span.start));
      const holder = sitesOf.findIndex((ss) => ss.includes(site));
      if (owner < 0 || holder < 0) continue;
      // (Not the object of a relative clause's verb, its day between them: "Le convoi qui a quitté dimanche le camp de Ber a été attaqué".)
      const relativeVerb = events.findIndex((e) => e.span.end <= site.start && !/[,;]/.test(folded.slice(e.span.end, site.start)) && RELATIVE_SUBJECT_BEFORE.test(folded.slice(Math.max(0, e.span.start - 20), e.span.start)) && clauseDates.some((d) => d.start >= e.span.end && d.end <= site.start));
      if (relativeVerb >= 0) {
        if (holder !== relativeVerb) {
          sitesOf[holder] = sitesOf[holder]!.filter((x) => x !== site);
          sitesOf[relativeVerb]!.push(site);
        }
        continue;
      }
      const main = events.map((e, k) => k).filter((k) => k !== owner && events[k]!.span.end <= site.start && !events[k]!.p.nominal).pop();
      const apposition = main !== undefined && /^\s{0,2},\s{0,2}$/.test(folded.slice(site.end, events[owner]!.span.start).replace(PLACE_ASIDE, ',')) && !events[owner]!.p.nominal && !c.sites.some((x) => x !== site && x.start > events[main]!.span.end && x.end <= site.start);
      if (apposition) {
        appositionOf.set(owner, main);
        for (const k of [owner, main]) if (!sitesOf[k]!.includes(site)) sitesOf[k]!.push(site);
      } else if (owner !== holder) {
        sitesOf[holder] = sitesOf[holder]!.filter((x) => x !== site);
        sitesOf[owner]!.push(site);
      }
    }
    // "Closed on Saturday, the camp in Douentza was handed over", "Fermé … ce samedi 21 octobre, le camp … a été remis": a participle
    // opening the clause describes the subject of the verb after its comma; the two share the site and the day.
    const lead = events.findIndex((e) => !e.p.nominal && LEADING_PARTICIPLE.test(folded.slice(start, e.span.end)));
    if (lead >= 0) {
      const comma = folded.indexOf(',', events[lead]!.span.end);
      const main = comma < 0 || comma >= end ? -1 : events.findIndex((e, k) => k !== lead && e.span.start > comma && !e.p.nominal);
      if (main >= 0) {
        if (datesOf[main]!.length === 0) appositionOf.set(main, lead);
        if (sitesOf[lead]!.length === 0) sitesOf[lead]!.push(...sitesOf[main]!);
      }
    }
    // "… left in a final road convoy towards Gao on 21 October, ending the mission's presence in Tessalit", "… mettant fin à la présence
    // de la mission à Tessalit": the presence a trailing participle ends is where the departure before it left from.
    events.forEach((e, k) => {
      if (!/^(?:ending|mettant)\b/.test(e.p.text) || !/,\s{0,3}$/.test(folded.slice(Math.max(start, e.span.start - 4), e.span.start)) || !PRESENCE_IN.test(folded.slice(e.span.end, e.span.end + 80))) return;
      const left = events.map((_, j) => j).filter((j) => events[j]!.p.family === 'leave' && !events[j]!.p.nominal && events[j]!.span.end <= e.span.start).pop();
      if (left !== undefined) sitesOf[left]!.push(...sitesOf[k]!.filter((x) => x.start >= e.span.end && !sitesOf[left]!.includes(x)));
    });
    // "The Ogossagou temporary operating base was closed on 3 August, Ber on 13 August and Goundam three days later": with its subject
    // named before the verb, the sites after it that carry their own day are an ellipsis (gapped), not the verb's.
    events.forEach((e, k) => {
      const subjectSite = c.sites.some((x) => x.end <= e.span.start && e.span.start - x.end < 40 && OWN_VERB_GAP.test(folded.slice(x.end, e.span.start)));
      if (!subjectSite) return;
      const gappedOut = sitesOf[k]!.filter((x) => x.start >= e.span.end && GAP_BEFORE.test(folded.slice(Math.max(0, x.start - 40), x.start)) && (GAP_LATER.test(pastSiteWord(folded, x.end)) || /^\s{1,3}(?:on|le)\s{1,3}\d/.test(pastSiteWord(folded, x.end))));
      sitesOf[k] = sitesOf[k]!.filter((x) => !gappedOut.includes(x));
      // (… and the day each of them carries: "the Ber camp on 13 August, followed by Goundam" leaves Goundam no day of Ber's.)
      const ownDays = datesOf[k]!.filter((d) => !gappedOut.some((x) => d.start >= x.end && /^\s{1,3}(?:on|le)\s{1,3}$/.test(pastSiteWord(folded, x.end, d.start - x.end))));
      if (ownDays.length > 0) datesOf[k] = ownDays;
    });
    // "left Tessalit on 21 October and Aguelhok on 23 October": a site goes with the event whose date follows it.
    for (const site of c.sites) {
      const next = clauseDates.find((d) => d.start >= site.end && /^[\s,]{0,3}(?:(?:on|le|in|en)\s{1,3})?$/.test(folded.slice(site.end, d.start)));
      const owner = next ? datesOf.findIndex((ds) => ds.includes(next)) : -1;
      const holder = sitesOf.findIndex((ss) => ss.includes(site));
      if (owner >= 0 && holder >= 0 && owner !== holder && site.start > events[owner]!.span.end) {
        sitesOf[holder] = sitesOf[holder]!.filter((x) => x !== site);
        sitesOf[owner]!.push(site);
      }
    }
    const contingentsOf = assign(c.contingents, spans, 1);
    // "…, and Ukraine's helicopter unit, deployed since 2004, returned home on 13 February": the subject of the verb after it, past an aside.
    for (const m of c.contingents) {
      // ("…, and its last formed police unit, from China, withdrew on 28 February": or named in the aside itself.)
      const subjectOf = spans.findIndex((sp) => sp.start >= m.end && /^[^,;.]{0,30}?(?:,[^,;.]{1,60})?,?\s{0,3}$/.test(folded.slice(m.end, sp.start)) && /(?:^|\b(?:and|et)\s{1,3}|[,;]\s{0,3}(?:from\s{1,3}|de\s{1,3}|du\s{1,3})?)(?:the\s{1,3}|les?\s{1,3}|la\s{1,3})?$/.test(folded.slice(Math.max(start, m.start - 8), m.start)));
      const holder = contingentsOf.findIndex((ms) => ms.includes(m));
      if (subjectOf >= 0 && holder >= 0 && holder !== subjectOf) {
        contingentsOf[holder] = contingentsOf[holder]!.filter((x) => x !== m);
        contingentsOf[subjectOf]!.push(m);
      }
    }
    const looseDate = lastLoose;
    const mainDates = lastDates;
    const dayBefore = previousDate;
    lastDates = clauseDates;
    const taken = new Set(datesOf.flat());
    const unowned = clauseDates.filter((d) => !taken.has(d));
    lastLoose = unowned.length > 0 && /^[\s,]{0,3}$/.test(folded.slice(unowned[unowned.length - 1]!.end, end)) ? unowned[unowned.length - 1]! : null;
    events.forEach(({ p, reading: given, span: sp }, i) => {
      let reading = given;
      if (reading.follows) {
        // ("In East Darfur, the Shearia team site was handed over on 30 October. Mukjar followed on 4 November": the sentence before's.)
        const previous = out[out.length - 1]?.type ?? state.previousType;
        if (!previous || !SITE_LEVEL_TYPES.has(previous)) return;
        reading = { ...reading, type: previous };
      }
      if (reading.type === 'incident' && statistic) return;
      // A relative clause closed before the verb ("150 blue helmets, who are to be repatriated later, set off …") is not its modality.
      // ("The convoy, some 150 soldiers who are to be repatriated in the coming weeks, left Ogossagou": nor is an aside between the subject and its verb.)
      const moodFor = (q: Predicate, at: Span) =>
        moodOf((lastWords(folded.slice(Math.max(start, at.start - 250), at.start).replace(SUBJECT_ASIDE, ', '), 90) + folded.slice(at.start, at.end)).replace(ON_SCHEDULE, ' ').replace(RELATIVE_ASIDE, ','), q, folded.slice(at.end, Math.min(end, at.end + 80)).replace(ON_SCHEDULE, ' '));
      let mood = moodFor(p, sp);
      // "… se retirerait la veille, le commandement quittant les lieux en dernier": a French participle takes the mood of the verb it follows.
      if (mood === 'plain' && /ant$/.test(p.text) && /,\s{0,3}(?:[a-z'-]+\s{1,3}){0,4}$/.test(folded.slice(Math.max(0, p.start - 60), p.start)) && predicates.some((q) => q.end <= p.start && q.futureForm)) mood = 'future';
      if (mood === 'drop') return;
      const movedTo = reading.moved ? MOVED_TO.exec(folded.slice(sp.end, end)) : null;
      if (movedTo) mood = /\b(?:will be|is to be|sera|seront|doit etre|devrait etre)\b/.test(movedTo[0]) ? 'future' : 'plain';
      // "handed over two more locations to the Government: its El Sereif team site on 4 October, and …": the list after the colon.
      if (SITE_LEVEL_TYPES.has(reading.type) && c.sites.length === 0 && /^\s?:\s/.test(folded.slice(end, end + 3)) && (COUNTED_OBJECT.test(folded.slice(sp.end, end)) || COUNTED_OBJECT.test(folded.slice(start, sp.start)) || PLURAL_EVENT_NOUN.test(p.text))) {
        listed = { type: reading.type, from: end, p, confidence: reading.confidence - 0.1, future: mood === 'future' };
        return;
      }
      let own = datesOf[i]!;
      if (movedTo) own = clauseDates.filter((d) => d.end >= sp.end + movedTo[0].length).slice(0, 1);
      if (own.length === 0 && appositionOf.has(i)) own = datesOf[appositionOf.get(i)!]!;
      // ("… indique que le camp a été remis aux autorités civiles …, sans préciser le jour de la signature": a text that says it gives no day gives none.)
      if (own.length === 0 && NO_DAY_GIVEN.test(folded.slice(start, end))) return;
      if (own.length === 0 && !reading.follows) {
        // Coordinated verbs share a date: "completed its withdrawal and handed over the camp on 21 October",
        // "a été fermée puis transférée … le 19 avril" (whatever the tense of the first).
        const perfect = presentOrPerfect(folded.slice(start, sp.start), p);
        // "1,096 peacekeepers have so far been repatriated": a tally to date, not the coordinated event's day.
        const tally = perfect && reading.type === 'personnel_departed' && /\b(?:so far|to date|already|now|in all|in total|deja|a ce jour|jusqu'ici|au total|a present)\b/.test(folded.slice(Math.max(start, sp.start - 80), Math.min(end, sp.end + 30)));
        // "pulled out of the county on Tuesday, handing their compound to the authorities": a participle after a comma shares the main verb's day.
        const participle = /^[a-z]+ing\b/.test(p.text) && /,\s{0,3}(?:(?:formally|officially|thus|so|thereby)\s{1,3})?$/.test(folded.slice(start, sp.start));
        const main = participle ? events.map((e, j) => j).filter((j) => j !== i && events[j]!.span.end <= sp.start && datesOf[j]!.length > 0).pop() : undefined;
        if (main !== undefined) own = datesOf[main]!;
        // "its withdrawal from the Tessalit base was complete, with the remaining personnel setting off for Gao … on Saturday": the day of the "with" clause.
        const withClause = main === undefined ? events.findIndex((e, j) => j !== i && e.span.start > sp.end && datesOf[j]!.length > 0 && WITH_DOING.test(folded.slice(Math.max(sp.end, e.span.start - 60), e.span.start))) : -1;
        if (withClause >= 0) own = datesOf[withClause]!;
        // "la phase s'est achevée vendredi avec la fermeture du camp de Ménaka": a noun introduced by "with" happens on that day.
        if (main === undefined && p.nominal && /\b(?:with|avec|through|par|marked by|marquee? par)\s{1,3}(?:the|la|le|l')\s{0,3}$/.test(folded.slice(Math.max(start, sp.start - 20), sp.start))) {
          const host = events.map((e, j) => j).filter((j) => j !== i && events[j]!.span.end <= sp.start && datesOf[j]!.length > 0 && sp.start - events[j]!.span.end < 60).pop();
          if (host !== undefined) own = datesOf[host]!;
        }
        // "their convoys, hit by several IEDs along the route, reached Gao": an attack told in an aside has no day of its own.
        const aside = reading.type === 'incident' && HIT_ASIDE.test(folded.slice(Math.max(start, sp.start - 60), sp.start)) && /^[^,;.]{0,80},/.test(folded.slice(sp.end, end));
        // The nearest such verb: "la base de Kamanyola avait été remise … le 28 février, et celle d'Amsar avait été fermée et remise … le 9 avril".
        // (Not when a "that morning" between them dates this one: "set off from the base that morning and arrived in Gao on Tuesday".)
        const joined = (j: number) => {
          const between = withoutSiteLists(folded, c.sites, Math.min(events[j]!.span.end, sp.end), Math.max(events[j]!.span.start, sp.start));
          return /\b(?:and|et|puis|then|before|avant de)\b/.test(between) && !SAME_DAY.test(between);
        };
        // ("… le mercredi 28 février, et la base d'Amsar avait elle aussi été fermée auparavant": a verb told as earlier than that day has none of its own.)
        const earlierThanThat = VAGUE_EARLIER.test(folded.slice(sp.end, Math.min(end, sp.end + 40)).split(/[,;]/, 1)[0]!);
        const partner = tally || aside || earlierThanThat || main !== undefined ? -1 : events.map((e, j) => j).filter((j) => j !== i && datesOf[j]!.length > 0 && (!perfect || coordinated(folded, events[j]!.span, sp)) && joined(j)).sort((a, b) => apart(events[a]!.span, sp) - apart(events[b]!.span, sp))[0] ?? -1;
        // ("closed their camp on Thursday, and are getting ready to leave the country": the day of what was done is no plan's.)
        if (partner >= 0 && !(mood === 'future' && datesOf[partner]!.every((d) => d.end <= sp.start) && moodFor(events[partner]!.p, events[partner]!.span) !== 'future')) own = datesOf[partner]!;
        if (aside) return;
      }
      // "… began on 28 February, when MONUSCO handed its base to the police": a "when" clause takes the date just before it.
      if (own.length === 0 && looseDate && /^[\s,]{0,3}(?:when|as soon as|lorsque|quand|au moment ou)\s/.test(folded.slice(start, start + 20))) own = [looseDate];
      // "On 21 October, Douentza is handed over, while the Chadian peacekeepers vacate Tessalit": simultaneous.
      if (own.length === 0 && mainDates.length === 1 && /^[\s,]{0,3}(?:while|whilst|alors que|tandis que)\s/.test(folded.slice(start, start + 20))) own = mainDates;
      // "… was hit by small-arms fire while landing at Tessalit on Thursday": the incident's day may sit in its subordinate clause.
      const eventClauses = clauses.filter((k) => k.events.length > 0 && k.c !== c);
      const sentenceDay =
        reading.type === 'incident' &&
        own.length === 0 &&
        new Set(dates.map((d) => d.date)).size === 1 &&
        !eventClauses.some((k) => dates[0]!.start >= k.c.start && dates[0]!.end <= k.c.end) &&
        // (An aircraft landing that tells no event of its own, "as it landed at Tessalit on Thursday", leaves the day to the attack.)
        !predicates.some((q) => q !== p && q.end <= dates[0]!.start && dates[0]!.start - q.end < 60 && q.family !== 'attack' && !(q.family === 'arrive' && !clauses.some((k) => k.events.some((e) => e.p === q))))
          ? dates[0]!
          : null;
      const near = nearest(own, sp);
      // "30 mars - Le lendemain, une explosion frappe un convoi": the day heading the line is the day the relative one names.
      // (Only right after the heading: "18 août – Le camp est remis ; les derniers en partent le lendemain" is the day after it.)
      const headed = near && heading && heading !== near && /^\s{0,2}[-–—:]\s{0,3}$/.test(folded.slice(heading.end, near.start)) && near.kind === 'relative' && /\b(?:the (?:next|following) day|the day before|the previous day|le lendemain|la veille)\b/.test(fold(near.text)) ? heading : null;
      const found = headed ?? near ?? sentenceDay ?? (heading && heading.end <= start ? heading : null) ?? (dates.length === 0 ? state.paragraphDay : null);
      // "dès le 3 août": as early as that day for a done event; for a plan it only bounds it ("from then on").
      if (found && mood === 'future' && AS_EARLY_AS.test(folded.slice(Math.max(0, found.start - 12), found.start))) return;
      // "Guterres condemned the looting on Saturday", "a condamné samedi les pillages": the day is the statement's, not the attack's
      // (but "condemns today's incident", "les pillages qui ont commencé le 24 décembre").
      if (found && reading.type === 'incident' && CONDEMNED.test(folded.slice(start, sp.start)) && !/^'s\b/.test(folded.slice(found.end, found.end + 2)) && !/^(?:d'aujourd'hui|de ce jour)\b/.test(folded.slice(found.start - 2, found.end)) && (found.start < sp.start || !OWN_TIME.test(folded.slice(sp.end, found.start)))) return;
      let date: CalendarDate | null = found ? eventDay(found, reading.type) : null;
      // "UNIFIL will hand over its Naqoura headquarters on 31 December", in a release of June: a plan's day with no year, over a month ahead,
      // is this year's (the year of a day told as done is the one that puts it before the release, dates.ts).
      // (Not a plan told as past, set aside or only possible: "had been planned for 15 May", "initialement prévue le …", "would be handed over".)
      if (date && found?.kind === 'no_year' && mood === 'future' && date.slice(0, 4) < releaseDate.slice(0, 4) && !NOT_A_FIRM_PLAN.test(folded.slice(start, end))) {
        const ahead = nextYear(date);
        if (ahead.slice(0, 4) === releaseDate.slice(0, 4) && daysBetween(releaseDate, ahead) > 31) date = ahead;
      }
      // "13 August: a ceremony. Three days later, Goundam is closed": counted from the day heading the paragraph (here, before a
      // second event of the sentence takes the first one's day, so the count is made once).
      if (date && found === state.paragraphDay) {
        const count = LATER.exec(folded.slice(start, Math.min(end, sp.end + 60)));
        const back = count ? null : EARLIER.exec(folded.slice(start, Math.min(end, sp.end + 30)));
        if (count) date = addDays(date, daysCounted(count));
        else if (back) date = addDays(date, -daysCounted(back));
      }
      // '"Our peacekeepers left the camp today," the mission said on Monday': a quote's today is the day it was said.
      // ("The mission said so in a statement on Friday. 'The last troops left the base today …'": a quote that opens the sentence after the statement's day.)
      const speechDay = state.toldDay?.sentence === state.sentence ? state.toldDay.date : state.statementDay !== null && state.statementDay.sentence >= state.sentence - 2 && OPENS_QUOTE.test(text) ? state.statementDay.date : null;
      /** A day as its quote means it: "today" in the words of a statement made on Friday is that Friday. */
      const spokenDay = (d: FoundDate, day: CalendarDate) => (speechDay && d.kind === 'relative' && SPEECH_DAY.test(fold(d.text)) && quoted(text, d.start) ? addDays(speechDay, daysBetween(releaseDate, day)) : day);
      if (date && found) date = spokenDay(found, date);
      const before0 = previousDate ?? state.lastDate;
      // "moved further south the following day", "le lendemain": the day after the one just reported (a past event is not tomorrow).
      // ("Le lendemain, le convoi parti de Goundam est arrivé à Tombouctou": one "lendemain" for both verbs, counted once.)
      // (Nor a day and its weekday in apposition: "The following day, Saturday, the Mission closed its base … and handed it to the prefect".)
      const pair = (a: FoundDate, b: FoundDate) => a.kind === 'relative' && b.kind === 'relative' && /^,\s{1,3}$/.test(folded.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
      if (date && found?.kind === 'relative' && previousFound && (found === previousFound || pair(found, previousFound)) && previousDate) date = previousDate;
      // ("The following day, Saturday, the Mission closed its base": the weekday in apposition names that day, after the day just told.)
      else if (date && found?.kind === 'relative' && mood !== 'future' && before0 && /\b(?:the (?:next|following) day|le lendemain),\s{1,3}$/.test(folded.slice(Math.max(0, found.start - 22), found.start)) && weekdayNumber(fold(found.text).replace(/^(?:on|ce)\s+/, '')) === weekdayOf(addDays(before0, 1))) {
        date = addDays(before0, 1);
      } else if (date && found?.kind === 'relative' && mood !== 'future' && /^(?:the (?:next|following) day|le lendemain)$/.test(fold(found.text))) {
        // ("… remise aux autorités le jeudi 3 août ; les derniers soldats l'avaient quittée le lendemain": else the day this sentence said before.)
        // ("À Baraka, la fermeture était intervenue le lundi 6 mai : … Dès le lendemain, …": the day the sentence right before said, when no event was told there;
        // not for an attack, which a sentence about another's loss may come before: "Mardi soir, c'est un entrepôt du PAM … le lendemain matin".)
        const toldJustBefore = !previousDate && reading.type !== 'incident' && state.lastDateSentence < state.sentence - 1 ? daySaidBefore(state, releaseDate) : null;
        const saidHere = allDates.filter((d) => d.end <= found.start && d.kind !== 'range').pop()?.date;
        const anchor = previousDate ?? (toldJustBefore ? saidHere ?? toldJustBefore : before0 ?? saidHere);
        if (anchor) date = addDays(anchor, 1);
      }
      // "Le jeudi suivant", "the following Thursday": that weekday after the day just told, not the release's last one.
      const weekdayAfter = date && found?.kind === 'relative' && before0 && mood !== 'future' && (/^\s{1,3}suivant\b/.test(folded.slice(found.end, found.end + 10)) || /\b(?:the|a)\s{1,3}(?:following|next)\s{1,3}$/.test(folded.slice(Math.max(0, found.start - 16), found.start))) ? weekdayNumber(fold(found.text).replace(/^(?:on|ce|this|last)\s{1,3}/, '')) : null;
      if (weekdayAfter !== null && before0) date = nearestWeekday(before0, weekdayAfter, true);
      // "Ménaka went on 25 August: that Friday the head of office signed …", "ce vendredi-là": the day just told, when it is that weekday;
      // "had closed the Bunyakiri base the previous Friday", "le vendredi précédent": the last such day before it.
      if (date && found?.kind === 'relative' && mood !== 'future' && weekdayAfter === null) {
        const weekday = weekdayNumber(fold(found.text).replace(/^(?:on|ce|this|last)\s{1,3}/, ''));
        const that = /\bthat\s{1,3}$/.test(folded.slice(Math.max(0, found.start - 6), found.start)) || /^-la\b/.test(folded.slice(found.end, found.end + 3));
        const previous = /\b(?:the|a)\s{1,3}previous\s{1,3}$/.test(folded.slice(Math.max(0, found.start - 16), found.start)) || /^\s{1,3}precedent\b/.test(folded.slice(found.end, found.end + 12));
        // ("… finished its withdrawal on 28 June 2018. That Thursday the government took back Star Base": or the day the sentence before said.)
        const told = that ? (allDates.filter((d) => d.end <= found.start && d.kind !== 'range' && d.kind !== 'relative').pop()?.date ?? before0 ?? daySaidBefore(state, releaseDate)) : before0;
        if (weekday !== null && told && that && weekdayOf(told) === weekday) date = told;
        else if (weekday !== null && told && previous) date = nearestWeekday(addDays(told, -1), weekday, false);
      }
      // "La veille", "the day before": the day before the date just mentioned, in this sentence ("announced on Sunday that … the previous day")
      // or the event dated before it (labels guide, "Which date"); else the release's.
      // ("la veille de l'explosion de mercredi" is counted from the day it names, dates.ts.)
      let backDated = false;
      if (date && found?.kind === 'relative' && mood !== 'future' && /^(?:the day before|the previous (?:day|evening|night|morning|afternoon)|the day prior|la veille(?: au soir)?)$/.test(fold(found.text))) {
        const said = allDates.filter((d) => d.end <= found.start).pop();
        const anchor = said ? spokenDay(said, said.date) : before0 && before0 < releaseDate ? before0 : null;
        if (anchor) date = addDays(anchor, -1);
        // ("Their departure follows the formal handover of the base the day before. A convoy … set off at 5 a.m.": the story's day stays.)
        backDated = true;
      }
      let confidence = reading.confidence;
      let byTense = false;
      // "Trois jours après le départ de Ber, la base de Goundam a été fermée": that many days after the day the release gave that site.
      const afterSite = !date ? sentenceSites.find((x) => x.end <= sp.start && /^\s{0,2},/.test(folded.slice(x.end, x.end + 3)) && AFTER_SITE_EVENT.test(folded.slice(0, x.start)) && state.siteDays.has(x.siteId)) : undefined;
      if (afterSite) {
        date = addDays(state.siteDays.get(afterSite.siteId)!, daysCounted(AFTER_SITE_EVENT.exec(folded.slice(0, afterSite.start))!));
      }
      // (Not past ", and" and a subject of its own: "two days after leaving Tessalit, and the column … struck IEDs the same day".)
      const daysAfter = /,\s{0,3}(?:and|et)\s/.test(folded.slice(start, sp.start)) || afterSite ? null : DAYS_AFTER.exec(folded.slice(start, start + 40));
      // "The Senegalese pulled out today. Their departure comes one day after the base was handed over": before the day just told.
      // (The day told before this clause: a second verb of the clause ("handed over …, the first such transfer") is the same day.)
      const toldDay = dayBefore ?? state.lastDate;
      if (!date && daysAfter && toldDay) {
        const n = daysAfter[1] ?? daysAfter[2];
        date = addDays(toldDay, -(n ? (COUNT[n] ?? Number(n)) : 1));
        backDated = true;
      }
      if (!date && reading.follows && before0) {
        const nth = GAP_DAY.exec(folded.slice(sp.end, sp.end + 25));
        if (nth) date = dayOfMonthAfter(before0, Number(nth[1] ?? nth[2]));
      }
      // "le camp de Ber, fermé le 13 août, et celui de Goundam, fermé trois jours plus tard": a count right after the verb, from the day told before it.
      const countedOn = date && found && found.end <= sp.start && !backDated ? GAP_LATER.exec(folded.slice(sp.end, sp.end + 40)) : null;
      if (countedOn) date = addDays(date!, daysCounted(countedOn));
      // ("… a fermé son camp de Goundam trois jours plus tard": past the object.)
      const later = LATER.exec(folded.slice(sp.end, Math.min(end, sp.end + 60))) ?? LATER.exec(folded.slice(start, sp.start));
      const earlier = EARLIER.exec(folded.slice(start, Math.min(end, sp.end + 30)));
      // "… brought forward to 13 August …; Goundam was vacated three days later": after the day the sentence gave last.
      const before = !date && (later || earlier) ? (saidBefore(sp.start) ?? previousDate ?? state.lastDate) : null;
      if (!date && later && before) {
        date = addDays(before, daysCounted(later));
      } else if (!date && earlier && before) {
        date = addDays(before, -daysCounted(earlier));
      } else if (date && (later || earlier) && found?.kind === 'relative' && WEEKDAY_ONLY.test(fold(found.text))) {
        // "Cinq jours plus tôt, jeudi, …": the count from the day told before names the day; the weekday agrees with it.
        const from = saidBefore(start) ?? previousDate ?? state.lastDate ?? daySaidBefore(state, releaseDate);
        const count = later ? daysCounted(later) : -daysCounted(earlier!);
        const counted = from ? addDays(from, count) : null;
        if (counted && daysBetween(counted, date) % 7 === 0) date = counted;
      } else if (!date && reading.type === 'incident' && state.lastLeft && DAY_OF_DEPARTURE.test(folded.slice(start, end))) {
        // "Le jour même du départ, deux engins explosifs …", "on the day of the departure": an attack on the road, the day the story had them leave, not its last day.
        date = state.lastLeft.date;
      } else if (!date && (SAME_DAY.test(folded.slice(start, end)) || pointsBack(folded, start, end)) && (previousDate ?? state.lastDate)) {
        // "… précédé, le 25 août, d'une cérémonie … ; ce jour-là, l'emprise a été restituée": the day this sentence said last, else the last event's.
        // (The day said since the last event is nearer: "… a achevé le 28 juin son retrait du pays. Ce jour-là, Star Base …".)
        date = saidBefore(start) ?? previousDate ?? (state.lastDateSentence < state.sentence - 1 ? daySaidBefore(state, releaseDate) : null) ?? state.lastDate;
      } else if (!date && SAME_DAY.test(folded.slice(start, end))) {
        // "… withdrew from the country on 28 June; on that day Star Base was returned": the day just said in a main clause, even with no event proposed for it.
        date = saidBefore(sp.start) ?? daySaidBefore(state, releaseDate) ?? null;
      }
      // "On 16 August, after a difficult journey, the convoy reached Timbuktu": the opening date, for the main clause of the same
      // stretch (not past a semicolon), not a subordinate clause before its comma ("On 16 August, after the convoy left Kidal, …").
      if (!date && opening && opening.end <= start && !/[;:]/.test(folded.slice(opening.end, sp.start)) && (!SUBORDINATE_START.test(folded.slice(start, start + 25)) || /,/.test(folded.slice(start, sp.start)))) {
        date = opening.date;
      }
      // "Lors de la visite d'inspection, … ont constaté …", "During the ceremony, …": at the event just told, on its day.
      if (!date && mood !== 'future' && DURING_THE.test(folded.slice(start, Math.min(sp.start, start + 60)))) date = previousDate ?? state.lastDate ?? daySaidBefore(state, releaseDate) ?? null;
      // "le dernier convoi a quitté Kidal ce matin ; il a été la cible de deux attaques sur son trajet": on the way out, that day.
      if (!date && reading.type === 'incident' && mood !== 'future') {
        const subject = folded.slice(start, sp.start).replace(/^[\s;,]+/, '');
        const convoy = convoyHere();
        // (Not a pluperfect: "il avait été touché": a past with no day is not logged, labels guide.)
        // (Nor after a departure the sentence opens on: "After leaving Kidal on 31 October, the convoy was attacked twice": later, on no day given.)
        if (convoy && !/\b(?:avait|avaient|had)\b/.test(subject) && !/^[\s"«]{0,3}(?:after|apres\s{1,3}(?:avoir|etre))\s/.test(folded.slice(0, start)) && (/^(?:(?:and|et|then|puis|but|mais)\s{1,3})?(?:it|they|il|elle|ils|elles)\s/.test(subject) || /(?:^|\s)(?:and|et|then|puis)\s{1,3}(?:was\s{1,3}|were\s{1,3}|a\s{1,3}ete\s{1,3})?(?:[a-z]+\s{1,3}(?:[a-z0-9]+\s{1,3}){0,2})?$/.test(subject) || DEFINITE_CONVOY.test(subject.slice(-60)))) date = convoy.date;
      }
      // "a quitté hier, vendredi 8 décembre, sa base : les derniers Casques bleus sont arrivés à Gao en fin de journée": what a colon opens tells the day before it.
      // "… avait été précédé, ce même vendredi, d'une cérémonie : … le camp a été restitué": or the day the clause before it gave, with no event of its own.
      if (!date && mood !== 'future' && /^:\s/.test(folded.slice(start, start + 2))) {
        const opened = clauses.find((k) => k.c.end === start);
        date = dayBefore ?? (opened && opened.events.length === 0 && /\b(?:ceremon\w*|signing|signature|event)\b/.test(folded.slice(opened.c.start, start)) ? (dates.filter((d) => d.start >= opened.c.start && d.end <= start && d.date <= releaseDate && d.kind !== 'range').pop()?.date ?? null) : null);
      }
      // "There were cheers and tears at Dublin Airport this morning as more than 200 Irish peacekeepers came home": a scene with a day and no event of its own dates what happened as it unfolded.
      if (!date && mood !== 'future' && /^,?\s(?:as|when|alors que|lorsque|quand)\s/.test(folded.slice(start, start + 12))) {
        const opened = clauses.find((k) => k.c.end === start);
        if (opened && opened.events.length === 0) date = dates.filter((d) => d.start >= opened.c.start && d.end <= start && d.date <= releaseDate && d.kind !== 'range').pop()?.date ?? null;
      }
      // "Une cérémonie a été organisée mardi en l'honneur des Casques bleus chinois, qui s'apprêtent à quitter la RDC": the day of what was done, not of the plan.
      if (date && mood === 'future' && found && found.start < sp.start && /\b(?:a ete|ont ete|a|ont|was|were|has been|have been)\s{1,3}(?:[a-z]+\s{1,3})?[a-z]+(?:e|ee|es|ees|i|ie|is|u|ue|us|ed|en)\s{1,3}$/.test(folded.slice(Math.max(0, found.start - 50), found.start))) return;
      // ("s'apprête à fermer ce mardi" in Tuesday's release, "is due back home today": this very day.)
      const thisVeryDay = date === releaseDate && found?.kind === 'relative' && found.start >= start && found.end <= end && ((/^(?:ce|this)\s/.test(fold(found.text)) && WEEKDAY_ONLY.test(fold(found.text))) || /^(?:today|aujourd'hui|tonight|ce soir)$/.test(fold(found.text)));
      if (date && mood === 'future' && date <= releaseDate && !thisVeryDay && found?.kind === 'relative' && /(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:lun|mar|mercre|jeu|vendre|same)di\b|dimanche/.test(fold(found.text))) {
        date = addDays(date, 7); // "on Saturday" in a sentence about the future: the coming one
      }
      // "The last peacekeepers pulled out of Kidal on Tuesday. A road convoy … set off from Kidal for Gao and struck two IEDs on the way":
      // the story goes on, that day (not in the pluperfect, which steps back).
      // (Not a present perfect, which tells today's news: "A convoy … has left Ogossagou".)
      // "… pulled its last troops out of the Ber camp on Sunday. The final convoy to leave Ber came under attack twice as it withdrew": that convoy, that day.
      // (Only when the day the story gave last is that departure's: not "… reached Gao on 7 November. The convoy ran into six IEDs".)
      // "… handed one of its last camps to the national authorities on Friday. The camp in Mopti was transferred without a hitch": the camp the sentence before left unnamed, that day.
      if (!date && mood !== 'future' && state.siteless?.sentence === state.sentence - 1 && state.siteless.type === reading.type && dates.length === 0 && !/\b(?:had|avait|avaient)\b/.test(folded.slice(start, sp.start))) date = state.siteless.date;
      // ("le convoi parti de Ber a été pris pour cible", "the convoy that left the camp came under fire": the convoy of that departure.)
      const convoyOut = reading.type === 'incident' && state.lastLeft?.sentence === state.sentence - 1 && state.lastLeft.date === state.lastDate && CONVOY.test(folded.slice(Math.max(start, sp.start - 80), sp.start)) && /\b(?:as it|as they|while|lors de|en quittant|on its way out|to leave|leaving|qui quittait|qui se retirait|partie?s?\s{1,3}(?:de|du|d')|(?:that|which)\s{1,3}(?:had\s{1,3})?left|qui\s{1,3}(?:a|avait)\s{1,3}quitte)/.test(folded.slice(start, end));
      // ("… turned its Kakata compound over on Tuesday. The facilities handed over include a generator": the goods of that handover, that day.)
      // ("… turning over its compound on Tuesday, 17 May. The package included a 36KVA generator": only after a handover.)
      const goodsOfIt = reading.type === 'asset_disposal' && reading.definite === true && (GOODS_HELD.test(p.text) ? state.handedOver !== null : GOODS_LISTED.test(folded.slice(sp.end, end)));
      // ("Quelques jours plus tôt, un convoi sorti de Ménaka avait essuyé des tirs": a vague time of its own, not the day just told.)
      if (!date && mood !== 'future' && (NARRATIVE.has(reading.type) || convoyOut || goodsOfIt) && state.lastDate && (state.lastDateSentence === state.sentence - 1 || (goodsOfIt && sceneGoesOn(state))) && dates.length === 0 && !/\b(?:had|avait|avaient|s'etait|s'etaient|has|have)\b/.test(folded.slice(start, sp.start)) && !VAGUE_COUNT.test(folded.slice(0, end))) date = state.lastDate;
      // "Their convoy … set off from Ogossagou at 5 a.m. and reached Mopti at 10.30 p.m.": the arrival coordinated with the departure this sentence dated.
      const setOff = !date && reading.type === 'convoy_arrived' && mood !== 'future' ? convoyHere() : undefined;
      if (setOff && setOff.status === 'achieved' && dates.length === 0 && /\b(?:and|et)\s{1,3}(?:[a-z]+\s{1,3})?$/.test(folded.slice(start, sp.start))) date = setOff.date;
      // "MINUSMA closed its Ansongo camp on Saturday. The keys were handed to the prefect": the keys (or the camp) of the site just closed, that day.
      if (!date && mood !== 'future' && reading.type === 'site_handed_over' && state.previousDay && dates.length === 0 && PASSIVE_BEFORE.test(folded.slice(start, sp.start)) && HANDED_KEYS.test(folded.slice(Math.max(start, sp.start - 50), sp.start)) && !/\b(?:had|avait|avaient)\b/.test(folded.slice(start, sp.start))) date = state.previousDay;
      // ("La Mission a fermé ce samedi sa base d'Ansongo. La cheffe du bureau de Gao … a remis les clés au préfet": the keys handed over, in the active.)
      if (!date && mood !== 'future' && reading.type === 'site_handed_over' && state.previousDay && dates.length === 0 && /^\s{1,3}(?:over\s{1,3})?(?:the|les)\s{1,3}(?:keys|cles)\b(?!\s{1,3}(?:of|du|de|d'))/.test(folded.slice(sp.end, sp.end + 20)) && !/\b(?:had|avait|avaient)\b/.test(folded.slice(start, sp.start))) date = state.previousDay;
      // "During the event the Mission donated assets …. It also handed over its base at Rutemba": the same occasion as what the sentence before reported.
      // (Only "also" right before a verb in the past, not "had also given", "is also in the process of", "provides also for".)
      if (!date && mood !== 'future' && state.previousDay && dates.length === 0 && ALSO_DID.test(folded.slice(Math.max(start, sp.start - 30), sp.start)) && !OVER_THE_PERIOD.test(folded.slice(start, sp.start)) && !/ing$/.test(p.text.split(/\s/, 1)[0]!)) date = state.previousDay;
      // "… returned Star Base to the government on Thursday. … UN staff then walked out of the premises": the next step of the scene just dated.
      if (!date && mood !== 'future' && (SITE_LEVEL_TYPES.has(reading.type) || reading.type === 'convoy_departed') && state.lastDate && sceneGoesOn(state) && dates.length === 0 && THEN_NEXT.test(folded.slice(start, sp.end + 12))) date = state.lastDate;
      // "The last Ukrainian peacekeepers have gone home: the aviation unit returned to Ukraine on Tuesday": what the colon opens
      // tells the day of the news before it (one day said there, no other event).
      if (!date && mood !== 'future' && /^\s?:\s/.test(folded.slice(end, end + 3))) {
        const opened = clauses.find((k) => k.c.start >= end && k.c.start <= end + 2);
        const told = opened ? dates.filter((d) => d.start >= opened.c.start && d.end <= opened.c.end) : [];
        if (opened && told.length === 1 && told[0]!.kind !== 'range' && told[0]!.date <= releaseDate && dates.every((d) => d.start >= end) && opened.events.every((e) => e.reading.type === reading.type)) date = told[0]!.date;
      }
      if (!date) {
        if (mood === 'future') return;
        // "10,754 personnel had already departed", "avaient déjà été rapatriés": a tally as of the report.
        const tallyToDate = reading.type === 'personnel_departed' && /\b(?:already|so far|to date|(?:have|has) now|deja|a ce jour|jusqu'ici|desormais)\b/.test(folded.slice(Math.max(start, sp.start - 60), sp.end + 20));
        // "a indiqué jeudi que plus de 1 800 soldats de la paix avaient quitté le sud du pays": a head count as of the day it was given.
        const toldCount = reading.type === 'personnel_departed' && toldDates.length === 1;
        if (!presentOrPerfect(folded.slice(start, sp.start), p) && !tallyToDate && !toldCount) return;
        // "a rétrocédé trois jours plus tard son camp de Goundam": a count from a day not found is no day, not the release's.
        // (Not "trois jours plus tôt que prévu", "earlier than planned": a comparison.)
        if ((LATER.test(folded.slice(start, end)) || EARLIER.test(folded.slice(start, end))) && !/\b(?:plus tot|plus tard|earlier|later)\s{1,3}(?:que|than)\b/.test(folded.slice(start, end))) return;
        // "MINUSMA is also withdrawing from Aguelhok in the coming days": a present that announces, with no day.
        if (VAGUE_FUTURE.test(folded.slice(sp.start, end))) return;
        // "Le 23 octobre, la mission annonce avoir achevé son retrait": done before the day it was told, not on the release's.
        if (toldDates.some((d) => d.date < releaseDate) && reading.type !== 'personnel_departed') return;
        // "have lost their lives": a tally, not an event; but "le convoi parti de Ber a été pris pour cible", "il a été frappé par des engins explosifs": the one just told.
        if (reading.type === 'incident' && !(SPECIFIC_INCIDENT.test(folded.slice(start, end)) && !STATISTIC.test(folded.slice(start, end)) && !/\b(?:since|depuis|so far|to date|in all|au total|a ce jour)\b/.test(folded.slice(start, end)))) return;
        // "a quitté Kidal la semaine dernière", "left recently": a past time with no day; not the release's day.
        // A tally to date is dated by the day it was given, when the sentence says it.
        // "… a déclaré mardi sa porte-parole. La Finul a déjà réduit ses effectifs de près de 2 000 Casques bleus, a-t-elle précisé": the same telling.
        const toldBefore = toldEarlier && toldEarlier.sentence >= state.sentence - 4 && CONTINUED_SPEECH.test(folded) ? toldEarlier.date : null;
        // ("… has now been cut by nearly 2,000, spokeswoman Kandice Ardiel said on Tuesday, up from the 1,800 the mission reported on 1 January": the telling right after it.)
        const toldNext = toldDates.find((d) => d.start >= sp.end && d.start - sp.end < 80 && !toldDates.some((x) => x !== d && x.start >= sp.end && x.start < d.start));
        const toldOn = reading.type === 'personnel_departed' ? (toldDates.length === 1 ? toldDates[0]!.date : (toldNext?.date ?? toldBefore)) : null;
        if (!toldOn && !tallyToDate && (VAGUE_PAST.test(folded.slice(start, end)) || MONTH_HEADING.test(folded))) return;
        // "En 2024, l'Irlande avait déjà rapatrié ses 133 soldats du Golan": a year gone by, no day; not the release's, tally or not.
        const pastYear = IN_YEAR.exec(folded.slice(0, end));
        if (pastYear && Number(pastYear[1]) < Number(releaseDate.slice(0, 4))) return;
        date = toldOn ?? releaseDate;
        confidence -= 0.25;
        byTense = toldOn === null;
      }
      // "Since January, a liquidation team has been disposing of the equipment", "Depuis janvier, … : les derniers équipements ont été
      // remis": disposing of assets over months, not an event of a day.
      if ((reading.type === 'asset_disposal' || reading.type === 'equipment_destroyed') && !found && SINCE_MONTH.test(folded.slice(Math.max(0, sp.start - 100), sp.start))) return;
      if (mood === 'future' && date <= releaseDate && !thisVeryDay) return;
      // "annoncé pour les prochaines semaines", "in the coming weeks": a plan without a day, whatever day a neighbour has.
      if (mood === 'future' && VAGUE_FUTURE.test(folded.slice(sp.start, end))) return;
      // A year or more before the release is background ("had come home from Darfur in February 2021"), not news;
      // but a timeline's line that opens on its day ("3 Aug 2023: the Ogossagou base is handed over") retells it as an event.
      // (Nor in a story told a year on: "One year ago today, the last peacekeepers drove out of Kidal" (the only relative day that far back), and the events of that story.)
      if (daysBetween(date, state.story ?? releaseDate) > 365 && !(heading && found === heading) && !(found?.kind === 'relative' && daysBetween(found.date, releaseDate) > STORY_GAP)) return;
      // "Le 21 février dernier encore, trois d'entre eux avaient été tués …" in a release of October: an old attack recalled, in the pluperfect.
      if (reading.type === 'incident' && daysBetween(date, releaseDate) > 60 && /\b(?:had|avait|avaient)\b/.test(folded.slice(start, sp.start))) return;
      const status = date > releaseDate || (thisVeryDay && mood === 'future') ? 'planned' : 'achieved';
      // An attack is never announced for a day: a day after the release is a misread. A head count to come
      // ("quelque 11 600 soldats … doivent avoir quitté le pays au 31 décembre") is a target, not a tally.
      if (status === 'planned' && (reading.type === 'incident' || reading.type === 'personnel_departed')) return;
      if (status === 'planned') confidence -= 0.1;

      // "The camp was handed over …, and the last peacekeepers reached Timbuktu": a site past a verb that reports nothing is that verb's.
      const idle = c.predicates.filter((q) => q.family !== 'start' && q.family !== 'complete' && q.family !== 'follow' && !events.some((e) => e.p === q || e.reading.consumes === q) && q.start >= sp.end);
      const beyond = (x: SiteMention) => idle.some((q) => q.end <= x.start && /\b(?:and|et|while|but|mais)\b/.test(folded.slice(sp.end, q.start)));
      // "donated assets worth $10 million … at a ceremony in Kavumu": where the ceremony was held is not where the assets were;
      // "Le camp d'Amsar a été fermé et remis …, à l'issue d'une cérémonie organisée en périphérie de Bukavu": nor the site handed over.
      const assets = reading.type === 'asset_disposal';
      const venue = (x: SiteMention) => (assets || (x.start >= sp.end && sentenceSites.some((y) => y.siteId !== x.siteId))) && CEREMONY_VENUE.test(folded.slice(Math.max(0, x.start - 50), x.start));
      // "handed over its base at Tawila to the government of North Darfur, where the authorities in El Fasher say …": a place of the aside.
      // ("completing the pull-out of Senegal's contingents, which had served in areas such as Gao, Kidal and Sévaré": a relative clause's places.)
      // ("Le contingent chinois, dont le camp se trouvait aux abords de Bukavu, a quitté la RDC": an aside between the subject and its verb.)
      // ("le camp d'Amsar, tenu par le génie chinois aux portes de Bukavu, avait été fermé": a participle's aside after the site named.)
      // ("the smallest outposts furthest from the super camps of Timbuktu, Gao and Mopti": places the sites are far from.)
      const described = (x: SiteMention) =>
        FAR_FROM_BEFORE.test(folded.slice(Math.max(0, x.start - 70), x.start)) ||
        // ("MINUSMA has closed the eighth of its 13 bases in central and northern Mali and in Bamako": where the bases counted lie.)
        (x.start >= sp.end && COUNTED_BASES_IN.test(folded.slice(sp.end, x.start))) ||
        (x.end <= sp.start && sentenceSites.some((y) => y.end <= x.start && PARTICIPLE_ASIDE.test(folded.slice(y.end, x.start))) && /^[^,;]*,[^,;]*$/.test(folded.slice(x.end, sp.start)));
      const aside = (x: SiteMention) =>
        described(x) ||
        (x.start >= sp.end && /,\s{0,3}(?:where|which|who|whose)\b[^;]*$/.test(folded.slice(sp.end, x.start))) ||
        // ("… sera fermée le 28 février et remise à la police, a annoncé lundi la cheffe de la mission, en séjour à Bukavu": where it was said.)
        (x.start >= sp.end && REPORTING_AFTER_COMMA.test(folded.slice(sp.end, x.start))) ||
        // ("… and officially transferred to the Malian State, the regional governor and the mission's Timbuktu office having signed the documents": an absolute participle's subject.)
        (x.start >= sp.end && /,/.test(folded.slice(sp.end, x.start)) && /^[^,;.]{0,40}\b(?:having|ayant)\s/.test(folded.slice(x.end, x.end + 60))) ||
        (x.end <= sp.start && /,\s{0,3}(?:dont|whose|where|ou)\s[^,;]*$/.test(folded.slice(start, x.start)) && /^[^,;]*,[^,;]*$/.test(folded.slice(x.end, sp.start)));
      // "huit blessés, tous évacués vers la base de Gao", "the wounded were flown to Gao": where the wounded were taken, not where it happened.
      const takenTo = (x: SiteMention) => reading.type === 'incident' && /\b(?:evacuat\w*|evacue\w*|flown|airlifted|taken|transferred|transferes?|transportes?|emmenes?)\s{1,3}(?:[a-z]+\s{1,3}){0,2}?(?:to|vers|sur|a|au|jusqu'a)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:[a-z.-]+\s{1,3}){0,3}?$/.test(folded.slice(Math.max(0, x.start - 60), x.start));
      // "Le convoi parti de Kidal à destination de Gao a été attaqué": hit on the way out of the site it left, not at the one it was bound for.
      const boundFor = (x: SiteMention) =>
        reading.type === 'incident' &&
        ((BOUND_FOR_BEFORE.test(folded.slice(Math.max(0, x.start - 40), x.start)) &&
          sentenceSites.some((y) => y.siteId !== x.siteId && FROM_BEFORE.test(folded.slice(Math.max(0, y.start - 30), y.start)) && !NOT_ORIGIN.test(folded.slice(Math.max(0, y.start - 40), y.start)))) ||
          // ("the UN convoy withdrawing from the northern Kidal region to neighboring Gao was attacked": on its way to it, wherever it came from.)
          CONVOY_GOING_TO.test(folded.slice(Math.max(0, x.start - 100), x.start)));
      // "en lien étroit avec le commandement des FAMa à Mopti", "with the military command of the Malian Armed Forces in Mopti": where the host's command sits.
      const commandAt = (x: SiteMention) => ARMY_COMMAND_AT.test(folded.slice(Math.max(0, x.start - 90), x.start));
      const candidates = (reading.type === 'incident' ? sentenceSites : sitesOf[i]!).filter((x) => !(x.start >= sp.end && beyond(x)) && !venue(x) && !aside(x) && !takenTo(x) && !boundFor(x) && !commandAt(x));
      const barred = candidates.length === 0 && sitesOf[i]!.length > 0;
      let sites = countedOf.get(i) ?? filterSites(c, reading, sp, candidates, new Set(own.map((d) => d.date)).size, p.family !== 'close');
      if (sites.length === 0 && (SITE_LEVEL_TYPES.has(reading.type) || reading.type === 'incident')) {
        // "was closed and then handed over", "a fermé la base d'Amsar et l'a remise": the coordinated verb's site;
        // "the convoy left Ber on Sunday and was attacked twice": the incident on the way out of it.
        const partner =
          events
            .map((e, j) => j)
            .filter(
              (j) =>
                j !== i &&
                sitesOf[j]!.length > 0 &&
                (reading.type === 'incident' ? events[j]!.reading.type === 'convoy_departed' || events[j]!.reading.type === 'withdrawal_completed' : SITE_LEVEL_TYPES.has(events[j]!.reading.type)) &&
                coordinated(folded, events[j]!.span, sp),
            )
            .sort((a, b) => apart(events[a]!.span, sp) - apart(events[b]!.span, sp))[0] ?? -1;
        // ("…, was closed and handed to the national police on 28 February, and the Chinese contingent's base at Amsar …": a site after it that
        // another verb has is not this one's.)
        if (partner >= 0 && !c.sites.some((s) => s.start >= sp.end && !venue(s) && !events.some((e, j) => j !== i && j !== partner && e.span.start > sp.end && sitesOf[j]!.includes(s)))) sites = filterSites(c, { ...reading, sites: 'any' }, events[partner]!.span, sitesOf[partner]!.filter((x) => !described(x) && !boundFor(x)), new Set(own.map((d) => d.date)).size);
      }
      let destination: SiteMention | null = null;
      if (reading.type === 'convoy_arrived') {
        // The milestone belongs to the site the convoy left, wherever the sentence names it.
        const from = withListed(sentenceSites.filter(
          (s) =>
            // ("les 350 kilomètres qui le séparaient de Gao": a distance's "de" is no origin.)
            ((s.end <= sp.start || s.end <= end) && FROM_BEFORE.test(folded.slice(Math.max(0, s.start - 30), s.start)) && !NOT_ORIGIN.test(folded.slice(Math.max(0, s.start - 40), s.start))) ||
            ((s.end <= sp.start || s.end <= end) &&
              (/\b(?:left|leaving|departed|set off from|out of|to leave|to depart|quitte|quittant|parti(?:e|s)? de|sorti(?:e|s)? de|a quitter)\s{1,3}(?:the\s|its\s|our\s|their\s|le\s|la\s|l'|son\s|sa\s|leur\s|notre\s)?(?:(?:camp|base) (?:de |d'|du |of |at |in |a ))?#?$/.test(folded.slice(Math.max(0, s.start - 40), s.start)) ||
                /\b(?:left|departed|quitte|out of)\s{1,3}#?[\p{L}-]+\s{1,3}(?:(?:on|le)\s{1,3}\d{1,2}(?:er)?\s{1,3}[a-z]+\s{1,3})?(?:and|et)\s{1,3}#?$/u.test(folded.slice(Math.max(0, s.start - 60), s.start)))) ||
            // "reached Gao on 7 November, after leaving Kidal on 31 October": the site left, told after.
            (s.start >= sp.end && AFTER_LEAVING_SITE.test(folded.slice(Math.max(0, s.start - 50), s.start))) ||
            // "The last Blue Helmets based at Mopti-Sévaré reached Gao": the site of the people who arrived.
            (s.end <= sp.start && reading.definite === true && stationedAt(folded, s)),
        ), sentenceSites, folded);
        const departed = out.filter((o) => (o.type === 'convoy_departed' || o.type === 'withdrawal_completed') && o.siteId !== null).map((o) => o.siteId);
        const left = sentenceSites.filter((s) => departed.includes(s.siteId));
        // "left Tessalit on 21 October and Aguelhok two days later, and their convoys … reached Gao": every site this clause has them leave.
        let origin = left.length > 0 ? [...left, ...from.filter((s) => s.start >= start && !left.some((x) => x.siteId === s.siteId))] : from;
        // ("À Douentza, les Casques bleus togolais qui tenaient le camp sont arrivés dimanche un peu plus au sud": the place the sentence opens on, first.)
        if (origin.length === 0 && frontedSite && frontedSite.end <= sp.start && POSTED_THERE.test(folded.slice(start, sp.start))) origin = [frontedSite];
        if (origin.length === 0 && reading.definite && antecedent && departed.includes(antecedent.siteId)) origin = [antecedent];
        // "À Goundam, … ont plié bagage ; leur colonne a rallié Tombouctou mercredi": their convoy, from the site the passage is about
        // (past an aside: "Their convoy, close to 150 Blue Helmets in all, has since reached Mopti").
        if (origin.length === 0 && antecedent && /\b(?:their|its|leur|leurs|son|sa)\s{1,3}(?:(?:last|final|dernier|derniere)\s{1,3})?(?:convoys?|convois?|columns?|colonnes?)\b[^,;]{0,30}$/.test(folded.slice(Math.max(start, sp.start - 120), sp.start).replace(/,[^,;]{1,70},/g, '')) && !sentenceSites.some((x) => x.siteId === antecedent!.siteId)) origin = [antecedent];
        // "Le dernier convoi, parti le même jour, est arrivé à Gao": the site its departure was proposed for, just now.
        const justLeft = convoyHere();
        if (origin.length === 0 && justLeft && state.handedOver?.siteId === justLeft.siteId && !sentenceSites.some((x) => x.siteId === justLeft.siteId)) origin = [state.handedOver];
        if (origin.length === 0 && antecedent && /\b(?:from|out of|de|du|d')\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l')?(?:camp|base|site|emprise)\b/.test(folded.slice(0, sp.start))) origin = [antecedent];
        // "Les derniers Casques bleus qui y étaient stationnés sont arrivés à Gao": from the site the passage is about.
        if (origin.length === 0 && antecedent && POSTED_THERE.test(folded.slice(start, sp.start)) && !sentenceSites.some((x) => x.siteId === antecedent!.siteId)) origin = [antecedent];
        const priorSite = state.convoy?.site;
        if (origin.length === 0 && reading.priorConvoy && priorSite && !sitesOf[i]!.some((s) => s.siteId === priorSite.siteId)) origin = [priorSite];
        if (origin.length > 0) {
          destination = sitesOf[i]!.find((s) => s.siteId !== origin[0]!.siteId && s.start > sp.start && !origin.includes(s)) ?? null;
          const seen = new Set<number>();
          sites = origin.filter((s) => !seen.has(s.siteId) && seen.add(s.siteId));
        }
      }
      const anaphoric = SITE_LEVEL_TYPES.has(reading.type) || reading.type === 'convoy_departed' || reading.type === 'convoy_arrived' || reading.type === 'incident';
      // "la rétrocession du camp", "handed over the camp": the object names the one site this passage is about.
      // "In Ménaka, … signed the documents formally returning the camp": the one site the clause names before the verb comes first.
      const prior = c.sites.filter((x) => x.end <= sp.start && !isDestination(folded, predicates, x));
      // ("At a ceremony on 25 August, the head of the mission's Ménaka office signed the documents by which the camp was returned": the one office the sentence names before, when nothing else stands for the camp.)
      const offices = mentions.filter((x) => x.qualifier === 'place' && x.end <= sp.start && OFFICE_AROUND.test(folded.slice(Math.max(0, x.start - 40), x.end + 10)));
      const office = prior.length === 0 && new Set(offices.map((x) => x.siteId)).size === 1 ? offices[0]! : null;
      const referent = (prior.length > 0 && new Set(prior.map((x) => x.siteId)).size === 1 ? prior[0]! : null) ?? antecedent ?? office;
      // "La MINUAD l'a remis jeudi", "handed it over": an object pronoun stands for that site too.
      // "It was handed over on Friday", "Il a été remis": the subject pronoun of a passive too.
      const beforeVerb = folded.slice(start, sp.start);
      // "La base de Kavumu, que les Casques bleus ont quittée jeudi, sera remise …": the subject before a relative clause.
      const pronoun =
        RELATIVE_THEN_VERB.test(beforeVerb) ||
        cliticBefore(beforeVerb) || /\b(?:it|them)\b/.test(p.text) ||
        // ("It went back to the government on 21 January": the subject changes hands.)
        (/^(?:went|passed)\b/.test(p.text) && /(?:^|[,;]\s{0,3}|\b(?:and|then)\s{1,3})it\s{1,3}(?:[a-z]+ly\s{1,3})?$/.test(beforeVerb)) || /^\s{1,3}(?:it|them)\b/.test(folded.slice(sp.end, sp.end + 6)) || (PASSIVE_BEFORE.test(beforeVerb) && (passiveSubjectRefersBack(beforeVerb) || (!c.sites.some((x) => x.end <= sp.start) && refersBack(beforeVerb.slice(-140)))));
      // "… and the last convoys pulled out of the camp that same day": a convoy leaving the camp too.
      const leavesTheCamp = reading.type === 'convoy_departed' && refersBack(folded.slice(sp.end, Math.min(end, sp.end + 25)));
      // "La partie nord du super camp - une section seulement de la base - avait été confiée lundi": a part named before an aside between dashes.
      const partOf = PART_OF.test(folded.slice(start, end)) || PART_OF.test(folded.slice(Math.max(0, sp.start - 160), sp.start).split(/[;:.]/).pop()!.replace(/\s[-–—]\s[^-–—]{0,80}\s[-–—]\s/g, ' '));
      // "a fermé le 6 décembre sa base militaire de Lubero", "closed its base in Lubero": a base named, but not one of the gazetteer's; no referent stands for it.
      // ("Au Nord-Kivu, la base de Lubero avait déjà fermé": so is one named right before the verb.)
      const namedAt = (from: number, to: number, re: RegExp) => {
        const m = re.exec(text.slice(from, to));
        return m !== null && !mentions.some((x) => x.start >= from + m.index && x.start <= from + m.index + m[0].length) && findCountryMentions(m[0]).length === 0;
      };
      // ("the mission's site in the Kalma area was handed over": a site by the area it stands in, not one of the gazetteer's.)
      const unknownBase = namedAt(sp.end, Math.min(end, sp.end + 80), OTHER_BASE) || namedAt(Math.max(start, sp.start - 90), sp.start, OTHER_BASE_SUBJECT) || namedAt(Math.max(start, sp.start - 90), Math.min(end, sp.end + 80), BASE_IN_AREA);
      // "… pulled every last soldier out of Tessalit. The pull-out was completed on Saturday": the withdrawal just told, completed.
      const theWithdrawal = reading.type === 'withdrawal_completed' && p.family === 'complete' && THE_WITHDRAWAL_DONE.test(folded.slice(start, end));
      if (sites.length === 0 && referent && !unknownBase && (SITE_LEVEL_TYPES.has(reading.type) || leavesTheCamp) && !partOf && (pronoun || theWithdrawal || refersBack(folded.slice(sp.end, Math.min(end, sp.end + 25))))) {
        sites = [referent];
        confidence -= 0.15;
      }
      // "the camp at Ber, which MINUSMA handed over on 13 August": the relative pronoun is the verb's object.
      // "after … Ogossagou and the camp at Ber, which it abandoned on Sunday": the relative pronoun's one site, not the list before it.
      const relative = SITE_LEVEL_TYPES.has(reading.type) && (sites.length === 0 || sites.every((x) => x.end <= sp.start)) && RELATIVE_HINT.test(folded.slice(start, sp.start)) ? relativeObjectSite(folded, c.sites, start, sp.start, sp.end) : null;
      if (relative) sites = [relative];
      // ("the northern part of the El Fasher super camp, which had been handed to the authorities": the part, not the site.)
      if (partOf && SITE_LEVEL_TYPES.has(reading.type) && RELATIVE_HINT.test(folded.slice(start, sp.start)) && PART_BEFORE_RELATIVE.test(folded.slice(Math.max(0, sp.start - 160), sp.start))) sites = [];
      if (sites.length === 0 && (c.sites.length === 0 || reading.definite || barred) && anaphoric) {
        // "a C-130 was hit by small-arms fire as it landed at the base": for an attack, the base of the clauses that go with it.
        const reach = reading.type === 'incident' ? folded.slice(start).split(/[;:]/, 1)[0]! : folded.slice(start, end);
        // ("Les pillages ont éclaté sur une partie de l'ancienne base": an attack on part of a site is at that site.)
        if ((refersBack(reach) || reading.definite || (reading.type === 'incident' && passiveSubjectRefersBack(beforeVerb))) && antecedent && !unknownBase && (!partOf || reading.type === 'incident')) {
          sites = [antecedent];
          confidence -= 0.15;
        } else if (idleSites.length > 0 && distinct.size === 1 && SITE_LEVEL_TYPES.has(reading.type) && idleSites[0]!.end <= start && !GENERIC_SITES_OBJECT.test(folded.slice(sp.end, sp.end + 40))) {
          // (Not "… object to the army's arrival in Ber, as the UN hands back its positions": sites in general.)
          sites = [idleSites[0]!];
          confidence -= 0.15;
        }
      }
      // "Eight others were hurt in a similar blast on Wednesday", "On Friday another blast wounded seven more": on the road out of the one site the release has them leave.
      // "La colonne … Six engins explosifs ont jalonné son parcours. L'explosion du 1er novembre a été la plus grave": the story of that road goes on.
      // ("The most serious blast came on 1 November, when an armoured vehicle hit a device": a device on a road is on the road out;
      // "L'explosion du 1er novembre a fait huit blessés", after the last troops were told leaving Kidal: an attack of that withdrawal.)
      if (reading.type === 'incident' && sites.length === 0 && state.leftFrom.size === 1 && (onTheRoad(folded) || onTheRoad(foldedBefore) || FURTHER_ATTACK.test(folded) || ROAD_DEVICE.test(folded) || state.lastLeft !== null)) {
        sites = [...state.leftFrom.values()];
        confidence -= 0.15;
      }
      // "Le quartier général à Naqoura a été touché à deux reprises. Jeudi, un char a tiré sur une tour d'observation": a part of the site the passage is about.
      if (reading.type === 'incident' && sites.length === 0 && antecedent && c.sites.length === 0 && SITE_PART.test(folded.slice(start, end))) {
        sites = [antecedent];
        confidence -= 0.15;
      }
      // "ont ouvert le feu sur un convoi de la MINUSMA, à une cinquantaine de kilomètres au sud d'Ansongo": a convoy hit on the road near a site.
      if (reading.type === 'incident' && sites.length === 0 && CONVOY.test(folded)) {
        const located = mentions.find((x) => x.qualifier === 'place' && DISTANCE_FROM.test(folded.slice(Math.max(0, x.start - 60), x.start)));
        if (located) sites = [located];
      }
      // "MINUSMA completed its pull-out from Tessalit yesterday. The rushed exit has forced us to destroy … vehicles": what the one site left could not take along.
      if (reading.type === 'equipment_destroyed' && sites.length === 0 && state.leftFrom.size === 1 && RUSHED_EXIT.test(folded)) {
        sites = [...state.leftFrom.values()];
        confidence -= 0.15;
      }
      // "… they pulled out of the camp on 13 August. Their convoy was attacked twice that same day": the convoy out of the site just left.
      if (reading.type === 'incident' && sites.length === 0 && state.lastLeft && state.lastLeft.sentence >= state.sentence - 1 && ON_THE_ROAD.test(folded.slice(Math.max(0, sp.start - 80), sp.start))) {
        sites = [state.lastLeft.site];
        confidence -= 0.15;
      }
      // "Relais transmis à Minembwe et Mikenge. … ont achevé la remise de ces deux bases": the sites the sentence before named, as many as it says.
      if (sites.length === 0 && SITE_LEVEL_TYPES.has(reading.type) && c.sites.length === 0) {
        const counted = COUNTED_ANAPHOR.exec(folded.slice(start, end));
        const word = counted ? (counted[1] ?? counted[2]) : undefined;
        const n = word ? (COUNT[word] ?? (word === 'both' || word === 'les deux' ? 2 : 0)) : 0;
        if (n >= 2 && sitesBefore.length === n) {
          sites = sitesBefore;
          confidence -= 0.15;
        }
      }
      // "La MINUSMA a bouclé son retrait de Tessalit. C'est samedi que le dernier convoi a pris la route de Gao": the last convoy out of the site the passage is about.
      if (reading.type === 'convoy_departed' && sites.length === 0 && antecedent && LAST_CONVOY.test(folded.slice(Math.max(start, sp.start - 80), sp.start)) && !sentenceSites.some((x) => x.siteId === antecedent!.siteId)) {
        sites = [antecedent];
        confidence -= 0.15;
      }
      // "A convoy left Kidal on 31 October. The next day, it hit an IED", "C'est de Ber que la MINUSMA s'était retirée dimanche ;
      // le convoi parti ce jour-là a été pris pour cible": on the way out of the site this sentence or the one before had them leave.
      if (reading.type === 'incident' && sites.length === 0 && state.lastLeft && state.lastLeft.sentence >= state.sentence - 1 && (PRONOUN_SUBJECT.test(beforeVerb) || DEFINITE_CONVOY.test(folded.slice(start, end)))) {
        sites = [state.lastLeft.site];
        confidence -= 0.15;
      }
      // "Lors de la cérémonie de samedi, plusieurs engins ont été offerts", "sur place, les biens ont été cédés": at the site the passage is about.
      // ("The facilities handed over include a generator": the goods of the handover just told, at its site.)
      if (reading.type === 'asset_disposal' && sites.length === 0 && (antecedent ?? state.handedOver) && (AT_THE_SITE.test(folded.slice(start, end)) || goodsOfIt)) {
        sites = [(antecedent ?? state.handedOver)!];
        confidence -= 0.15;
      }
      // "Ce jour-là, la mission a aussi cédé plusieurs engins", "Tuesday's handover also covered equipment": on the occasion of the handover just told, with that site
      // (not of a closing ceremony: "À cette occasion, la Mission a fait don … d'actifs de 10 millions de dollars" gives across the mission).
      if (reading.type === 'asset_disposal' && sites.length === 0 && state.handedOver && (state.lastDateSentence >= state.sentence - 2 || sceneGoesOn(state)) && ON_THAT_OCCASION.test(folded.slice(start, end))) {
        sites = [state.handedOver];
        confidence -= 0.15;
      }
      // "À Tessalit, samedi, avant que le dernier convoi ne parte, la mission a détruit ses véhicules": goods at the site that opens the sentence.
      // ("À Baraka, la cérémonie s'est tenue lundi … ; dès le lendemain, les Pakistanais ont commencé à évacuer leurs engins vers Uvira": a convoy leaves it.)
      if ((reading.type === 'asset_disposal' || reading.type === 'equipment_destroyed' || reading.type === 'convoy_departed') && sites.length === 0 && c.sites.length === 0 && frontedSite && frontedSite.end <= start) {
        sites = [frontedSite];
        confidence -= 0.15;
      }
      // "wrapped up its operations in the Timbuktu region and handed its camp there to the Government": the place just named, and its one base.
      // "with the mission's base there officially closed on Wednesday": the subject too.
      // "On Sunday, in Tulus locality, the mission handed its team site over": the place that opens the clause, for its own site.
      const verbEnd = p.start + p.text.split(/\s/, 1)[0]!.length;
      const ownObject = OWN_SITE_OBJECT.test(folded.slice(verbEnd, Math.min(end, verbEnd + 40))) || OWN_SITE_OBJECT.test(folded.slice(sp.end, Math.min(end, sp.end + 40)));
      const there = CAMP_THERE.test(folded.slice(verbEnd, Math.min(end, verbEnd + 60))) || CAMP_THERE.test(folded.slice(sp.end, Math.min(end, sp.end + 60))) || CAMP_THERE_BEFORE.test(folded.slice(Math.max(start, sp.start - 80), sp.start));
      if (sites.length === 0 && SITE_LEVEL_TYPES.has(reading.type) && (ownObject || there)) {
        // ("The Chinese contingent, stationed at the Freeport of Monrovia, yesterday turned its facility at the port over": where its owners are posted.)
        const places = mentions.filter((x) => x.end <= sp.start && (there || (x.start >= start && FRONTED_PLACE.test(folded.slice(start, x.start))) || (ownObject && STATIONED_AT_BEFORE.test(folded.slice(Math.max(0, x.start - 30), x.start)))));
        if (places.length > 0 && new Set(places.map((x) => x.siteId)).size === 1) {
          sites = [places[places.length - 1]!];
          confidence -= 0.15;
        }
      }
      if (SITE_LEVEL_TYPES.has(reading.type) && sites.length === 0) {
        // (Only a camp the sentence counts without naming: "one of its last camps", "another base"; not "facilities handed over by the Mission".)
        if ((found || byTense) && status === 'achieved' && !subordinateClause(folded.slice(start, start + 40)) && /\b(?:camps?|bases?|team sites?|emprises?)\b/.test(folded.slice(start, end))) state.siteless = { type: reading.type, date, sentence: state.sentence };
        return;
      }
      // "La Mission a quitté mardi son camp de Kidal. Un convoi … a pris la route de Gao mardi matin": the one site the release has them leave.
      if (reading.type === 'convoy_departed' && sites.length === 0 && state.leftFrom.size === 1 && (HEADED_FOR.test(folded.slice(p.start, end)) || c.sites.some((x) => x.start > sp.end && routeEnd(folded, x)))) {
        sites = [...state.leftFrom.values()];
        confidence -= 0.15;
      }
      // "Hier, le camp d'Ansongo a été remis au préfet. Le dernier convoi, parti le même jour, …": the last convoy out of the site just handed over.
      if (reading.type === 'convoy_departed' && sites.length === 0 && sentenceSites.every((x) => isDestination(folded, predicates, x)) && state.handedOver && antecedent?.siteId === state.handedOver.siteId && LAST.test(folded.slice(Math.max(start, sp.start - 40), sp.start))) {
        sites = [state.handedOver];
        confidence -= 0.15;
      }
      // "The last convoy out of Kidal reached Gao on 7 November, after leaving the camp on 31 October": the site that convoy's arrival belongs to.
      if (reading.type === 'convoy_departed' && sites.length === 0 && AFTER_LEAVING.test(folded.slice(Math.max(0, p.start - 40), p.start))) {
        const arrival = out.filter((o) => o.type === 'convoy_arrived' && o.sentence === text && o.siteId !== null).pop();
        const site = arrival ? sentenceSites.find((x) => x.siteId === arrival.siteId) : undefined;
        if (site) {
          sites = [site];
          confidence -= 0.1;
        }
      }
      if ((reading.type === 'convoy_departed' || reading.type === 'convoy_arrived') && sites.length === 0 && contingentsOf[i]!.length === 0 && !(reading.unit && state.lastCountry)) return;
      // An arrival is logged for the site it left or reached, never for a contingent alone (landing at home is a repatriation).
      if (reading.type === 'convoy_arrived' && sites.length === 0) return;
      // "Senegal's contingents have completed their withdrawal, with the last 116 personnel repatriated from Mopti": the clause's one country.
      const clauseIsos = new Set(c.contingents.map((m) => m.iso));
      let mine = reading.type === 'contingent_repatriated' && contingentsOf[i]!.length === 0 && clauseIsos.size === 1 ? c.contingents.slice(0, 1) : contingentsOf[i]!;
      // ("The Nigerian contingent was among the last to go: its final soldiers flew out on 8 February": the one country of the clauses before, in the same sentence.)
      const namedBefore = contingents.filter((m) => m.end <= start);
      if (reading.unit && mine.length === 0 && new Set(namedBefore.map((m) => m.iso)).size === 1) mine = [namedBefore[0]!];
      if (reading.unit && mine.length === 0 && state.lastCountry) mine = [state.lastCountry];
      if (reading.home && mine.length === 0) mine = [reading.home];
      const countries: (CountryMention | null)[] =
        reading.type === 'contingent_repatriated'
          ? [...new Map(mine.map((m) => [m.iso, m])).values()]
          : [new Set(mine.map((m) => m.iso)).size === 1 ? mine[0]! : null];
      if (reading.type === 'contingent_repatriated' && countries.length === 0) return;
      // "329 of the Nepalese peacekeepers have already left Haiti to join the Mission in South Sudan", "redéployés au Soudan du Sud": another mission, not home.
      if (reading.type === 'contingent_repatriated' && TO_ANOTHER_MISSION.test(folded.slice(sp.end, end))) return;
      // "Les 220 Casques bleus chinois d'Amsar quittent la RDC": the contingent's own site, named with it.
      if (reading.type === 'contingent_repatriated' && sites.length === 0 && reading.sites !== 'none') {
        const named = c.sites.find((x) => x.end <= sp.start && countries.some((k) => k && k.end <= x.start && x.start - k.end < 25) && /\b(?:de|d'|du|from|of|in|at|a)\s{0,3}$/.test(folded.slice(Math.max(0, x.start - 6), x.start)));
        if (named) sites = [named];
      }
      const last = LAST.test(folded.slice(start, p.start));
      // Several sites, several dates: "Kamanyola on 28 February and Bunyakiri on 19 April".
      const pairDates = sites.length > 1 && own.length > 1;
      // "Ber on 13 August and Goundam three days after that": a site dated from the one before it.
      const inOrder = [...sites].sort((a, b) => a.start - b.start);
      const counted = new Map<SiteMention, CalendarDate>();
      let previousDay: CalendarDate | null = null;
      for (const site of pairDates ? inOrder : []) {
        const next = inOrder[inOrder.indexOf(site) + 1];
        const dated = own.filter((d) => d.start >= site.end && (!next || d.end <= next.start)).sort((a, b) => a.start - b.start)[0];
        const later = GAP_LATER.exec(folded.slice(site.end, site.end + 40));
        if (!dated && later && previousDay) counted.set(site, addDays(previousDay, daysCounted(later)));
        previousDay = dated ? eventDay(dated, reading.type) : (counted.get(site) ?? null);
      }
      // "bases at Baraka, Bunyakiri, Kamanyola, Kavumu … have gone": a summary of several sites with no day is no news of one.
      if (byTense && SITE_LEVEL_TYPES.has(reading.type) && sites.length >= 3) return;
      // "has donated its clinic in Zalingei and medical facilities in Nyala and Kabkabiya": gifts across the mission, not one site's.
      if (reading.type === 'asset_disposal' && new Set(sites.map((x) => x.siteId)).size >= 3) sites = [];
      // (The site of "trois jours après le départ de Ber" only dates the event.)
      if (afterSite) sites = sites.filter((x) => x.siteId !== afterSite.siteId || x.start > afterSite.start);
      for (const site of sites.length > 0 ? sites : [null]) {
        // "Tessalit and Aguelhok on 21 and 23 October respectively": in order.
        // ("left Tessalit and Aguelhok on 21 and 23 October", "les 21 et 23 octobre": a list of days after a list of sites, in order too.)
        const byOrder = [...own].sort((a, b) => a.start - b.start);
        const dayList = byOrder.length === 2 && byOrder[0]!.start > Math.max(...sites.map((x) => x.end)) && /^\s{1,3}(?:and|et|&)\s{1,3}(?:(?:le|the|on)\s{1,3})?$/.test(folded.slice(byOrder[0]!.end, byOrder[1]!.start));
        const respectively = pairDates && sites.length === own.length && (dayList || /\brespective?ment\b|\brespectively\b/.test(folded.slice(start, end)));
        // Else each site takes the first date after it and before the next site ("Bunyakiri, …, le 19 avril, et de Kamanyola, …, le 28 février").
        const nextSite = site ? sites.filter((x) => x.start > site.start).sort((a, b) => a.start - b.start)[0] : undefined;
        const following = site ? own.filter((d) => d.start >= site.end && (!nextSite || d.end <= nextSite.start)).sort((a, b) => a.start - b.start)[0] : undefined;
        const siteFound = respectively && site ? (dayList ? byOrder[inOrder.indexOf(site)]! : own[sites.indexOf(site)]!) : pairDates && site ? (following ?? nearest(own, site, 3)) : found;
        // (The day found for the clause, as counted above, when it is the one paired with this site.)
        const siteDate = site && counted.has(site) ? counted.get(site)! : pairDates && siteFound && siteFound !== found ? eventDay(siteFound, reading.type) : date;
        for (const country of countries) {
          const iso = country?.iso ?? null;
          const contingent = iso ? gazetteer.contingents.find((k) => k.countryIso?.toUpperCase() === iso) : undefined;
          const spans: ProposalSpan[] = [span('type', p, text)];
          if (reading.consumes) spans.push(span('type', reading.consumes, text));
          if (site && sentenceSites.includes(site)) spans.push(span('site', site, text));
          if (country && contingents.includes(country)) spans.push(span('contingent', country, text));
          if (siteFound) spans.push(span('date', siteFound, text));
          if (destination) spans.push(span('site', destination, text));
          let label = title(reading.type, siteName(gazetteer, site?.siteId ?? null), iso, reading.figure ?? null, last);
          if (destination) label += ` in ${siteName(gazetteer, destination.siteId)}`;
          if (status === 'planned') label += ' (planned)';
          out.push({
            type: reading.type,
            date: siteDate,
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
          if (byTense) datedByTense.add(out[out.length - 1]!);
          // "turned its logistics base over to the Government, and with it a fleet of vehicles": the assets go too.
          if (reading.type === 'site_handed_over' && site && BUNDLED.test(folded.slice(sp.end, end))) {
            out.push({ ...out[out.length - 1]!, type: 'asset_disposal', title: title('asset_disposal', siteName(gazetteer, site.siteId), null, null, false) });
            if (byTense) datedByTense.add(out[out.length - 1]!);
          }
          // "the last peacekeepers left Ansongo in convoy", "ont quitté le camp par les airs et par la route": the site's last convoy too.
          // (Not for a departure dated by its tense alone, "has left Timbuktu, its last personnel having departed by road": a summary;
          // nor one told a year on, "la mission a quitté son camp le 31 octobre 2023, par la route et par les airs": the site's end, retold.)
          if (reading.type === 'withdrawal_completed' && p.family === 'leave' && site && !byTense && daysBetween(siteDate, releaseDate) <= 365 && BY_ROAD.test(folded.slice(start, end))) {
            out.push({ ...out[out.length - 1]!, type: 'convoy_departed', title: title('convoy_departed', siteName(gazetteer, site.siteId), iso, null, last).slice(0, 120) });
          }
          // (A convoy that reached Gao from Kidal left Kidal: "The Kidal convoy reached Gao last night. … Eight were injured on 1 November".)
          if (site && (reading.type === 'convoy_departed' || reading.type === 'convoy_arrived' || reading.type === 'withdrawal_completed' || reading.type === 'withdrawal_started' || reading.type === 'incident')) state.leftFrom.set(site.siteId, site);
          if (site && (reading.type === 'convoy_departed' || reading.type === 'withdrawal_completed')) state.lastLeft = { site, sentence: state.sentence, date: siteDate };
          if (site && reading.type === 'convoy_departed') state.convoy = { site, sentence: state.sentence };
          if (site && reading.type === 'site_handed_over') state.handedOver = site;
          // A day read off the tense alone is no day told: a later "le même jour" reaches past it.
          if (byTense) continue;
          previousDate = siteDate;
          previousFound = found;
          if (!backDated) toldForward = siteDate;
          if (!subordinateClause(folded.slice(start, start + 40)) && !backDated) mainDate = siteDate;
        }
      }
    });
    if (c.sites.length > 0) antecedent = soleReferent(c.sites, c.folded);
  }
  // "… handed over Goundam on 16 August, three days after its peacekeepers left Ber. The last personnel … reached Timbuktu the same day": the main clause's day.
  if (previousDate) {
    // (A day counted back from the one told, "comes one day after the base was handed over", does not move the story's day.)
    state.lastDate = mainDate ?? toldForward ?? state.lastDate ?? previousDate;
    state.lastDateSentence = state.sentence;
  } else if (dates.length > 0 && state.lastDateSentence === state.sentence - 1 && dates.every((d) => d.date === state.lastDate)) {
    // "… pulled out of Kidal on Tuesday morning. 'We left Kidal this morning,' one of them said. A column … set off for Gao": the same day, still.
    state.lastDateSentence = state.sentence;
  }
  // Computed only when a later sentence says "that day" with nothing proposed before it.
  // "Une cérémonie s'est tenue mardi … Fort de 220 membres, le contingent … Le même jour, le camp a été remis": through sentences that say no day.
  state.lastSaid = previousDate ? null : () => (said ??= saidIn(clauses, dates, releaseDate, folded)).at(-1)?.date ?? null;
  if (previousDate) state.quiet = [];
  else quiet(state, text);
  const isos = new Set(contingents.map((m) => m.iso));
  if (isos.size === 1) state.lastCountry = contingents[0]!;
  else if (isos.size > 1) state.lastCountry = null;
  if (listed) {
    const items = sentenceSites.filter((x) => x.start > listed!.from && !ANNEX_BEFORE.test(folded.slice(Math.max(listed!.from, x.start - 60), x.start)));
    items.forEach((site, k) => {
      const next = items[k + 1]?.start ?? folded.length;
      const d = dates.find((x) => x.start >= site.end && x.end <= next);
      if (!d || (d.date > releaseDate) !== listed!.future || predicates.some((q) => q.start > listed!.from && q.start < next)) return;
      out.push({
        type: listed!.type,
        date: d.date,
        status: listed!.future ? 'planned' : 'achieved',
        siteId: site.siteId,
        contingentId: null,
        countryIso: null,
        figure: null,
        title: title(listed!.type, siteName(gazetteer, site.siteId), null, null, false),
        sentence: text,
        confidence: clamp(listed!.confidence),
        spans: [span('type', listed!.p, text), span('site', site, text), span('date', d, text)].sort((a, b) => a.start - b.start),
      });
    });
  }
  gapped(out, folded, text, sentenceSites, dates, releaseDate, predicates, gazetteer);
  const counted = gappedCounts(out, folded, dates, releaseDate, predicates);
  // "La base de Sange a été officiellement fermée : …, et plusieurs engins ont été cédés aux services de sécurité": goods given, in the
  // sentence that closes or hands over one site on that day, are given at that site. (Not "the mission gave assets worth $10 million …,
  // and transferred a base at Rutemba": goods given first, across the mission.)
  const verbAt = (o: ProposedMilestone) => o.spans.find((x) => x.kind === 'type')?.start ?? 0;
  for (const o of out) {
    if (o.type !== 'asset_disposal' || o.siteId !== null) continue;
    const there = new Set(out.filter((x) => (x.type === 'site_handed_over' || x.type === 'withdrawal_completed') && x.siteId !== null && x.date === o.date && x.status === o.status && verbAt(x) < verbAt(o)).map((x) => x.siteId));
    if (there.size !== 1) continue;
    o.siteId = [...there][0]!;
    o.title = title('asset_disposal', siteName(gazetteer, o.siteId), null, null, false);
  }
  // "Après Ber le 13 août, la MINUSMA a rétrocédé trois jours plus tard son camp de Goundam": the site named with its own day after "après"
  // went through the same step that day.
  for (const site of sentenceSites) {
    if (!ELLIPTIC_AFTER.test(folded.slice(Math.max(0, site.start - 20), site.start))) continue;
    const day = allDates.find((d) => d.start >= site.end && d.start - site.end <= 5 && d.kind !== 'range' && d.kind !== 'relative' && /^\s{0,3},/.test(folded.slice(d.end, d.end + 3)));
    const main = out.find((o) => SITE_LEVEL_TYPES.has(o.type) && o.siteId !== null && o.siteId !== site.siteId && o.status === 'achieved');
    if (!day || !main || day.date > releaseDate || out.some((o) => o.siteId === site.siteId)) continue;
    out.push({ ...main, siteId: site.siteId, date: day.date, title: title(main.type, siteName(gazetteer, site.siteId), null, null, false), confidence: clamp(main.confidence - 0.1) });
  }
  // "closed and handed over the camp": one sentence reporting both is logged as the handover (labels guide).
  const handed = new Set(out.filter((o) => o.type === 'site_handed_over').map((o) => `${o.siteId}|${o.date}|${o.status}`));
  if (handed.size > 0) {
    // (But "… a remis son camp de Mopti au gouverneur, et ses derniers éléments ont quitté la base le même jour": people leaving, told apart, is a departure of its own.)
    const peopleLeft = (o: ProposedMilestone) => {
      const verb = o.spans.find((x) => x.kind === 'type');
      return verb !== undefined && PEOPLE_LEAVING.test(folded.slice(verb.start, verb.end)) && PERSONNEL_RE.test(folded.slice(Math.max(0, verb.start - 60), verb.start)) && !handedOverBetween(folded, verb.start);
    };
    const kept = out.filter((o) => o.type !== 'withdrawal_completed' || !handed.has(`${o.siteId}|${o.date}|${o.status}`) || peopleLeft(o));
    out.length = 0;
    out.push(...kept);
  }
  // "Two peacekeepers were wounded on Friday when their convoy, leaving Kidal, hit a mine": one incident, its place from any clause.
  // Incidents on different days stay apart ("eight were wounded on 1 November, then seven more on Friday").
  const incidents = out.filter((o) => o.type === 'incident');
  if (incidents.length > 1) {
    const kept = new Set<ProposedMilestone>();
    // "… où un échange de tirs avait éclaté à Tessalit ; le 19 octobre, un appareil y avait été touché": each day of its own is another incident.
    const segment = (o: ProposedMilestone) => (o.spans.some((x) => x.kind === 'date') ? folded.slice(0, o.spans.find((x) => x.kind === 'type')!.start).split(';').length : -1);
    const ownDays = new Set(incidents.filter((o) => segment(o) >= 0).map((o) => `${o.date}|${segment(o)}`));
    const separateDays = new Set([...ownDays].map((k) => k.split('|')[0])).size > 1 && new Set([...ownDays].map((k) => k.split('|')[1])).size > 1;
    const sequence = counted || separateDays || /\b(?:puis|then|later|ensuite|another|others|autres|more|again|de nouveau|encore)\b/.test(folded);
    for (const day of sequence ? new Set(incidents.map((o) => o.date)) : [incidents[0]!.date]) {
      const same = sequence ? incidents.filter((o) => o.date === day) : incidents;
      const keep = same.find((o) => o.siteId !== null) ?? same[0]!;
      const involved = same.find((o) => o.countryIso !== null);
      if (keep.countryIso === null && involved) Object.assign(keep, { countryIso: involved.countryIso, contingentId: involved.contingentId, title: involved.title });
      kept.add(keep);
    }
    return out.filter((o) => o.type !== 'incident' || kept.has(o));
  }
  return out;
}

/** "…, Ber followed on 13 August and Goundam three days later", "…, celle de Ber le 13 et celle de Goundam trois jours plus tard": a site and a day with the verb left out. */
const GAP_BEFORE = /(?:,|;|\band|\bet|\bpuis|\bthen|\bfollowed\s{1,3}by|\bsuivie?s?\s{1,3}(?:de|par)|\b(?:and|then)\s{1,3}by|\bet\s{1,3}par)\s{1,3}(?:(?:de\s{1,3})?(?:celle|celui|that|those)\s{1,3}(?:de|d'|of)\s{0,3}(?:the\s{1,3})?|de\s{1,3}|d'|(?:(?:of|du)\s{1,3})?(?:the|le|la|l')\s{0,3}(?:(?:[a-z-]+\s{1,3}){0,2}?(?:camp|base|team\s{1,3}site|site|emprise)\s{1,3}(?:at|of|in|de|d'|a)\s{0,3})?)?#?$/;
const GAP_DATE = /^[\s,]{0,3}(?:(?:followed|suivie?s?)\s{1,3})?(?:(?:on|le|in)\s{1,3})?$/;
const GAP_DAY = /^[\s,]{0,3}(?:(?:followed|suivie?s?)\s{1,3})?(?:le\s{1,3}(\d{1,2})(?:er)?|(?:on\s{1,3})?the\s{1,3}(\d{1,2})(?:st|nd|rd|th))\b(?!\s{1,3}(?:[a-z]+\s{1,3})?(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|of\s))/;

/** "the 13th", "le 13": that day of the month of the day just given (or the next month's, if it is earlier). */
function dayOfMonthAfter(previous: CalendarDate, n: number): CalendarDate | null {
  if (n < 1 || n > 31) return null;
  const [y, m] = previous.split('-').map(Number) as [number, number];
  const [ny, nm] = n >= Number(previous.slice(8)) ? [y, m] : m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${ny}-${String(nm).padStart(2, '0')}-${String(n).padStart(2, '0')}` as CalendarDate;
}
const GAP_LATER = /^[\s,]{0,3}(one|a|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (days?|jours?|weeks?|semaines?) (?:later|after that|afterwards|plus tard|apres)\b/;

/** What follows a site's name past a site word: "Goundam camp three days later" reads as "Goundam three days later". */
function pastSiteWord(folded: string, from: number, length = 40): string {
  return folded.slice(from, from + length).replace(/^\s{1,3}(?:camp|base|team\s{1,3}site)\b/, '');
}

function gapped(
  out: ProposedMilestone[],
  folded: string,
  text: string,
  sites: SiteMention[],
  dates: FoundDate[],
  releaseDate: CalendarDate,
  predicates: Predicate[],
  gazetteer: Gazetteer,
): void {
  for (const s of sites) {
    if (out.some((o) => o.siteId === s.siteId && o.type !== 'convoy_arrived') || !GAP_BEFORE.test(folded.slice(Math.max(0, s.start - 40), s.start))) continue;
    const prev = out
      .map((o) => ({ o, at: o.spans.find((x) => x.kind === 'site')?.start ?? -1 }))
      .filter(({ o, at }) => at >= 0 && at < s.start && (SITE_LEVEL_TYPES.has(o.type) || o.type === 'convoy_departed') && o.status === 'achieved')
      .sort((a, b) => a.at - b.at)
      .pop()?.o;
    if (!prev) continue;
    // Only the next site in the list: a site left without an event between breaks the chain.
    const prevAt = prev.spans.find((x) => x.kind === 'site')!.start;
    if (sites.some((x) => x.start > prevAt && x.start < s.start && x.siteId !== prev.siteId && !out.some((o) => o.siteId === x.siteId))) continue;
    // ("… and the Goundam camp, also in the Timbuktu region, three days after that": past a short aside.)
    const after = pastSiteWord(folded, s.end, 100).replace(/^,[^,;.]{1,50},/, ',').slice(0, 50);
    // ("pulled out of Tessalit and Aguelhok on 21 and 23 October respectively": a list of sites and days, paired in order, not a gap.)
    if (/\brespective?ment\b|\brespectively\b/.test(folded.slice(s.end, s.end + 80))) continue;
    // ("…; Kutum, where a Senegalese formed police unit had served, on 3 February": past an aside too.)
    const lead = (x: FoundDate) => pastSiteWord(folded, s.end, x.start - s.end);
    const d = dates.find((x) => x.start >= s.end && (GAP_DATE.test(lead(x)) || GAP_DATE.test(lead(x).replace(/^,[^,;.]{1,80},/, ','))));
    let date: CalendarDate | null = d ? d.date : null;
    let end = d ? d.end : s.end;
    const later = GAP_LATER.exec(after);
    const day = GAP_DAY.exec(after);
    if (!date && later) {
      date = addDays(prev.date, daysCounted(later));
      end = s.end + later[0].length;
    } else if (!date && day) {
      date = dayOfMonthAfter(prev.date, Number(day[1] ?? day[2]));
      end = s.end + day[0].length;
    }
    if (!date || date > releaseDate || predicates.some((q) => q.start >= s.end && q.end <= end && q.family !== 'follow')) continue;
    out.push({
      ...prev,
      date,
      siteId: s.siteId,
      title: title(prev.type, siteName(gazetteer, s.siteId), prev.countryIso, prev.figure, false),
      confidence: clamp(prev.confidence - 0.1),
      spans: [span('site', s, text)],
    });
  }
}

/** "…, seven on 3 November and another 22 the following day": a head count and a day with the attack's verb left out. */
const COUNT_GAP = new RegExp(String.raw`^\s{0,3}(?:,\s{0,3})?(?:(?:and|et)\s{1,3})?(?:another\s{1,3}|a further\s{1,3}|encore\s{1,3})?(?:\d{1,4}|${COUNT_WORD})\s{1,3}(?:others?\s{1,3}|more\s{1,3}|autres\s{1,3})?(?:on\s{1,3}|le\s{1,3})?$`);

/** "Eight peacekeepers were hurt on 1 November, seven on 3 November and 22 the following day": one attack a day, at the first one's site (true when it found one). */
function gappedCounts(out: ProposedMilestone[], folded: string, dates: FoundDate[], releaseDate: CalendarDate, predicates: Predicate[]): boolean {
  let found = false;
  for (const o of out.filter((x) => x.type === 'incident' && x.status === 'achieved')) {
    const own = o.spans.find((x) => x.kind === 'date');
    if (!own) continue;
    let previous = o.date;
    let from = own.end;
    for (const d of dates.filter((x) => x.start >= own.end).sort((a, b) => a.start - b.start)) {
      if (!COUNT_GAP.test(folded.slice(from, d.start)) || predicates.some((q) => q.start >= from && q.end <= d.start)) break;
      // ("the following day", "le lendemain": after the day just given, not the release's.)
      const relative = /\b(?:following|next)\s{1,3}day\b|\blendemain\b/.test(folded.slice(d.start, d.end)) ? addDays(previous, 1) : d.kind === 'relative' ? null : d.date;
      if (!relative || relative > releaseDate) break;
      if (!out.some((x) => x.type === 'incident' && x.date === relative && x.siteId === o.siteId)) {
        out.push({ ...o, date: relative, confidence: clamp(o.confidence - 0.1), spans: o.spans.map((x) => (x === own ? { ...x, start: d.start, end: d.end, text: d.text } : x)) });
      }
      found = true;
      previous = relative;
      from = d.end;
    }
  }
  return found;
}

/** "Fin décembre", "in late November", "mi-octobre": a month without a day. */
const MONTH_ONLY = `(?:(?:late|early|mid|in|(?:at )?the (?:beginning|middle) of) (?:${FULL_MONTH_NAMES})|mid-(?:${FULL_MONTH_NAMES})|(?:fin|debut|courant|en|a la fin de|au debut de) (?:${FULL_MONTH_NAMES})|mi-(?:${FULL_MONTH_NAMES}))`;

/** Keeps a sentence with no event among the last three, read only if a later "le même jour" needs a day. */
/** The sentence before dated the last event, or the two after it told no event (the flag lowered, the anthem played): the scene goes on. */
const sceneGoesOn = (state: SentenceState) => state.sentence - state.lastDateSentence <= 3 && state.quiet.length >= state.sentence - state.lastDateSentence - 1;

function quiet(state: SentenceState, text: string): void {
  state.quiet.push(text);
  if (state.quiet.length > 3) state.quiet.shift();
}

/** The day said last before this sentence: by the sentence before, else by the quiet ones since the last event
 * ("Une cérémonie s'est tenue mardi … Fort de 220 membres, le contingent … Le même jour, le camp a été remis"). */
function daySaidBefore(state: SentenceState, releaseDate: CalendarDate): CalendarDate | null {
  const said = state.lastSaid?.();
  if (said) return said;
  for (let i = state.quiet.length - 1; i >= 0; i--) {
    const text = state.quiet[i]!;
    const day = daySaidIn(text, fold(text), releaseDate);
    if (day) return day;
  }
  return null;
}

/** The last day a sentence with no event says, before the release (not a bound, not a range). */
function daySaidIn(text: string, folded: string, releaseDate: CalendarDate): CalendarDate | null {
  return findDates(text, releaseDate).filter((d) => d.date <= releaseDate && d.kind !== 'range' && !BOUNDING_BEFORE.test(folded.slice(Math.max(0, d.start - 40), d.start))).pop()?.date ?? null;
}

/** What a story tells next, on the day it has just given. */
const NARRATIVE: ReadonlySet<MilestoneType> = new Set(['convoy_departed']);


/** What an incident must touch to be the mission's: its people, convoys, places or name. */
const MISSION_TOUCHED = new RegExp(`\\b(?:${PERSONNEL}|peacekeeping|peacekeeper|soldier|soldat|casque bleu|contingents?|battalions?|bataillons?|units?|unites?|convoys?|convois?|columns?|colonnes?|camps?|bases?|positions?|posts?|postes?|patrols?|patrouilles?|aircraft|avions?|helicopters?|helicopteres?|vehicles?|vehicules?|blindes?|armou?red|towers?|tours?|headquarters|quartier general|qg|premises|compounds?|sites?|installations?|locaux|warehouses?|entrepots?|minusma|unifil|finul|monusco|unamid|minuad|unmil|minul|minustah|onu|united nations|nations unies|mission|force|others|autres|it|they|il|elle|ils|elles)\\b`);

/** A relative clause between commas: ", who are to be repatriated later,", ", whose job was to escort convoys,". */
/** Right before a verb: ", some 150 soldiers who are to be repatriated in the coming weeks, ": an aside about the subject. */
/** ", and on", "; et le": a coordinated clause opening on its day. */
const COORDINATED_OPENING = /[,;]\s{0,3}(?:and|et|then|puis|but|mais|while|tandis que)\s{1,3}(?:on\s{1,3}|le\s{1,3})?$/;
/** "it gave", "the mission has handed", "elle a remis": a short subject, then its verb (with its auxiliary). */
const SUBJECT_THEN_VERB = /^[\s,]{0,3}(?:it|they|he|she|il|elle|ils|elles|(?:the|la|le|les|l')\s{0,3}[a-z-]+(?:,?\s{1,3}[a-z-]+){0,6}?,?)\s{1,3}(?:(?:has|have|had|was|were|a|ont|avait|avaient|est|sont|a ete|ont ete)\s{1,3})?(?:[a-z]+ly\s{1,3}|[a-z]+ment\s{1,3})?$/;
/** ", with the remaining personnel setting off": an absolute "with" clause, right before its -ing verb. */
const WITH_DOING = /,\s{0,3}with\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?(?:[a-z-]+\s{1,3}){1,3}$/;
/** "qui a", "that had", "which": a relative pronoun as the subject, right before its verb. */
const RELATIVE_SUBJECT_BEFORE = /\b(?:qui|that|which)\s{1,3}(?:(?:a|ont|avait|avaient|had|has|have)\s{1,3})?$/;
/** "après Ber le 13 août, …", "after Ber on 13 August, …": a site named alone after "after", with its own day. */
const ELLIPTIC_AFTER = /(?:^|[:,;|]\s{0,3}|[-–—]\s{1,3})(?:apres|after|following)\s{1,3}$/;
/** "was closed and ", "a été fermée puis ": a passive participle, then a conjunction before the next one. */
const COORDINATED_PASSIVE = /\b(?:was|were|has been|have been|had been|a ete|ont ete|avait ete|avaient ete|est|sont)\s{1,3}(?:[a-z]+(?:ly|ment)\s{1,3})?[a-z]+(?:ed|en|e|ee|es|ees|i|ie|is|u|ue|us)\s{1,3}(?:and|et|puis)\s{1,3}(?:(?:then|ensuite|formally|officially|formellement|officiellement)\s{1,3})?$/;
const SUBJECT_ASIDE = /,[^,;:()]{1,160},\s{0,3}$/;
/** The same aside read from the subject's end: "Camp Shamrock|, where hundreds of Irish peacekeepers are based, was struck". */
const ASIDE_AFTER_SUBJECT = /^\s{0,3},[^,;:()]{1,160},/;
const RELATIVE_ASIDE = /,\s{1,3}(?:who|whose|which|qui|dont|lesquels|lesquelles)\b[^,;]{0,80},/g;

/** "The pull-out was completed", "Le retrait s'est achevé": a withdrawal named without its site, opening the clause of its completion. */
const THE_WITHDRAWAL_DONE = /^[\s,]{0,3}(?:the|this|that|le|ce)\s{1,3}(?:pull-?out|withdrawal|departure|retrait|depart|desengagement)\s{1,3}(?:was|has\s{1,3}been|had\s{1,3}been|is|a\s{1,3}ete|avait\s{1,3}ete|est|s'est|s'etait)\s{1,3}(?:[a-z]+ly\s{1,3}|officiellement\s{1,3}|finalement\s{1,3})?(?:completed?|finished|concluded|over|acheve|termine|parachev\w*)\b/;

/** Two parties fighting each other, the mission neither: "between the army and armed groups", "ont opposé l'armée et des groupes armés". */
const FIGHT_OF_OTHERS = /\b(?:between|entre|opposant|oppose|opposaient|ont oppose|a oppose)\s{1,3}(?:[a-z-]+\s{1,3}|l'|d'){0,4}?(?:army|armed forces|soldiers|troops|fama|faes|fardc|laf|idf|israeli|israel|hezbollah|armee|militaires|soldats|forces armees|rebels?|rebelles?|groupes? armes|armed groups?|jihadists?|djihadistes?|jnim|militias?|milices?)\b[^.;]{0,40}?\s(?:and|et)\s{1,3}(?:[a-z-]+\s{1,3}|l'|d'){0,4}?(?:army|armed forces|soldiers|troops|fama|faes|fardc|laf|idf|israeli|israel|hezbollah|armee|militaires|soldats|forces armees|rebels?|rebelles?|groupes? armes|armed groups?|jihadists?|djihadistes?|jnim|militias?|milices?|separatists?|separatistes?|csp|m23)\b/;

/** "in 2024", "en 2016", "au cours de 2022": a year named alone as the time of what is told. */
const IN_YEAR = /\b(?:in|en|during|au cours de|durant)\s{1,3}((?:19|20)\d{2})\b(?!\s{0,3}[-/])/;

/** "by the Congolese National Police", "by the Malian authorities": the host's authority as a passive's agent. */
const TAKEN_BY_HOST = /^\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:[a-z-]+\s{1,3}){0,3}?(?:authorities|government|army|armed\s{1,3}forces|police|state|governor|administration|fardc|fama|laf)\b/;

/** "up from 10,040 counted on", "contre 1 800 au": a count compared with, right before its day. */
const EARLIER_COUNT_BEFORE = /\b(?:up from|down from|compared with|compared to|against|contre|par rapport a)\s{1,3}(?:(?:some|about|around|nearly|environ|pres de)\s{1,3})?\d[\d,. ]*\s{1,3}(?:[a-z]+\s{1,3}){0,2}?(?:on|le|au|at|in)\s{1,3}$/;

/** A passive's subject that is the contingents' own camps: "les anciens camps des contingents allemand et tunisien", "the camps of the German contingent". */
const CONTINGENT_CAMPS = /\b(?:camps?|bases?|emprises?|cantonnements?)\s{1,3}(?:des|du|of\s{1,3}the|of)\s{1,3}(?:[a-z-]+\s{1,3}){0,2}?contingents?\b[^.;:]{0,80}$/;

/** A noun's own verb telling it happened: "came", "took place", "est intervenue", "avait eu lieu". */
const NOUN_HAPPENED = /^\s{1,3}(?:(?:had|has)\s{1,3})?(?:came|took\s{1,3}place|happened|occurred|(?:est|etait)\s{1,3}intervenue|(?:a|avait)\s{1,3}eu\s{1,3}lieu|s'est\s{1,3}(?:deroulee|faite)|est\s{1,3}(?:devenue\s{1,3})?effective)\b/;

/** What may stand before a day that heads a line: a bullet, a weekday ("• Tue 31 Oct", "Samedi 21 octobre"). */
const LINE_HEAD = String.raw`^[\s•·*▪◦-]{0,3}(?:[a-z]{3,9}\.?,?\s{1,3})?`;
/** A day heading a line: "13 août – ", "• Tue 31 Oct — ", "October 23: ". */
const DAY_HEADING = new RegExp(String.raw`${LINE_HEAD}(?:\d{1,2}(?:er|st|nd|rd|th)?\s{1,3}[a-z]{3,9}\.?|[a-z]{3,9}\.?\s{1,3}\d{1,2})(?:,?\s{1,3}\d{4})?\s{0,2}[-–—:]\s{0,3}$`);
/** Only what may stand before a day heading a line ("20 May; …" opens on its day). */
const BEFORE_HEADING_DAY = new RegExp(`${LINE_HEAD}$`);

/** "at a ceremony in Kavumu", "lors d'une cérémonie organisée à Kavumu": the place of a ceremony. */
const CEREMONY_VENUE = /\b(?:ceremony|ceremonie|event|evenement),?\s{1,3}(?:d'adieu\s{1,3}|(?:de\s{1,3})?(?:passation|cloture|fermeture|remise)\s{1,3})?(?:(?:held|organised|organized|organisee|tenue)\s{1,3})?(?:(?:the same day|le meme jour|on [a-z]+day)\s{1,3})?(?:in|at|a|on the outskirts of|en peripherie de|pres de|near)\s{1,3}$/;

/** A statement about an attack: its day is the statement's. */
const CONDEMNED = /\b(?:condemn\w*|condamn\w*|deplor\w*|denonc\w*|denounc\w*)\b/;
/** What places a day inside the attack's own words: "the looting that began on 24 December", "survenu le 14 mai". */
const OWN_TIME = /\b(?:which|that|who|qui|since|depuis|survenu\w*|commen\w*|began|begun|started|perpetrated|committed|carried out)\b[^,;]*$/;

/** "Fin décembre – le camp … est transféré": a line headed by a month without a day. */
const MONTH_HEADING = new RegExp(`^\\s{0,3}(?:${MONTH_ONLY})\\s{0,2}(?:[-–—:,]|$)`);

/** "quelques jours plus tôt", "a few days earlier", "weeks later": a count from a day, of no number of days. */
const VAGUE_COUNT_WORDS = String.raw`(?:quelques|plusieurs|deux ou trois) (?:jours|semaines) (?:plus tot|plus tard|auparavant|avant|apres)|(?:a few|several|some|a couple of) (?:days|weeks) (?:earlier|later|before|after(?:wards)?)|(?:days|weeks) (?:earlier|later)`;
/** A past time without a day: the event happened, but not on the release's day. */
const VAGUE_PAST = new RegExp(String.raw`\b(?:(?:last|past|previous) (?:week|weekend|month|year|few days|days|weeks)|(?:this|ce) (?:week|month|mois)(?:-ci)?|cette semaine|earlier (?:this|that|in the) (?:week|month|year)|(?:a few|several|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|some) (?:days|weeks|months) ago|recently|in recent (?:days|weeks|months)|(?:la|cette) semaine (?:derniere|passee)|le (?:week-end|mois) (?:dernier|passe)|l'an(?:nee)? (?:dernier|derniere|passee?)|recemment|ces derniers (?:jours|temps|mois)|ces dernieres semaines|il y a (?:quelques|plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}) (?:jours|semaines|mois)|en debut de (?:semaine|mois)|au debut du mois|plus tot (?:cette|ce) (?:semaine|mois)|${VAGUE_COUNT_WORDS}|${MONTH_ONLY})\b`);

/** Such a count alone, wherever the sentence has it. */
const VAGUE_COUNT = new RegExp(String.raw`\b(?:${VAGUE_COUNT_WORDS})\b`);
/** A future time without a day. */
const VAGUE_FUTURE =
  /\b(?:in the (?:coming|next|following) (?:days|weeks|months)|(?:dans )?les (?:prochains jours|prochaines semaines|prochains mois|jours a venir|semaines a venir|mois a venir)|soon|shortly|bientot|prochainement|later (?:this|in the) (?:week|month|year)|plus tard (?:cette|ce) (?:semaine|mois|annee)|in due course|en temps voulu)\b/;

/** Sites still waiting for their turn, named after a verb that acted on another. */
const WAITING =
  /\b(?:attend(?:ent)?\s{1,3}(?:encore|toujours|leur tour)|(?:restent|reste|demeurent|remain|remains|are still|is still|sont toujours|est toujours|sont encore|est encore)\s{1,3}(?:open|ouvert\w*|occupied|occupee?s?|en attente|a fermer|to be|active?s?|operational|operationnel\w*)|await\w*|(?:are|is) not yet|ne sont pas encore|n'est pas encore)\b/;

/** The text between two verbs without "Tessalit and Aguelhok": an "and" inside a list of sites joins no verbs. */
function withoutSiteLists(folded: string, sites: SiteMention[], from: number, to: number): string {
  let out = folded.slice(from, to);
  for (const x of sites) if (x.start >= from && x.end <= to) out = `${out.slice(0, x.start - from)}${'#'.repeat(x.end - x.start)}${out.slice(x.end - from)}`;
  return out.replace(/#+\s{0,3},?\s{1,3}(?:and|et)\s{1,3}(?:(?:de|d'|of)\s{0,3})?#+/g, '#');
}

/** The days a sentence gives in its main clauses: a clause that opens with a subordinator gives its main clause's day after its comma ("Three months after …, UNMIL completed … on 28 June"). */
function saidIn(clauses: { c: ClauseCtx }[], dates: FoundDate[], releaseDate: CalendarDate, folded: string): FoundDate[] {
  const mainFrom = (k: { c: ClauseCtx }) => (subordinateClause(folded.slice(k.c.start, k.c.start + 40)) ? (/,\s/.exec(folded.slice(k.c.start, k.c.end))?.index ?? k.c.end - k.c.start) + k.c.start : k.c.start);
  // "… a achevé le 28 juin son retrait, près de trois mois après la fin de son mandat, le 30 mars": the mandate's end is background, not the day said.
  const mandateEnd = (d: FoundDate) => /\b(?:mandat|mandate)[\s,]{0,3}(?:(?:le|on|the)\s{1,3})?$/.test(folded.slice(Math.max(0, d.start - 30), d.start));
  return clauses.flatMap((k) => dates.filter((d) => d.start >= mainFrom(k) && d.end <= k.c.end && d.date <= releaseDate && !mandateEnd(d)));
}

/** A clause that opens with a subordinator (SUBORDINATE_START, or a cause or a concession): its event is background to the sentence's main one. */
const subordinateClause = (text: string) => SUBORDINATE_START.test(text) || /^[\s,]{0,3}(?:whereas|because|although|though|parce que|puisque|bien que|au lendemain)\b/.test(text);

/** A convoy told by where it heads: "a pris la route de Gao", "headed for Gao". */
const HEADED_FOR = /\b(?:(?:pris|prend|prennent|took|take|takes)\s{1,3}(?:la|the)\s{1,3}(?:route|road)\s{1,3}(?:de|d'|du|to|for|vers)|towards?|en direction de|vers|bound for|heading for|headed for|a destination de)\b/;

/** Verbs of a force cut (predicates.ts lists them with the leaving verbs). */
const REDUCE = /^(?:shed|cut|reduc|redui|diminu|shr|fell|fallen|dropped|declined)/;
/** "by almost 2,000 troops", "de près de 2 000 le nombre de ses Casques bleus": the number, then people within a few words. */
/** "by almost 2,000", "de près de 2 000": a number of people (not a percentage) after "by". */
const BY_COUNT_SOURCE = `\\b(?:by|de|of)\\s{1,3}(?:${ABOUT}\\s{1,3})?(\\d{1,3}(?:[, .]\\d{3})+|\\d{1,6})(?!\\d|[,.]\\d|\\s{0,3}(?:%|percent|per cent|pour cent))`;
const CUT_FIGURE = new RegExp(`^[^.;]{0,30}?${BY_COUNT_SOURCE}[^.;\\d]{0,40}?\\b${PERSONNEL}\\b`);

/** "has shed almost 2,000 troops": the number as the object. */
const SHED_PEOPLE = new RegExp(`^\\s{1,3}(?:(?:almost|nearly|about|around|some|more than|over)\\s{1,3})?(\\d{1,3}(?:[, .]\\d{3})+|\\d{1,6})\\s{1,3}(?:[a-z-]+\\s{1,3}){0,2}?${PERSONNEL}\\b`);
/** What counts people: "troop levels", "the force's strength", "its strength", "les effectifs". */
const PEOPLE_LEVELS = /\b(?:(?:troop|personnel|force|uniformed|military|staff)\s{1,3}(?:levels?|numbers|strength|presence|ceilings?)|effectifs|(?:its|their|the\s{1,3}force's|the\s{1,3}mission's|[a-z]+'s)\s{1,3}(?:(?:overall|total|uniformed|military|troop)\s{1,3})?strength)\b/;
/** "… have been cut by nearly 2,000": the number right after the passive verb. */
const BY_COUNT = new RegExp(`^\\s{1,3}${BY_COUNT_SOURCE}`);
/** "had reached nearly 2,000", "a atteint près de 2 000": the number a reduction came to (not a percentage or a sum). */
const REACHED_COUNT = /^\s{1,3}(?:(?:had|has|have)\s{1,3})?(?:now\s{1,3})?(?:reached|reaches|stood\s{1,3}at|stands\s{1,3}at|(?:des\s{1,3}effectifs\s{1,3})?(?:a\s{1,3}atteint|atteint|atteignait|s'eleve\s{1,3}a|s'elevait\s{1,3}a))\s{1,3}(?:(?:almost|nearly|about|around|some|more than|over|pres de|environ|plus de|quelque)\s{1,3})?(\d{1,3}(?:[, .]\d{3})+|\d{1,6})(?!\d|[,.]\d|\s{0,3}(?:%|percent|per cent|pour cent|\$|dollars|usd|million|milliard|billion))/;
/** A sentence about the force's numbers: its people, strength or head count. */
const FORCE_NUMBERS = new RegExp(`\\b(?:${PERSONNEL}|strength|head\\s{1,3}count|headcount|effectifs|troop\\s{1,3}levels?)\\b`);
/** "cut the number of peacekeepers in the south by almost 2,000": the people first, then the number. */
const CUT_PEOPLE_BY = new RegExp(`^[^.;]{0,50}?\\b(?:${PERSONNEL}|presence|strength|numbers|headcount|footprint)\\b[^.;\\d]{0,40}?\\bby\\s{1,3}(?:(?:almost|nearly|about|around|some|more than|over)\\s{1,3})?(\\d{1,3}(?:[, .]\\d{3})+|\\d{1,6})(?!\\d|[,.]\\d|\\s{0,3}(?:%|percent|per cent))`);

/** "son quartier général à Kananga", "its base in Gao": where the base is, not where anyone went. */
/** "the camp at Ber", "la base à Gao", "le camp qu'elle occupait à Ber", "the base it held in Ber": where the camp is, not whither. */
const SITE_NOUN_AT = /\b(?:camp|base|quartier general|headquarters|qg|bureau|office|compound|installations?|locaux|premises)\s{1,3}(?:(?:qu'(?:il|elle|ils|elles)|que\s{1,3}(?:la\s{1,3}mission|le\s{1,3}contingent|les\s{1,3}casques\s{1,3}bleus))\s{1,3}(?:occup|ten|gard|abrit)[a-z]{0,6}\s{1,3})?(?:a|au|in|at)\s{1,3}$/;

/** An incident told of one convoy or one place, in the perfect: that convoy's, today. */
const SPECIFIC_INCIDENT = /^[^.;]{0,40}?\b(?:the|le|la|ce|cette|il|elle|it|our|notre|son|its)\s{0,3}(?:(?:last|dernier|derniere|final)\s{1,3})?(?:convoy|convoi|column|colonne|aircraft|appareil|avion|helicopter|helicoptere|vehicle|vehicule)?\b[^.;]{0,80}\b(?:a ete|ont ete|has been|have been|was|were)\s{1,3}(?:[a-z]+ment\s{1,3}|[a-z]+ly\s{1,3})?(?:pris pour cible|frappe|frappee|touche|touchee|attaque|attaquee|hit|struck|attacked|targeted|ambushed|fired (?:on|at)|visee?|shaken|rocked|shelled)\b|^[^.;]{0,60}?\b(?:headquarters|base|camp|position|post|quartier general|qg)\b[^.;]{0,40}\b(?:has been|have been|a ete|ont ete)\s{1,3}(?:[a-z]+ly\s{1,3}|[a-z]+ment\s{1,3})?(?:shaken|rocked|hit|struck|shelled|targeted|attacked|touchee?|frappee?|visee?|bombardee?)\b|\b(?:a|ont)\s{1,3}mis\s{1,3}le\s{1,3}feu\s{1,3}(?:a|au|aux)\b|\b(?:has|have)\s{1,3}set\s{1,3}fire\s{1,3}to\b|\b(?:a|ont|has|have)\s{1,3}(?:tire|fired)\s{1,3}(?:sur|on|at|upon)\s{1,3}(?:une?|a|an|the|la|le|l'|its|ses|one)\b[^.;]{0,30}\b(?:positions?|base|camp|patrols?|patrouilles?|convoy|convoi|vehicles?|vehicules?|tours?|towers?|posts?|postes?|miradors?|watchtowers?)\b/;

/** The host State's army, by name. */
const HOST_ARMY_AT = /\b(?:fama|fardc|laf|saf|army|armee|forces armees(?: [a-z]+)?|armed forces)\b[^,;.]{0,20}\s(?:a|in|at|de)\s{1,3}$/;
/** A base named by a place in its own words ("sa base militaire de Lubero", "its camp in Lubero"), in the unfolded text. */
const OTHER_BASE = /\b(?:base|camp|emprise|compound|site|position|bureau|office)s?\s{1,3}(?:\p{Ll}+\s{1,3})?(?:de|d'|du|of|in|at)\s{0,3}\p{Lu}[\p{L}-]+/u;
/** "its site in the Kalma area (of South Darfur)": a base named by the area it stands in (with what the area is "of", so "… district of Saraf Omra" names a site). */
const BASE_IN_AREA = /\b(?:base|camp|emprise|compound|site|position)s?\s{1,3}in\s{1,3}the\s{1,3}\p{Lu}[\p{L}-]+\s{1,3}(?:area|district|region|locality|zone)\b(?:\s{1,3}of\s{1,3}\p{Lu}[\p{L}-]+(?:\s{1,3}\p{Lu}[\p{L}-]+)?)?/u;
const OTHER_BASE_SUBJECT = new RegExp(`${OTHER_BASE.source}\\s{1,3}(?:[\\p{Ll}'-]+\\s{1,3}){0,3}$`, 'u');
/** The host's own claim to have done it: "the army said it took over", "l'armée a affirmé avoir repris". */
const CLAIMED_BEFORE = /\b(?:said|says|claimed|claims|announced|stated|affirme|affirmait|a\s{1,3}affirme|affirment|ont\s{1,3}affirme|assure|a\s{1,3}assure|revendique|a\s{1,3}revendique|declare|a\s{1,3}declare|indique|a\s{1,3}indique)\b[^.;]{0,60}$/;
/** "le commandement des FAMa à Mopti", "the Malian army's command in Mopti": the host army's seat. */
const ARMY_COMMAND_AT = /\b(?:commandement|command|etat-major)\s{1,3}(?:militaire\s{1,3})?(?:des|du|de\s{1,3}la|de\s{1,3}l'|of\s{1,3}the|of)\s{0,3}(?:[a-z]+\s{1,3}){0,2}?(?:fama|fardc|laf|saf|army|armee|forces armees|armed forces)\b[^,;.]{0,20}\s(?:a|in|at|de|d'|du)\s{0,3}$/;

/** What hits a column on a road: a mine, an improvised device, a roadside bomb. */
const ROAD_DEVICE = /\b(?:improvised explosive|ieds?|roadside bombs?|landmines?|mines?|explosive devices?|a device|engins? explosifs?(?: improvises?)?|eei|mines? antichars?|a saute sur|ont saute sur|heurte un engin)\b/;
/** "another blast", "two further devices", "une nouvelle explosion": one more of the attacks just told. */
const FURTHER_ATTACK = /\b(?:another|further|a second|a third|a new|nouvel(?:le)?s?|autres?)\s{1,3}(?:[a-z]+\s{1,3})?(?:blasts?|explosions?|attacks?|attaques?|devices?|engins?|ieds?|mines?|ambush(?:es)?|embuscades?)\b/;
const HOST_ARMY = /\b(?:fama|fardc|laf|saf|malian (?:army|armed forces|soldiers|troops)|armee malienne|forces armees maliennes|congolese (?:army|armed forces|soldiers)|armee congolaise|lebanese (?:army|armed forces|soldiers)|armee libanaise|sudanese (?:army|armed forces)|armee soudanaise)\b/;

/** "ces deux bases", "these three camps", "both sites", "les deux emprises". */
const COUNTED_ANAPHOR = /\b(?:(?:ces|these|those|the)\s{1,3}(two|three|four|deux|trois|quatre)|(both|les deux))\s{1,3}(?:[a-z-]+\s{1,3})?(?:bases|camps|sites|emprises|positions|compounds)\b/;

/** Cheap checks before the costly patterns they guard. */
/** "the staff who remained at …", "le personnel qui restait encore au camp …": the last of them. */
const REMAINED = /\b(?:who|that|qui)\s{1,3}(?:had\s{1,3})?(?:remained|stayed|were still|was still|restai(?:t|ent)|etai(?:t|ent)\s{1,3}encore|demeurai(?:t|ent))\b/;
/** A sentence that opens on a day and a comma: "Lundi, …", "On Monday, …", "Hier matin, …". */
const SCENE_DAY = new RegExp(`^[\\s"«]{0,3}(?:(?:on|le|ce|this|last)\\s{1,3})?(?:${WEEKDAY_PATTERN}|hier|yesterday)(?:\\s{1,3}(?:dernier|matin|soir|morning|evening|afternoon|apres-midi))?(?:\\s{1,3}\\d{1,2}(?:er)?\\s{1,3}[a-z]+)?,`);
/** What sets a past scene: "l'émotion était palpable", "the mood was sombre". */
const SCENE_PAST = /\b(?:etait|etaient|regnait|was|were)\b/;
/** After an intransitive verb: a day or an adverb, nothing that could be its object ("pulled out today", "est parti samedi"). */
/** What may follow "the last peacekeepers left" with no object: a day, an adverb, the way they went ("partent par avion et par convoi terrestre", "flew out by air"). */
const ADVERBIAL_THEN = new RegExp(`^\\s{0,3}(?:[,.;]|$|today|yesterday|on\\s|this\\s|early|ahead|aujourd|hier|ce\\s|le\\s\\d|definitivement|(?:by|par)\\s{1,3}(?:air|road|plane|avion|convoy|convoi|la\\s{1,3}route|voie\\s{1,3}(?:aerienne|terrestre))\\b|(?:${WEEKDAY_PATTERN})\\b)`);
const STATIONED_WORD = new RegExp(`\\b${STATIONED}\\b`);
/** "stationed in Douentza", "posted at the MINUSMA temporary operating base (TOB) of Ogossagou": a few words may name the base first. */
const STATIONED_AT = new RegExp(`\\b${STATIONED}\\s{1,3}(?:in|at|a|au|dans)\\s{1,3}(?:(?:the\\s{1,3}|la\\s{1,3}|le\\s{1,3}|l')?(?:[a-z()'-]{1,20}\\s{1,3}){0,5}?(?:of|in|at|de|d'|du)\\s{0,3})?(?:the\\s{1,3})?$`);
/** "the Togolese blue helmets who had been based there", "qui y étaient": the site the passage is about. */
const POSTED_THERE = new RegExp(`\\b${STATIONED}\\s{1,3}(?:there|la-bas|sur place|y)\\b|\\b(?:who|which|that)\\s{1,3}(?:had\\s{1,3})?(?:held|manned|occupied|ran|guarded)\\s{1,3}(?:the|that|this)\\s{1,3}(?:position|camp|base|post|site|compound)\\b|\\bqui\\s{1,3}(?:tenaient|occupaient|gardaient|tenait|occupait)\\s{1,3}(?:le|la|ce|cette|l')\\s{0,3}(?:position|camp|base|poste|site|emprise)\\b|\\b(?:at|in)\\s{1,3}the\\s{1,3}(?:base|camp|compound|team site)\\s{1,3}(?:[a-z]+\\s{1,3})?$|\\b(?:a|sur)\\s{1,3}la\\s{1,3}base\\s{1,3}(?:[a-z]+\\s{1,3})?$|\\bau\\s{1,3}camp\\s{1,3}(?:[a-z]+\\s{1,3})?$|\\b(?:presents?|present)\\s{1,3}(?:sur\\s{1,3}(?:le\\s{1,3}site|place)|there|on\\s{1,3}(?:the\\s{1,3})?site)\\b|\\bqui\\s{1,3}y\\s{1,3}(?:etaient|avaient ete|sont|stationn\\w*|(?:etaient|sont|avaient ete)\\s{1,3}(?:encore\\s{1,3})?(?:stationnes|deployes|bases|postes))\\b`);
/** A relative pronoun after a comma, or a cleft's ("c'est le camp de Goundam que …", "it was the Goundam camp that …"). */
const RELATIVE_HINT = new RegExp(String.raw`,\s{0,3}(?:which|that|que|qu')|\b${CLEFT}\s`);
/** "c'est Sange qui …", "it was at Ber that …": a site a cleft puts forward. */
const CLEFT_SITE = new RegExp(String.raw`\b${CLEFT}\s{1,3}(?:a\s{1,3}|au\s{1,3}|at\s{1,3})?$`);

/** Proposals dated by their tense alone (no date in the text): dropped when the release dates the same event. */
const datedByTense = new WeakSet<ProposedMilestone>();

/** Same fact twice (two phrasings, two sentences): keep the most confident. */
function dedupe(proposals: ProposedMilestone[]): ProposedMilestone[] {
  // A site reported in the perfect with no day ("have shut their base at Sange") when the release gives a day for
  // another event at that site ("handed over on 25 May"): the perfect is a summary of that event, not news of its own.
  // (Only a summary of the same step, or a closing summed up by a dated handover: "has transferred both sites" stands beside
  // "they pulled out of Ber on 13 August".)
  const dated = proposals.filter((p) => !datedByTense.has(p) && p.siteId !== null);
  const news = (p: ProposedMilestone) => /\b(?:has|have)\b/i.test(p.sentence);
  const summary = (p: ProposedMilestone) => dated.some((q) => q.siteId === p.siteId && (q.type === p.type || (p.type === 'withdrawal_completed' && q.type === 'site_handed_over') || !news(p) || q.sentence === p.sentence));
  proposals = proposals.filter((p) => !(datedByTense.has(p) && SITE_LEVEL_TYPES.has(p.type) && summary(p)));
  // "Un premier groupe de 76 soldats a quitté le Soudan … et s'est posé à Lomé": one contingent's people going home, not a
  // tally of the mission's personnel (labels guide, personnel_departed).
  proposals = proposals.filter((p) => !(p.type === 'personnel_departed' && proposals.some((q) => q.type === 'contingent_repatriated' && q.sentence === p.sentence && q.date === p.date)));
  // "In Ber, the rush has forced the Mission to destroy, disable or decommission vehicles": one event told by coordinated verbs, at the site one of them names.
  const toldAt = (p: ProposedMilestone) => [p.type, p.date, p.status, p.sentence].join('|');
  const sited = new Set(proposals.filter((q) => q.siteId !== null).map(toldAt));
  proposals = proposals.filter((p) => !(p.siteId === null && p.type !== 'contingent_repatriated' && p.type !== 'personnel_departed' && sited.has(toldAt(p))));
  const best = new Map<string, ProposedMilestone>();
  // The same event (whatever country it names) also dated by the text itself.
  // A contingent's repatriation is the same event wherever the text says they left from; two tallies of personnel
  // ("7,500 had left by 13 November … 8,817 have now left") are two counts.
  const event = (p: ProposedMilestone) => [p.type, p.type === 'contingent_repatriated' ? p.countryIso : p.siteId, p.status, p.figure].join('|');
  const datedEvents = new Set(proposals.filter((p) => !datedByTense.has(p)).map(event));
  for (const p of proposals) {
    if (datedByTense.has(p) && datedEvents.has(event(p))) continue;
    const key = [p.type, p.siteId, p.type === 'contingent_repatriated' ? p.countryIso : '', p.date, p.status].join('|');
    const current = best.get(key);
    if (!current || p.confidence > current.confidence) best.set(key, p);
  }
  return [...best.values()];
}

const hostIsoCache = new Map<string, string | null>();
/** The ISO code of the host State named in the gazetteer, through the same country table as the releases. */
function hostIso(name: string | undefined): string | null {
  if (typeof name !== 'string' || name.trim() === '') return null;
  let iso = hostIsoCache.get(name);
  if (iso === undefined) {
    iso = findCountryMentions(name).find((m) => m.kind === 'name')?.iso ?? null;
    hostIsoCache.set(name, iso);
  }
  return iso;
}

/** A sentence that opens on the event itself as a noun: "La fermeture a été officialisée hier jeudi 25 avril", "The handover took place on Friday". */
const EVENT_NOUN_OPENING =
  /^[\s"«]{0,3}(?:la|le|l'|cette|ce|the|this|its|sa|son)\s{0,3}(?:(?:official|formal|final|officielle?|formelle?|definitive?)\s{1,3})?(fermeture|closure|closing|remise|retrocession|passation|transfert|handover|hand-over|transfer|retrait|withdrawal|depart|departure|incident|attaque|attack|embuscade|ambush)\b/;
/** A sentence opening on when "it" was, the day right after: "C'est hier mercredi 28 février …", "C'était samedi que …", "It was on Wednesday that …", "This happened on Friday". */
const WHEN_IT_WAS = /^[\s"«]{0,3}(?:c'est|c'etait|cela s'est passe|ca s'est passe|it was|this was|that was|it happened|this happened|that happened|this took place|it took place)\s{1,3}/;
/** The verb that says a thing named as a noun happened: "a été officialisée", "took place", "s'est déroulée". */
const TOOK_PLACE =
  /\b(?:took place|happened|occurred|was (?:completed|made official|formali[sz]ed|marked|held|finali[sz]ed)|a eu lieu|s'est (?:deroulee?|tenue?|faite?)|est intervenue?|(?:a|avait) ete (?:officialisee?|effectuee?|actee?|formalisee?|celebree?|marquee?|finalisee?|consacree?))\b/;
const EVENT_NOUN_TYPE: Record<string, MilestoneType> = {
  fermeture: 'withdrawal_completed',
  closure: 'withdrawal_completed',
  closing: 'withdrawal_completed',
  retrait: 'withdrawal_completed',
  withdrawal: 'withdrawal_completed',
  depart: 'withdrawal_completed',
  departure: 'withdrawal_completed',
  remise: 'site_handed_over',
  retrocession: 'site_handed_over',
  passation: 'site_handed_over',
  transfert: 'site_handed_over',
  handover: 'site_handed_over',
  'hand-over': 'site_handed_over',
  transfer: 'site_handed_over',
  incident: 'incident',
  attaque: 'incident',
  attack: 'incident',
  embuscade: 'incident',
  ambush: 'incident',
};

/**
 * "Les Casques bleus ont fermé leur camp de Kavumu. La fermeture a été officialisée hier jeudi
 * 25 avril": a site event told without a day (dated by its tense alone) takes the day the next
 * sentence gives when that sentence opens on the same event as a noun.
 */
function dayTheNextSentenceGives(before: ProposedMilestone[], text: string, releaseDate: CalendarDate): void {
  // ("… a mis le feu à quelques engins roulants de la Monusco. … L'incident a eu lieu autour de 20 heures locale du 01 novembre": an attack too, sited or not.)
  const undated = before.filter((p) => datedByTense.has(p) && (p.siteId !== null || p.type === 'incident'));
  if (undated.length === 0) return;
  const folded = fold(text);
  // "La MONUSCO vient de transférer sa base de Kamanyola aux autorités. C'est hier mercredi 28 février, à Kamanyola, …": a sentence
  // that opens by saying when "it" was gives the day of what the sentence before told with none.
  const when = WHEN_IT_WAS.exec(folded);
  if (when) {
    // (Right after it: "le 28 février", "on Wednesday"; not "It was a moving ceremony on Saturday".)
    const day = findDates(text, releaseDate).find((d) => d.start >= when[0].length && d.start - when[0].length <= 4 && /^(?:(?:on|le)\s{1,3})?$/.test(folded.slice(when[0].length, d.start)) && d.kind !== 'range' && d.date <= releaseDate);
    if (!day) return;
    for (const p of undated) {
      if (p.status !== 'achieved') continue;
      p.date = day.date;
      datedByTense.delete(p);
    }
    return;
  }
  const noun = EVENT_NOUN_OPENING.exec(folded);
  if (!noun) return;
  // The noun's own verb says the event happened, and the day follows it: not "Sa rétrocession clôt la phase ouverte le 1er janvier".
  const occurred = TOOK_PLACE.exec(folded.slice(noun.index + noun[0].length, noun.index + noun[0].length + 80));
  if (!occurred) return;
  const from = noun.index + noun[0].length + occurred.index + occurred[0].length;
  const type = EVENT_NOUN_TYPE[noun[1]!];
  const day = findDates(text, releaseDate).find((d) => d.start >= from && d.start - from < 40 && d.kind !== 'range' && d.date <= releaseDate && !BOUNDING_BEFORE.test(folded.slice(Math.max(0, d.start - 40), d.start)));
  if (!day) return;
  for (const p of undated) {
    if (p.type !== type || p.status !== 'achieved') continue;
    p.date = day.date;
    datedByTense.delete(p);
  }
}

/**
 * "The mission has left its camp at Tessalit. … its last convoy had pulled out of the base on
 * Saturday afternoon": a site left, told without a day, was left the day its last convoy left,
 * when the next sentence gives that day.
 */
function dayTheLastConvoyGives(before: ProposedMilestone[], now: ProposedMilestone[]): void {
  for (const p of before) {
    if (p.type !== 'withdrawal_completed' || p.status !== 'achieved' || !datedByTense.has(p)) continue;
    const convoy = now.find((q) => q.type === 'convoy_departed' && q.siteId === p.siteId && q.status === 'achieved' && !datedByTense.has(q) && q.date < p.date && LAST.test(fold(q.sentence)));
    if (!convoy) continue;
    p.date = convoy.date;
    datedByTense.delete(p);
  }
}

/** Prose has a handful of predicates per sentence; longer sentences are lists or junk. */
const MAX_SENTENCE = 2_000;

export function extractProposals(release: { date: CalendarDate; body: string; title?: string | null }, gazetteer: Gazetteer): ProposedMilestone[] {
  if (!release || typeof release.body !== 'string' || typeof release.date !== 'string') return [];
  const safeGazetteer: Gazetteer = {
    sites: Array.isArray(gazetteer?.sites) ? gazetteer.sites : [],
    contingents: Array.isArray(gazetteer?.contingents) ? gazetteer.contingents : [],
  };
  const out: ProposedMilestone[] = [];
  try {
    const state: SentenceState = { antecedent: null, story: null, lastDate: null, lastSaid: null, handedOver: null, lastSites: [], leftFrom: new Map(), lastCountry: null, convoy: null, lastLeft: null, previousType: null, previousDay: null, paragraphDay: null, siteDays: new Map(), lastDateSentence: -1, quiet: [], toldDay: null, statementDay: null, siteless: null, foldedBefore: null, host: hostIso(gazetteer?.hostCountry), sentence: 0 };
    const sentences = splitSentences(release.body);
    // "BUNYAKIRI – The permanent operating base … was handed over yesterday": the one site a dateline names is what "the base" means,
    // when the sentence after it names none ("GAO - C'est au préfet d'Ansongo que le camp … a été remis": the place it was written).
    const dateline = findSiteMentions(release.body.slice(0, datelineLength(release.body)), safeGazetteer.sites);
    // ("some 80 km from Bukavu": a distance marker names no other site.)
    const first = sentences[0] ? fold(sentences[0].text) : '';
    const named = sentences[0] ? findSiteMentions(sentences[0].text, safeGazetteer.sites).filter((m) => !DISTANCE_FROM.test(first.slice(Math.max(0, m.start - 40), m.start))) : [];
    if (new Set(dateline.map((s) => s.siteId)).size === 1 && named.length === 0) state.antecedent = dateline[0]!;
    // "MINUSMA closes its base in Ansongo" over "The camp … has been handed over": the one site a title names is what "the camp" first means.
    const titleText = typeof release.title === 'string' ? release.title : '';
    const foldedTitle = fold(titleText);
    const titled = findSiteMentions(titleText, safeGazetteer.sites).filter((m) => !DISTANCE_FROM.test(foldedTitle.slice(Math.max(0, m.start - 40), m.start)));
    if (!state.antecedent && new Set(titled.map((s) => s.siteId)).size === 1) state.antecedent = titled[0]!;
    let lastEnd = 0;
    let before: ProposedMilestone[] = [];
    let quietSince = 0;
    for (const sentence of sentences) {
      if (release.body.slice(lastEnd, sentence.start).includes('\n')) state.paragraphDay = null;
      lastEnd = sentence.end;
      if (sentence.text.length > MAX_SENTENCE) continue;
      dayTheNextSentenceGives(before, sentence.text, release.date);
      const now = sentenceProposals(sentence.text, release.date, safeGazetteer, state);
      // The story's day: the last event told, when it is long before the release ("One year ago today, the last peacekeepers drove out of Kidal").
      // ("6 February 2018: farewell parade …": or the day with its year heading a line of a timeline.)
      const headed = /^[\s•·*-]{0,3}\d{1,2}\s/.test(sentence.text) ? findDates(sentence.text.slice(0, 40), release.date).find((d) => d.kind === 'absolute' && d.start < 5 && /^\s{0,2}[:–—-]/.test(sentence.text.slice(d.end, d.end + 3))) : undefined;
      const latest = [...now.filter((p) => p.status === 'achieved').map((p) => p.date), ...(headed ? [headed.date] : [])].sort().pop();
      if (latest) state.story = daysBetween(latest, release.date) > STORY_GAP ? latest : null;
      dayTheLastConvoyGives(before, now);
      // (A sentence that tells nothing between the event and the one that dates it: "Ils suspectaient que les engins avaient à leur bord des infiltrés.")
      before = now.length > 0 || quietSince > 0 ? now : before;
      quietSince = now.length > 0 ? 0 : quietSince + 1;
      state.previousType = now.at(-1)?.type ?? null;
      const days = new Set(now.filter((p) => p.status === 'achieved').map((p) => p.date));
      state.previousDay = days.size === 1 ? [...days][0]! : null;
      for (const p of now) if (p.siteId !== null && p.status === 'achieved') state.siteDays.set(p.siteId, p.date);
      out.push(...now);
      state.sentence++;
    }
  } catch {
    // A bug must not cost an editor the import: the release is kept, just without proposals.
    return [];
  }
  return dedupe(onTheWayOut(eachDayListed(originToldAfter(out, release.body, safeGazetteer), release.date), release.body, safeGazetteer));
}

/** The same day of the month a year later (29 February gives 28 February). */
function nextYear(date: CalendarDate): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return calendarDate(y + 1, m, d) ?? calendarDate(y + 1, m, d - 1) ?? date;
}

/**
 * A plan told as past, set aside or only possible: "had been planned for", "was originally scheduled", "initialement prévue", "under which the
 * headquarters would be handed over", "pouvant être remis": not a plan for this year the text stands by.
 */
const NOT_A_FIRM_PLAN = /\b(?:had|avait|avaient|etait|etaient|was|were|initially|originally|initialement|d'abord|first|previously|auparavant|jusqu'ici|until now|not|pas|plus|no longer|would|could|might|pourrait|pourraient|pouvant|serait|seraient|devrait|devraient|scenario|scenarios)\b/;

/** Opening a fronted phrase of what came before: "Après la", "After the", "Following the", "Suite à la". */
const PRIOR_EVENT_BEFORE = /(?:^|[,;])[^,;]{0,20}?\b(?:apres|after|following|suite\s{1,3}a)\s{1,3}(?:la|le|les|l'|the|its|their|sa|son|ses|leur|leurs)?\s{0,3}$/;
/** The day set off by commas right before the main clause's subject and verb: ", le 25 avril 2024, celle-ci a procédé", ", on 25 April, the mission closed". */
const MAIN_CLAUSE_DAY_AFTER = new RegExp(String.raw`,\s{0,3}(?:le\s{1,3}|on\s{1,3})?\d{1,2}(?:er|st|nd|rd|th)?\s{1,3}[a-z]+(?:\s{1,3}\d{4})?\s{0,3},\s{0,3}(?:celle-ci|celui-ci|ceux-ci|elle|il|ils|elles|it|they|(?:la|le|the)\s{1,3}(?:mission|force|contingent|${MISSION_NAMES}))\s`);

/** Plural nouns of attacks, in English and French. */
const ATTACK_NOUNS = 'attacks|incidents|strikes|shellings|attaques|frappes|tirs';
/** A plural noun of attacks right before a list of days: "attacks on", "incidents of", "les attaques du". */
const ATTACKS_ON_BEFORE = new RegExp(`\\b(?:${ATTACK_NOUNS})\\s{1,3}(?:on|of|du|des|le|les)\\s{1,3}$`);
const ATTACK_NOUN = new RegExp(`\\b(?:${ATTACK_NOUNS})\\b`);
const LIST_GAP_DAYS = /^\s{0,2},?\s{0,3}(?:(?:and|et)\s{1,3})?(?:(?:on|le)\s{1,3})?$/;

/**
 * "a series of incidents …, including attacks on October 29, November 7, and November 8": one incident a day listed after a plural noun of
 * attacks, each of them achieved on or before the release (the extractor reads one verb once, with one day).
 */
function eachDayListed(proposals: ProposedMilestone[], releaseDate: CalendarDate): ProposedMilestone[] {
  const extra: ProposedMilestone[] = [];
  for (const p of proposals) {
    if (p.type !== 'incident' || p.status !== 'achieved') continue;
    const folded = fold(p.sentence);
    if (!ATTACK_NOUN.test(folded)) continue;
    const dates = findDates(p.sentence, releaseDate).filter((d) => d.kind === 'absolute' || d.kind === 'no_year');
    const at = dates.findIndex((d) => d.date === p.date);
    if (at < 0) continue;
    let first = at;
    while (first > 0 && LIST_GAP_DAYS.test(folded.slice(dates[first - 1]!.end, dates[first]!.start))) first--;
    if (!ATTACKS_ON_BEFORE.test(folded.slice(Math.max(0, dates[first]!.start - 30), dates[first]!.start))) continue;
    for (let k = first; k < dates.length && (k === first || LIST_GAP_DAYS.test(folded.slice(dates[k - 1]!.end, dates[k]!.start))); k++) {
      const day = dates[k]!.date;
      if (day !== p.date && day <= releaseDate && !proposals.concat(extra).some((q) => q.type === 'incident' && q.date === day && q.siteId === p.siteId)) extra.push({ ...p, date: day });
    }
  }
  return extra.length > 0 ? [...proposals, ...extra] : proposals;
}

/** " à Gao", " reached Gao": the site right after a verb of arriving or "to", where a convoy came. */
const REACHED_BEFORE = /\b(?:a|au|to|in|at|reached|atteint|rallie|rejoint|regagne)\s{1,3}$/;
/** "rallier Kidal à Gao", "from Kidal to Gao", "entre Kidal et Gao": a route's start, then its end. */
const ROUTE_FROM_BEFORE = /\b(?:de|d'|du|from|rallier|relier|rallie|relie|between|entre)\s{0,3}$/;
const ROUTE_TO_BETWEEN = /^\s{1,3}(?:a|au|to|and|et|vers|jusqu'a|towards?)\s{1,3}$|^\s{0,2}-\s{0,2}$/;

/**
 * "Le dernier convoi de la Minusma est arrivé ce mardi à Gao. … le convoi a été obligé de rallier Kidal à Gao par la route": an arrival
 * that named only where it came, whose route a sentence after it gives (within two, about a convoy), belongs to the site it left
 * (labels guide, convoy_arrived).
 */
function originToldAfter(proposals: ProposedMilestone[], body: string, gazetteer: Gazetteer): ProposedMilestone[] {
  let sentences: string[] | null = null;
  return proposals.map((p) => {
    if (p.type !== 'convoy_arrived' || p.siteId === null) return p;
    const own = findSiteMentions(p.sentence, gazetteer.sites);
    const folded = fold(p.sentence);
    if (own.length !== 1 || !REACHED_BEFORE.test(folded.slice(Math.max(0, own[0]!.start - 12), own[0]!.start))) return p;
    sentences ??= splitSentences(body).map((x) => x.text);
    const at = sentences.indexOf(p.sentence);
    if (at < 0) return p;
    for (const next of sentences.slice(at + 1, at + 3)) {
      const f = fold(next);
      if (!CONVOY.test(f)) continue;
      const named = findSiteMentions(next, gazetteer.sites);
      const origin = named.find((x, k) => {
        const to = named[k + 1];
        return to !== undefined && to.siteId === p.siteId && x.siteId !== p.siteId && ROUTE_FROM_BEFORE.test(f.slice(Math.max(0, x.start - 10), x.start)) && ROUTE_TO_BETWEEN.test(f.slice(x.end, to.start));
      });
      if (origin) return { ...p, siteId: origin.siteId, title: title(p.type, siteName(gazetteer, origin.siteId), p.countryIso, p.figure, false), confidence: clamp(p.confidence - 0.1) };
    }
    return p;
  });
}

/**
 * "Fifteen peacekeepers in a convoy … were injured … He said seven peacekeepers injured by an IED early Friday were evacuated by air. … after
 * leaving their base in Kidal on October 31": an attack with no site, in a release about a convoy whose one site left the release names, on or
 * within two weeks after that departure, happened on the way out of that site (labels guide, incident).
 * (Not an attack whose own sentence names another site: "Le convoi … séparant Ber de Tombouctou a essuyé deux attaques".)
 */
function onTheWayOut(proposals: ProposedMilestone[], body: string, gazetteer: Gazetteer): ProposedMilestone[] {
  // (The convoys' departures when the release tells any, else the withdrawals: "after leaving their base in Kidal on October 31".)
  const of = (type: MilestoneType) => proposals.filter((p) => p.type === type && p.status === 'achieved' && p.siteId !== null);
  const convoys = of('convoy_departed');
  const left = convoys.length > 0 ? convoys : of('withdrawal_completed');
  if (left.length === 0 || new Set(left.map((p) => p.siteId)).size !== 1 || !CONVOY.test(fold(body))) return proposals;
  const from = left.map((p) => p.date).sort()[0]!;
  const siteId = left[0]!.siteId;
  // (A place named by its region, or a convoy's destination, is not where the attack was: "the convoy withdrawing from the northern Kidal region to neighboring Gao".)
  const elsewhere = (p: ProposedMilestone) => {
    const folded = fold(p.sentence);
    return findSiteMentions(p.sentence, gazetteer.sites).some((m) => m.siteId !== siteId && m.qualifier !== 'place' && !routeEnd(folded, m) && !CONVOY_GOING_TO.test(folded.slice(Math.max(0, m.start - 100), m.start)));
  };
  const placed = (p: ProposedMilestone): ProposedMilestone => ({ ...p, siteId, title: title(p.type, siteName(gazetteer, siteId), p.countryIso, p.figure, false), confidence: clamp(p.confidence - 0.1) });
  return proposals.map((p) => (p.type === 'incident' && p.siteId === null && p.status === 'achieved' && p.date >= from && daysBetween(from, p.date) <= 14 && !elsewhere(p) ? placed(p) : p));
}
