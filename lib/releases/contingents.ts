/**
 * Country mentions that designate a contingent ("Senegalese troops", "casques bleus tchadiens",
 * "Bangladesh Air Force"), as opposed to the host State ("Malian authorities") or a country in
 * passing ("in Mali", "via Dakar").
 */
import { findCountryMentions, type CountryMention } from './demonyms';
import { fold } from './text';

/** The nouns of a national unit or its people ("troops", "battalion", "casques bleus", "détachement"). */
export const UNIT_NOUN =
  '(?:troops|peacekeepers|peacekeeping forces?|soldiers|contingents?|battalions?|compan(?:y|ies)|units?|formed police units?|fpus?|police|police officers|service members|servicemen|servicewomen|engineers|helicopters?|air force|aviation|pilots|blue helmets|personnel|elements|medical|hospital|detachments?|squadrons?|infantry|special forces|guards?|casques bleus|troupes?|troop|bataillons?|militaires|soldats|policiers|unites?|detachements?|helicopteres|equipes?|gendarmes|genie|ingenieurs|aviateurs|aviators|airmen|crews?|medics|pilotes|sapeurs)';

/** "Nigeria's last 200 peacekeepers", "Chadian troops": up to three words (a count among them) before the unit. */
const UNIT_AFTER = new RegExp(`^(?:'s)?\\s{1,3}(?:[a-z0-9,-]{1,15}\\s{1,3}){0,3}?${UNIT_NOUN}\\b`);
/** "casques bleus tchadiens", "le bataillon combiné Uruguay-Pérou": the unit, perhaps one adjective, then the country. */
const UNIT_BEFORE = new RegExp(`\\b${UNIT_NOUN}(?:,?\\s{1,3}(?:(?:combine|combined|mixte|mixed|conjoint|joint)e?\\s{1,3})?(?:(?:from|of|du|de|des|d')\\s{0,3}(?:the\\s{1,3})?)|\\s{1,3}(?:(?:combine|combined|mixte|mixed|conjoint|joint)e?\\s{1,3})?)$`);
const NOT_A_UNIT =
  /^\s{1,3}(?:transitional\s{1,3})?(?:authorities|government|state|armed forces|army(?!\s{1,3}(?:company|companies|battalions?|units?|contingents?|detachments?|engineers|medics|doctors|nurses))|defen[cs]e|people|population|civilians|nationals|president|minister|ambassador|embassy|officials?|territory|soil|border|capital|side|authorites|gouvernement|etat|forces armees|armee|territoire)\b/;
/** "Benin brought home 223 of its 250 peacekeepers", "le Tchad a rapatrié ses soldats", "Uruguay will withdraw its troops", "Nigeria, among the first to deploy, saw its final 200 soldiers fly out": a country acting on (or seeing off) its own troops. */
const OWN_UNITS_AFTER = new RegExp(`^(?:,[^,;.]{1,80},)?\\s{1,3}(?:(?:has|have|had|a|avait|will|is\\s{1,3}to|is\\s{1,3}due\\s{1,3}to|is\\s{1,3}expected\\s{1,3}to|plans\\s{1,3}to|va|doit|devrait)\\s{1,3})?(?:[a-z]+ly\\s{1,3})?(?:saw|sees|watched|brought|brings?|flown|flew|fly|flies|repatriat(?:ed|es?)|withdr(?:awn|ew|aws?)|pull(?:ed|s)?|recall(?:ed|s)?|rapatri(?:e|er|era|ent)|retir(?:e|er|era|ent)|ramen(?:e|er|era)|ramene|rappel(?:e|er|le|lera))\\b[^.;]{0,40}?\\b(?:its|ses|son|sa|leurs?)\\s{1,3}(?:[a-z0-9,-]{1,15}\\s{1,3}){0,3}?${UNIT_NOUN}\\b`);
/** "Senegal has completed the withdrawal of its troops", "le Sénégal a officiellement conclu le retrait de son dernier détachement": a country ending its own troops' withdrawal. */
const OWN_UNITS_WITHDRAWN = new RegExp(`^\\s{1,3}(?:(?:has|have|had|a|avait)\\s{1,3})?(?:[a-z]+(?:ly|ment)\\s{1,3})?(?:complet(?:ed|es?)|conclu(?:ded|des?)?|finish(?:ed|es)?|finalis(?:ed|e)|achev(?:e|er)|termin(?:e|er))\\s{1,3}(?:the|le|son|sa|its)\\s{1,3}(?:withdrawal|repatriation|retrait|rapatriement|desengagement)\\s{1,3}(?:of|de|du|d')\\s{0,3}(?:its|their|son|sa|ses|leurs?)\\s{1,3}(?:[a-z0-9,'-]{1,15}\\s{1,3}){0,4}?${UNIT_NOUN}\\b`);
const LIST_JOINER = /^\s{0,2}(?:(?:,|,?\s{1,3}and|,?\s{1,3}et)\s{1,3}|-)$/;

