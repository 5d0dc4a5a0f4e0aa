'use client';

import { useQuery } from '@tanstack/react-query';
import { queries } from '@/app/_data/queries';
import { useAppScope } from '../providers';
import { useMission } from '@/app/_components/use-mission';
import { options } from '../form/fields';

/** The mission, and today: the lists a form chooses from are today's. */
function useMissionToday() {
  const mission = useMission();
  const { today } = useAppScope();
  return [mission, today] as const;
}

/** The mission's sites as the options of a select (after its own "none" option). */
export function SiteOptions() {
  const sites = useQuery(queries.sites(...useMissionToday()));
  return options(sites.data?.data, (s) => s.id, (s) => s.name);
}

/** The mission's contingents as the options of a select. */
export function ContingentOptions() {
  const contingents = useQuery(queries.contingents(...useMissionToday()));
  return options(contingents.data?.data, (c) => c.id, (c) => `${c.name} (${c.country})`);
}
