'use client';

import type { Locale } from '@/i18n/locales';
import { LOCALE_COOKIE, LOCALE_NAMES } from '@/i18n/locales';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * A language switch's button. Online it submits its form (the server action remembers the
 * choice, and it works before JavaScript has loaded). Offline the action cannot reach the
 * server: the choice is written to the same cookie here, and the page reloads from the copy
 * the device keeps in that language (public/sw.js reads the cookie), or says it has none.
 */
export function LanguageButton({ locale }: { locale: Locale }) {
  return (
    <button
      type="submit"
      lang={locale}
      onClick={(event) => {
        if (navigator.onLine) return;
        event.preventDefault();
        const secure = window.location.protocol === 'https:' ? '; secure' : '';
        document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_S}; samesite=lax${secure}`;
        window.location.reload();
      }}
      className="min-h-10 rounded border border-slate-400 px-2 hover:bg-slate-100"
    >
      {LOCALE_NAMES[locale]}
    </button>
  );
}
