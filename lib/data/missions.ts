/**
 * Missions, and the snapshot of one mission that every derived view (sites, contingents,
 * progress, the overview) is computed from in memory. Loading it is a fixed number of
 * queries whatever the mission's size or the number of other missions.
 */
import type { Db, Prisma } from '../db/client';
import { AppError } from '../errors';
import { env } from '../env';
import type { MissionSnapshot, MissionView, SnapshotMilestone } from '../domain/snapshot';
import { STATUS_RELEVANT_TYPES } from '../domain/status-types';
import { today, type CalendarDate } from '../domain/calendar-date';

export const missionSelect = {
  id: true,
  code: true,
  name: true,
  hostCountry: true,
  hostCountryIsoNumeric: true,
  deployedSince: true,
  mandateEnd: true,
  drawdownStart: true,
  withdrawalDeadline: true,
  liquidationStart: true,
  personnelInScope: true,
  version: true,
  phases: { select: { code: true, name: true, plannedStart: true, plannedEnd: true }, orderBy: { code: 'asc' } },
} satisfies Prisma.MissionSelect;

type MissionRow = Prisma.MissionGetPayload<{ select: typeof missionSelect }>;

function toMissionView(row: MissionRow): MissionView {
  const { id: _id, ...view } = row;
  return view;
}

/** The mission a request names, or the deployment's default mission when it names none. */
export function missionCodeOrDefault(code: string | undefined): string {
  return (code ?? env().DEFAULT_MISSION).toUpperCase();
}

/** Every mission's code, name and host country: the header's switcher, the list of missions. */
export type MissionName = { code: string; name: string; hostCountry: string };

export async function listMissionNames(db: Db): Promise<MissionName[]> {
  return db.mission.findMany({ select: { code: true, name: true, hostCountry: true }, orderBy: { code: 'asc' } });
}

export async function listMissions(db: Db): Promise<MissionView[]> {
  const rows = await db.mission.findMany({ select: missionSelect, orderBy: { code: 'asc' } });
  return rows.map(toMissionView);
}

async function findMission(db: Db, code: string): Promise<MissionRow> {
  const row = await db.mission.findUnique({ where: { code: code.toUpperCase() }, select: missionSelect });
  if (!row) throw new AppError('not_found', `There is no mission with the code "${code}".`);
  return row;
}

/** A mission with the days on which something was achieved: the "as of" control steps through them. */
export type MissionDetail = MissionView & { milestoneDates: CalendarDate[] };

export async function getMission(db: Db, code: string): Promise<MissionDetail> {
  const mission = await findMission(db, code);
  const days = await db.milestone.findMany({
    where: { missionId: mission.id, status: 'achieved' },
    distinct: ['date'],
    select: { date: true },
    orderBy: { date: 'asc' },
  });
  return { ...toMissionView(mission), milestoneDates: days.map((d) => d.date) };
}

export async function getMissionId(db: Db, code: string): Promise<number> {
  const row = await db.mission.findUnique({ where: { code: code.toUpperCase() }, select: { id: true } });
  if (!row) throw new AppError('not_found', `There is no mission with the code "${code}".`);
  return row.id;
}

export async function loadMissionSnapshot(db: Db, code: string): Promise<MissionSnapshot> {
  const mission = await findMission(db, code);
  const [sites, contingents, deployments, milestones] = await Promise.all([
    db.site.findMany({
      where: { missionId: mission.id },
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        region: true,
        lat: true,
        lon: true,
        plannedHandover: true,
        version: true,
        phase: { select: { code: true, name: true } },
        aliases: { select: { name: true }, orderBy: { id: 'asc' } },
      },
      orderBy: { id: 'asc' },
    }),
    db.contingent.findMany({
      where: { missionId: mission.id },
      select: { id: true, country: true, countryIso: true, unitKind: true, name: true, strength: true },
      orderBy: [{ country: 'asc' }, { id: 'asc' }],
    }),
    db.deployment.findMany({
      where: { contingent: { missionId: mission.id } },
      select: { id: true, contingentId: true, siteId: true, startDate: true, endDate: true, strength: true },
      orderBy: { id: 'asc' },
    }),
    db.milestone.findMany({
      where: { missionId: mission.id, type: { in: [...STATUS_RELEVANT_TYPES] } },
      select: {
        id: true,
        siteId: true,
        contingentId: true,
        type: true,
        date: true,
        status: true,
        figure: true,
        title: true,
        releaseId: true,
      },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return {
    id: mission.id,
    mission: toMissionView(mission),
    sites: sites.map((s) => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      aliases: s.aliases.map((a) => a.name),
      kind: s.kind,
      region: s.region,
      lat: s.lat,
      lon: s.lon,
      phase: s.phase?.code ?? null,
      phaseName: s.phase?.name ?? null,
      plannedHandover: s.plannedHandover,
      version: s.version,
    })),
    contingents,
    deployments,
    milestones: milestones as SnapshotMilestone[],
  };
}

/** The "as of" day a request names, or today where the deployment is. */
export function asOfOrToday(asOf: CalendarDate | undefined): CalendarDate {
  return asOf ?? today(env().APP_TIME_ZONE);
}
