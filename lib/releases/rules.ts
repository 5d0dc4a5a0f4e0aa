/**
 * Wording rules: which phrase in a sentence reports which kind of milestone (English and
 * French). Rules run on folded text (lower case, no accents, straight apostrophes). They are
 * deliberately narrow: SPEC section 3 puts precision before recall.
 */
import type { MilestoneType } from '@/lib/domain/vocabulary';

export interface Trigger {
  type: MilestoneType;
  start: number;
  end: number;
  /** Base confidence of the wording. */
  confidence: number;
  figure: number | null;
}

const S = '\\s{1,3}';
/** French puts adverbs and time words after the participle: "a achevé hier son retrait". */
const ADVERB = "(?:\\s{1,3}[a-z']{2,15}){0,2}?";
const PERSONNEL =
  '(?:peacekeepers|personnel|troops|soldiers|blue helmets|staff|police officers|officers|military|uniformed|civilians?|casques bleus|militaires|soldats|policiers|personnels?|agents)';
const UNIT = /\b(?:contingents?|battalions?|units?|fpu|company|companies|detachments?|squadrons?|bataillons?|unites?)\b/;
const LAST = /\b(?:last|final|remaining|derniers?|dernieres?)\b/;
const CONVOY = /\bconvo(?:y|ys|i|is)\b/;
const EQUIPMENT =
  /\b(?:equipment|vehicles?|ammunition|munitions?|weapons?|materiel|materials?|containers?|generators?|stocks?|explosives?|assets?|equipements?|vehicules?|armes?)\b/;

const re = (source: string) => new RegExp(source, 'g');

/** A number of people: "1,200", "1 200", "8000", optionally "more than"/"over"/"plus de". */
const FIGURE = new RegExp(
  `(?:^|[^\\d,.])(\\d{1,3}(?:[, .]\\d{3})+|\\d{1,6})(?!\\d|[,.]\\d)\\s{1,3}(?:[a-z'-]{1,20}\\s{1,3}){0,3}?${PERSONNEL}\\b`,
);

export function figureIn(window: string): number | null {
  const m = FIGURE.exec(window);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[, .]/g, ''));
  // A bare year is not a head count ("in 2013 peacekeepers..."), nor is a zero.
  if (!Number.isFinite(n) || n === 0 || (/^(?:19|20)\d\d$/.test(m[1]!) && !/[, .]/.test(m[1]!))) return null;
  return n;
}

interface Rule {
  type: MilestoneType;
  re: RegExp;
  confidence: number;
  /** Refines or vetoes a match given the sentence: returns the type to use, or null. */
  classify?: (ctx: RuleContext) => { type: MilestoneType; figure?: number | null; confidence?: number } | null;
}

export interface RuleContext {
  folded: string;
  start: number;
  end: number;
  /** Text before the match, from the start of its clause (its grammatical subject, usually). */
  before: string;
  /** Up to ~80 characters after the match (its object). */
  after: string;
}

/** "left", "departed", "a quitté": who left decides what it means. */
function classifyDeparture(ctx: RuleContext) {
  if (CONVOY.test(ctx.before)) return { type: 'convoy_departed' as const, confidence: 0.85 };
  const figure = figureIn(ctx.before);
  if (LAST.test(ctx.before) && (new RegExp(`\\b${PERSONNEL}\\b`).test(ctx.before) || UNIT.test(ctx.before) || /\belements\b/.test(ctx.before))) {
    return { type: 'withdrawal_completed' as const, confidence: 0.8 };
  }
  if (figure !== null) return { type: 'personnel_departed' as const, figure, confidence: 0.8 };
  return null;
}

/** "repatriated": a head count is personnel departed, a named unit is a contingent repatriated. */
function classifyRepatriation(ctx: RuleContext) {
  const subject = `${ctx.before} ${ctx.after.slice(0, 60)}`;
  const figure = figureIn(ctx.before) ?? figureIn(ctx.after.slice(0, 60));
  if (figure !== null) return { type: 'personnel_departed' as const, figure, confidence: 0.75 };
  if (UNIT.test(subject) || LAST.test(ctx.before)) return { type: 'contingent_repatriated' as const, confidence: 0.7 };
  return null;
}

/** "handed over" a camp is a handover; "handed over" vehicles is asset disposal. */
function classifyHandover(ctx: RuleContext) {
  const object = ctx.after.slice(0, 60);
  const campWord = /\b(?:camps?|bases?|sites?|premises|facilit\w*|installations?|tob|keys)\b/;
  if (EQUIPMENT.test(object) && !campWord.test(object.split(EQUIPMENT)[0] ?? '')) {
    return { type: 'asset_disposal' as const, confidence: 0.65 };
  }
  if (/\b(?:command|responsibilit\w*|baton|flag|medals?|certificates?|duties|tasks)\b/.test(object)) return null;
  return { type: 'site_handed_over' as const };
}

