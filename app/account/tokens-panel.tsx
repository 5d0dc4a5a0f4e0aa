'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import type { TokenView } from '@/lib/auth/tokens';
import { formatDay } from '@/lib/format/dates';
import { describeError, queries, sendJson } from '@/app/_data/queries';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { FieldError } from '@/app/_components/field-error';

/** An ISO instant shown as its calendar day in UTC, through the one date formatter. */
const dayOf = (instant: string) => instant.slice(0, 10);

export function TokensPanel() {
  const online = useOnline();
  const t = useTranslations('account.tokens');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const query = useQuery(queries.tokens());
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState('');

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem('');
    try {
      const made = await sendJson<TokenView & { secret: string }>('POST', '/api/v1/tokens', { name });
      setSecret(made.secret);
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <section aria-labelledby="tokens-heading" className="space-y-3">
      <h2 id="tokens-heading" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <form onSubmit={create} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium">
          {t('name')}
          <input
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={100}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'token-error' : undefined}
            className="min-h-10 rounded border border-slate-500 px-2 font-normal"
          />
        </label>
        <button type="submit" disabled={!online} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white disabled:opacity-60">
          {t('create')}
        </button>
      </form>
      <NeedsConnection online={online} />
      <FieldError id="token-error" message={problem} />
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
                  onClick={async () => {
                    await sendJson('DELETE', `/api/v1/tokens/${token.id}`);
                    await queryClient.invalidateQueries({ queryKey: ['tokens'] });
                  }}
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