/** `host`: the host State's ISO code, never a contingent ("… have left Mali"). */
export function findContingentMentions(text: string, host: string | null = null): CountryMention[] {
  const mentions = findCountryMentions(text);
  if (mentions.length === 0) return [];
  const folded = fold(text);
  const isUnit = mentions.map((m) => {
    const after = folded.slice(m.end, m.end + 60);
    if (NOT_A_UNIT.test(after)) return false;
    // "The United Nations mission in Mali pulled its last troops out": where the mission is, not whose troops.
    if (m.kind === 'name' && /\b(?:in|en|au|aux|dans)\s{1,3}$/.test(folded.slice(Math.max(0, m.start - 6), m.start))) return false;
    // "225 Uruguayens et 160 Péruviens", "les Brésiliens", "the Brazilians": the people, as a plural noun.
    const asNoun = /[sx]$/.test(folded.slice(m.start, m.end)) && /(?:\b\d[\d ,.]*|\b(?:les|the))\s{1,3}$/.test(folded.slice(Math.max(0, m.start - 12), m.start));
    // "la 5e unité de police constituée chinoise": the unit, a few words of its own, then the country.
    const unitOf = /\b(?:unite|unit|bataillon|battalion|contingent|compagnie|company|detachement|detachment)\s{1,3}(?:(?:de|d'|of|du|des)\s{0,3})?(?:[a-z'-]{2,12}\s{1,3}){1,2}$/.test(folded.slice(Math.max(0, m.start - 50), m.start)) && !/\b(?:au|en|in|at|a|dans|from|de|du|des|the|la|le|les)\s{1,3}$/.test(folded.slice(Math.max(0, m.start - 6), m.start));
    const ownWindow = m.kind === 'name' ? folded.slice(m.end, m.end + 150) : '';
    const ownUnits = m.kind === 'name' && /\b(?:its|their|ses|son|sa|leurs?)\s/.test(ownWindow) && (OWN_UNITS_AFTER.test(ownWindow) || OWN_UNITS_WITHDRAWN.test(ownWindow));
    return asNoun || unitOf || ownUnits || UNIT_AFTER.test(after) || UNIT_BEFORE.test(folded.slice(Math.max(0, m.start - 40), m.start));
  });
  // "Nepalese, Bangladeshi and Senegalese peacekeepers": the noun after the list covers it all.
  for (let i = mentions.length - 2; i >= 0; i--) {
    if (!isUnit[i] && isUnit[i + 1] && LIST_JOINER.test(folded.slice(mentions[i]!.end, mentions[i + 1]!.start))) {
      isUnit[i] = true;
    }
  }
  // "les Casques bleus uruguayens et péruviens": the noun before the list covers it all.
  for (let i = 1; i < mentions.length; i++) {
    if (!isUnit[i] && isUnit[i - 1] && LIST_JOINER.test(folded.slice(mentions[i - 1]!.end, mentions[i]!.start))) isUnit[i] = true;
  }
  return mentions.filter((m, i) => isUnit[i] && m.iso !== host);
}
