/**
 * The interface's languages. The choice lives in a cookie rather than in the path, so a
 * shared link (`/sites?asOf=2023-10-20`) shows a colleague the same picture in their own
 * language. Without the cookie, the browser's Accept-Language decides.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'drawdown-locale';

/** The names of the languages, each written in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The supported language the browser ranks highest in an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? DEFAULT_LOCALE;
}

/** The language a request is shown in: the chosen one (the cookie), else the browser's. */
export function localeFrom(chosen: string | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(chosen) ? chosen : negotiateLocale(acceptLanguage);
}
