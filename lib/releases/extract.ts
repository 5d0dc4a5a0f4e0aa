/**
 * Proposes milestones from one release (SPEC section 3): for each sentence, the wording that
 * reports an event (rules.ts), the sites, contingents and dates that belong to it, and whether
 * it happened or is planned. Everything mission-specific comes from the gazetteer.
 *
 * Attachment: in a sentence with several events ("left on 25 August, arrived in Gao on
 * 30 August"), a date or site belongs to the event phrase it follows; words before the first
 * event phrase belong to that first phrase.
 *
 * Convoy arrivals: `siteId` is the site the convoy came FROM when the text names it (the
 * milestone belongs to that site's withdrawal); the destination is only in the title.
 */
import type { CalendarDate } from '@/lib/domain/calendar-date';
import { SITE_LEVEL_TYPES, type MilestoneStatus, type MilestoneType } from '@/lib/domain/vocabulary';
import { findContingentMentions } from './contingents';
import { countryByIso, type CountryMention } from './demonyms';
import { findDates, type FoundDate } from './dates';
import { findTriggers, isPresentPerfect, isStatistic, modality, type Trigger } from './rules';
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

/** Dates that bound or target something rather than date an event ("deadline of", "by", "since"). */
const NON_EVENT_DATE =
  /\b(?:deadline(?:\s{1,3}(?:of|is))?|by|until|till|before|since|no later than|d'ici(?:\s{1,3}(?:le|au))?|avant(?:\s{1,3}le)?|jusqu'(?:au|a)|depuis(?:\s{1,3}le)?|au plus tard le)\s{1,3}(?:the\s{1,3})?(?:[a-z]+day,?\s{1,3})?$/;
const ROUTE_END_BEFORE = /\b(?:to|towards?|for|en direction de|vers|a destination de|pour|jusqu'a)\s{1,3}(?:the\s{1,3})?$/;
const FROM_BEFORE = /\b(?:from|de|du|d')\s{0,3}(?:the\s{1,3})?(?:(?:minusma\s{1,3})?camp\s{1,3}(?:in|of|at)\s{1,3})?$/;
const INCIDENT_AT_BEFORE = /\b(?:in|at|on|against|inside|a|contre|dans)\s{1,3}(?:the\s{1,3})?$/;
const ROUTE_BEFORE = /\b(?:from|to|towards?|between|de|vers|entre)\s{1,3}(?:the\s{1,3})?$/;

const MAX_TRIGGERS_PER_SENTENCE = 20;

/** A site named in the sentence, or stood for by "the camp" (an anaphor of the previous sentence's site). */
type SentenceSite = SiteMention & { anaphor?: boolean };

interface Context {
  text: string;
  folded: string;
  releaseDate: CalendarDate;
  triggers: Trigger[];
  dates: FoundDate[];
  sites: SentenceSite[];
  contingents: CountryMention[];
  gazetteer: Gazetteer;
  breaks: number[];
  owners: Map<object, number>;
}

/** Where one clause ends and another with its own predicate begins ("…, while the Gao site will remain open"). */
const CLAUSE_BREAK = /;|,\s{1,3}(?:while|whereas|but|although|though|alors que|tandis que|mais|bien que)\b/g;

function clauseBreaks(folded: string): number[] {
  return [...folded.matchAll(CLAUSE_BREAK)].map((m) => m.index);
}

/**
 * Index of the trigger that owns a position: the last one starting at or before it, else the
 * first; -1 when a clause break separates them.
 */
function ownerOf(ctx: Context, position: number): number {
  let lo = 0;
  let hi = ctx.triggers.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.triggers[mid]!.start <= position) lo = mid;
    else hi = mid - 1;
  }
  const t = ctx.triggers[lo]!;
  const [from, to] = t.start <= position ? [t.end, position] : [position, t.start];
  return ctx.breaks.some((b) => b >= from && b < to) ? -1 : lo;
}

