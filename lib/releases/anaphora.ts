/**
 * Sites named without their name (decision 0015, labels guide "Which site"): "the camp", "the
 * base in the north of the region", "les lieux", an object pronoun ("handed it over", "l'a
 * quittée"), a subject pronoun of a passive ("It was handed over", "Il a été remis") or a
 * relative pronoun ("the camp at Ber, which MINUSMA handed over on …"). Each stands for the one
 * site the passage is about; extract.ts decides which site that is. All on folded text.
 */
import type { SiteMention } from './sites';
import { MONTH_PATTERN } from './text';

const SITE_NOUN_EN = '(?:camp|base|tob|site|team site|premises|compound|keys|cantonment|quarters|headquarters|facility|installation)';

/** Words that describe the mission's own site without naming another one ("its main logistics base", "the former UN camp"). */
const ADJECTIVE_EN = '(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|same|former|main|last|final|largest|biggest|logistics|military|operational|regional|temporary|remaining|only|principal|central|sprawling|super|integrated|sector|forward|permanent|operating|mobile|company|field|battalion|un|u\\.n\\.|mission\'s|un\'s)';

/** A definite noun phrase for a site: "the camp", "its former base", "their first military base" (not "the first base of its withdrawal": "the first" is not theirs), "our camp", "la base", "notre base", "l'emprise", "les lieux". */
const ANAPHOR = new RegExp(
  `\\bfrom there\\b|\\b(?:its|their|our)\\s{1,3}first\\s{1,3}(?:${ADJECTIVE_EN}\\s{1,3}){0,2}${SITE_NOUN_EN}\\b|\\b(?:sa|leur|notre)\\s{1,3}premiere\\s{1,3}base\\b|\\b(?:the|this|that|its|their|our)\\s{1,3}(?:${ADJECTIVE_EN}\\s{1,3}){0,3}${SITE_NOUN_EN}\\b|\\b(?:le|ce|du|au|leur|son|notre)\\s{1,3}(?:(?:ancien|dernier|principal|grand)\\s{1,3})?(?:camp|site|cantonnement)\\b(?!\\s{1,3}(?:de|des|of|for)\\s{1,3}(?:deplaces|refugies|displaced|refugees))|\\b(?:la|cette|leur|sa|notre)\\s{1,3}(?:(?:ancienne|derniere|principale|grande)\\s{1,3})?base\\b|\\bl'emprise\\b|\\bl'ancien(?:ne)?\\s{1,3}(?:base|camp|site|emprise|quartier general)\\b|\\bles (?:lieux|locaux|cles|installations|batiments)\\b|\\bthe (?:facilities|buildings)\\b`,
);

export const refersBack = (text: string): boolean => ANAPHOR.test(text);

/** "the northern section of the base", "une partie du camp", "the northern part of the UNAMID super camp": a part, not the site (labels: annex_handover). */
export const PART_OF =
  /\b(?:part|parts|section|sections|portion|wing|annex(?:e|es)?|partie|parties)\s{1,3}(?:(?:nord|sud|est|ouest|north|south|east|west|northern|southern|eastern|western)\s{1,3})?(?:of|de|du|d')\s{0,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|l'|its\s{1,3}|son\s{1,3}|sa\s{1,3})?(?:former\s{1,3}|ancien(?:ne)?\s{1,3})?(?:[a-z]+\s{1,3}){0,2}(?:camp|base|site|compound|emprise)\b|\b(?:northern|southern|eastern|western)\s{1,3}(?:part|parts|section|sections|portion|wing)\s{1,3}of\b/;

