'use client';

import { useRef } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import Link from '@/app/_components/link';
import { missionAddress, missionPage, sectionRoot } from '@/lib/routing/mission-paths';
import { useMission, withAsOfDay } from './use-mission';

/**
 * The header's mission switcher: a disclosure (`<details>`) listing every mission, so it opens
 * by keyboard and works without JavaScript as a plain list of links. Each link goes to the same
 * section of the other mission (a site's or a release's page lands on that mission's list) and
 * keeps the "as of" day.
 */
export function MissionSwitcher({ missions }: { missions: { code: string; name: string }[] }) {
  const t = useTranslations('common.switcher');
  const pathname = usePathname();
  const asOf = useSearchParams().get('asOf');
  const mission = useMission();
  const page = missionPage(pathname);
  const section = page ? sectionRoot(page.section) : '/';
  // The admin screens edit one mission at a time, named in `?mission=`.
  const admin = pathname.startsWith('/admin/');
  const hrefFor = (code: string) => (admin ? `${pathname}?mission=${code}` : withAsOfDay(missionAddress(code, section), asOf));
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (details.current) details.current.open = false;
  };
  return (
    <details ref={details} className="group sm:relative print:hidden">
      <summary className="inline-flex min-h-10 cursor-pointer items-center gap-1 rounded px-2 text-sm text-slate-800 hover:bg-slate-200">
        {page || admin ? t('current', { code: mission }) : t('none')}
        <span aria-hidden="true" className="text-xs group-open:rotate-180">
          ▾
        </span>
      </summary>
      {/* On a phone the list spans the header's width; wider, it hangs under the switcher. */}
      <div className="absolute inset-x-4 z-30 mt-1 rounded border border-slate-300 bg-white p-2 shadow-lg sm:left-0 sm:right-auto sm:w-72">
        <nav aria-label={t('listLabel')}>
          <ul className="space-y-1 text-sm">
            {missions.map((m) => {
              const current = (page !== null || admin) && m.code === mission;
              return (
                <li key={m.code}>
                  <Link
                    href={hrefFor(m.code)}
                    onClick={close}
                    aria-current={current ? 'true' : undefined}
                    className={`flex min-h-10 flex-col justify-center rounded px-2 py-1 hover:bg-slate-100 ${current ? 'bg-slate-100 font-semibold' : ''}`}
                  >
                    <span>{m.code}</span>
                    <span className="text-xs font-normal text-slate-700">{m.name}</span>
                  </Link>
                </li>
              );
            })}
            <li className="border-t border-slate-200 pt-1">
              <Link href={withAsOfDay('/missions', asOf)} onClick={close} className="flex min-h-10 items-center rounded px-2 underline hover:bg-slate-100">
                {t('all')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </details>
  );
}
