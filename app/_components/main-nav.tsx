'use client';

import Link from '@/app/_components/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { missionPage } from '@/lib/routing/mission-paths';
import { useTranslations } from 'next-intl';
import { useAppScope } from './providers';
import { useMissionHref, withAsOfDay } from '@/app/_components/use-mission';

/** The current mission's sections, addressed under its `/missions/CODE` (or bare, for the default mission). */
const LINKS = [
  { href: '/', key: 'overview' },
  { href: '/sites', key: 'sites' },
  { href: '/contingents', key: 'contingents' },
  { href: '/releases', key: 'releases' },
  { href: '/charts', key: 'charts' },
] as const;

/** Whether a section link is the page shown: the overview exactly, any other section with its sub-pages. */
function isCurrentSection(pathname: string, section: string): boolean {
  const page = missionPage(pathname);
  if (!page) return false;
  return section === '/' ? page.section === '/' : page.section === section || page.section.startsWith(`${section}/`);
}

/** The main navigation; each link keeps the "as of" day. */
const EDITOR_LINKS = [
  { href: '/review', key: 'review' },
  { href: '/milestones', key: 'milestones' },
] as const;
const ADMIN_LINKS = [
  { href: '/admin/users', key: 'users' },
  { href: '/admin/missions', key: 'missions' },
  { href: '/admin/activity', key: 'activity' },
  { href: '/admin/extraction', key: 'extraction' },
] as const;

function NavLink({ href, label, current }: { href: string; label: string; current: boolean }) {
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? 'page' : undefined}
        className={`inline-flex min-h-10 items-center rounded px-2 underline-offset-4 hover:underline ${
          current ? 'bg-slate-800 font-semibold text-white' : 'text-slate-900'
        }`}
      >
        {label}
      </Link>
    </li>
  );
}

export function MainNav() {
  const t = useTranslations('common.nav');
  const ta = useTranslations('account');
  const pathname = usePathname();
  const withAsOf = useMissionHref();
  const asOf = useSearchParams().get('asOf');
  const { viewer } = useAppScope();
  const editor = viewer?.role === 'editor' || viewer?.role === 'admin';
  return (
    <nav aria-label={t('label')} className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
        <NavLink href={withAsOfDay('/missions', asOf)} label={t('missions')} current={pathname === '/missions'} />
        {LINKS.map((link) => (
          <NavLink key={link.href} href={withAsOf(link.href)} label={t(link.key)} current={isCurrentSection(pathname, link.href)} />
        ))}
        {editor &&
          EDITOR_LINKS.map((link) => (
            <NavLink key={link.href} href={withAsOf(link.href)} label={ta(link.key)} current={isCurrentSection(pathname, link.href)} />
          ))}
        {viewer?.role === 'admin' &&
          ADMIN_LINKS.map((link) => (
            <NavLink key={link.href} href={link.href} label={ta(link.key)} current={pathname === link.href || pathname.startsWith(`${link.href}/`)} />
          ))}
      </ul>
    </nav>
  );
}
