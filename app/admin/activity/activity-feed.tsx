'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { AUDIT_ACTIONS, AUDITED_ENTITIES } from '@/lib/data/audit';
import type { AuditEventView } from '@/lib/data/audit-history';
import type { ListBody } from '@/lib/data/read-api';
import { changedFields } from '@/lib/format/changes';
import { inputClass } from '@/app/_components/form/fields';
import { getJson, queries } from '@/app/_data/queries';
import { useSetSearchParams } from '@/app/_components/use-as-of';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';

/** Every change, filtered from the address (`?entity=&action=&user=`), loaded a page at a time. */
export function ActivityFeed() {
  const t = useTranslations('account.activityPage');
  const th = useTranslations('editing.history');
  const searchParams = useSearchParams();
  const setParams = useSetSearchParams();
  const pick = <T extends string>(key: string, allowed: readonly T[]) => {
    const v = searchParams.get(key);
    return allowed.includes(v as T) ? (v as T) : undefined;
  };
  const entity = pick('entity', AUDITED_ENTITIES);
  const action = pick('action', AUDIT_ACTIONS);
  const users = useQuery(queries.users());
  const user = pick('user', (users.data?.data ?? []).map((u) => u.id));

  const feed = useInfiniteQuery({
    queryKey: ['activity', entity ?? '', action ?? '', user ?? ''] as const,
    initialPageParam: '',
    queryFn: async ({ pageParam, signal }) => {
      const qs = new URLSearchParams({ limit: '50' });
      if (entity) qs.set('entity', entity);
      if (action) qs.set('action', action);
      if (user) qs.set('user', user);
      if (pageParam) qs.set('cursor', pageParam);
      return getJson<ListBody<AuditEventView>>(`/api/v1/audit?${qs}`, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
  const events = feed.data?.pages.flatMap((p) => p.data) ?? [];
  const select = inputClass;

  return (
    <div className="space-y-3">
      <form role="search" aria-label={t('title')} className="flex flex-wrap gap-2" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col text-sm font-medium">
          {t('entity')}
          <select className={select} value={entity ?? ''} onChange={(e) => setParams({ entity: e.currentTarget.value || null })}>
            <option value="">{t('any')}</option>
            {AUDITED_ENTITIES.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t('action')}
          <select className={select} value={action ?? ''} onChange={(e) => setParams({ action: e.currentTarget.value || null })}>
            <option value="">{t('any')}</option>
            {AUDIT_ACTIONS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t('user')}
          <select className={select} value={user ?? ''} onChange={(e) => setParams({ user: e.currentTarget.value || null })}>
            <option value="">{t('any')}</option>
            {(users.data?.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name ? `${u.name} (${u.email})` : u.email}
              </option>
            ))}
          </select>
        </label>
      </form>
      {feed.error ? (
        <QueryError error={feed.error} retry={() => void feed.refetch()} />
      ) : !feed.data ? (
        <>
          <LoadingNote />
          <Skeleton className="h-64" />
        </>
      ) : events.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="space-y-2">
          {events.map((event) => (
            <li key={event.id} className="rounded border border-slate-200 p-2 text-sm">
              <p>
                <time dateTime={event.at}>{event.at.replace('T', ' ').slice(0, 16)} UTC</time> ·{' '}
                {event.actor.user ? (event.actor.user.name || event.actor.user.email) + (event.actor.tokenName ? ` (${event.actor.tokenName})` : '') : `${th('system')} (${event.actor.id})`} ·{' '}
                <span className="font-semibold">{event.action}</span> · {t('record', { entity: event.entity, id: event.entityId })}
              </p>
              <ul className="ml-4 list-disc">
                {changedFields(event.before, event.after)
                  .slice(0, 12)
                  .map((c) => (
                    <li key={c.field} className="break-words">
                      <span className="font-mono">{c.field}</span>: {c.before} → {c.after}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {feed.hasNextPage && (
        <button type="button" onClick={() => void feed.fetchNextPage()} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
          {t('more')}
        </button>
      )}
    </div>
  );
}
