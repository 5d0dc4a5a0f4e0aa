/**
 * Releases: the list (with the milestones that cite each one), and the import, which
 * turns text in the format of SPEC section 3 into releases and their proposals.
 */
import type { Db } from '../db/client';
import { Prisma } from '../db/generated/sqlite/client';
import type { CalendarDate } from '../domain/calendar-date';
import type { MilestoneStatus, MilestoneType, ProposalStatus } from '../domain/vocabulary';
import { extractProposals, parseReleases, type Gazetteer, type ParsedRelease } from '../releases';
import { afterDateCursor, pageByDate } from './paging';
import { notFound } from '../errors';
import { isUniqueViolation } from '../db/errors';
import { getMissionId } from './missions';
import { auditRow } from './audit';

export interface CitingMilestone {
  id: number;
  siteId: number | null;
  contingentId: number | null;
  type: MilestoneType;
  date: CalendarDate;
  title: string;
  status: MilestoneStatus;
}

export interface ReleaseView {
  id: number;
  missionCode: string;
  date: CalendarDate;
  title: string | null;
  body: string;
  url: string | null;
  language: string;
  contentHash: string;
  createdAt: string;
  milestones: CitingMilestone[];
  proposalCounts: Record<ProposalStatus, number>;
}

const releaseSelect = {
  id: true,
  date: true,
  title: true,
  body: true,
  url: true,
  language: true,
  contentHash: true,
  createdAt: true,
  mission: { select: { code: true } },
  milestones: {
    select: { id: true, siteId: true, contingentId: true, type: true, date: true, title: true, status: true },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  },
  proposals: { select: { status: true } },
} satisfies Prisma.ReleaseSelect;

type ReleaseRow = Prisma.ReleaseGetPayload<{ select: typeof releaseSelect }>;

function toReleaseView(row: ReleaseRow): ReleaseView {
  const proposalCounts: Record<ProposalStatus, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const p of row.proposals) proposalCounts[p.status as ProposalStatus]++;
  return {
    id: row.id,
    missionCode: row.mission.code,
    date: row.date,
    title: row.title,
    body: row.body,
    url: row.url,
    language: row.language,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    milestones: row.milestones.map((m) => ({ ...m, type: m.type as MilestoneType, status: m.status as MilestoneStatus })),
    proposalCounts,
  };
}

export interface ReleaseFilters {
  mission: string;
  q?: string | undefined;
  from?: CalendarDate | undefined;
  to?: CalendarDate | undefined;
  cursor?: string | undefined;
  limit: number;
}

export async function listReleases(
  db: Db,
  engine: 'sqlite' | 'postgresql',
  filters: ReleaseFilters,
): Promise<{ data: ReleaseView[]; nextCursor?: string }> {
  const missionId = await getMissionId(db, filters.mission);
  // SQLite's LIKE already ignores ASCII case; PostgreSQL needs to be told.
  const contains = filters.q
    ? engine === 'postgresql'
      ? { contains: filters.q, mode: 'insensitive' as const }
      : { contains: filters.q }
    : undefined;
  const rows = await db.release.findMany({
    where: {
      missionId,
      ...(contains && { OR: [{ body: contains }, { title: contains }] }),
      ...((filters.from || filters.to) && {
        date: { ...(filters.from && { gte: filters.from }), ...(filters.to && { lte: filters.to }) },
      }),
      ...afterDateCursor(filters.cursor),
    },
    select: releaseSelect,
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    take: filters.limit + 1,
  });
  return pageByDate(rows.map(toReleaseView), filters.limit);
}

export async function getRelease(db: Db, id: number): Promise<ReleaseView> {
  const row = await db.release.findUnique({ where: { id }, select: releaseSelect });
  if (!row) throw notFound(`Release ${id}`);
  return toReleaseView(row);
}

