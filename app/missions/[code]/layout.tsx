import type { Metadata } from 'next';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { AsOfControl } from '@/app/_components/as-of-control';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { missionOr404, type MissionParams } from '@/app/_data/search-params';

export async function generateMetadata({ params }: { params: MissionParams }): Promise<Metadata> {
  const mission = await missionOr404((await params).code);
  return { title: { template: `%s · ${mission} · Drawdown`, default: `${mission} · Drawdown` } };
}

/**
 * Every page of one mission (`/missions/[code]/...`, and the default mission's bare paths,
 * which the proxy rewrites here): an unknown mission is a 404; the "as of" control steps
 * through this mission's milestones and dates.
 */
export default async function MissionLayout({ params, children }: { params: MissionParams; children: React.ReactNode }) {
  const mission = await missionOr404((await params).code);
  const queryClient = newQueryClient();
  await prefetch.mission(queryClient, mission);
  return (
    <>
      <Hydrate state={dehydrate(queryClient)}>
        {/* No Suspense here: every page is dynamic (the locale is read from a cookie), so the
            address is known on the server and the control is in the HTML before any script. */}
        <AsOfControl />
      </Hydrate>
      {children}
    </>
  );
}
