/**
 * The map's place on the Sites page. A server component, so that the country is projected
 * here (lib/geo) and the browser receives only finished paths: no d3, no world atlas, no
 * request to anyone's tile server. The statuses are not drawn here but in SiteMap, which
 * follows the "as of" day on the client.
 */
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { loadHostCountryMap } from '@/lib/geo/load-host-map';
import type { SitePosition } from '@/lib/geo/host-country-map';
import type { MissionView } from '@/lib/domain/snapshot';
import { SiteMap } from './site-map';

export async function SiteMapSection({
  mission,
  sites,
}: {
  mission: Pick<MissionView, 'hostCountry' | 'hostCountryIsoNumeric'>;
  /** Every site of the mission (not only those a filter shows): where each one is. */
  sites: readonly SitePosition[];
}) {
  const t = await getTranslations('map');
  const geometry = await loadHostCountryMap(mission, sites);
  return (
    <section aria-labelledby="site-map-heading" className="min-w-0">
      <h2 id="site-map-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      {geometry ? (
        // The map reads the day from the address; the box keeps the map's shape meanwhile.
        <Suspense fallback={<div className="mt-2 w-full rounded border border-slate-300 bg-sky-50" style={{ aspectRatio: `${geometry.width} / ${geometry.height}` }} />}>
          <SiteMap geometry={geometry} country={mission.hostCountry} />
        </Suspense>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t('noMap', { country: mission.hostCountry })}</p>
      )}
    </section>
  );
}
