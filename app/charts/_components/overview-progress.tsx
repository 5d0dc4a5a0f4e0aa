'use client';

// Placeholder until the progress chart lands: the overview reserves this slot.
export function OverviewProgress() {
  return null;
}
