/**
 * The predicates a withdrawal is reported with, by meaning rather than by phrase (English and
 * French, on folded text: lower case, no accents). Each family lists a verb's forms (every
 * tense, the passive participle) and its nominalisation; which milestone a predicate reports
 * is decided from its arguments in extract.ts (who left, what was handed over), not here.
 *
 *   handover   hand over, transfer, return, give back, cede, rétrocéder, remettre, céder …
 *   leave      leave, depart, withdraw, pull out, vacate, evacuate, quitter, se retirer …; a force cut
 *              ("shed 2,000 troops", "shrank by 2,000", "the reduction had reached 2,000", "a réduit de 2 000 …"), which extract.ts reads only with a number of people
 *   close      close, shut down, closure, fermer, fermeture
 *   start      begin, start, launch, commencer, entamer, amorcer (with a withdrawal word)
 *   complete   complete, finish, conclude, achever, terminer (with a withdrawal or handover word)
 *   arrive     arrive, reach, arrival, arriver, rejoindre, atteindre (for convoys)
 *   repatriate repatriate, return home, fly home, rapatrier, rentrer au pays
 *   destroy    destroy, dismantle, disable, détruire (of equipment)
 *   dispose    donate, dispose of, sell, auction, faire don (of assets)
 *   assess     environmental assessment, inspection, clean-up; évaluation environnementale; clean up, nettoyer, dépolluer
 *   attack     attack, ambush, IED, shelling, killed, wounded; attaque, embuscade, engin explosif
 *   follow     "Ber followed on 13 August", "suivie de Ber le 13 août": the previous event again, elsewhere
 *   takeover   "the army took over the base", "les FARDC ont repris le camp", "the army received the base": a handover seen from the host
 *              ("took possession of the camp", "a pris possession" is not: it reports no transfer; labels: left_without_handover)
 */

import { anyOf, eachStart, WEEKDAY_PATTERN } from './text';

export type Family =
  | 'handover'
  | 'leave'
  | 'close'
  | 'start'
  | 'complete'
  | 'arrive'
  | 'repatriate'
  | 'destroy'
  | 'dispose'
  | 'assess'
  | 'attack'
  | 'follow'
  | 'takeover';

export interface Predicate {
  family: Family;
  start: number;
  end: number;
  /** The words of the match, folded. */
  text: string;
  /** A noun ("the handover of", "le retrait de") rather than a verb. */
  nominal: boolean;
  /** A French verb in the simple future or conditional ("quittera", "remettrait"). */
  futureForm: boolean;
}

const S = '\\s{1,3}';
/** A day said between a French verb and its object: "a tiré mercredi sur", "a heurté hier une mine". */
const DAY_BETWEEN = `(?:(?:${WEEKDAY_PATTERN}|hier|ce${S}matin|dans${S}la${S}nuit)${S})?`;
/** The verb of goods a handover held: "the package included", "the base came with", "le lot comprenait". */
const HELD = `(?:came${S}with|comes${S}with|included|includes|comprised|comprises|consisted${S}of|comprenait|comprend|incluait|inclut|s'accompagnait${S}d[e'])`;
export const GOODS_HELD = new RegExp(`^${HELD}`);
/** "à deux reprises", "à plusieurs reprises": how often, between a passive and its agent ("frappé à deux reprises par des engins"). */
const REPEATED = `a${S}(?:deux|trois|quatre|cinq|plusieurs|maintes|nombreuses)${S}reprises`;
/** Up to three words between a verb and its particle: "pulled its last troops out of", "gave the base back". */
const GAP = "(?:\\s{1,3}[a-z0-9'-]{1,20}){0,6}?";

/** "handed the Base do Porto, one of the installations occupied by Brazilian troops, over to …": an object with an apposition. */
const LONG_GAP = "(?:\\s{1,3}[a-z0-9'(),-]{1,20}){0,18}?";

/**
 * What any match of a pattern must start with: the literal head of each of its alternatives ("hand(?:s|ed)?" gives "hand",
 * "(?:passed|went)\\s…" gives "passed" and "went"), or null when some alternative may open with anything else (a class,
 * an optional group). A sentence holding none of an entry's heads cannot match it, so one scan for all heads together
 * spares running the other entries (issue 13: extraction speed). Only a filter: the entries themselves decide.
 */
export function literalHeads(source: string): string[] | null {
  const heads: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const found = headsOf(alternative);
    if (!found) return null;
    heads.push(...found);
  }
  return heads;
}

/** The parentheses and bars of a pattern, outside escapes and classes, with the depth each leaves. */
function structure(source: string): { at: number; ch: string; depth: number }[] {
  const out: { at: number; ch: string; depth: number }[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(' || ch === ')' || ch === '|') {
      depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
      out.push({ at: i, ch, depth });
    }
  }
  return out;
}

function topLevelAlternatives(source: string): string[] {
  const bars = structure(source).filter((x) => x.ch === '|' && x.depth === 0).map((x) => x.at);
  return [-1, ...bars].map((from, k) => source.slice(from + 1, bars[k] ?? source.length));
}

/** Where the group that opens `source` closes, or -1. */
function groupEnd(source: string): number {
  return structure(source).find((x) => x.ch === ')' && x.depth === 0)?.at ?? -1;
}

/** "?", "*", "{0,3}": what they follow may be absent. */
const OPTIONAL = /^(?:\?|\*|\{0,?\d*\})/;

