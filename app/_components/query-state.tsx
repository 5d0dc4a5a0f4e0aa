'use client';

import { useTranslations } from 'next-intl';

/** What a view shows when its data failed to load: the API's own words and a retry. */
export function QueryError({ error, retry }: { error: Error; retry: () => void }) {
  const t = useTranslations('common');
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>{t('loadFailed', { message: error.message })}</p>
      <button
        type="button"
        onClick={retry}
        className="mt-2 min-h-10 rounded bg-red-900 px-3 font-medium text-white hover:bg-red-800"
      >
        {t('retry')}
      </button>
    </div>
  );
}

/** A grey block standing in for content of the same size while it loads. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

/** Announces loading to assistive technology while the skeleton is shown. */
export function LoadingNote() {
  const t = useTranslations('common');
  return (
    <p role="status" className="sr-only">
      {t('loading')}
    </p>
  );
}
