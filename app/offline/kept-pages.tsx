'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';

/** The service worker's key for a page adds its language (public/sw.js). */
const LANG_PARAM = '__offline_lang';

/**
 * Which page was asked for (`?from=`), and the pages this device keeps in the reader's
 * language, as plain links: they open offline. Read in the browser, since the page itself is
 * the same copy whatever it is told about.
 */
export function KeptPages() {
  const t = useTranslations('common.offline');
  const locale = useLocale();
  const [from, setFrom] = useState<string | null>(null);
  const [kept, setKept] = useState<string[] | null>(null);

  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get('from');
    setFrom(wanted && wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : null);
    void (async () => {
      if (!('caches' in window)) return setKept([]);
      const names = (await caches.keys()).filter((name) => name.startsWith('drawdown-') && name.endsWith('-pages'));
      const paths = new Set<string>();
      for (const name of names) {
        for (const request of await (await caches.open(name)).keys()) {
          const url = new URL(request.url);
          if (url.searchParams.get(LANG_PARAM) !== locale || url.pathname === '/offline') continue;
          url.searchParams.delete(LANG_PARAM);
          paths.add(`${url.pathname}${url.search}`);
        }
      }
      setKept([...paths].sort());
    })().catch(() => setKept([]));
  }, [locale]);

  return (
    <>
      <p>{from ? t('notOpenedPath', { path: from }) : t('notOpened')}</p>
      {from && (
        <p>
          <a href={from} className="underline">
            {t('tryAgain')}
          </a>
        </p>
      )}
      {kept && (
        <section aria-labelledby="kept-heading" className="space-y-2">
          <h2 id="kept-heading" className="text-lg font-semibold">
            {t('kept')}
          </h2>
          {kept.length === 0 ? (
            <p>{t('noneKept')}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {kept.map((path) => (
                <li key={path}>
                  <a href={path} className="underline">
                    {path}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
