import { WITHDRAWAL_STEP_TYPES, type MilestoneType } from './vocabulary';

/**
 * Milestone types that a site's status, a contingent's presence or the progress figures
 * depend on. Incidents and "other" never change a number, so views need not load them.
 */
export const STATUS_RELEVANT_TYPES: ReadonlySet<MilestoneType> = new Set<MilestoneType>([
  ...WITHDRAWAL_STEP_TYPES,
  'withdrawal_completed',
  'site_handed_over',
  'contingent_repatriated',
  'personnel_departed',
]);
