'use client';

import Link from '@/app/_components/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useHrefWithAsOf } from './use-as-of';
import { useAppScope } from './providers';

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

function NavLink({ href, label, pathname }: { href: string; label: string; pathname: string }) {
  const current = isCurrent(pathname, href);
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
  const withAsOf = useHrefWithAsOf();
  const { viewer } = useAppScope();
  const editor = viewer?.role === 'editor' || viewer?.role === 'admin';
  return (
    <nav aria-label={t('label')} className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
        {LINKS.map((link) => (
          <NavLink key={link.href} href={withAsOf(link.href)} label={t(link.key)} pathname={pathname} />
        ))}
        {editor && EDITOR_LINKS.map((link) => <NavLink key={link.href} href={withAsOf(link.href)} label={ta(link.key)} pathname={pathname} />)}
        {viewer?.role === 'admin' && ADMIN_LINKS.map((link) => <NavLink key={link.href} href={link.href} label={ta(link.key)} pathname={pathname} />)}
      </ul>
    </nav>
  );
}
