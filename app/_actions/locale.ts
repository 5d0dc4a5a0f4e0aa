'use server';

import { cookies, headers } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from '@/i18n/locales';
import { isSecureRequest } from '@/lib/security/client';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * Remembers the language chosen in the switch. The page the person is on re-renders in it,
 * at the same address, so the screen and its query (the "as of" day, the filters) stay.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  const secure = isSecureRequest(await headers());
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: ONE_YEAR_S, secure });
}
