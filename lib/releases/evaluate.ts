/**
 * Scores extraction against labelled releases (docs/extraction-labels.md, "Matching"): the
 * corpus in tests/releases/corpus/ and the review decisions editors export. Pure: the caller
 * reads the files and runs the extractor.
 *
 * A proposal matches a label when its type is the label's or one the label also accepts, its
 * date, status and site are the label's, its country is the label's for a contingent
 * repatriation, and its figure is the label's when the label has one. Each label matches at
 * most one proposal and each proposal at most one label.
 */
import { z } from 'zod';
import { MILESTONE_TYPES, type MilestoneType } from '@/lib/domain/vocabulary';
import { calendarDateSchema } from '@/lib/domain/fields';
import { extractProposals, type Gazetteer, type ProposedMilestone } from './extract';
import { parseReleases } from './parse';

const CalendarDateSchema = calendarDateSchema;

const LabelType = z.enum(MILESTONE_TYPES);

const LabelSchema = z.object({
  type: LabelType,
  date: CalendarDateSchema,
  site: z.string().nullable(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  figure: z.number().int().nullable(),
  status: z.enum(['planned', 'achieved']),
  alsoAccept: z.array(LabelType).default([]),
});
export type Label = z.infer<typeof LabelSchema>;

const TRAP_KINDS = [
  'annex_handover',
  'ceremony_not_handover',
  'planned_as_achieved',
  'left_without_handover',
  'negation',
  'town_not_site',
  'bounding_date',
  'relative_date',
  'other_mission',
] as const;

const TrapSchema = z.object({
  kind: z.enum(TRAP_KINDS),
  note: z.string(),
  forbid: z
    .object({
      type: LabelType.optional(),
      date: CalendarDateSchema.optional(),
      site: z.string().nullable().optional(),
      country: z.string().nullable().optional(),
      status: z.enum(['planned', 'achieved']).optional(),
    })
    .optional(),
  milestone: z.number().int().nonnegative().optional(),
});
export type Trap = z.infer<typeof TrapSchema>;

export const CorpusItemSchema = z.object({
  id: z.string(),
  mission: z.string(),
  language: z.enum(['en', 'fr']),
  style: z.string(),
  sources: z.array(z.string()),
  text: z.string(),
  milestones: z.array(LabelSchema),
  traps: z.array(TrapSchema).default([]),
});
export type CorpusItem = z.infer<typeof CorpusItemSchema>;

/** A second labeller's file (tests/releases/corpus/agreement/): the same releases' milestones, labelled again from the text alone. */
export const SecondLabelsSchema = z.array(z.object({ id: z.string(), milestones: z.array(LabelSchema) }).strict());

export const CorpusGazetteerSchema = z.object({
  mission: z.string(),
  hostCountry: z.string().optional(),
  sources: z.array(z.string()).default([]),
  sites: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]), kind: z.string().optional() })),
  countries: z.array(z.string()).default([]),
});
export type CorpusGazetteer = z.infer<typeof CorpusGazetteerSchema>;

/** Every country a proposal may name gets a contingent id, so matching is by country code. */
const CONTINGENT_BASE = 10_000;

export function gazetteerFor(corpus: CorpusGazetteer): Gazetteer {
  return {
    sites: corpus.sites.map((s, i) => ({ id: i + 1, name: s.name, aliases: s.aliases })),
    contingents: corpus.countries.map((iso, i) => ({ id: CONTINGENT_BASE + i, countryIso: iso })),
    ...(corpus.hostCountry && { hostCountry: corpus.hostCountry }),
  };
}

/** A proposal as the evaluation sees it: names instead of ids. */
export interface Found {
  type: MilestoneType;
  date: string;
  status: string;
  site: string | null;
  country: string | null;
  figure: number | null;
  sentence: string;
}

function asFound(p: ProposedMilestone, gazetteer: Gazetteer): Found {
  return {
    type: p.type,
    date: p.date,
    status: p.status,
    site: gazetteer.sites.find((s) => s.id === p.siteId)?.name ?? null,
    country: p.countryIso,
    figure: p.figure,
    sentence: p.sentence,
  };
}