function owned<T extends { start: number }>(ctx: Context, items: T[], index: number): T[] {
  return items.filter((item) => {
    let owner = ctx.owners.get(item);
    if (owner === undefined) ctx.owners.set(item, (owner = ownerOf(ctx, item.start)));
    return owner === index;
  });
}

const tail = (folded: string, start: number, length: number) => folded.slice(Math.max(0, start - length), start);
const before = (ctx: Context, start: number, length: number) => tail(ctx.folded, start, length);

function clamp(n: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, n)) * 100) / 100;
}

interface Resolved {
  date: CalendarDate;
  span: FoundDate | null;
  penalty: number;
}

function resolveDate(ctx: Context, index: number, resolved: (Resolved | null)[]): Resolved | null {
  const trigger = ctx.triggers[index]!;
  const own = owned(ctx, ctx.dates, index)[0];
  if (own) return { date: own.date, span: own, penalty: own.kind === 'relative' && /day$/.test(own.text) ? 0.05 : 0 };
  // "… completed its withdrawal on Monday and handed over the camp": coordinated events share a date.
  for (let i = index - 1; i >= 0; i--) {
    const previous = resolved[i];
    if (previous) return { date: previous.date, span: null, penalty: 0.15 };
  }
  // Incidents in the present perfect are tallies ("have lost their lives"): they need a date of their own.
  if (trigger.type !== 'incident' && isPresentPerfect(ctx.folded, trigger)) return { date: ctx.releaseDate, span: null, penalty: 0.25 };
  return null;
}

interface SiteChoice {
  site: SentenceSite | null;
  /** For a convoy arrival: where it arrived. */
  destination?: SentenceSite | null;
  /** The site was not next to this event's words but the only one in the sentence. */
  inherited?: boolean;
}

function sitesFor(ctx: Context, index: number, trigger: Trigger): SiteChoice[] {
  const sentenceSites = ctx.sites;
  if (trigger.type === 'incident') {
    // Where it happened, only when clearly a base: not the ends of a route, not a nearby town.
    const at = sentenceSites.filter(
      (s) =>
        !ROUTE_BEFORE.test(before(ctx, s.start, 20)) &&
        (s.qualifier === 'camp' || INCIDENT_AT_BEFORE.test(before(ctx, s.start, 15))),
    );
    return [{ site: new Set(at.map((s) => s.siteId)).size === 1 ? at[0]! : null }];
  }
  let mine = owned(ctx, sentenceSites, index);
  if (trigger.type === 'convoy_arrived') {
    const destination = mine.find((s) => !FROM_BEFORE.test(before(ctx, s.start, 30))) ?? null;
    const departed = ctx.triggers.slice(0, index).reverse().findIndex((t) => t.type === 'convoy_departed');
    const departedIndex = departed < 0 ? -1 : index - 1 - departed;
    const origin =
      (departedIndex >= 0 ? owned(ctx, sentenceSites, departedIndex).find((s) => !ROUTE_END_BEFORE.test(before(ctx, s.start, 25))) : undefined) ??
      sentenceSites.find((s) => s !== destination && FROM_BEFORE.test(before(ctx, s.start, 30))) ??
      null;
    return [{ site: origin, destination }];
  }
  if (trigger.type === 'convoy_departed') {
    mine = mine.filter((s) => !ROUTE_END_BEFORE.test(before(ctx, s.start, 25)));
  }
  if (mine.length === 0) {
    // "… left today, following the handover of the base the day before": one site in the sentence is the one meant.
    const distinct = new Set(sentenceSites.map((s) => s.siteId));
    if (distinct.size === 1 && trigger.type !== 'convoy_departed') return [{ site: sentenceSites[0]!, inherited: true }];
    return [{ site: null }];
  }
  const seen = new Set<number>();
  return mine.filter((s) => !seen.has(s.siteId) && seen.add(s.siteId)).map((site) => ({ site }));
}

