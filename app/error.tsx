'use client';

import { useTranslations } from 'next-intl';

/**
 * Shown when a page fails on the server. It never shows the error itself (no stack trace or
 * SQL reaches a person), only the reference the server logged it under, so it can be reported.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      {error.digest && (
        <p>
          {t('error.reference')} <code>{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white">
        {t('retry')}
      </button>
    </div>
  );
}
