/**
 * A mission as plain data: what the data layer loads (lib/data/missions.ts) and what every
 * derived view is computed from by pure functions (lib/domain/views.ts).
 */
import type { CalendarDate } from './calendar-date';
import type { MilestoneStatus, MilestoneType } from './vocabulary';

export interface PhaseView {
  code: string;
  name: string;
  plannedStart: CalendarDate | null;
  plannedEnd: CalendarDate | null;
}

export interface MissionView {
  code: string;
  name: string;
  hostCountry: string;
  hostCountryIsoNumeric: string | null;
  deployedSince: CalendarDate | null;
  mandateEnd: CalendarDate | null;
  drawdownStart: CalendarDate | null;
  withdrawalDeadline: CalendarDate;
  liquidationStart: CalendarDate | null;
  personnelInScope: number | null;
  phases: PhaseView[];
  version: number;
}

export interface SnapshotSite {
  id: number;
  slug: string;
  name: string;
  aliases: string[];
  kind: string;
  region: string;
  lat: number;
  lon: number;
  phase: string | null;
  phaseName: string | null;
  /** The site's own planned handover date. */
  plannedHandover: CalendarDate | null;
  version: number;
}

export interface SnapshotMilestone {
  id: number;
  siteId: number | null;
  contingentId: number | null;
  type: MilestoneType;
  date: CalendarDate;
  status: MilestoneStatus;
  figure: number | null;
  title: string;
  releaseId: number | null;
}

export interface SnapshotContingent {
  id: number;
  country: string;
  countryIso: string;
  unitKind: string;
  name: string;
  strength: number | null;
}

export interface SnapshotDeployment {
  id: number;
  contingentId: number;
  siteId: number;
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  strength: number | null;
}

export interface MissionSnapshot {
  id: number;
  mission: MissionView;
  sites: SnapshotSite[];
  contingents: SnapshotContingent[];
  deployments: SnapshotDeployment[];
  /** The milestones that status, presence and progress depend on (not incidents or "other"). */
  milestones: SnapshotMilestone[];
}

