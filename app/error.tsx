'use client';

import { useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';

/**
 * The id the proxy gave the request that failed, from its Server-Timing header: the page's
 * own load, or the latest server request made since (a navigation inside the app).
 */
function lastRequestId(): string | undefined {
  if (typeof performance === 'undefined') return undefined;
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
  let found: { id: string; at: number } | undefined;
  for (const entry of entries) {
    const id = entry.serverTiming?.find((t) => t.name === 'request-id')?.description;
    if (id && (!found || entry.responseEnd >= found.at)) found = { id, at: entry.responseEnd };
  }
  return found?.id;
}

/** The timings of requests already made do not change: nothing to subscribe to. */
const noUpdates = () => () => {};

/**
 * Shown when a page fails on the server. It never shows the error itself (no stack trace or
 * SQL reaches a person), only the references the server logged it under (the error's
 * digest and the request's id, both on the one JSON log line), so it can be reported.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  // Read from the browser's timings once hydrated; nothing on the server.
  const requestId = useSyncExternalStore(noUpdates, lastRequestId, () => undefined);
  const references = [error.digest, requestId].filter(Boolean);
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      {references.length > 0 && (
        <p>
          {t('error.reference')}{' '}
          {references.map((r, i) => (
            <span key={r}>
              {i > 0 && ' · '}
              <code data-testid={i === 0 && error.digest ? 'error-digest' : 'error-request-id'}>{r}</code>
            </span>
          ))}
        </p>
      )}
      <button type="button" onClick={reset} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white">
        {t('retry')}
      </button>
    </div>
  );
}