export async function loadGazetteer(db: Db, missionId: number): Promise<Gazetteer> {
  const [sites, contingents, mission] = await Promise.all([
    db.site.findMany({
      where: { missionId },
      select: { id: true, name: true, aliases: { select: { name: true } } },
      orderBy: { id: 'asc' },
    }),
    db.contingent.findMany({ where: { missionId }, select: { id: true, countryIso: true }, orderBy: { id: 'asc' } }),
    db.mission.findUnique({ where: { id: missionId }, select: { hostCountry: true } }),
  ]);
  return {
    sites: sites.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases.map((a) => a.name) })),
    contingents,
    ...(mission && { hostCountry: mission.hostCountry }),
  };
}

export interface ImportOptions {
  mission: string;
  text: string;
  actor: string;
  /** Called after each batch is written, for a progress line on large imports. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportedRelease {
  id: number;
  date: CalendarDate;
  contentHash: string;
  proposals: number;
}

export interface ImportResult {
  missionCode: string;
  /** Releases found in the text. */
  parsed: number;
  created: ImportedRelease[];
  /** Releases that were already there: importing the same text twice creates nothing. */
  existing: ImportedRelease[];
  proposals: number;
  /** Why nothing was found, when nothing was. */
  reason?: string;
}

const PROPOSAL_COLUMNS = ['releaseId', 'type', 'date', 'siteId', 'contingentId', 'countryIso', 'figure', 'milestoneStatus', 'title', 'sentence', 'spans', 'confidence', 'createdAt'];
const AUDIT_COLUMNS = ['actor', 'action', 'entity', 'entityId', 'missionId', 'before', 'after', 'at'];

/**
 * Multi-row INSERTs through the raw API, for the rows an import writes by the thousand that can
 * conflict with nothing (proposals, audit events): Prisma's createMany spends several times the
 * insert's own time preparing them. Prisma.sql makes the placeholders of either engine.
 */