function matches(found: Found, label: Label): boolean {
  return (
    (found.type === label.type || label.alsoAccept.includes(found.type)) &&
    found.date === label.date &&
    found.status === label.status &&
    found.site === label.site &&
    (label.type !== 'contingent_repatriated' || label.country === null || found.country === label.country) &&
    (label.figure === null || found.figure === label.figure)
  );
}

function forbidden(found: Found, forbid: NonNullable<Trap['forbid']>): boolean {
  return (
    (forbid.type === undefined || found.type === forbid.type) &&
    (forbid.date === undefined || found.date === forbid.date) &&
    (forbid.site === undefined || found.site === forbid.site) &&
    (forbid.country === undefined || found.country === forbid.country) &&
    (forbid.status === undefined || found.status === forbid.status)
  );
}

export interface ItemResult {
  id: string;
  proposed: number;
  correct: number;
  labelled: number;
  /** Proposals that match no label. */
  wrong: Found[];
  /** Labels no proposal matches. */
  missed: Label[];
  /** Pairs label type → proposed type for proposals that agree on date, site and status. */
  confusions: { labelled: MilestoneType; proposed: MilestoneType }[];
  trapsFallen: { kind: Trap['kind']; note: string }[];
  /** Per type: [correct proposals, proposals, labels] */
  byType: Map<MilestoneType, [number, number, number]>;
}

function scoreItem(item: CorpusItem, found: Found[]): ItemResult {
  const freeLabels = item.milestones.map((_, i) => i);
  const matchedLabel = new Map<number, number>();
  const wrong: Found[] = [];
  const byType = new Map<MilestoneType, [number, number, number]>();
  const bump = (type: MilestoneType, k: 0 | 1 | 2) => {
    const row = byType.get(type) ?? [0, 0, 0];
    row[k]++;
    byType.set(type, row);
  };
  found.forEach((f, fi) => {
    bump(f.type, 1);
    const k = freeLabels.findIndex((li) => matches(f, item.milestones[li]!));
    if (k >= 0) {
      matchedLabel.set(freeLabels[k]!, fi);
      freeLabels.splice(k, 1);
      bump(f.type, 0);
    } else wrong.push(f);
  });
  for (const label of item.milestones) bump(label.type, 2);
  const missed = freeLabels.map((i) => item.milestones[i]!);
  const confusions: ItemResult['confusions'] = [];
  for (const f of wrong) {
    const same = missed.find((l) => l.date === f.date && l.site === f.site && l.status === f.status);
    if (same) confusions.push({ labelled: same.type, proposed: f.type });
  }
  const trapsFallen: ItemResult['trapsFallen'] = [];
  for (const trap of item.traps) {
    let fallen = false;
    if (trap.forbid) fallen = found.some((f) => forbidden(f, trap.forbid!) && !item.milestones.some((l) => matches(f, l)));
    if (trap.milestone !== undefined) {
      const label = item.milestones[trap.milestone];
      // The labelled event proposed with another date (or status): the relative or bounding date misread.
      if (label && !matchedLabel.has(trap.milestone)) {
        fallen = wrong.some(
          (f) => (f.type === label.type || label.alsoAccept.includes(f.type)) && f.site === label.site && (f.date !== label.date || f.status !== label.status),
        );
      }
    }
    if (fallen) trapsFallen.push({ kind: trap.kind, note: trap.note });
  }
  return {
    id: item.id,
    proposed: found.length,
    correct: found.length - wrong.length,
    labelled: item.milestones.length,
    wrong,
    missed,
    confusions,
    trapsFallen,
    byType,
  };
}

export interface Score {
  proposed: number;
  correct: number;
  labelled: number;
  /** Labels matched (equal to `correct`: matching is one to one). */
  precision: number;
  recall: number;
  f1: number;
}

/** One line of a printed report: "  en          P 0.844  R 0.603  F1 0.704   (38 right of 45 proposed, 63 labelled)". */
export function scoreLine(name: string, s: Score, width = 26): string {
  const x = (n: number) => n.toFixed(3);
  return `  ${name.padEnd(width)} P ${x(s.precision)}  R ${x(s.recall)}  F1 ${x(s.f1)}   (${s.correct} right of ${s.proposed} proposed, ${s.labelled} labelled)`;
}

