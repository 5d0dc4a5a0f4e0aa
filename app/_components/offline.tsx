'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { formatInstant } from '@/lib/format/dates';
import { useAppScope } from './providers';

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser has a link (navigator.onLine); true on the server and before hydration. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** For a write that cannot wait for the link (everything but a milestone): says so beside its button. */
export function NeedsConnection({ online }: { online: boolean }) {
  const t = useTranslations('common.offline');
  if (online) return null;
  return (
    <p role="status" className="text-sm text-amber-900">
      {t('needsConnection')}
    </p>
  );
}

/**
 * Registers the service worker (public/sw.js) under this build's id, and hands it the page and
 * the files it loaded before it was in control, so the first page opened is kept too.
 */
function useServiceWorker(build: string, locale: string) {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // A page the worker already answered is kept (or not keepable) already: only the files are checked.
    const page = navigator.serviceWorker.controller ? undefined : window.location.href;
    const keep = (worker: ServiceWorker | null) => {
      const assets = performance.getEntriesByType('resource').map((entry) => entry.name);
      worker?.postMessage({ type: 'keep', page, locale, assets });
    };
    navigator.serviceWorker
      .register(`/sw.js?v=${encodeURIComponent(build)}`, { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => keep(registration.active))
      .catch(() => undefined);
  }, [build, locale]);
}

/**
 * When the page on screen was served from the device (public/sw.js marks it), and when it was
 * fetched. A page reached afterwards in place, with the link up, was fetched fresh: the mark goes.
 */
function useKeptCopy(): number | null {
  const [fetchedAt, setFetchedAt] = useState<number | null>(null);
  const pathname = usePathname();
  const first = useRef(true);
  // Reads the mark the service worker left on the document (an outside system): state follows it.
  /* eslint-disable react-hooks/set-state-in-effect */
  useEffect(() => {
    if (first.current) {
      first.current = false;
      const stamp = Number(document.documentElement.dataset.offlineFetchedAt);
      setFetchedAt(Number.isFinite(stamp) && stamp > 0 ? stamp : null);
    } else if (navigator.onLine) {
      delete document.documentElement.dataset.offlineFetchedAt;
      setFetchedAt(null);
    }
  }, [pathname]);
  /* eslint-enable react-hooks/set-state-in-effect */
  return fetchedAt;
}

/**
 * The banner of reading offline: shown while the link is down, or while the page on screen
 * is the device's copy, with when its data was fetched.
 */
export function OfflineSupport() {
  const t = useTranslations('common.offline');
  const locale = useLocale();
  const { build } = useAppScope();
  const online = useOnline();
  const kept = useKeptCopy();
  useServiceWorker(build, locale);
  if (online && kept === null) return null;
  const { time, day } = formatInstant(kept ?? performance.timeOrigin, locale);
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50 print:hidden">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 py-2 text-sm text-amber-950">
        {online ? t('bannerBack', { time, day }) : t('banner', { time, day })}
        {online && (
          <button type="button" onClick={() => window.location.reload()} className="min-h-10 rounded border border-amber-800 px-2">
            {t('reload')}
          </button>
        )}
      </p>
    </div>
  );
}
