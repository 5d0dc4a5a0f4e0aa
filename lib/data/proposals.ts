/**
 * Proposals: milestones the importer extracted, waiting for an editor. They never count in
 * a status or a figure until accepted.
 */
import type { Db, Prisma } from '../db/client';
import type { CalendarDate } from '../domain/calendar-date';
import type { MilestoneStatus, MilestoneType, ProposalStatus } from '../domain/vocabulary';
import { decodeCursor, encodeCursor } from '../api/cursor';
import { getMissionId } from './missions';

export interface ProposalSpan {
  kind: 'site' | 'contingent' | 'date' | 'type';
  start: number;
  end: number;
  text: string;
}

export interface ProposalView {
  id: number;
  releaseId: number;
  releaseDate: CalendarDate;
  type: MilestoneType;
  date: CalendarDate | null;
  siteId: number | null;
  contingentId: number | null;
  countryIso: string | null;
  figure: number | null;
  milestoneStatus: MilestoneStatus;
  title: string;
  sentence: string;
  spans: ProposalSpan[];
  confidence: number;
  status: ProposalStatus;
  milestoneId: number | null;
  /** The fields an editor changed when accepting ([] = accepted as proposed); null until accepted. */
  correctedFields: string[] | null;
  /** Why an editor rejected it, when they said. */
  rejectReason: string | null;
}

type ProposalRowWithDate = Prisma.ProposalGetPayload<{ include: { release: { select: { date: true } } } }>;

export function toProposalView(p: ProposalRowWithDate): ProposalView {
  return {
    id: p.id,
    releaseId: p.releaseId,
    releaseDate: p.release.date,
    type: p.type as MilestoneType,
    date: p.date,
    siteId: p.siteId,
    contingentId: p.contingentId,
    countryIso: p.countryIso,
    figure: p.figure,
    milestoneStatus: p.milestoneStatus as MilestoneStatus,
    title: p.title,
    sentence: p.sentence,
    spans: parseSpans(p.spans),
    confidence: p.confidence,
    status: p.status as ProposalStatus,
    milestoneId: p.milestoneId,
    correctedFields: parseFieldList(p.correctedFields),
    rejectReason: p.rejectReason,
  };
}

/** The stored JSON list of corrected fields; null until the proposal is accepted (or unreadable). */
export function parseFieldList(text: string | null): string[] | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
  } catch {
    return null;
  }
}

export interface ProposalFilters {
  mission: string;
  release?: number | undefined;
  status?: ProposalStatus | undefined;
  cursor?: string | undefined;
  limit: number;
}

export async function listProposals(db: Db, filters: ProposalFilters): Promise<{ data: ProposalView[]; nextCursor?: string }> {
  const missionId = await getMissionId(db, filters.mission);
  const after = filters.cursor ? decodeCursor(filters.cursor, ['number'] as const) : null;
  const rows = await db.proposal.findMany({
    where: {
      release: { missionId },
      ...(filters.release !== undefined && { releaseId: filters.release }),
      ...(filters.status && { status: filters.status }),
      ...(after && { id: { gt: after[0] } }),
    },
    include: { release: { select: { date: true } } },
    orderBy: { id: 'asc' },
    take: filters.limit + 1,
  });
  const page: ProposalView[] = rows.slice(0, filters.limit).map(toProposalView);
  const last = page[page.length - 1];
  return rows.length > filters.limit && last ? { data: page, nextCursor: encodeCursor([last.id]) } : { data: page };
}

function parseSpans(text: string): ProposalSpan[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as ProposalSpan[]) : [];
  } catch {
    return [];
  }
}