function headsOf(alternative: string): string[] | null {
  // "(?<=\\bdue\\s{1,3})back": a lookaround consumes nothing; the match starts with what follows it.
  if (/^\(\?<?[=!]/.test(alternative)) {
    const end = groupEnd(alternative);
    return end < 0 ? null : headsOf(alternative.slice(end + 1));
  }
  if (alternative.startsWith('(?:')) {
    // A group opening the alternative: the heads of its own alternatives, unless the group may be skipped.
    const end = groupEnd(alternative);
    if (end < 0 || OPTIONAL.test(alternative.slice(end + 1))) return null;
    const heads: string[] = [];
    for (const inner of topLevelAlternatives(alternative.slice(3, end))) {
      const found = headsOf(inner);
      if (!found) return null;
      heads.push(...found);
    }
    return heads;
  }
  const literal = /^[a-z0-9' -]*/.exec(alternative)![0];
  const rest = alternative.slice(literal.length);
  // "transferr?": a character a quantifier follows may be absent.
  if (OPTIONAL.test(rest)) return literal.length > 1 ? [literal.slice(0, -1)] : null;
  // "t(?:ook|ake)\\s{1,3}off": the group's heads go on the literal's ("took", "take"), not "t" alone.
  const more = literal.length > 0 && rest.startsWith('(') ? headsOf(rest) : null;
  if (more) return more.map((m) => literal + m);
  return literal.length > 0 ? [literal] : null;
}

export interface Entry {
  family: Family;
  re: RegExp;
  /** The same pattern, sticky: tried only where one of its heads starts. */
  at: RegExp;
  nominal?: boolean;
  /** What every match starts with (`literalHeads`). */
  heads: string[];
}

/** Every entry opens with literal heads, so it is tried only where one starts; a pattern without them is written another way. */
const entry = (family: Family, source: string, nominal = false): Entry => {
  const heads = literalHeads(source);
  if (!heads) throw new Error(`predicate pattern with no literal heads: ${source.slice(0, 80)}`);
  const pattern = `\\b(?:${source})\\b`;
  return { family, re: new RegExp(pattern, 'g'), at: new RegExp(pattern, 'y'), nominal, heads };
};

/** "handed the government its Nertiti team site", "gave the Sudanese authorities the camp": the recipient first, then the site. */
const RECIPIENT_THEN_SITE = `(?=${S}(?:the|its|their)${S}(?:[a-z-]+${S}){0,3}?(?:authorities|government|army|armed${S}forces|police|state|military|governor|administration|prefect|mayor)${S}(?:(?:the|its|their|a|an)${S})?(?:[a-z0-9'-]+${S}){0,4}?(?:camp|base|team${S}site|site|compound|premises|keys)\\b)`;

export const ENTRIES: readonly Entry[] = [
  // handover
  entry('handover', `hand(?:s|ed|ing)?${RECIPIENT_THEN_SITE}|gave${RECIPIENT_THEN_SITE}`),
  // "has handed-over five vehicles", "turned-over": the same verb, hyphenated.
  entry('handover', `hand(?:s|ed|ing)?-(?:over|back)|turn(?:s|ed|ing)?-over`),
  entry('handover', `hand(?:s|ed|ing)?(?=${S}(?:over${S})?(?:[a-z0-9,'-]+${S}){0,8}?(?:vehicles|equipment|generators|trucks|containers|items|assets|materiel)\\b)|hand(?:s|ed|ing)?(?=${GAP}${S}to${S}(?:the|a|an)\\b)|hand(?:s|ed|ing)?(?=${S}to${S}(?:[a-z()-]+${S}){0,6}?(?:authorities|government|army|armed${S}forces|police|state|military|governor|administration|fardc|laf|fama)\\b)|hand(?:s|ed|ing)?(?=${S}(?:(?:one|two|three|four|some|several|another)${S}of${S})?(?:its|their|the|a|an)${LONG_GAP}${S}to${S}(?:(?:the|a|an)${S})?(?:[a-z-]+${S}){0,3}(?:authorities|government|army|armed${S}forces|police|state|military|governor|administration|prefect|mayor)\\b)|pass(?:ed|es|ing)?(?=${GAP}${S}to${S}the${S}(?:[a-z-]+${S}){0,3}(?:authorities|government|army|armed${S}forces|police|state|military|governor|administration)\\b)|went(?=${S}(?:back${S})?to${S}the${S}(?:[a-z-]+${S}){0,3}(?:authorities|government|army|armed${S}forces|police|state|military|governor|administration|fardc|laf|fama)\\b)|(?:gave|given|gives|giving|give)(?!(?:${S}[a-z0-9'-]{1,20}){0,6}?${S}(?:assets|equipment|vehicles|generators|trucks|containers|items|materiel|ambulances|supplies)\\b)(?=${GAP}${S}to${S}(?:the|a|an|its)${S}(?:[a-z-]+${S}){0,3}(?:authorities|government|army|armed${S}forces|police|state|military|governor|administration|prefect|mayor|fardc|laf|fama)\\b)|pass(?:ed|es)?${S}into${S}the${S}hands${S}of|hand(?:s|ed|ing)?${GAP}${S}(?:over|back)|hand(?:s|ed|ing)?${LONG_GAP}${S}over(?=${S}to\\b)|turn(?:s|ed|ing)?${GAP}${S}over|turn(?:s|ed|ing)?${LONG_GAP}${S}over(?=${S}to\\b)|give${S}back|(?:gave|given|gives|giving)${GAP}${S}back|(?:gave|given|gives|giving)${LONG_GAP}${S}back(?=${S}to\\b)|sign(?:s|ed|ing)?${GAP}${S}over`),
  entry('handover', `transferr?(?:s|ed|ing)?|returned|returns|returning|return|restitut(?:e|ed|es|ing)|ced(?:e|ed|es|ing)|relinquish(?:ed|es|ing)?|surrender(?:ed|s)?`),
  entry('handover', `handovers?|hand-overs?|transfer|restitution|retrocessions?|remise|passation|cession`, true),
  // "signed the handover certificate", "whose handover certificate was signed", "ont signé le certificat de remise": the formal act of a handover.
  // (Not "documents": those may transfer goods, or go with a handover told in its own words.)
  entry('handover', `sign(?:ed|s|ing)?${S}(?:the${S}|its${S})?(?:handover|hand-over|transfer)${S}(?:certificates?|protocols?)|(?:handover|hand-over|transfer)${S}(?:certificates?|protocols?)${S}(?:was|were|had${S}been|has${S}been|have${S}been)${S}(?:duly${S}|formally${S})?signed|sign(?:e|es|ee|ees|ent|er|era|eront|ait|aient)${S}(?:le|les|un|des)${S}(?:certificats?|proces-verbaux|proces-verbal|protocoles?)${S}(?:de${S}|d')(?:remise|retrocession|cession|transfert|passation)|(?:certificats?|proces-verbal|protocoles?)${S}(?:de${S}|d')(?:remise|retrocession|cession|transfert|passation)${S}(?:a|ont|avait|avaient)${S}ete${S}signe(?:e|s|es)?`),
  // Idioms of a change of hands, toward the host's authorities: "is now in the hands of the Congolese army", "passe sous pavillon malien", "changera de mains".
  entry(
    'handover',
    `(?:passed|passes|pass|is${S}now|are${S}now|now|back|went|go(?:es)?|placed)${S}(?:into|in|under)${S}the${S}(?:hands|control|custody)${S}of(?=${S}(?:the${S})?(?:[a-z-]+${S}){0,3}(?:authorities|government|army|armed${S}forces|police|state|military|governor|administration|fardc|laf|fama)\\b)|(?:est|sont|sera|seront|desormais|passe|passent|passee?s?|place(?:e|s|es)?)${S}(?:desormais${S})?(?:entre${S}les${S}mains|aux${S}mains|sous${S}(?:le${S})?(?:controle|pavillon|drapeau|autorite))${S}(?:des?|du|d')?(?=\\s{0,3}(?:l'|la${S}|le${S}|les${S})?(?:[a-z-]+${S}){0,3}(?:autorites|gouvernement|armee|forces|police|etat|fardc|fama|malien\\w*|congolais\\w*|soudanais\\w*|haitien\\w*|liberien\\w*|libanais\\w*|national\\w*)\\b)|chang(?:e|era|ed|es|ent|eront|er)${S}(?:de${S})?(?:mains|hands)|(?:passe|passent|revient|reviennent|est${S}revenue?|retourne|retournent|reverted|reverts)(?=${S}(?:au|aux|a${S}la|a${S}l'|to${S}the)${S}?(?:[a-z-]+${S}){0,3}?(?:autorites|gouvernement|armee|police|etat|fardc|fama|authorities|government|army|state)\\b)`,
  ),
  entry(
    'handover',
    `retroced\\w{0,6}|remi(?:s|se|ses)|remet(?:s|tre|tent|tait|taient|tra|tront)?|remettr\\w{0,4}|transfer\\w{0,6}|ced(?:e|ee|es|ees|er|era|eront|ent)|restitu\\w{0,6}|rend(?:u|ue|us|re|ra)|rend(?:ent)?(?=${S}(?:les${S}cles|la${S}cle|(?:sa|son|ses|leur|leurs|la|le|les)${S}(?:[a-z'-]+${S}){0,2}?(?:base|camp|emprise|site|locaux|installations|quartier)))|pass(?:e|ee|es|ees)${S}(?:aux|entre${S}les)${S}mains|confi(?:e|ee|es|ees|er|era|eront|ent)(?=(?:${S}[a-z0-9']{1,15}){0,3}?${S}(?:(?:sa|son|ses|leur|leurs|la|le|les|l')${S}?(?:[a-z-]+${S}){0,2}?(?:base|camp|emprise|site|locaux|installations|cles|quartier)|(?:aux?|a${S}l'|a${S}la)${S}?(?:[a-z-]+${S}){0,2}?(?:autorites|police|armee|forces|fardc|fama|gouvern\\w+|etat|prefet|gouverneur|administration)))`,
  ),
  // "gave up its team site in Saraf Umra", "relinquished its base at Kamanyola": the mission's own site given up.
  entry('handover', `(?:g(?:ave|ive|ives|iven|iving)${S}up|relinquish(?:ed|es|ing)?)(?=${S}(?:its|their|the|our)${S}(?:[a-z-]+${S}){0,3}?(?:camp|base|team${S}site|site|compound|premises|headquarters)s?\\b)`),
  // leave
  entry(
    'leave',
    `leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|shipped|exit(?:s|ed|ing)?|vacat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|withdr(?:aw|aws|awing|awn|ew)|pull(?:s|ed|ing)?${GAP}${S}out|mov(?:e|ed|es|ing)${GAP}${S}out|quit(?:s|ted|ting)?|abandon(?:ed|s)?|set(?:s|ting)?${S}(?:off|out)|head(?:ed|s)?${S}out|roll(?:ed|s)?${S}out|walk(?:s|ed|ing)?${S}out|sail(?:s|ed|ing)?(?=${S}from\\b)|dr(?:ove|iven|ive|ives|iving)${S}(?:out|off|away)|fl(?:ew|own|y|ies|ying)${S}out|clear(?:ed|s|ing)?${S}out|decamp(?:ed|s)?|shed(?:s|ding)?|(?:shr(?:ank|unk|inks?|inking)|fell|fallen|dropped|declined)(?=${S}by${S}(?:(?:almost|nearly|about|around|some|more${S}than|over)${S})?\\d)|cut(?:s|ting)?(?=${S}(?:[a-z'.]+${S}){0,7}?by\\b)|reduc(?:ed|es|ing)|reduction(?=${S}(?:(?:had|has|have)${S})?(?:now${S})?(?:reached|reaches|stood${S}at|stands${S}at)\\b)|mov(?:e|ed|es|ing)${S}(?:further${S})?(?:south|north|east|west)(?:wards?)?|head(?:ed|s)?${S}(?:south|north|east|west)(?:wards?)?`,
  ),
  entry('leave', `departure|withdrawal|pull-?out|pullout|exit|evacuation|drawdown|disengagement`, true),
  entry(
    'leave',
    `t(?:ook|ake|akes|aking|aken)${S}off(?=${S}from\\b)|(?:s'est|se${S}sont)${S}envole(?:e|s|es)?|decoll(?:e|es|ee|ees|ent)(?=${S}(?:de|d')\\b)|quitt\\w{0,6}|appareill(?:e|es|ent|era|eront|ait|aient)(?=${S}(?:du|de|d')\\b)|achemin(?:er|e|es|ent|era|eront|ait|aient)(?=${S}(?:[a-z'-]+${S}){0,4}?(?:de${S}|du${S}|d')#?[a-z])|abandonn(?:e|es|ee|ees|er|era|eront|ent)|parti(?:s|e|es(?!${S}(?:of|to|concerned|involved|and)\\b)|r|ra|ront)?|part(?:ent|ira|iront)|retir(?:e|es|ee|ees|er|era|eront|ent|ait|erait|eraient)|evacu\\w{0,6}|desengag(?:e|es|ee|ees|er|era|eront)|replie(?:s|e|es)?|se${S}replie|mis${S}en${S}route|pris${S}la${S}route|sorti(?:s|e|es|r)?|pli(?:e|es|ent|er|era|eront)${S}bagages?|liber(?:e|es|ee|ees|er|era|eront|ent)(?=[^.;]{0,60}?\\b(?:installations|locaux|lieux|camp|base|emprise|site|batiments?|quartier)\\b)|(?:s'est|se${S}sont|s'etait|se${S}sont${S}mis)${S}ebranle(?:e|s|es)?|lev(?:e|es|ent|er|era)${S}le${S}camp|reduit(?:e|s|es)?|reduction(?=${S}(?:des${S}effectifs${S})?(?:a${S}atteint|atteint|atteignait|s'eleve${S}a|s'elevait${S}a)\\b)|redui(?:re|ra|ront|sent)|diminue(?:e|s|es)?`,
  ),
  // "Les Casques bleus … décrochent de la ville de Butembo": a unit breaking off from a place.
  entry('leave', `decroch(?:e|es|ent|er|era|eront|ait|aient)(?=${S}(?:de|du|d')\\b)`),
  entry('leave', `retrait|depart|repli|desengagement`, true),

  // close
  entry('close', `clos(?:e|es|ed|ing)|shut(?:s|ting)?${S}(?:down)?|ferm(?:e|es|ee|ees|er|era|eront|ent|ait)`),
  entry('close', `closure|closing|fermeture`, true),
  entry('close', `clos(?:ed|es)${S}its${S}doors|ferm(?:e|ee)${S}ses${S}portes|mis${S}la${S}clef?${S}sous${S}la${S}porte`),
  // start / complete (aspect: need a withdrawal or handover word in the clause)
  entry('start', `start(?:s|ed|ing)?|beg(?:an|un|in|ins|inning)|commenc(?:e|es|ed|ing|ement)|initiat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|kick(?:ed)?${S}off|got${S}under${S}way|under${S}way`),
  entry('start', `commenc\\w{0,6}|entam\\w{0,6}|debut\\w{0,6}|amorc\\w{0,6}|lanc(?:e|es|ee|ees|er|ement)|engag(?:e|es|ee|ees)|coup${S}d'envoi`),
  entry('complete', `complet(?:e|es|ed|ing|ion)|finali[sz](?:e|es|ed|ing|ation)|conclu(?:de|des|ded|ding|sion)|finish(?:es|ed|ing)?|wrap(?:s|ped|ping)?${S}up|end(?:s|ed|ing)`),
  entry('complete', `achev\\w{0,6}|conclu(?:e|es|s|t|ra|ront)?|termin\\w{0,6}|finalis\\w{0,6}|parachev\\w{0,6}|boucl\\w{0,6}|clotur\\w{0,6}|mis${S}fin|mett(?:re|ant|ait|aient|ent|ra|ront)${S}fin`),
  // arrive
  entry('arrive', `arriv(?:e|es|ed|ing|al)|reach(?:es|ed|ing)?|pull(?:ed)?${S}into|rolled${S}into|land(?:ed|s)?(?=${S}(?:safely${S})?(?:(?:last${S}night|yesterday|today|this${S}(?:morning|afternoon|evening)|(?:early${S})?on${S}[a-z]+day(?:${S}(?:morning|afternoon|evening|night))?)${S})?(?:in|at)\\b)|touched${S}down|made${S}it(?=${S}(?:safely${S}|back${S})?(?:to|into)\\b)|pulled${S}in\\b`),
  entry('arrive', `arriv(?:e|es|ee|ees|ent|er|era|eront|ee)|arrivee|fait${S}son${S}entree|(?<=\\b(?:est|sont|etait|etaient)${S}(?:[a-z]+ment${S}|enfin${S}|finalement${S})?)entre(?:e|s|es)?(?=${S}(?:[a-z]+,?${S}){0,3}?(?:a|dans)\\b)|rejoin\\w{0,6}|rejoint|atteint|atteindr\\w{0,4}|gagne|rallie|retrouv(?:e|es|ee|ees|ent)(?=${S}[A-Za-z])|(?:s'est|s'etait|se${S}sont|s'etaient)${S}pose(?:e|s|es)?|atterri(?:t|s)?|parven(?:u|ue|us|ues|ir)`),
  // repatriate
  entry(
    'repatriate',
    `repatriat(?:e|es|ed|ing|ion)|(?:return(?:s|ed|ing)?|went|gone|go(?:es|ing)?|flew|flown|fl(?:y|ies|ying)|head(?:ed)?|sent|rotated|came|come|arrived|land(?:ed|s|ing)?|touched${S}down)${S}(?:back${S})?home|(?:bring|brings|bringing|brought)${S}(?:back${S})?home|(?:bring|brings|bringing|brought|ferry|ferrying|ferried|carrying|carried)${S}(?:(?:back|the|some|about|more${S}than|[a-z]+(?:ian|ese|ish|an|i))${S}){0,3}(?:\\d[\\d,]*${S})?(?:peacekeepers|troops|soldiers|blue${S}helmets|personnel)${S}(?:back${S})?home|(?<=\\bdue${S})back${S}home|homecoming|board(?:ed|s|ing)?${S}(?:(?:their|its|his|her|the|a|an|own|last|final|first|charter(?:ed)?|chartered)${S}){0,3}(?:flights?|planes?|aircraft)${S}(?:back${S})?home\\b|rapatri\\w{0,8}|rentr(?:e|es|ee|ees|er|eront)${S}(?:au${S}pays|chez${S}(?:eux|elles))|regagn\\w{0,6}${S}(?:leur|son|le)${S}pays|regagn(?:e|es|ee|ees|ent|er|era|eront|ait|aient)(?=${S}[a-z])|rentr\\w{0,4}${S}chez${S}(?:lui|eux|elles)|retrouv\\w{0,6}(?:${S}[a-z]{3,12}){0,2}?${S}(?:le${S}sol${S}(?:national|natal|[a-z]+ais|[a-z]+ien|[a-z]+ois)|leurs?${S}familles?|leur${S}pays|la${S}terre${S}natale|la${S}mere${S}patrie)|(?:back|returned)${S}to${S}(?:their|his|her)${S}(?:home${S})?(?:country|families)|retour${S}au${S}pays|welcomed${S}(?:back${S})?home|(?<=\\b(?:is|are)${S})(?:due|expected)${S}back${S}home\\b|(?:was|were)${S}back${S}(?:home\\b|with${S}(?:its|their|his|her)${S}famil(?:y|ies))|(?<=\\b(?:is|are|was|were)${S}(?:now${S}|finally${S}|safely${S}|all${S})?)home\\b(?!${S}(?:to|for|of)\\b)|set${S}foot${S}(?:back${S})?on${S}(?:home|national|native|[a-z]+ian|[a-z]+ese|[a-z]+ish|[a-z]+an)${S}soil|(?<=\\b(?:was|were|is|are|been|be|now)${S})back${S}on${S}(?:home|national|native)${S}soil|(?:(?<=\\b(?:a|ont|avait|avaient)${S})foule|(?:pos(?:e|er|ait|aient)|mis|mettre)${S}(?:le${S})?pied${S}(?:sur|a))${S}(?:a${S}nouveau${S})?le${S}sol${S}(?:national|natal|[a-z]+ais|[a-z]+ien|[a-z]+ois)|accueilli(?:e|s|es)?${S}(?:au${S}pays|chez${S}eux)|retour(?=${S}(?:au|en)${S}[A-Za-z])|(?:returning|returned|back)${S}(?:home${S})?from(?=${S}(?:the${S}mission|[a-z]+${S}(?:landed|arrived)|[a-z]+\\b))`,
  ),
  // "sont aujourd'hui en route vers leur pays", "are on their way home": going home now.
  entry('repatriate', `en${S}route${S}(?:vers|pour)${S}(?:leur|son)${S}pays|on${S}(?:their|its)${S}way${S}(?:back${S})?home|sur${S}le${S}chemin${S}du${S}retour`),
  // Going back to a country ("rentrés au Sénégal", "went back to Nepal"): a repatriation only when it is the contingent's own (extract.ts).
  entry('repatriate', `(?:rentr|regagn|retourn)(?:e|es|ee|ees|ent|er|era|eront|ait|aient)(?=(?:${S}(?:hier|aujourd'hui|enfin|finalement|bien|definitivement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce${S}matin|ce${S}soir))?${S}(?:au|en|aux|dans|a)${S})|(?:go|goes|going|went|gone|fly|flies|flying|flew|flown|head|heads|heading|headed|come|comes|coming|came|sail|sails|sailing|sailed|travell?ed)${S}back(?=${S}to${S}(?!the${S}(?:[a-z-]+${S}){0,3}(?:authorities|government|state|owner|army|police)\\b))|(?:landed|arrived|touched${S}down)${S}back(?=${S}(?:in|at|to)${S})|accueilli(?:e|s|es)?(?=${S}(?:a|au|en)${S})`),
  // destroy
  entry('destroy', `destroy(?:s|ed|ing)?|destruction|demolish(?:ed|es|ing)?|dismantl(?:e|ed|es|ing)|disabl(?:e|ed|ing)|rendered${S}(?:unusable|inoperable)|put${S}beyond${S}use|detrui\\w{0,4}|detruit\\w{0,2}|rendus?${S}inutilisables?|demantel\\w{0,6}|sabot\\w{0,6}`),
  // dispose
  // "The package included a 36KVA generator", "The base came with a sizeable vehicle fleet": the goods of a handover, by what it held.
  entry('dispose', `(?<=\\b(?:package|handover|transfer|compound|base|premises|camp|facility|lot|ensemble|remise|cession)${S})${HELD}(?=(?:${S}[a-z0-9,'-]+){0,6}?${S}(?:vehicles?|fleet|equipment|generators?|trucks|containers|assets|ambulances|items|towers?|toilets|furniture|vehicules|equipements?|groupes|generateurs|camions|conteneurs|biens|mobilier)\\b)`),
  // ("a fait plusieurs dons aux FARDC", "fait de nombreux dons": a count or a determiner between the verb and its noun.)
  entry('dispose', `(?:provid(?:ed|es|ing)|gave|given|donat(?:ed|es|ing))(?=(?:${S}[a-z0-9,'-]+){0,6}?${S}(?:vehicles|equipment|generators|trucks|containers|assets|ambulances|items)\\b)|dispos(?:ed|al|ing)${S}of|disposal|donat(?:e|ed|es|ing|ion|ions)|auction(?:ed|s)?|sold|written${S}off|write-?off|fait${S}don|fait${S}(?:(?:plusieurs|des|divers|quelques|de${S}nombreux|d'importants)${S})?dons?|offert(?:e|s|es)?|offerts?${S}aux?|dons${S}(?:faits|de)|don(?:ne|nes|nee|nees)(?=(?:${S}[a-z0-9,'-]+){0,6}?${S}(?:vehicules|equipements?|materiels?|groupes${S}electrogenes|generateurs|camions|conteneurs|biens|mobilier|medicaments|ambulances|engins|actifs))|vend(?:u|us|ue|ues)`),
  // assess
  entry(
    'assess',
    `(?:joint${S}inspection|inspection)${S}(?:visit|of${S}the${S}(?:camp|base|site|premises))|visite${S}d'inspection|inspection${S}conjointe|environmental(?:${S}(?:impact|baseline|closure|site|final|exit))?${S}(?:assessments?|evaluations?|audits?|surveys?|inspections?|clearances?|reviews?|clean-?ups?|remediation)|(?:evaluations?|audits?|inspections?|etudes?)${S}(?:d'impact${S})?environnementale?s?|depollution|clean-?up${S}of|(?:obligations|regles|normes|exigences)${S}environnementales|environmental${S}(?:and${S}[a-z]+${S})?(?:obligations|standards|requirements|conditions|rules|compliance|rehabilitation)|rehabilitation${S}environnementale`,
  ),
  // Cleaning up a site before it is handed back: what is cleaned is checked in extract.ts.
  entry('assess', `clean(?:s|ed|ing)?${S}up|decontaminat(?:e|es|ed|ing|ion)|remediat(?:e|es|ed|ing)|nettoy\\w{0,6}|depollu\\w{0,6}|decontamin\\w{0,6}`),
  // attack
  entry(
    'attack',
    `attack(?:s|ed|ing)?|ambush(?:ed|es)?|c(?:a|o)me${S}under${S}(?:[a-z-]+${S}){0,2}?(?:fire|attack)|fired${S}(?:up)?on|shell(?:ed|ing)|struck${S}(?:an?${S}|(?:two|three|four|five|six|several|\\d{1,2})${S})?(?:ieds?|mines?|landmines?|explosive)|hit${S}(?:an?${S}|(?:two|three|four|five|six|several|\\d{1,2})${S})?(?:ieds?|mines?|landmines?|explosive)|improvised${S}explosive${S}devices?|explosive${S}devices?|ieds?|landmines?|(?:roadside|homemade|home-made|makeshift)${S}bombs?|mortar${S}(?:fire|rounds|shells|attack)|rockets?|shells?|projectiles?|grenades?|gunfire|small-arms${S}fire|exchange${S}of${S}fire|opened${S}fire|(?:the|this)${S}(?:incident|attack)(?=${S}(?:took${S}place|happened|occurred)\\b)|fired${S}(?:[a-z0-9-]+${S}){0,4}?(?:rounds|shots|shells|bullets|warning${S}shots)(?=${S}(?:at|on|towards|toward|near)\\b)|breach(?:ed|es)?|fired${S}(?:at|on|towards|upon)|stormed|looted|looting|ransacked|overran|incursion|smash(?:ed|es)?|rammed|broke${S}in(?:to|side)?|forced${S}(?:(?:their|its)${S}way${S})?in(?:to|side)?|drove${S}(?:inside|into)|explosions?|blasts?|(?:rounds|shots|bullets)${S}(?:were${S})?fired|killed|wounded|injur(?:ed|ing|ies)|(?:was|were|been|being|got)${S}hurt|(?:was|were|been|being)${S}hit${S}by|struck${S}by|(?:ran|run|drove|driven)${S}over${S}(?:an?${S})?(?:ied|mine|landmine|explosive)|(?:was|were|been|being)${S}(?:struck|hit)\\b(?!${S}by\\b)|(?:devices?|bombs?|mines?|charges?)${S}(?:went${S}off|exploded|detonated)|missiles?|wounding|(?:knocked|pulled|tore|torn)${S}down|bulldoz(?:ed|ing)|(?:shaken|rocked)${S}by|tore${S}through|torn${S}apart|(?:stopped|blocked|halted|obstructed|intercepted)(?=${S}(?:[a-z'-]+${S}){0,4}?(?:movements?|convoys?|patrols?|columns?)\\b)|denied${S}(?:it|them|the${S}convoy)${S}passage|pelted${S}with${S}(?:stones|rocks)|(?:was|were|been|being)${S}confronted\\b|set${S}(?:on${S}fire|ablaze|alight)|torched|(?:threw|throwing|hurled|hurling)${S}(?:stones|rocks)|stone-throwing`,
  ),
  entry(
    'attack',
    `attaqu\\w{0,6}|embuscades?|frappee?s?${S}(?:${REPEATED}${S})?par|(?:empech|bloqu|immobilis|intercept)(?:e|es|ee|ees|ent|ait|aient)(?=${S}(?:[a-z'-]+${S}){0,3}?(?:convois?|patrouilles?|colonnes?|mouvements?)\\b)|(?:mis|mise|mettre|mettent)${S}(?:[a-z']+${S}){0,3}?a${S}sac|engins?${S}explosifs?(?:${S}improvises?)?|eei|bombes?${S}artisanales?|engins?${S}pieges?|mines?${S}antichars?|tirs?${S}(?:de${S}(?:mortiers?|roquettes?|obus)|indirects?)|tues?(?!${S}\\d)|blesses?|blessees?|saute${S}sur|echanges?${S}de${S}tirs|tirs?${S}(?:nourris|d'obus|de${S}char|de${S}mitrailleuse)|obus|roquettes?|grenades?|pillag\\w{0,4}|pille\\w{0,2}|envahi\\w{0,2}|saccag\\w{0,4}|incursion|explosions?|(?:a${S}ete|ont${S}ete|etait)${S}vise(?:e|s|es)?|vise(?:e|s|es)?${S}(?:par|a${S}l'atterrissage|au${S}decollage)|pris${S}pour${S}cible|tir(?:e|ent|ait|aient|es)${S}${DAY_BETWEEN}sur|incendi(?:e|ee|es|ees|ent|aient)\\b|s'en${S}(?:est|sont|etait|etaient)${S}pris(?:e|es)?${S}(?:a|au|aux)|(?:l'|cet${S}|cette${S})(?:incident|attaque)(?=${S}(?:s'est${S}produite?|a${S}eu${S}lieu|est${S}survenue?)\\b)|(?:a|ont)${S}(?:meme${S})?ete${S}touche(?:e|s|es)?(?=[^.;]{0,40}\\b(?:tirs|balles|aile|obus|roquettes?|engins?|explosions?|se${S}poser|l'atterrissage|decollage))|(?:ouv(?:ert|re|rent|rait)${S}le|fait|faisant)${S}feu|(?:essuy\\w{0,4}|essui(?:e|es|ent|era|eront))${S}(?:[a-z']+${S}){0,2}?(?:des${S})?tirs|atteinte?s?${S}par${S}(?:des${S}|un${S}|une${S})?(?:tirs|balles|obus|roquettes?|engins?|projectiles?|drones?)|rafales?|percut\\w{0,4}|heurt\\w{0,4}${S}${DAY_BETWEEN}(?:une${S}|un${S})?(?:mine|engin|bombe)|roul\\w{0,4}${S}sur${S}(?:une${S}|un${S})?(?:mine|engin)|touche(?:e|s|es)?${S}(?:${REPEATED}${S})?par|enfonc\\w{0,4}|penetr(?:e|es|ee|ees|ent)${S}(?:de${S}force${S})?dans|jets?${S}de${S}pierres|(?:mis|mettent|mettre|met)${S}le${S}feu${S}(?:a|au|aux)\\b|brul(?:e|es|ee|ees)${S}par|(?:lanc|jet)(?:e|es|ent|aient|ait)${S}des${S}pierres|caillass\\w{0,4}`,
  ),
  entry('follow', `follow(?:ed|s)(?=${S}(?:on|in|suit)\\b)|(?<=\\b(?:had|has|have)${S})followed(?=\\s{0,3}(?:[.;,]|$))|followed${S}suit|(?:followed|went|took)${S}the${S}same${S}(?:route|path|way|road)|(?<=\\b(?:a|ont)${S})(?:suivi|pris)${S}le${S}meme${S}chemin|suivie?s?${S}(?:de|par|d')|puis${S}(?:celle|celui)${S}d[e']|(?:c'etait|ce${S}fut|c'est)${S}(?:au${S}tour|le${S}tour)${S}(?:de|d'|du|des)|(?:it${S}was|then${S}came)${S}the${S}turn${S}of`),
  entry('takeover', `t(?:ook|ake|akes|aken|aking)${S}over|t(?:ook|ake|akes|aken|aking)${S}back(?=${S}(?:the${S}|its${S})?(?:[a-z-]+${S}){0,3}?(?:camp|base|compound|premises|team${S}site|site)s?\\b)|rec(?:eived|eives|u|ue|oit|oivent|evront|evra)${S}(?:[a-z]+${S}){0,2}?(?:the${S}keys|les${S}cles|the${S}key|la${S}cle)|rec(?:eived|eives|u|ue|urent|oit|oivent|evait|evaient)(?=(?:,${S}(?:on${S}|le${S})?[a-z0-9]+${S}[a-z0-9]+,)?${S}(?:(?!(?:at|in|on|to|from|near|with|au|aux|dans|pres|sur|vers|avec|en)\\b|a${S}(?:la|le|les|l')\\b)[a-z'-]+,?${S}){0,8}?(?:camp|base|compound|emprise|premises|team${S}site)s?\\b)|t(?:ook|ake|akes|aken)${S}charge${S}of|repris|reprend|reprennent`),
];

/** Every head of every entry; a match of one head stands for every entry with a head it begins with ("handover" for "hand"). */
const HEADS = [...new Set(ENTRIES.flatMap((e) => e.heads))];
const GATE = anyOf(HEADS, '\\b');
const ENTRIES_BY_HEAD = new Map(HEADS.map((h) => [h, ENTRIES.filter((e) => e.heads.some((x) => h.startsWith(x)))]));

/** A French simple future or conditional ends the word: "quittera", "remettront", "fermerait". */
const FRENCH_FUTURE = /(?:era|eront|ira|iront|ra|ront|erait|eraient|irait|iraient)$/;

const AUXILIARY_BEFORE = /\b(?:a|ont|est|sont|ete|etait|etaient|sera|seront|avait|avaient)\s{1,3}(?:[a-z]{2,15}ment\s{1,3})?$/;

/** The verb (the first word: "changera de mains") carries the tense. */
const isFrenchFuture = (text: string) => {
  const verb = text.split(/\s/, 1)[0]!;
  return FRENCH_FUTURE.test(verb) && /[a-z]{5}$/.test(verb);
};

/**
 * Where each entry may match in a sentence: the starts of its heads, in order (issue 13: speed; an entry is tried
 * only there, rather than scanned over the whole sentence). An entry none of whose heads occurs is absent.
 */
export function headStarts(folded: string): Map<Entry, number[]> {
  const starts = new Map<Entry, number[]>();
  eachStart(GATE, folded, (head, at) => {
    for (const e of ENTRIES_BY_HEAD.get(head)!) {
      const list = starts.get(e);
      if (list) list.push(at);
      else starts.set(e, [at]);
    }
  });
  return starts;
}

/** The matches of an entry, left to right and not overlapping, as a global scan finds them: tried only at `at`, the starts of its heads, where every match starts. */
function* matches(e: Entry, folded: string, at: readonly number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const start of at) {
    if (start < from) continue;
    e.at.lastIndex = start;
    const m = e.at.exec(folded);
    if (!m) continue;
    from = start + m[0].length;
    yield m;
  }
}

/** A word may stand for several families ("rendus inutilisables" vs "rendu"): the longer match wins. */
export function findPredicates(folded: string): Predicate[] {
  const found: Predicate[] = [];
  const starts = headStarts(folded);
  for (const e of ENTRIES) {
    const at = starts.get(e);
    if (!at) continue;
    const { family, nominal } = e;
    for (const m of matches(e, folded, at)) {
      const text = m[0];
      // "à partir du 18 avril": from a day, not a departure.
      if (text === 'partir' && /\ba\s{1,3}$/.test(folded.slice(Math.max(0, m.index - 5), m.index))) continue;
      // "…, leaving the deputy commander injured", "leaving two peacekeepers dead": what an attack left behind, not a departure.
      if (text === 'leaving' && /^[^.;:,]{1,60}?\b(?:injured|wounded|dead|hurt|damaged|stranded|homeless)\b/.test(folded.slice(m.index + text.length, m.index + text.length + 70))) continue;
      found.push({ family, start: m.index, end: m.index + text.length, text, nominal: nominal ?? false, futureForm: !nominal && isFrenchFuture(text) });
      if (found.length > 200) break;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Predicate[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) continue;
    // "l'a remise", "a été remise": after an auxiliary the noun is a participle.
    if (p.nominal && AUXILIARY_BEFORE.test(folded.slice(Math.max(0, p.start - 14), p.start))) p.nominal = false;
    // "avait été fermée et remise aux autorités", "a été fermée samedi, puis remise": a participle coordinated with the one before.
    else if (p.nominal && /(?:e|ee|ees|es|is|ise|ises)$/.test(p.text) && last && !last.nominal && /(?:e|ee|ees|es|is|ise|ises|u|ue|ues|us)$/.test(last.text) && /^[^.;]{0,60}?(?:,\s{0,3}|\s{1,3})(?:et|puis)\s{1,3}(?:[a-z]+ment\s{1,3})?$/.test(folded.slice(last.end, p.start))) p.nominal = false;
    // "sa base de Sévaré, remise au gouverneur": a participle in apposition.
    else if (p.nominal && /(?:e|ee|ees|es)$/.test(p.text) && /,\s{0,2}$/.test(folded.slice(Math.max(0, p.start - 3), p.start)) && /^\s{1,3}(?:a|au|aux|par|le|hier|ce)\b/.test(folded.slice(p.end, p.end + 8))) p.nominal = false;
    // "au départ de Kidal", "son départ", "le retrait", "le retour au Brésil": after a French determiner the word is a noun.
    // "rapatriement", "repatriation": a noun, whatever family lists it.
    else if (!p.nominal && /^[a-z]+(?:ement|iation)$/.test(p.text)) p.nominal = true;
    else if (!p.nominal && (p.text === 'depart' || p.text === 'transfert' || /^retour\b/.test(p.text)) && /\b(?:le|au|du|son|leur|un|ce|dernier|premier)\s{1,3}$|[-–—:]\s{1,3}$/.test(folded.slice(Math.max(0, p.start - 10), p.start))) p.nominal = true;
    // "à la sortie de Douentza", "leur arrivée": a feminine participle's form after a determiner is a noun.
    else if (!p.nominal && /^[a-z]+(?:ie|ies|ee|ees)$/.test(p.text) && /\b(?:la|les|une|sa|ses|leur|leurs|cette|ces|des)\s{1,3}$/.test(folded.slice(Math.max(0, p.start - 8), p.start))) p.nominal = true;
    out.push(p);
  }
  return out;
}
