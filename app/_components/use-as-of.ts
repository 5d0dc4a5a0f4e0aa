'use client';

import { useCallback } from 'react';
import { useSearchParams } from 'next/navigation';
import { isCalendarDate, type CalendarDate } from '@/lib/domain/calendar-date';
import { useAppScope } from './providers';

export interface AsOfState {
  asOf: CalendarDate;
  /** true when the address names no day, so the screen shows today */
  isToday: boolean;
  /** true when the address names something that is not a real day (it is ignored) */
  refused: boolean;
}

/** The day every screen shows, read from `?asOf=` in the address; absent, it is today. */
export function useAsOf(): AsOfState {
  const { today } = useAppScope();
  const raw = useSearchParams().get('asOf');
  if (raw !== null && isCalendarDate(raw)) return { asOf: raw, isToday: false, refused: false };
  return { asOf: today, isToday: true, refused: raw !== null };
}

/**
 * Changes query parameters in the address without asking the server for the page again
 * (Next.js keeps useSearchParams in step with history.pushState); the views follow through
 * React Query, which fetches only what it has not cached.
 */
export function useSetSearchParams(): (changes: Record<string, string | null>, options?: { replace?: boolean }) => void {
  return useCallback((changes, options) => {
    const params = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') params.delete(key);
      else params.set(key, value);
    }
    const qs = params.toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    // Typing in a search box replaces the entry rather than adding one per keystroke.
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, []);
}
