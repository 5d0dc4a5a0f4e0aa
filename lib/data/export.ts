/**
 * Exports of one mission: the whole record as JSON (every table the mission owns, enough
 * to rebuild it), one table as CSV, or the sites as GeoJSON points with their status.
 */
import type { Db } from '../db/client';
import type { CalendarDate } from '../domain/calendar-date';
import { toCsv } from '../domain/csv';
import { siteViews } from '../domain/views';
import { loadMissionSnapshot, getMissionId } from './missions';
import { missionTables } from './mission-archive';

export async function exportJson(db: Db, mission: string, asOf: CalendarDate) {
  const snapshot = await loadMissionSnapshot(db, mission);
  const missionId = snapshot.id;
  const [milestones, releases, proposals, tables] = await Promise.all([
    db.milestone.findMany({
      where: { missionId },
      orderBy: { id: 'asc' },
      omit: { missionId: true },
    }),
    db.release.findMany({ where: { missionId }, orderBy: { id: 'asc' }, omit: { missionId: true } }),
    db.proposal.findMany({ where: { release: { missionId } }, orderBy: { id: 'asc' } }),
    missionTables(db, missionId),
  ]);
  return {
    format: 'drawdown-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    asOf,
    mission: snapshot.mission,
    sites: siteViews(snapshot, asOf),
    contingents: snapshot.contingents,
    deployments: snapshot.deployments,
    milestones,
    releases,
    proposals,
    // Every row of every table of the mission, as stored: what POST /api/v1/import loads back.
    tables,
  };
}

export async function exportSitesCsv(db: Db, mission: string, asOf: CalendarDate): Promise<string> {
  const snapshot = await loadMissionSnapshot(db, mission);
  const rows = siteViews(snapshot, asOf).map((s) => [
    s.id,
    s.name,
    s.aliases.join('; '),
    s.kind,
    s.region,
    s.phase,
    s.lat,
    s.lon,
    s.plannedHandover,
    s.status,
    s.statusSince,
    s.withdrawalStartedOn,
    s.closedOn,
    s.handedOverOn,
    s.contingents.map((c) => c.name).join('; '),
    asOf,
  ]);
  return toCsv(
    ['id', 'name', 'aliases', 'kind', 'region', 'phase', 'lat', 'lon', 'plannedHandover', 'status', 'statusSince', 'withdrawalStartedOn', 'closedOn', 'handedOverOn', 'contingents', 'asOf'],
    rows,
  );
}

export async function exportMilestonesCsv(db: Db, mission: string): Promise<string> {
  const missionId = await getMissionId(db, mission);
  const rows = await db.milestone.findMany({
    where: { missionId },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
    include: { site: { select: { name: true } }, contingent: { select: { name: true } }, release: { select: { date: true, title: true } } },
  });
  return toCsv(
    ['id', 'date', 'type', 'status', 'site', 'contingent', 'title', 'figure', 'notes', 'releaseId', 'releaseDate', 'sourceUrl', 'sourcePublisher', 'version'],
    rows.map((m) => [
      m.id,
      m.date,
      m.type,
      m.status,
      m.site?.name,
      m.contingent?.name,
      m.title,
      m.figure,
      m.notes,
      m.releaseId,
      m.release?.date,
      m.sourceUrl,
      m.sourcePublisher,
      m.version,
    ]),
  );
}

export async function exportReleasesCsv(db: Db, mission: string): Promise<string> {
  const missionId = await getMissionId(db, mission);
  const rows = await db.release.findMany({ where: { missionId }, orderBy: [{ date: 'asc' }, { id: 'asc' }] });
  return toCsv(
    ['id', 'date', 'title', 'language', 'url', 'contentHash', 'body'],
    rows.map((r) => [r.id, r.date, r.title, r.language, r.url, r.contentHash, r.body]),
  );
}

export async function exportGeoJson(db: Db, mission: string, asOf: CalendarDate) {
  const snapshot = await loadMissionSnapshot(db, mission);
  return {
    type: 'FeatureCollection' as const,
    features: siteViews(snapshot, asOf).map(({ lat, lon, ...properties }) => ({
      type: 'Feature' as const,
      id: properties.id,
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: { ...properties, asOf },
    })),
  };
}
