'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '@/app/_data/queries';
import { useAsOf } from '@/app/_components/use-as-of';
import { useMission } from '@/app/_components/use-mission';

/**
 * The progress body for the day in the address. While another day loads, the previous day's
 * charts stay up (each names its own day), so nothing jumps.
 */
export function useProgress() {
  const mission = useMission();
  const { asOf } = useAsOf();
  const query = useQuery({ ...queries.progress(mission, asOf), placeholderData: keepPreviousData });
  return { mission, asOf, ...query };
}