/** Types about a place, where a contingent is named only if the event's own words name it. */
const PLACE_TYPES: ReadonlySet<MilestoneType> = new Set(['site_handed_over', 'environmental_assessment', 'asset_disposal', 'equipment_destroyed']);

function contingentsFor(ctx: Context, index: number): CountryMention[] {
  const mine = owned(ctx, ctx.contingents, index);
  const pool = mine.length > 0 || PLACE_TYPES.has(ctx.triggers[index]!.type) ? mine : ctx.contingents;
  const distinct = new Map(pool.map((c) => [c.iso, c]));
  return [...distinct.values()];
}

function siteName(ctx: Context, siteId: number | null): string | null {
  return ctx.gazetteer.sites.find((s) => s.id === siteId)?.name ?? null;
}

function demonym(iso: string | null): string | null {
  if (!iso) return null;
  const country = countryByIso(iso);
  return country ? (country.demonyms[0] ?? country.name) : iso;
}

function title(type: MilestoneType, site: string | null, iso: string | null, figure: number | null, extra: { last: boolean; destination: string | null }): string {
  const people = demonym(iso);
  const last = extra.last ? 'Last ' : '';
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
      return site ? `${last}convoy left ${site}`.replace(/^c/, 'C') : `${last}convoy departed`.replace(/^c/, 'C');
    case 'convoy_arrived': {
      const from = site ? `${site} convoy` : 'convoy';
      const text = `${last}${from} arrived${extra.destination ? ` in ${extra.destination}` : ''}`;
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
    case 'personnel_departed':
      return `${figure !== null ? figure.toLocaleString('en-US') : 'Personnel'} personnel departed${people ? ` (${people})` : ''}${site ? ` from ${site}` : ''}`;
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

function span(kind: ProposalSpan['kind'], item: { start: number; end: number }, text: string): ProposalSpan {
  return { kind, start: item.start, end: item.end, text: text.slice(item.start, item.end) };
}

function proposalsForSentence(ctx: Context): ProposedMilestone[] {
  const out: ProposedMilestone[] = [];
  const resolved: (Resolved | null)[] = [];
  const statistic = isStatistic(ctx.folded);
  ctx.triggers.forEach((trigger, index) => {
    resolved[index] = null;
    if (trigger.type === 'incident' && statistic) return;
    const mood = modality(ctx.folded, trigger, index > 0 ? ctx.triggers[index - 1]!.end : 0);
    if (mood === 'negated') return;
    const when = resolveDate(ctx, index, resolved);
    if (!when) return;
    resolved[index] = when;
    const planned = when.date > ctx.releaseDate;
    if (mood === 'future' && !planned) return;
    const status = planned ? 'planned' : 'achieved';

    const countries = contingentsFor(ctx, index);
    const countryChoices: (CountryMention | null)[] =
      trigger.type === 'contingent_repatriated' ? countries : [countries.length === 1 ? countries[0]! : null];
    if (trigger.type === 'contingent_repatriated' && countries.length === 0) return;

    for (const { site, destination, inherited } of sitesFor(ctx, index, trigger)) {
      if (SITE_LEVEL_TYPES.has(trigger.type) && !site) continue;
      for (const country of countryChoices) {
        const iso = country?.iso ?? null;
        const contingent = iso ? ctx.gazetteer.contingents.find((c) => c.countryIso?.toUpperCase() === iso) : undefined;
        let confidence = trigger.confidence - when.penalty;
        if (site?.anaphor) confidence -= 0.15;
        else if (site?.qualifier === 'camp') confidence += 0.05;
        if (inherited) confidence -= 0.1;
        if (planned) confidence -= mood === 'future' ? 0.1 : 0.2;
        if (trigger.type === 'convoy_arrived' && !site) confidence -= 0.2;
        const siteLabel = siteName(ctx, site?.siteId ?? null);
        const last = /\b(?:last|final|dernier|derniere)\b/.test(ctx.folded.slice(0, trigger.start));
        let label = title(trigger.type, siteLabel, iso, trigger.figure, { last, destination: siteName(ctx, destination?.siteId ?? null) });
        if (planned) label += ' (planned)';
        const spans: ProposalSpan[] = [span('type', trigger, ctx.text)];
        if (site) spans.push(span('site', site, ctx.text));
        if (destination) spans.push(span('site', destination, ctx.text));
        if (country) spans.push(span('contingent', country, ctx.text));
        if (when.span) spans.push(span('date', when.span, ctx.text));
        out.push({
          type: trigger.type,
          date: when.date,
          status,
          siteId: site?.siteId ?? null,
          contingentId: contingent?.id ?? null,
          countryIso: iso,
          figure: trigger.type === 'personnel_departed' ? trigger.figure : null,
          title: label.slice(0, 120),
          sentence: ctx.text,
          confidence: clamp(confidence),
          spans: spans.sort((a, b) => a.start - b.start),
        });
      }
    }
  });
  return out;
}

/** "the camp", "le camp": the one site the previous sentences named. */
const ANAPHOR = /\b(?:the|this|that|its)\s{1,3}(?:camp|base|tob)\b|\b(?:le|ce|du|au)\s{1,3}camp\b|\b(?:la|cette)\s{1,3}base\b/g;

function anaphora(text: string, folded: string, siteId: number): SentenceSite[] {
  return [...folded.matchAll(ANAPHOR)].map((m) => ({
    siteId,
    start: m.index,
    end: m.index + m[0].length,
    text: text.slice(m.index, m.index + m[0].length),
    qualifier: 'camp' as const,
    anaphor: true,
  }));
}

/** Same fact twice (two phrasings, two sentences): keep the most confident. */
function dedupe(proposals: ProposedMilestone[]): ProposedMilestone[] {
  const best = new Map<string, ProposedMilestone>();
  for (const p of proposals) {
    const key = [p.type, p.siteId, p.countryIso, p.date, p.status].join('|');
    const current = best.get(key);
    if (!current || p.confidence > current.confidence) best.set(key, p);
  }
  return [...best.values()];
}

export function extractProposals(release: { date: CalendarDate; body: string }, gazetteer: Gazetteer): ProposedMilestone[] {
  if (!release || typeof release.body !== 'string' || typeof release.date !== 'string') return [];
  const safeGazetteer: Gazetteer = {
    sites: Array.isArray(gazetteer?.sites) ? gazetteer.sites : [],
    contingents: Array.isArray(gazetteer?.contingents) ? gazetteer.contingents : [],
  };
  const out: ProposedMilestone[] = [];
  try {
    let lastNamedSite: number | null = null;
    for (const sentence of splitSentences(release.body)) {
      const folded = fold(sentence.text);
      let sites: SentenceSite[] = findSiteMentions(sentence.text, safeGazetteer.sites).filter((s) => s.qualifier !== 'place');
      const named = new Set(sites.map((s) => s.siteId));
      const antecedent = lastNamedSite;
      if (named.size > 0) lastNamedSite = named.size === 1 ? sites[0]!.siteId : null;
      // Prose has a handful of event phrases per sentence; the cap bounds the work on junk input.
      const triggers = findTriggers(folded).slice(0, MAX_TRIGGERS_PER_SENTENCE);
      if (triggers.length === 0) continue;
      if (sites.length === 0 && antecedent !== null) sites = anaphora(sentence.text, folded, antecedent);
      const dates = findDates(sentence.text, release.date).filter((d) => !NON_EVENT_DATE.test(tail(folded, d.start, 40)));
      out.push(
        ...proposalsForSentence({
          text: sentence.text,
          folded,
          releaseDate: release.date,
          triggers,
          dates,
          sites,
          contingents: findContingentMentions(sentence.text),
          gazetteer: safeGazetteer,
          breaks: clauseBreaks(folded),
          owners: new Map(),
        }),
      );
    }
  } catch {
    // A bug must not cost an editor the import: the release is kept, just without proposals.
    return [];
  }
  return dedupe(out);
}

