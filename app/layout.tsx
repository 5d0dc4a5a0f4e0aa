import type { Metadata, Viewport } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { missionCodeOrDefault, asOfOrToday } from '@/lib/data/missions';
import { readMissionNames } from '@/lib/data/read-api';
import { getDb } from '@/lib/api/context';
import { Providers } from '@/app/_components/providers';
import { MainNav } from '@/app/_components/main-nav';
import { MissionSwitcher } from '@/app/_components/mission-switcher';
import { LanguageSwitch } from '@/app/_components/language-switch';
import { AccountMenu } from '@/app/_components/account-menu';
import { getViewer } from '@/app/_data/viewer';
import { OfflineSupport } from '@/app/_components/offline';
import { MilestoneOutbox } from '@/app/_components/editing/lazy';
import { currentBuildId } from '@/lib/offline/build-id';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return {
    title: { default: 'Drawdown', template: '%s · Drawdown' },
    description: t('tagline'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1e293b' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('common');
  const defaultMission = missionCodeOrDefault(undefined);
  // `next build` prerenders only the benchmark's static reference page, and a fresh machine
  // has no database yet when it builds: there is no mission or session to read then.
  const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
  const [viewer, missions] = building ? [null, []] : await Promise.all([getViewer(), getDb().then(readMissionNames)]);
  const scope = {
    defaultMission,
    today: asOfOrToday(undefined),
    viewer: viewer && { name: viewer.name, email: viewer.email, role: viewer.role },
    build: currentBuildId(),
  };

  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <Providers scope={scope}>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
            >
              {t('skipToContent')}
            </a>
            <header className="relative border-b border-slate-200 bg-slate-50 print:border-0 print:bg-white">
              <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
                <div className="flex flex-wrap items-center gap-x-2">
                  <a href="/" className="text-lg font-semibold tracking-tight">
                    Drawdown
                  </a>
                  <MissionSwitcher missions={missions} />
                </div>
                <div className="flex flex-wrap items-center gap-3 print:hidden">
                  <AccountMenu />
                  <LanguageSwitch />
                </div>
              </div>
              <div className="mx-auto max-w-6xl px-4 pb-2">
                <MainNav />
              </div>
            </header>
            <OfflineSupport />
            <MilestoneOutbox />
            <main id="main" className="mx-auto max-w-6xl px-4 py-6">
              {children}
            </main>
            <footer className="mx-auto max-w-6xl px-4 pb-6 text-sm text-slate-600 print:hidden">
              <a href="/api/v1/openapi.json" className="underline">
                {t('apiLink')}
              </a>
            </footer>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
