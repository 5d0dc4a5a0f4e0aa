/**
 * Milestone reads: the log, filtered and paged newest first.
 */
import type { Db, Prisma } from '../db/client';
import type { CalendarDate } from '../domain/calendar-date';
import type { MilestoneStatus, MilestoneType } from '../domain/vocabulary';
import { afterDateCursor, pageByDate } from './paging';
import { getMissionId } from './missions';
import { notFound } from '../errors';

export type MilestoneSource =
  | { releaseId: number; releaseDate: CalendarDate; releaseTitle: string | null; url: string | null; language: string }
  | { url: string; publisher: string | null }
  | null;

export interface MilestoneView {
  id: number;
  missionCode: string;
  siteId: number | null;
  contingentId: number | null;
  type: MilestoneType;
  date: CalendarDate;
  title: string;
  notes: string | null;
  figure: number | null;
  status: MilestoneStatus;
  source: MilestoneSource;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const milestoneSelect = {
  id: true,
  siteId: true,
  contingentId: true,
  type: true,
  date: true,
  title: true,
  notes: true,
  figure: true,
  status: true,
  releaseId: true,
  sourceUrl: true,
  sourcePublisher: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  mission: { select: { code: true } },
  release: { select: { id: true, date: true, title: true, url: true, language: true } },
} satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

export function toMilestoneView(row: MilestoneRow): MilestoneView {
  const source: MilestoneSource = row.release
    ? {
        releaseId: row.release.id,
        releaseDate: row.release.date,
        releaseTitle: row.release.title,
        url: row.release.url,
        language: row.release.language,
      }
    : row.sourceUrl
      ? { url: row.sourceUrl, publisher: row.sourcePublisher }
      : null;
  return {
    id: row.id,
    missionCode: row.mission.code,
    siteId: row.siteId,
    contingentId: row.contingentId,
    type: row.type as MilestoneType,
    date: row.date,
    title: row.title,
    notes: row.notes,
    figure: row.figure,
    status: row.status as MilestoneStatus,
    source,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface MilestoneFilters {
  mission: string;
  site?: number | undefined;
  contingent?: number | undefined;
  release?: number | undefined;
  type?: MilestoneType | undefined;
  status?: MilestoneStatus | undefined;
  from?: CalendarDate | undefined;
  to?: CalendarDate | undefined;
  cursor?: string | undefined;
  limit: number;
}

export async function listMilestones(
  db: Db,
  filters: MilestoneFilters,
): Promise<{ data: MilestoneView[]; nextCursor?: string }> {
  const missionId = await getMissionId(db, filters.mission);
  const rows = await db.milestone.findMany({
    where: {
      missionId,
      ...(filters.site !== undefined && { siteId: filters.site }),
      ...(filters.contingent !== undefined && { contingentId: filters.contingent }),
      ...(filters.release !== undefined && { releaseId: filters.release }),
      ...(filters.type && { type: filters.type }),
      ...(filters.status && { status: filters.status }),
      ...((filters.from || filters.to) && {
        date: { ...(filters.from && { gte: filters.from }), ...(filters.to && { lte: filters.to }) },
      }),
      ...afterDateCursor(filters.cursor),
    },
    select: milestoneSelect,
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    take: filters.limit + 1,
  });
  return pageByDate(rows.map(toMilestoneView), filters.limit);
}

export async function getMilestone(db: Db, id: number): Promise<MilestoneView> {
  const row = await db.milestone.findUnique({ where: { id }, select: milestoneSelect });
  if (!row) throw notFound(`Milestone ${id}`);
  return toMilestoneView(row);
}
