/**
 * The closed vocabularies of the domain (SPEC section 2). The database stores these as
 * plain strings (see docs/decisions/0002-strings-not-enums.md); every boundary validates
 * against the lists below, so this file is the one source of truth for them.
 */

export const MILESTONE_TYPES = [
  'withdrawal_started',
  'convoy_departed',
  'convoy_arrived',
  'environmental_assessment',
  'asset_disposal',
  'equipment_destroyed',
  'personnel_departed',
  'contingent_repatriated',
  'withdrawal_completed',
  'site_handed_over',
  'incident',
  'other',
] as const;
export type MilestoneType = (typeof MILESTONE_TYPES)[number];

export const MILESTONE_STATUSES = ['planned', 'achieved', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const SITE_STATUSES = ['active', 'withdrawing', 'closed', 'handed_over'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** `not_started`: the day shown is before the withdrawal starts (or nothing to withdraw is recorded). */
export const VERDICT_STATUSES = ['not_started', 'on_track', 'at_risk', 'late', 'done'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/**
 * Milestone types that mean a site has begun to empty. `convoy_arrived` is not among them:
 * a convoy arriving at a site (Gao receiving Ménaka's last convoy) says nothing about that
 * site closing. `incident` and `other` are not withdrawal steps either.
 */
export const WITHDRAWAL_STEP_TYPES: ReadonlySet<MilestoneType> = new Set<MilestoneType>([
  'withdrawal_started',
  'convoy_departed',
  'environmental_assessment',
  'asset_disposal',
  'equipment_destroyed',
  'personnel_departed',
  'contingent_repatriated',
]);

/** Types that concern a site by nature: a milestone of one of these types needs a site. */
export const SITE_LEVEL_TYPES: ReadonlySet<MilestoneType> = new Set<MilestoneType>([
  'withdrawal_started',
  'withdrawal_completed',
  'site_handed_over',
  'environmental_assessment',
]);
