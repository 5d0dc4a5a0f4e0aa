import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, negotiateLocale, LOCALE_COOKIE } from './locales';
import { loadMessages } from './messages';

export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get('accept-language'));
  return {
    locale,
    messages: await loadMessages(locale),
    // Calendar days are formatted by lib/format/dates.ts in UTC; this only keeps
    // next-intl from guessing a zone for anything else.
    timeZone: 'UTC',
  };
});
