'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLocale, useTranslations } from 'next-intl';

/** The service worker's key for a page adds its language (public/sw.js). */
const LANG_PARAM = '__offline_lang';

/**
 * Which page was asked for (`?from=`), and the pages this device keeps in the reader's
 * language, as plain links: they open offline. Read in the browser, since the page itself is
 * the same copy whatever it is told about.
 */
/** The address does not change while this page is on screen: nothing to subscribe to. */
const noUpdates = () => () => {};

/** The pages this device keeps in `locale`, from the service worker's caches. */
async function keptPaths(locale: string): Promise<string[]> {
  if (!('caches' in window)) return [];
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
  return [...paths].sort();
}

export function KeptPages() {
  const t = useTranslations('common.offline');
  const locale = useLocale();
  // Read in the browser (the server renders this page once for every address).
  const search = useSyncExternalStore(noUpdates, () => window.location.search, () => '');
  const wanted = new URLSearchParams(search).get('from');
  const from = wanted && wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : null;
  const [kept, setKept] = useState<string[] | null>(null);

  useEffect(() => {
    let live = true;
    keptPaths(locale).then(
      (paths) => live && setKept(paths),
      () => live && setKept([]),
    );
    return () => {
      live = false;
    };
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