async function insertRows(tx: Prisma.TransactionClient, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  // Under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters a statement.
  const chunk = Math.floor(30_000 / columns.length);
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `);
  for (let i = 0; i < rows.length; i += chunk) {
    const values = Prisma.join(rows.slice(i, i + chunk).map((row) => Prisma.sql`(${Prisma.join(row)})`));
    await tx.$executeRaw`${head}${values}`;
  }
}

const RELEASE_COLUMNS = ['missionId', 'date', 'title', 'body', 'language', 'contentHash', 'createdAt'];

/** The releases of a batch in one multi-row INSERT, answering what the proposals need. */
async function insertReleases(tx: Prisma.TransactionClient, rows: unknown[][]): Promise<{ id: number; date: string; contentHash: string }[]> {
  const created: { id: number; date: string; contentHash: string }[] = [];
  const chunk = Math.floor(30_000 / RELEASE_COLUMNS.length);
  const head = Prisma.raw(`INSERT INTO "Release" (${RELEASE_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES `);
  for (let i = 0; i < rows.length; i += chunk) {
    const values = Prisma.join(rows.slice(i, i + chunk).map((row) => Prisma.sql`(${Prisma.join(row)})`));
    const returned = await tx.$queryRaw<{ id: number | bigint; date: string; contentHash: string }[]>`${head}${values} RETURNING "id", "date", "contentHash"`;
    created.push(...returned.map((r) => ({ id: Number(r.id), date: r.date, contentHash: r.contentHash })));
  }
  return created;
}

/**
 * A unique index refusing a raw INSERT (another import wrote the same release first): Prisma
 * reports raw failures as P2010 with the engine's own code.
 */
function isRawUniqueViolation(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return (error as { code?: string } | null)?.code === 'P2010' && /SQLITE_CONSTRAINT_UNIQUE|`23505`/.test(message);
}

/** Releases written per transaction: large enough to be fast, small enough to hold little. */
const BATCH = 500;

/**
 * Imports releases from text. Each batch of releases and their proposals (and the audit
 * events) is one transaction, so no release is ever stored without its proposals; text
 * already imported is recognised by its content hash and skipped.
 */
export async function importReleases(db: Db, options: ImportOptions): Promise<ImportResult> {
  const missionId = await getMissionId(db, options.mission);
  const { releases, reason } = parseReleases(options.text);
  const result: ImportResult = { missionCode: options.mission.toUpperCase(), parsed: releases.length, created: [], existing: [], proposals: 0 };
  if (reason !== undefined) result.reason = reason;
  if (!releases.length) return result;

  // The same release twice in one text is one release.
  const unique = new Map<string, ParsedRelease>();
  for (const r of releases) if (!unique.has(r.contentHash)) unique.set(r.contentHash, r);
  const all = [...unique.values()];
  const gazetteer = await loadGazetteer(db, missionId);

  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    await writeBatch(db, missionId, batch, gazetteer, options.actor, result);
    options.onProgress?.(Math.min(i + BATCH, all.length), all.length);
  }
  return result;
}

async function writeBatch(
  db: Db,
  missionId: number,
  batch: ParsedRelease[],
  gazetteer: Gazetteer,
  actor: string,
  result: ImportResult,
): Promise<void> {
  // Extraction is pure and done before the transaction opens, so the write lock is held
  // only for the inserts.
  const extracted = new Map(batch.map((r) => [r.contentHash, extractProposals({ date: r.date, body: r.body, title: r.title }, gazetteer)]));
  for (let attempt = 0; ; attempt++) {
    try {
      const written = await db.$transaction(async (tx) => {
        const found = await tx.release.findMany({
          where: { missionId, contentHash: { in: batch.map((r) => r.contentHash) } },
          select: { id: true, date: true, contentHash: true, _count: { select: { proposals: true } } },
        });
        const known = new Set(found.map((r) => r.contentHash));
        const fresh = batch.filter((r) => !known.has(r.contentHash));
        const now = new Date();
        const created = fresh.length
          ? await insertReleases(tx, fresh.map((r) => [missionId, r.date, r.title, r.body, r.language, r.contentHash, now]))
          : [];
        const proposals = created.flatMap((release) =>
          (extracted.get(release.contentHash) ?? []).map((p) => ({
            releaseId: release.id,
            type: p.type,
            date: p.date,
            siteId: p.siteId,
            contingentId: p.contingentId,
            countryIso: p.countryIso,
            figure: p.figure,
            milestoneStatus: p.status,
            title: p.title,
            sentence: p.sentence,
            spans: JSON.stringify(p.spans),
            confidence: p.confidence,
          })),
        );
        if (proposals.length) {
          await insertRows(tx, 'Proposal', PROPOSAL_COLUMNS, proposals.map((p) => [...PROPOSAL_COLUMNS.slice(0, -1).map((c) => p[c as keyof typeof p]), now]));
        }
        if (created.length) {
          const events = created.map((r) =>
            auditRow({ actor, action: 'import', entity: 'release', entityId: r.id, missionId, after: { date: r.date, contentHash: r.contentHash } }),
          );
          await insertRows(tx, 'AuditEvent', AUDIT_COLUMNS, events.map((e) => [...AUDIT_COLUMNS.slice(0, -1).map((c) => e[c as keyof typeof e]), now]));
        }
        return { found, created, proposals: proposals.length };
      });
      const count = (hash: string) => extracted.get(hash)?.length ?? 0;
      result.existing.push(...written.found.map((r) => ({ id: r.id, date: r.date, contentHash: r.contentHash, proposals: r._count.proposals })));
      result.created.push(...written.created.map((r) => ({ id: r.id, date: r.date, contentHash: r.contentHash, proposals: count(r.contentHash) })));
      result.proposals += written.proposals;
      return;
    } catch (error) {
      // Another import wrote one of these releases between our read and our write: the
      // unique content hash refused it; read again and skip what is there now.
      if (attempt < 2 && (isUniqueViolation(error) || isRawUniqueViolation(error))) continue;
      throw error;
    }
  }
}
