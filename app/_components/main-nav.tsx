'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useHrefWithAsOf } from './use-as-of';

const LINKS = [
  { href: '/', key: 'overview' },
  { href: '/sites', key: 'sites' },
  { href: '/contingents', key: 'contingents' },
  { href: '/releases', key: 'releases' },
  { href: '/charts', key: 'charts' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The main navigation; each link keeps the "as of" day. */
export function MainNav() {
  const t = useTranslations('common.nav');
  const pathname = usePathname();
  const withAsOf = useHrefWithAsOf();
  return (
    <nav aria-label={t('label')} className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
        {LINKS.map((link) => {
          const current = isCurrent(pathname, link.href);
          return (
            <li key={link.href}>
              <Link
                href={withAsOf(link.href)}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-10 items-center rounded px-2 underline-offset-4 hover:underline ${
                  current ? 'bg-slate-800 font-semibold text-white' : 'text-slate-900'
                }`}
              >
                {t(link.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
