import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { localeFrom, LOCALE_COOKIE } from './locales';
import { loadMessages } from './messages';

export default getRequestConfig(async () => {
  const locale = localeFrom((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return {
    locale,
    messages: await loadMessages(locale),
    // Calendar days are formatted by lib/format/dates.ts in UTC; this only keeps
    // next-intl from guessing a zone for anything else.
    timeZone: 'UTC',
  };
});
