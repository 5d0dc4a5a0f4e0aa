import type { BreakdownRow } from '@/lib/domain/charts';
import type { SiteStatus } from '@/lib/domain/vocabulary';

/** The status tokens of app/globals.css, for SVG attributes. */
export const STATUS_COLOR: Record<SiteStatus, string> = {
  active: 'var(--color-status-active)',
  withdrawing: 'var(--color-status-withdrawing)',
  closed: 'var(--color-status-closed)',
  handed_over: 'var(--color-status-handed-over)',
};

/** A status's count in a breakdown row. */
export const STATUS_KEY: Record<SiteStatus, Exclude<keyof BreakdownRow, 'key' | 'label' | 'total'>> = {
  active: 'active',
  withdrawing: 'withdrawing',
  closed: 'closed',
  handed_over: 'handedOver',
};
