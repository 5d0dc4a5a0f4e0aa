'use client';

import { QueryError, Skeleton } from '@/app/_components/query-state';
import { ProgressCard } from './progress-card';
import { useProgress } from './use-progress';

/**
 * The progress chart on the overview, under the overview's own heading. Its words and
 * figures come with the page; the drawing loads when it comes into view (on a phone
 * it is below the first screen), into a box of its final height, so nothing below it moves.
 */
export function OverviewProgress() {
  const { mission, data: progress, error, refetch } = useProgress();
  if (error && !progress) return <QueryError error={error} retry={() => void refetch()} />;
  if (!progress) return <Skeleton className="mt-2 h-[34rem]" />;
  return (
    <div className="mt-2">
      <ProgressCard progress={progress} mission={mission} headingLevel={3} chartsLink />
    </div>
  );
}
