'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/format/dates';
import { describeError, queries } from '@/app/_data/queries';
import { useCreateToken, useRevokeToken } from '@/app/_data/mutations';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { Field, FormProblem } from '@/app/_components/form/fields';

/** An ISO instant shown as its calendar day in UTC, through the one date formatter. */
const dayOf = (instant: string) => instant.slice(0, 10);

export function TokensPanel() {
  const online = useOnline();
  const t = useTranslations('account.tokens');
  const locale = useLocale();
  const query = useQuery(queries.tokens());
  const createToken = useCreateToken();
  const revokeToken = useRevokeToken();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState('');

  const [revokeProblem, setRevokeProblem] = useState('');

  /** Runs a write; a refusal is said in words by `fail`. */
  const run = async (write: () => Promise<void>, fail: (message: string) => void) => {
    setProblem('');
    setRevokeProblem('');
    try {
      await write();
    } catch (error) {
      fail(describeError(error));
    }
  };
  const create = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setSecret((await createToken.mutateAsync(name)).secret);
      setName('');
    }, setProblem);
  };

  return (
    <section aria-labelledby="tokens-heading" className="space-y-3">
      <h2 id="tokens-heading" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <form onSubmit={create} className="flex flex-wrap items-end gap-2">
        <Field label={t('name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={100} error={problem} />
        <button type="submit" disabled={!online} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white disabled:opacity-60">
          {t('create')}
        </button>
      </form>
      <NeedsConnection online={online} />
      <FormProblem message={revokeProblem} />
      <div role="status">
        {secret && (
          <p className="rounded border border-green-700 bg-green-50 p-2 text-sm">
            {t('created')} <code className="break-all font-mono">{secret}</code>
          </p>
        )}
      </div>
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <>
          <LoadingNote />
          <Skeleton className="h-20" />
        </>
      ) : query.data.data.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {query.data.data.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium">{token.name}</span> <code className="font-mono">{token.prefix}…</code> ·{' '}
                {t('createdOn', { day: formatDay(dayOf(token.createdAt), locale) })} ·{' '}
                {token.lastUsedAt ? t('lastUsed', { day: formatDay(dayOf(token.lastUsedAt), locale) }) : t('neverUsed')}
              </span>
              {token.revokedAt ? (
                <span className="font-semibold">{t('revoked')}</span>
              ) : (
                <button
                  type="button"
                  disabled={!online}
                  onClick={() => void run(() => revokeToken.mutateAsync(token.id), setRevokeProblem)}
                  className="min-h-10 rounded border border-red-700 px-2 text-red-800"
                >
                  {t('revoke', { name: token.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
