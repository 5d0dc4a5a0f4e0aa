/**
 * Finds the mission's sites named in a sentence, by name or alias, case- and accent-insensitive,
 * on word boundaries. Sites often share their name with a town or region ("Kidal camp" vs "the
 * Kidal region"), so each mention is qualified from the words around it.
 */
import { anyOf, eachStart, fold, isWordChar } from './text';

export interface GazetteerSite {
  id: number;
  name: string;
  aliases: string[];
}

/**
 * - `camp`: explicitly the base ("the Kidal camp", "camp de Kidal", "TOB in Ogossagou").
 * - `place`: the town, region or surroundings, not the base ("Kidal region", "near Anefis", "au nord de Tombouctou", "El Fasher University").
 * - `plain`: just the name; usually the base in withdrawal news.
 */
export type SiteQualifier = 'camp' | 'place' | 'plain';

export interface SiteMention {
  siteId: number;
  start: number;
  end: number;
  text: string;
  qualifier: SiteQualifier;
}

const CAMP_AFTER = /^[\s,]{0,2}(?:super[- ]camp|camp|base|tob|cob|compound|premises|integrated camp)\b/;
/** "the camp in", "la base de", "le camp qu'elle occupait à", "the base it held in": what stands before names the camp. */
const CAMP_BEFORE =
  /\b(?:camp|base|compound|headquarters)\s{1,3}(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|au nord|au sud|a l'est|a l'ouest)\s{1,3}(?:of|de|d')\s{0,3})$|\b(?:camp|camps|base|bases|tob|\(tob\)|cob|compound|premises|headquarters|quartier general|qg|(?:team|operating|company)\s(?:site|base)s?)\s{1,3}(?:in|of|at|de|d'|du|a)\s{0,3}(?:the\s)?$|\bsites?\s(?:d'equipe\s)?(?:de|d'|du)\s{0,3}$|\b(?:camp|base)s?\s(?:de\s)?$|\b(?:camp|base|emprise)\s{1,3}(?:qu'(?:il|elle|ils|elles)|que\s{1,3}(?:la\s{1,3}mission|le\s{1,3}contingent))\s{1,3}(?:occup|ten|gard|abrit)[a-z]{0,6}\s{1,3}(?:a|au)\s{1,3}$|\b(?:camp|base)\s{1,3}(?:it|they)\s{1,3}(?:occupied|held|ran|had)\s{1,3}(?:in|at)\s{1,3}$/;
/** "la route de ", "the road from ": the start of a road, when its end follows ("… de Baraka vers Uvira"). */
export const ROAD_FROM_BEFORE = /\b(?:route|road)\s{1,3}(?:de|d'|du|from)\s{0,3}#?$/;
export const ROAD_TO_AFTER = /^\s{1,3}(?:vers|pour|jusqu'a|en direction d|a destination d|to|towards?|for)\b/;
/** ", région de Bandiagara", ", in the region of Timbuktu": after a comma, the region a site lies in, named by another name. */
const IN_REGION_AFTER = /^\s{0,2},\s{0,3}(?:(?:in|dans)\s{1,3})?(?:the\s{1,3}|la\s{1,3})?(?:regions?|province|district|cercle|circle)\s{1,3}(?:of|de|d'|du)\s{0,3}[a-z]/;
const PLACE_AFTER = /^(?:[\s,]{0,2}|-)(?:region|regions|circle|cercle|town|city|village|area|district|province|prefecture|commune|locality|localite|airport|aeroport|road|axis|axe|university|hospital|school|college|market|mosque|cathedral|stadium|prison)\b/;
/** A compass bearing from a place: "au nord de", "à l'est de", "north-east of" (folded). */
export const BEARING = String.raw`(?:(?:au|a l')\s{0,3}(?:nord|sud|est|ouest)(?:-(?:est|ouest))?|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west))\s{1,3}(?:de|d'|du|of)`;
const PLACE_BEFORE = new RegExp(
  String.raw`\b(?:regions?|circles?|cercles?|towns?|city|cities|villages?|areas?|districts?|provinces?|outposts?|outskirts|vicinity|environs|surroundings|localities|locality|localite|ville|axis|axe|road|route|communes?|sections?\scommunales?)\s{1,3}(?:of|in|at|around|de|d'|du|des|near)\s{0,3}(?:the\s)?$|\b(?:near|around|outside|towards?|en direction de|pres de|autour de|vers)\s{1,3}(?:the\s{1,3})?$|\b${BEARING}\s{0,3}$|\b(?:pres|autour|a proximite|non loin|aux abords) d'$|\bregion\s$|\b(?:airport|aeroport|aerodrome|territoire|territory|groupement|chefferie|county|axe|road to)\s(?:of\s|de\s|d'|du\s)?$|\b(?:university|universite|hospital|hopital|school|ecole|college|governor|gouverneur|wali|mayor|maire|prefect|prefet|people|population|state|province|county|commissioner|commissaire)\s(?:of|de|d'|du)\s{0,2}$|\b(?:capital|capitale|chef-lieu(?:\sde)?)\s$|\b(?:km|kilometres?|kilometers?|miles)\s{1,3}(?:[a-z-]{2,12}\s{1,3}){0,2}(?:of|from|de|d')\s{0,3}$`,
);

/** The government named by the town it sits in: "la junte au pouvoir à", "the junta in", "the government of" (not "the authorities in": a handover's local recipients). */
const GOVERNMENT_BEFORE =
  /\b(?:junte|junta|gouvernement|government|regime|dirigeants|rulers|pouvoir|militaires\s{1,3}au\s{1,3}pouvoir)\s{1,3}(?:(?:militaire|military|de\s{1,3}transition|transitional|au\s{1,3}pouvoir|en\s{1,3}place)\s{1,3})?(?:de|d'|of|in|a)\s{0,3}$/;
/** "Bamako's junta", "the Bamako junta", "le pouvoir de Bamako": what follows names the government. */
const GOVERNMENT_AFTER = /^(?:'s)?\s{1,3}(?:junta|government|regime|rulers|military\s{1,3}(?:junta|government|rulers|authorities))\b/;

/** A verb of leaving, perhaps a day, then the town: "quitter ce mardi 7 mai matin la ville de", "s'est retiré de la ville de", "withdrew from the town of". */
const TOWN_LEFT_BEFORE =
  /\b(?:quitt\w{0,6}|left|leav(?:e|es|ing)|withdr(?:ew|awn|aws?|awing)|(?:se\s{1,3}|s'est\s{1,3}|se\s{1,3}sont\s{1,3})?retir\w{0,6}|decroch\w{0,4}|pulled\s{1,3}out|departed|vacated)\s{1,3}(?:[a-z0-9']+\s{1,3}){0,5}?(?:(?:de|from|of)\s{1,3})?(?:la\s{1,3}ville|the\s{1,3}(?:town|city)|la\s{1,3}localite|la\s{1,3}cite)\s{1,3}(?:de|d'|of)\s{0,3}$/;

/**
 * "the logistics base outside El Fasher", "le camp près de Gao", "l'ancienne base logistique de la MINUAD, au nord d'El Fasher":
 * a base named by the town beside it, with nothing else named between.
 */
const BASE_BESIDE =
  /\b(?:base|camp|compound|super camp|headquarters)\s{1,3}(?:(?:of|de|du|d')\s{0,3}(?:the\s{1,3}|la\s{1,3}|l')?[a-z]+\s{1,3})?(?:just\s{1,3})?(?:outside|near|close to|next to|beside|adjacent to|on the (?:outskirts|edge) of|pres de|a cote de|aux abords de|a la sortie de)\s{1,3}$|\b(?:base|camp|compound|super camp)\s{0,3}(?:(?:logistique|logistics|de|la|du|of|the|mission|minuad|unamid|minusma|monusco|onu|un|principale|main|former|ancienne|onusienne|militaire|s)\b[\s,]{0,4}|'s\s{1,3})*(?:just\s{1,3})?(?:(?:north|south|east|west)\s{1,3}of|au\s{1,3}(?:nord|sud)\s{1,3}(?:de|d')|a\s{1,3}l'(?:est|ouest)\s{1,3}(?:de|d'))\s{0,3}$/;

interface Pattern {
  folded: string;
  siteId: number;
}

interface Patterns {
  /** Longest first ("Mopti-Sévaré" before "Mopti"). */
  all: Pattern[];
  /** Any name of the gazetteer, for one scan of a sentence: which names occur in it at all. */
  any: RegExp;
  /** The names a match of `any` shows present: itself and every shorter name it begins with ("mopti-sevare": "mopti"). */
  within: Map<string, Set<Pattern>>;
}

/** Patterns for a gazetteer. Cache per gazetteer. */
const patternCache = new WeakMap<readonly GazetteerSite[], Patterns>();

function patterns(sites: readonly GazetteerSite[]): Patterns {
  const cached = patternCache.get(sites);
  if (cached) return cached;
  const seen = new Set<string>();
  const out: Pattern[] = [];
  for (const site of sites) {
    for (const name of [site.name, ...(site.aliases ?? [])]) {
      const folded = typeof name === 'string' ? fold(name.trim()) : '';
      if (folded.length < 2 || seen.has(folded)) continue;
      seen.add(folded);
      out.push({ folded, siteId: site.id });
    }
  }
  out.sort((a, b) => b.folded.length - a.folded.length);
  const names = out.map((p) => p.folded);
  const built: Patterns = {
    all: out,
    any: anyOf(names),
    within: new Map(names.map((n) => [n, new Set(out.filter((p) => n.startsWith(p.folded)))])),
  };
  patternCache.set(sites, built);
  return built;
}

/** "30 km from", "32 km (20 miles) from", "à une cinquantaine de kilomètres au sud d'", "a short drive from": a distance counted from a town. */
export const DISTANCE_FROM =
  /(?:(?:\d|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|few|some)\s{0,2}(?:de\s{1,3})?(?:km|kilometres|kilometers|miles)(?:\s{1,3}\([^()]{1,20}\))?|\ba short (?:drive|walk|distance)|\b(?:minutes?|hours?)(?: (?:drive|walk|by road))?)\s{1,3}(?:(?:au|a l'|to the)\s{0,3})?(?:(?:nord|sud|est|ouest|north|south|east|west)(?:-[a-z]+)?\s{1,3})?(?:from|de|d'|of)\s{0,3}$/;

function qualify(folded: string, start: number, end: number): SiteQualifier {
  const before = folded.slice(Math.max(0, start - 40), start);
  const after = folded.slice(end, end + 25);
  if (BASE_BESIDE.test(folded.slice(Math.max(0, start - 80), start))) return 'camp';
  // "a temporary base in the central village of Ogossagou", "a UNIFIL position in the village of Ramyah", "leur camp de la localité de Tessalit": the base there, not the village.
  if (/\b(?:base|camp|compound|tob|outpost|position|post)\s{1,3}(?:in|at)\s{1,3}the\s{1,3}(?:[a-z-]+\s{1,3})?(?:village|town|city|locality)\s{1,3}of\s{1,3}$|\b(?:base|camp|emprise)\s{1,3}(?:dans|a|de)\s{1,3}(?:la\s{1,3}|le\s{1,3})?(?:village|ville|localite|commune)\s{1,3}(?:de|d')\s{0,3}$/.test(before)) return 'camp';
  // "le bureau du grand Sud, au centre-ville des Cayes", "its office in downtown Gao": an office or a base in the town's centre is the town's.
  if (/\b(?:bureau|office|base|camp|compound|headquarters|quartier general)\b[^.;:]{0,40},?\s{1,3}(?:au|en|in)\s{1,3}(?:plein\s{1,3})?(?:centre-ville|centre|center|downtown|city centre|city center)\s{0,3}(?:de|des|du|d'|of)?\s{0,3}$/.test(folded.slice(Math.max(0, start - 80), start))) return 'camp';
  // "the team site in Khor Abeche locality": what stands before names the thing, unless a region follows.
  // ("… à Ogossagou, région de Bandiagara", "Ber, in the region of Timbuktu": the region named after a comma is the one the site lies in, another place.)
  const inRegion = IN_REGION_AFTER.test(after);
  if (CAMP_BEFORE.test(before) && (inRegion || !/^[\s,]{0,2}(?:regions?|province|area|district|territory|territoire)\b/.test(after))) return 'camp';
  // "a pris la route de Baraka vers Uvira", "took the road from Kidal to Gao": where the road starts, the place left (not a road's name).
  if (/\b(?:pris|prend|prennent|took|take|takes)\s{1,3}(?:la|the)\s{1,3}$/.test(before.replace(ROAD_FROM_BEFORE, '')) && ROAD_FROM_BEFORE.test(before) && ROAD_TO_AFTER.test(after)) return 'plain';
  // "a quitté ce mardi la ville de Baraka", "s'est retiré de la ville de Butembo", "withdrew from the town of Kidal": the town left is the site there.
  if (/(?:ville|town|city|localite|cite)\s{1,3}(?:de|d'|of)\s{0,3}$/.test(before) && TOWN_LEFT_BEFORE.test(folded.slice(Math.max(0, start - 90), start))) return 'plain';
  if ((!inRegion && PLACE_AFTER.test(after)) || PLACE_BEFORE.test(before)) return 'place';
  // "lors d'un point de presse à Bukavu", "told a news conference in Gao": where something was said, not a site of the withdrawal.
  if (/\b(?:point\s{1,3}de\s{1,3}presse|conference\s{1,3}de\s{1,3}presse|(?:press|news)\s{1,3}(?:conference|briefing)|press\s{1,3}point)\s{1,3}(?:(?:held|tenu|tenue|organise|organisee)\s{1,3})?(?:a|au|in|at)\s{1,3}$/.test(before)) return 'place';
  // "trois emprises situées à Gao", "two facilities in Gao": places within the town, not its site (labels: annex_handover).
  if (/\b(?:\d+|deux|trois|quatre|cinq|two|three|four|five|several|plusieurs)\s{1,3}(?:[a-z-]+\s{1,3})?(?:emprises|camps|bases|sites|installations|facilities|compounds)\s{1,3}(?:(?:situees?|located|based)\s{1,3})?(?:a|au|in|at)\s{1,3}$/.test(before)) return 'place';
  // "the head of the Mission's Ménaka office", "la cheffe du bureau régional de Gao": where a person works, not the base.
  // ("the head of our Gao regional office": a kind of office between.)
  if (/^\s{0,2}(?:(?:regional|field|sector|area|liaison|provincial)\s{1,3})?(?:sub-?)?office\b/.test(after) && /\bhead\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:[a-z']+\s{1,3})?$/.test(before)) return 'place';
  // "head of the mission's regional office in Gao", "chef du sous-bureau de la MONUSCO à Uvira": a person's title.
  if (/\b(?:(?:head|chief|chef|cheffe|director|directeur|directrice|responsable|officer-in-charge)\s{1,3}(?:of|du|de)|heads|headed|dirige|dirigeait)\s{1,3}(?:the\s{1,3}|l'|la\s{1,3})?(?:[a-z.'-]+\s{1,3}){0,4}?(?:office|bureau|sous-bureau|sub-office|antenne)\s{1,3}(?:[a-z'-]+\s{1,3}){0,3}?(?:in|at|for|a|de|d'|du|pour)\s{0,3}$/.test(folded.slice(Math.max(0, start - 90), start).replace(/\b(?:regional|de la mission|of the mission|de la [a-z]+)\s/g, ''))) return 'place';
  // "la demande de retrait formulée par Bamako": the capital as the government.
  // ("comme demandé par les autorités de Bamako", "requested by the authorities in Bamako": those who asked are the government.)
  if (/\b(?:formul\w*|demand\w*|request\w*|decid\w*|exig\w*|souhait\w*|voulu\w*|annonc\w*|impos\w*)\s{1,3}(?:par|by)\s{1,3}(?:(?:les|the)\s{1,3}(?:autorites|authorities)\s{1,3}(?:de|d'|of|in|a)\s{0,3})?$/.test(folded.slice(Math.max(0, start - 70), start))) return 'place';
  // "les autorités de Bamako", "la junte au pouvoir à Bamako", "the Bamako junta": the town as the government that sits there.
  if (GOVERNMENT_BEFORE.test(before) || GOVERNMENT_AFTER.test(after)) return 'place';
  // "la base … à Amsar, dans le territoire de Kabare, à la périphérie de Bukavu", "at Amsar, on the edge of Bukavu": an aside that locates the site named before it.
  if (/,\s{0,3}(?:a la peripherie|aux abords|a proximite|non loin|pres|on the outskirts|in the outskirts|not far|close|near|(?:just\s{1,3})?outside|on the (?:edge|fringes?)|at the edge|a la lisiere|en bordure)\s{0,3}(?:de|d'|du|of|to|from)?\s{0,3}$/.test(before)) return 'place';
  // "at Kavumu, 32 km (20 miles) from Bukavu", "à quelque 80 km de Bukavu": a distance from a town places something else.
  if (DISTANCE_FROM.test(before)) return 'place';
  // "Sange, in Uvira territory": the administrative area named after the town.
  if (/^\s{1,3}(?:territory|territoire|territorial|county|chiefdom|chefferie)\b/.test(after)) return 'place';
  if (CAMP_AFTER.test(after)) return 'camp';
  return 'plain';
}

export function findSiteMentions(text: string, sites: readonly GazetteerSite[]): SiteMention[] {
  if (typeof text !== 'string' || text.length === 0 || !Array.isArray(sites)) return [];
  const folded = fold(text);
  const taken: boolean[] = [];
  const out: SiteMention[] = [];
  const { all, any, within } = patterns(sites);
  // Which names occur at all; each is then read as before.
  const present = new Set<Pattern>();
  eachStart(any, folded, (name) => within.get(name)!.forEach((p) => present.add(p)));
  for (const p of all) {
    if (!present.has(p)) continue;
    for (let at = folded.indexOf(p.folded); at >= 0; at = folded.indexOf(p.folded, at + 1)) {
      const end = at + p.folded.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      // A hyphen joins names ("Mopti-Sévaré"); a shorter name inside a longer match is not a mention.
      if (taken[at] || taken[end - 1]) continue;
      for (let k = at; k < end; k++) taken[k] = true;
      out.push({ siteId: p.siteId, start: at, end, text: text.slice(at, end), qualifier: qualify(folded, at, end) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "the Rutemba base near Uvira": the base is the one named before it; the town only locates it.
  for (let i = 1; i < out.length; i++) {
    const named = out[i - 1]!;
    const town = out[i]!;
    if (town.qualifier === 'camp' && NAMED_BASE_BESIDE.test(folded.slice(named.end, town.start))) {
      town.qualifier = 'place';
      named.qualifier = 'camp';
    }
  }
  return out;
}

/** Between a named base and the town it stands beside: " base near ", " camp, just outside ". */
const NAMED_BASE_BESIDE = /^\s{1,3}(?:base|camp|compound|super camp|team site)\s{0,3},?\s{1,3}(?:just\s{1,3})?(?:outside|near|close to|on the (?:outskirts|edge) of|pres de|aux abords de|a la sortie de|(?:north|south|east|west)\s{1,3}of)\s{1,3}$/;