function needsConvoy(ctx: RuleContext) {
  return CONVOY.test(ctx.before) || CONVOY.test(ctx.folded.slice(0, ctx.start)) ? { type: 'convoy_arrived' as const } : null;
}

function needsEquipment(ctx: RuleContext) {
  if (/\b(?:attack|ambush|attaque|embuscade)/.test(ctx.folded)) return null; // an attack's damage is an incident
  return EQUIPMENT.test(ctx.folded) ? { type: 'equipment_destroyed' as const } : null;
}

const RULES: Rule[] = [
  {
    type: 'withdrawal_started',
    re: re(
      `\\b(?:start(?:ed|s|ing)?|began|begun|begins?|beginning|commenc(?:ed|es|ing)|initiat(?:ed|es|ing)|launch(?:ed|es|ing))${S}(?:its${S}|their${S}|the${S})?(?:withdraw(?:al|ing)|drawdown|pull(?:ing)?[- ]?out|disengag\\w*)`,
    ),
    confidence: 0.85,
  },
  { type: 'withdrawal_started', re: re(`\\b(?:start|beginning|launch|commencement|onset)${S}of${S}(?:the${S}|its${S})?(?:withdrawal|drawdown)`), confidence: 0.7 },
  {
    type: 'withdrawal_started',
    re: re(`\\b(?:commence|entame|debute|amorce|lance|engage)${ADVERB}${S}(?:son|le|leur|sa)${S}(?:retrait|desengagement|repli)`),
    confidence: 0.85,
  },
  { type: 'withdrawal_started', re: re(`\\b(?:debut|lancement)${S}du${S}(?:retrait|desengagement)`), confidence: 0.7 },
  {
    type: 'withdrawal_completed',
    re: re(
      `\\b(?:complet(?:ed|es|ing)|finali[sz](?:ed|es|ing)|conclud(?:ed|es|ing)|finish(?:ed|es|ing))${S}(?:its${S}|the${S}|their${S})?(?:withdrawal|drawdown|pull[- ]?out|departure|retreat|disengagement)`,
    ),
    confidence: 0.85,
  },
  { type: 'withdrawal_completed', re: re(`\\bcompletion${S}of${S}(?:the${S}|its${S})?(?:withdrawal|drawdown)`), confidence: 0.75 },
  { type: 'withdrawal_completed', re: re(`\\b(?:withdrew|(?:has|have|had)${S}(?:fully${S}|completely${S})?withdrawn|vacated)\\b`), confidence: 0.7 },
  { type: 'withdrawal_completed', re: re(`\\bclosed${S}(?:its|the|their)${S}(?:[a-z-]{1,20}${S})?(?:camp|base)s?\\b`), confidence: 0.7 },
  {
    type: 'withdrawal_completed',
    re: re(`\\b(?:acheve|termine|finalise|paracheve|boucle|complete)${ADVERB}${S}(?:son|le|leur|sa)${S}(?:retrait|desengagement)`),
    confidence: 0.85,
  },
  {
    type: 'withdrawal_completed',
    re: re(`\\b(?:left|departed|exited|pulled out of|a quitte|ont quitte|quittent|est parti|sont partis|sont parties)\\b`),
    confidence: 0.8,
    classify: classifyDeparture,
  },
  {
    type: 'convoy_departed',
    re: re(`\\b(?:departure${S}of${S}(?:the${S})?(?:(?:last|first|final)${S})?convoy|depart${S}du${S}(?:(?:dernier|premier)${S})?convoi)\\b`),
    confidence: 0.75,
  },
  {
    type: 'convoy_arrived',
    re: re(`\\b(?:arrived|arrives|reached|arrival|est arrive|sont arrives|a rejoint|ont rejoint|a atteint|arrivee)\\b`),
    confidence: 0.8,
    classify: needsConvoy,
  },
  {
    type: 'environmental_assessment',
    re: re(
      `\\b(?:environmental${S}(?:impact${S})?(?:assessment|evaluation|audit|survey|inspection|clearance|review)s?|(?:evaluation|audit|inspection)s?${S}environnementale?s?)\\b`,
    ),
    confidence: 0.8,
  },
  {
    type: 'asset_disposal',
    re: re(`\\b(?:disposed${S}of|asset${S}disposal|disposal${S}of|donated|donation${S}of|auctioned|written${S}off|cession|a fait don|ont ete cedes?)\\b`),
    confidence: 0.7,
  },
  {
    type: 'equipment_destroyed',
    re: re(`\\b(?:destroyed|destruction|demolished|rendered unusable|detruit|detruits|detruite|detruites)\\b`),
    confidence: 0.7,
    classify: needsEquipment,
  },
  {
    type: 'contingent_repatriated',
    re: re(`\\b(?:repatriated|returned home|repatriation${S}of|rapatrie|rapatries|rapatriee|rapatriees|rapatriement${S}(?:du|de|des))\\b`),
    confidence: 0.7,
    classify: classifyRepatriation,
  },
  {
    type: 'site_handed_over',
    re: re(
      `\\b(?:hand(?:ed|ing|s)?[- ]?over|handover|turned${S}over|returned${S}(?:the${S}|its${S})?(?:camp|base|site)s?|restitut(?:ed|ion)|transfer(?:red)?${S}(?:of${S})?(?:the${S}|its${S})?(?:camp|base|site|premises)|retrocession|retroced(?:e|ee|es|ees)|restitue(?:e|s|es)?|remise${S}(?:officielle${S})?(?:du camp|de la base|des installations|du site|des camps|des bases|aux autorites)|remis(?:e|es)?${S}aux${S}autorites|passation)\\b`,
    ),
    confidence: 0.85,
    classify: classifyHandover,
  },
  {
    type: 'incident',
    re: re(
      `\\b(?:attack(?:ed|s)?|ambush(?:ed|es)?|killed|wounded|injur(?:ed|ing|ies)|lost${S}(?:their|his|her)${S}li(?:fe|ves)|came${S}under${S}fire|fired${S}(?:up)?on|shelling|mortar${S}(?:fire|rounds|shells)|rocket${S}(?:fire|attack)|improvised${S}explosive${S}devices?|ieds?|landmines?|struck${S}a${S}mine|suicide${S}bomb\\w*|attaques?|embuscades?|tues?|blesses?|blessees?|ont${S}perdu${S}la${S}vie|a${S}perdu${S}la${S}vie|engins?${S}explosifs?|tirs${S}de${S}(?:mortier|roquettes?|obus))\\b`,
    ),
    confidence: 0.8,
  },
];

