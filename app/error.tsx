'use client';

/**
 * Shown when a page fails on the server. It never shows the error itself (no stack trace or
 * SQL reaches a person), only the reference the server logged it under, so it can be reported.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>The page could not be shown. Try again; if it keeps failing, report the reference below.</p>
      {error.digest && (
        <p>
          Reference: <code>{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset} className="rounded bg-slate-800 px-3 py-1.5 text-sm font-medium text-white">
        Try again
      </button>
    </div>
  );
}
