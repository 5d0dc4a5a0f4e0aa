/**
 * Editors' review decisions as measurements and as labelled data (SPEC section 10, issue 13):
 * - `reviewStats`: per milestone type, how many proposals were reviewed, accepted as proposed,
 *   accepted with corrections (and which fields), rejected; live precision = accepted as
 *   proposed ÷ reviewed.
 * - `reviewedLabels`: every release with a reviewed proposal, with the milestones editors
 *   logged from it, in the corpus format of docs/extraction-labels.md (npm run export:labels).
 */
import type { Db } from '../db/client';
import { MILESTONE_TYPES, type MilestoneType } from '../domain/vocabulary';
import { formatReleaseDay } from '../format/dates';
import { getMissionId } from './missions';
import { parseFieldList } from './proposals';

/** The fields the extractor proposes; a change to the title or notes is not a correction of the extraction. */
const EXTRACTED_FIELDS = ['type', 'date', 'siteId', 'contingentId', 'figure', 'status'] as const;

export interface ReviewStatsRow {
  type: MilestoneType | 'all';
  reviewed: number;
  acceptedAsProposed: number;
  corrected: number;
  rejected: number;
  /** accepted as proposed ÷ reviewed; null when nothing was reviewed. */
  precision: number | null;
  /** How often each extracted field was corrected. */
  corrections: Record<string, number>;
}

export interface ReviewStats {
  missionCode: string;
  pending: number;
  overall: ReviewStatsRow;
  byType: ReviewStatsRow[];
}

function emptyRow(type: ReviewStatsRow['type']): ReviewStatsRow {
  return { type, reviewed: 0, acceptedAsProposed: 0, corrected: 0, rejected: 0, precision: null, corrections: {} };
}

/** The corrected fields that the extractor proposed (a new title or note is not a correction of it). */
function correctedOf(text: string | null): string[] {
  return (parseFieldList(text) ?? []).filter((f) => (EXTRACTED_FIELDS as readonly string[]).includes(f));
}

export async function reviewStats(db: Db, mission: string): Promise<ReviewStats> {
  const missionId = await getMissionId(db, mission);
  const [rows, pending] = await Promise.all([
    db.proposal.findMany({
      where: { release: { missionId }, status: { in: ['accepted', 'rejected'] } },
      select: { type: true, status: true, correctedFields: true },
    }),
    db.proposal.count({ where: { release: { missionId }, status: 'pending' } }),
  ]);
  const overall = emptyRow('all');
  const byType = new Map<MilestoneType, ReviewStatsRow>(MILESTONE_TYPES.map((t) => [t, emptyRow(t)]));
  for (const row of rows) {
    const typeRow = byType.get(row.type as MilestoneType);
    for (const target of typeRow ? [overall, typeRow] : [overall]) {
      target.reviewed++;
      if (row.status === 'rejected') {
        target.rejected++;
        continue;
      }
      const fields = correctedOf(row.correctedFields);
      if (fields.length === 0) target.acceptedAsProposed++;
      else target.corrected++;
      for (const f of fields) target.corrections[f] = (target.corrections[f] ?? 0) + 1;
    }
  }
  const finish = (r: ReviewStatsRow) => ({ ...r, precision: r.reviewed === 0 ? null : Math.round((r.acceptedAsProposed / r.reviewed) * 1000) / 1000 });
  return {
    missionCode: mission,
    pending,
    overall: finish(overall),
    byType: [...byType.values()].filter((r) => r.reviewed > 0).map(finish),
  };
}

export interface LabelledRelease {
  id: string;
  mission: string;
  language: string;
  style: 'editor_review';
  sources: string[];
  text: string;
  milestones: {
    type: string;
    date: string;
    site: string | null;
    country: string | null;
    figure: number | null;
    status: 'planned' | 'achieved';
    alsoAccept: string[];
  }[];
  traps: [];
}

/**
 * Releases with at least one reviewed proposal, labelled with the milestones that cite them
 * (accepted proposals as corrected, and any milestone an editor added by hand), so what the
 * extractor missed is labelled too. Cancelled milestones are left out.
 */
export async function reviewedLabels(db: Db, mission: string): Promise<LabelledRelease[]> {
  const missionId = await getMissionId(db, mission);
  const releases = await db.release.findMany({
    where: { missionId, proposals: { some: { status: { in: ['accepted', 'rejected'] } } } },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      date: true,
      body: true,
      url: true,
      language: true,
      milestones: {
        where: { status: { in: ['planned', 'achieved'] } },
        orderBy: { id: 'asc' },
        select: { type: true, date: true, figure: true, status: true, site: { select: { name: true } }, contingent: { select: { countryIso: true } } },
      },
    },
  });
  return releases.map((r) => ({
    id: `${mission.toLowerCase()}-review-${r.id}`,
    mission,
    language: r.language,
    style: 'editor_review',
    sources: [r.url ?? `release:${r.id}`],
    text: `${formatReleaseDay(r.date)} - ${r.body.replace(/\s*\n\s*/g, ' ')}`,
    milestones: r.milestones.map((m) => ({
      type: m.type,
      date: m.date,
      site: m.site?.name ?? null,
      country: m.contingent?.countryIso ?? null,
      figure: m.type === 'personnel_departed' ? m.figure : null,
      status: m.status === 'planned' ? 'planned' : 'achieved',
      alsoAccept: [],
    })),
    traps: [],
  }));
}
