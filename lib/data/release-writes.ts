/**
 * POST /api/v1/releases: the import, answered with each release created or found already
 * and its proposals, so the editor goes straight on to review them.
 */
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { CalendarDate } from '../domain/calendar-date';
import type { ProposalView } from './proposals';
import { importReleases } from './releases';
import { proposalsOfReleases } from './proposal-writes';

export interface ImportedReleaseView {
  id: number;
  date: CalendarDate;
  title: string | null;
  contentHash: string;
  proposals: ProposalView[];
}

export interface ImportAnswer {
  missionCode: string;
  parsed: number;
  created: ImportedReleaseView[];
  existing: ImportedReleaseView[];
  /** Proposals made by this import (releases found already made none). */
  proposals: number;
}

export async function importReleaseText(db: Db, actor: string, mission: string, text: string): Promise<ImportAnswer> {
  const result = await importReleases(db, { mission, text, actor });
  if (result.parsed === 0) {
    throw new AppError('validation_failed', 'No release was found in the text.', {
      text: [result.reason ?? 'must hold releases starting "DD Mon YYYY - "'],
    });
  }
  const ids = [...result.created, ...result.existing].map((r) => r.id);
  const [titles, proposals] = await Promise.all([
    db.release.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
    proposalsOfReleases(db, ids),
  ]);
  const titleOf = new Map(titles.map((r) => [r.id, r.title]));
  const view = (r: { id: number; date: CalendarDate; contentHash: string }): ImportedReleaseView => ({
    id: r.id,
    date: r.date,
    title: titleOf.get(r.id) ?? null,
    contentHash: r.contentHash,
    proposals: proposals.get(r.id) ?? [],
  });
  const inOrder = (list: typeof result.created) => [...list].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id).map(view);
  return {
    missionCode: result.missionCode,
    parsed: result.parsed,
    created: inOrder(result.created),
    existing: inOrder(result.existing),
    proposals: result.proposals,
  };
}
