import type { Metadata, Viewport } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { dehydrate } from '@tanstack/react-query';
import { Hydrate } from '@/app/_components/hydrate';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { missionCodeOrDefault, asOfOrToday } from '@/lib/data/missions';
import { newQueryClient, prefetch } from '@/app/_data/prefetch';
import { Providers } from '@/app/_components/providers';
import { MainNav } from '@/app/_components/main-nav';
import { AsOfControl } from '@/app/_components/as-of-control';
import { LanguageSwitch } from '@/app/_components/language-switch';
import { AccountMenu } from '@/app/_components/account-menu';
import { getViewer } from '@/app/_data/viewer';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return {
    title: { default: 'Drawdown', template: '%s · Drawdown' },
    description: t('tagline'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('common');
  const mission = missionCodeOrDefault(undefined);
  const queryClient = newQueryClient();
  // `next build` prerenders only the benchmark's static reference page, and a fresh machine
  // has no database yet when it builds: there is no mission or session to read then.
  const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
  const [viewer] = building ? [null] : await Promise.all([getViewer(), prefetch.mission(queryClient, mission)]);
  const scope = {
    mission,
    today: asOfOrToday(undefined),
    viewer: viewer && { name: viewer.name, email: viewer.email, role: viewer.role },
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
            <header className="border-b border-slate-200 bg-slate-50 print:border-0 print:bg-white">
              <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
                <a href="/" className="text-lg font-semibold tracking-tight">
                  Drawdown <span className="text-sm font-normal text-slate-600">· {mission}</span>
                </a>
                <div className="flex flex-wrap items-center gap-3 print:hidden">
                  <AccountMenu />
                  <LanguageSwitch />
                </div>
              </div>
              <div className="mx-auto max-w-6xl px-4 pb-2">
                <MainNav />
              </div>
            </header>
            <Hydrate state={dehydrate(queryClient)}>
              {/* No Suspense here: every page is dynamic (the locale is read from a cookie), so the
                  address is known on the server and the control is in the HTML before any script. */}
              <AsOfControl />
            </Hydrate>
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