function score(proposed: number, correct: number, labelled: number): Score {
  const precision = proposed === 0 ? 1 : correct / proposed;
  const recall = labelled === 0 ? 1 : correct / labelled;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { proposed, correct, labelled, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export interface SplitReport {
  items: number;
  overall: Score;
  byLanguage: Record<string, Score>;
  byMission: Record<string, Score>;
  byType: Record<string, Score>;
  traps: { item: string; kind: string; note: string }[];
  trapCount: number;
  confusion: Record<string, Record<string, number>>;
  errors: { item: string; wrong: Found[]; missed: Label[] }[];
}

function report(items: CorpusItem[], results: ItemResult[]): SplitReport {
  const totals = (pick: (item: CorpusItem) => string) => {
    const acc = new Map<string, [number, number, number]>();
    results.forEach((r, i) => {
      const key = pick(items[i]!);
      const row = acc.get(key) ?? [0, 0, 0];
      row[0] += r.proposed;
      row[1] += r.correct;
      row[2] += r.labelled;
      acc.set(key, row);
    });
    return Object.fromEntries([...acc].sort().map(([k, [p, c, l]]) => [k, score(p, c, l)]));
  };
  const typeAcc = new Map<string, [number, number, number]>();
  const confusion: Record<string, Record<string, number>> = {};
  for (const r of results) {
    for (const [type, [c, p, l]] of r.byType) {
      const row = typeAcc.get(type) ?? [0, 0, 0];
      row[0] += c;
      row[1] += p;
      row[2] += l;
      typeAcc.set(type, row);
    }
    for (const { labelled, proposed } of r.confusions) {
      confusion[labelled] ??= {};
      confusion[labelled][proposed] = (confusion[labelled][proposed] ?? 0) + 1;
    }
  }
  const sum = (k: 'proposed' | 'correct' | 'labelled') => results.reduce((n, r) => n + r[k], 0);
  return {
    items: items.length,
    overall: score(sum('proposed'), sum('correct'), sum('labelled')),
    byLanguage: totals((i) => i.language),
    byMission: totals((i) => i.mission),
    byType: Object.fromEntries([...typeAcc].sort().map(([t, [c, p, l]]) => [t, score(p, c, l)])),
    traps: results.flatMap((r) => r.trapsFallen.map((t) => ({ item: r.id, ...t }))),
    trapCount: items.reduce((n, i) => n + i.traps.length, 0),
    confusion,
    errors: results.filter((r) => r.wrong.length + r.missed.length > 0).map((r) => ({ item: r.id, wrong: r.wrong, missed: r.missed })),
  };
}

/** Runs the importer's parser and extractor on each item, as an editor's paste would. */
function runItem(item: CorpusItem, gazetteer: Gazetteer): Found[] {
  const { releases } = parseReleases(item.text);
  return releases.flatMap((r) => extractProposals(r, gazetteer).map((p) => asFound(p, gazetteer)));
}

export function evaluate(items: CorpusItem[], gazetteers: Map<string, CorpusGazetteer>): SplitReport {
  const built = new Map([...gazetteers].map(([code, g]) => [code, gazetteerFor(g)]));
  const results = items.map((item) => {
    const gazetteer = built.get(item.mission);
    if (!gazetteer) throw new Error(`no gazetteer for ${item.mission} (item ${item.id})`);
    return scoreItem(item, runItem(item, gazetteer));
  });
  return report(items, results);
}

/**
 * A second labeller's milestones for the same releases, scored as the extractor's proposals are (the same matching,
 * the same figures): how far two careful people agree under the measure, the ceiling the extractor is held to.
 */
export function evaluateSecondLabels(items: CorpusItem[], second: ReadonlyMap<string, readonly Label[]>): SplitReport {
  const results = items.map((item) => {
    const labels = second.get(item.id);
    if (!labels) throw new Error(`no second labels for ${item.id}`);
    return scoreItem(item, labels.map((l) => ({ type: l.type, date: l.date, status: l.status, site: l.site, country: l.country, figure: l.figure, sentence: '' })));
  });
  return report(items, results);
}