/** "les bases d'Ogossagou et de Douentza", "the camps at Ber and Goundam": a plural names a list, not the one camp. */
const PLURAL_CAMPS_BEFORE = /\b(?:bases|camps|emprises|sites|team sites)\s{1,3}(?:de|d'|des|du|of|at|in)\s{0,3}$/;

/** The sites named in a plural list ("les bases d'Ogossagou et de Douentza", "the camps at Ber and Goundam"): background, not what "the camp" will mean. */
export function inPluralList(folded: string, sites: SiteMention[]): Set<SiteMention> {
  const out = new Set<SiteMention>();
  const sorted = [...sites].sort((a, b) => a.start - b.start);
  sorted.forEach((s, i) => {
    const previous = sorted[i - 1];
    if (PLURAL_CAMPS_BEFORE.test(folded.slice(Math.max(0, s.start - 25), s.start))) out.add(s);
    else if (previous && out.has(previous) && /^\s{0,2}(?:,|,?\s{1,3}(?:and|et))\s{1,3}(?:de\s{1,3}|d'|du\s{1,3}|at\s{1,3}|in\s{1,3})?$/.test(folded.slice(previous.end, s.start))) out.add(s);
  });
  return out;
}

/** What "the camp" refers back to: the one site named, or the one named as a camp ("left the camp of Ménaka … arrived in Gao"). */
export function soleReferent(sites: SiteMention[], folded?: string): SiteMention | null {
  if (sites.length === 0) return null;
  if (new Set(sites.map((s) => s.siteId)).size === 1) return sites[0]!;
  const camps = sites.filter((s) => s.qualifier === 'camp' && !(folded !== undefined && PLURAL_CAMPS_BEFORE.test(folded.slice(Math.max(0, s.start - 25), s.start))));
  // (Not out of a list of three or more: "Ménaka, …: the base at Ogossagou closed on 3 August, Ber …, Goundam …".)
  return camps.length > 0 && new Set(camps.map((s) => s.siteId)).size === 1 && new Set(sites.map((s) => s.siteId)).size < 3 ? camps[0]! : null;
}

/** An adverb or a day may stand between the verb and its object: "a évacué mardi son camp", "left yesterday the base". */
const ADVERB = `(?:[a-z]{3,15}ly|[a-z]{3,15}ment|[a-z]+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|today|yesterday|aujourd'hui|finally|enfin)`;
/** "a quitté hier, vendredi 8 décembre, sa base": a day between commas may stand there too. */
const DAY_ASIDE = `(?:,?\\s{0,3}(?:${ADVERB}|\\d{1,4}(?:er|st|nd|rd|th)?|${MONTH_PATTERN}|le|on|the)\\s{0,3}){1,5},`;
const OBJECT_ANAPHOR = new RegExp(`^\\s{1,3}(?:${DAY_ASIDE}\\s{0,3})?(?:${ADVERB}\\s{1,3}){0,2}(?:(?:of|from|out\\s{1,3}of|de|du|d'|des)\\s{0,3})?(?:${ANAPHOR.source})`);

/** The verb's object is the site without its name: "left the base …", "pulled out of the camp", "a quitté les lieux", "returned it". */
export function objectRefersBack(afterVerb: string): boolean {
  return OBJECT_ANAPHOR.test(afterVerb) || /^\s{1,3}(?:it|them)\b/.test(afterVerb);
}

/** A French object pronoun before the verb: "l'a quittée", "les a remis", "l'ont rétrocédé". */
export const cliticBefore = (beforeVerb: string): boolean => /(?:^|\s)(?:l'|les\s{1,3})(?:a|ont|avait|avaient|aura|auront)?\s{0,3}$/.test(beforeVerb.slice(-14));

const AUXILIARIES = '(?:(?:[a-z]{2,15}ly|[a-z]{2,15}ment|has|had|have|was|were|been|is|a|avait|ete|est|etait|fut|then|later|finally|puis|ensuite|enfin)\\s{1,3}){1,4}$';
/** The subject of a passive is a pronoun or names the site without its name: "It was formally handed over", "On Friday, it was vacated", "Il a été remis", "and the compound was turned over". */
const PASSIVE_PRONOUN_SUBJECT = new RegExp(`(?:^|[,:;]|\\b(?:then|later|finally|eventually|puis|ensuite|enfin|finalement))\\s{0,3}(?:it|il|elle)\\s{1,3}${AUXILIARIES}`);
const PASSIVE_ANAPHOR_SUBJECT = new RegExp(`(?:${ANAPHOR.source})\\s{1,3}${AUXILIARIES}`);

export const passiveSubjectRefersBack = (beforeVerb: string): boolean => PASSIVE_PRONOUN_SUBJECT.test(beforeVerb) || PASSIVE_ANAPHOR_SUBJECT.test(beforeVerb);

/** "the camp at Ber, which MINUSMA handed over on 13 August", "le camp de Ber, que la MINUSMA a remis": the object moved before the verb. */
/** ", que la cheffe du bureau régional, Hawa Ahmed Youssouf, a": the relative's subject may carry an apposition. */
/** (With no comma only after a cleft: "c'est le camp d'Aguelhok qu'ont quitté …", "it was the Aguelhok camp that the peacekeepers left".) */
const RELATIVE_OBJECT = /(,)?\s{0,3}\b(?:which|that|que|qu')\s{0,3}(?:(?:[a-z'-]{1,20}\s{1,3}){1,5}|[a-z'][^;.:]{2,110}?,\s{0,3}(?:[a-z'-]{1,20}\s{1,3}){1,3})$/;
/** Nothing fills the object slot after the verb: a date, a recipient, the end of the clause ("handed over to the government": past the particle). */
const EMPTY_OBJECT = /^\s{0,3}(?:(?:over|back)\s{1,3}(?=to\b))?(?:[,.;)]|$|(?:on|in|at|to|yesterday|today|last|this|formally|officially|le|la|au|aux|a|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|officiellement|formellement)\b)/;

/** What opens a cleft: "c'est", "c'était", "ce fut", "it is", "it was" (folded). */
export const CLEFT = String.raw`(?:c'est|c'etait|ce fut|it\s{1,3}(?:is|was))`;
const CLEFT_BEFORE = new RegExp(String.raw`\b${CLEFT}\s{1,3}(?:(?:the|le|la|l')\s{0,3})?(?:(?:camp|base|site|emprise)\s{1,3}(?:de|d'|of|at)\s{0,3})?$`);

/** The site a relative pronoun stands for, when it is the verb's object: the last site named before it. */
export function relativeObjectSite(folded: string, sites: SiteMention[], clauseStart: number, verbStart: number, verbEnd: number): SiteMention | null {
  const before = folded.slice(clauseStart, verbStart);
  const rel = RELATIVE_OBJECT.exec(before);
  if (!rel || !EMPTY_OBJECT.test(folded.slice(verbEnd, verbEnd + 20))) return null;
  const at = clauseStart + rel.index;
  const head = sites.filter((s) => s.end <= at && at - s.end < 90).pop();
  if (head && !rel[1] && !CLEFT_BEFORE.test(folded.slice(Math.max(0, head.start - 40), head.start))) return null;
  // "le camp d'Ansongo, dans la région de Gao, que …": a place aside may stand between the site and the pronoun.
  return head && /^[\s,]*(?:(?:camp|base|team site|site|compound)\s{0,3})?(?:,?\s{0,3}(?:dans|in|near|pres de|au|en|a)\s{1,3}[^,;.]{2,50})?\s{0,3}$/.test(folded.slice(head.end, at)) ? head : null;
}