/** Returns the start of the clause containing `at`: after the last ; or : or the sentence start. */
function clauseStart(folded: string, at: number): number {
  // Callers only look ~160 characters back, so the search need not go further (keeps it linear).
  const limit = Math.max(0, at - 200);
  for (let i = at - 1; i >= limit; i--) if (folded[i] === ';' || folded[i] === ':') return i + 1;
  return limit;
}

export function findTriggers(folded: string): Trigger[] {
  const found: Trigger[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      const ctx: RuleContext = {
        folded,
        start,
        end,
        before: folded.slice(Math.max(clauseStart(folded, start), start - 160), start),
        after: folded.slice(end, end + 80),
      };
      const refined = rule.classify ? rule.classify(ctx) : { type: rule.type };
      if (!refined) continue;
      found.push({
        type: refined.type,
        start,
        end,
        confidence: refined.confidence ?? rule.confidence,
        figure: refined.figure ?? null,
      });
    }
  }
  // Overlapping matches ("handed over" inside a longer phrase): keep the longer, then the earlier.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Trigger[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}

const FUTURE =
  /\b(?:will|shall|would|could|might|should|is to|are to|(?<!had )to be|expected to|expects to|plans? to|planning to|scheduled (?:to|for)|planned (?:to|for)|is planned|are planned|is scheduled|are scheduled|set to|is due to|are due to|intends? to|prepar(?:e|es|ing) (?:to|for)|in preparation for|gearing up|readies|about to|upcoming|imminent|va|vont|sera|seront|devrait|devraient|doit|doivent|prevue?s?|prochaine?s?|envisage|pourrai(?:t|ent)|interviendra|aura lieu|a venir)\b/;
const NEGATION =
  /\b(?:not|no|never|yet to|without|cannot|can't|won't|didn't|hasn't|haven't|failed to|refused to|pas|jamais|aucune?|sans)\b|\bn'|\bne\b/;
/** Statistics and retrospectives report totals, not an event ("since 2013", "to date"). */
const STATISTIC = /\bsince\b[^.;]{0,60}?\b(?:19|20)\d\d\b|\bto date\b|\bso far\b|\bdepuis\b[^.;]{0,60}?\b(?:19|20)\d\d\b|\ba ce jour\b|\b(?:every|each) year\b|\brecurring\b/;

export type Modality = 'future' | 'negated' | 'plain';

/** Reads the words leading up to a trigger (its clause) for future tense, conditionals, negation. */
export function modality(folded: string, trigger: Trigger, previousEnd: number): Modality {
  const from = Math.max(clauseStart(folded, trigger.start), previousEnd, trigger.start - 120);
  const window = folded.slice(from, trigger.end);
  if (NEGATION.test(window)) return 'negated';
  if (FUTURE.test(window)) return 'future';
  return 'plain';
}

export function isStatistic(folded: string): boolean {
  return STATISTIC.test(folded);
}

/** "has handed over", "have left": a completed event reported as news, dated the release day. */
export function isPresentPerfect(folded: string, trigger: Trigger): boolean {
  const before = folded.slice(Math.max(0, trigger.start - 60), trigger.start);
  return /\b(?:has|have)\s{1,3}(?:now\s{1,3}|just\s{1,3}|officially\s{1,3}|successfully\s{1,3}|formally\s{1,3}|already\s{1,3})?(?:been\s{1,3})?$/.test(before) ||
    /^(?:has|have)\b/.test(folded.slice(trigger.start, trigger.end));
}
