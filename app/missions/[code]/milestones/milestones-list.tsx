'use client';

import Link from '@/app/_components/link';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import type { ListBody } from '@/lib/data/read-api';
import type { MilestoneView } from '@/lib/data/milestones';
import { MILESTONE_STATUSES, MILESTONE_TYPES, type MilestoneStatus, type MilestoneType } from '@/lib/domain/vocabulary';
import { formatDay } from '@/lib/format/dates';
import { getJson, queries } from '@/app/_data/queries';
import { useAsOf, useSetSearchParams } from '@/app/_components/use-as-of';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { SourceLink } from '@/app/_components/source-link';
import { AddMilestone, MilestoneActions } from '@/app/_components/editing/lazy';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

const PAGE = 50;

/** Every milestone of the mission dated up to the day shown, newest first, filtered by type and status. */
export function MilestonesList() {
  const t = useTranslations('editing.list');
  const tc = useTranslations('common');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const withAsOf = useMissionHref();
  const searchParams = useSearchParams();
  const setParams = useSetSearchParams();
  const typeParam = searchParams.get('type');
  const statusParam = searchParams.get('status');
  const type = MILESTONE_TYPES.includes(typeParam as MilestoneType) ? (typeParam as MilestoneType) : undefined;
  const status = MILESTONE_STATUSES.includes(statusParam as MilestoneStatus) ? (statusParam as MilestoneStatus) : undefined;
  const sites = useQuery(queries.sites(mission, asOf));
  const siteById = new Map((sites.data?.data ?? []).map((s) => [s.id, s]));

  const list = useInfiniteQuery({
    queryKey: ['milestones', mission, 'list', asOf, type ?? '', status ?? ''] as const,
    initialPageParam: '',
    queryFn: async ({ pageParam, signal }) => {
      const qs = new URLSearchParams({ mission, to: asOf, limit: String(PAGE) });
      if (type) qs.set('type', type);
      if (status) qs.set('status', status);
      if (pageParam) qs.set('cursor', pageParam);
      return getJson<ListBody<MilestoneView>>(`/api/v1/milestones?${qs}`, signal);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <section aria-labelledby="milestones-heading" className="space-y-4">
      <h1 id="milestones-heading" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="text-slate-700">{t('intro')}</p>
      <form role="search" aria-label={t('title')} className="flex flex-wrap gap-2" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col text-sm font-medium">
          {t('filterType')}
          <select value={type ?? ''} onChange={(e) => setParams({ type: e.currentTarget.value || null })} className="min-h-10 rounded border border-slate-500 bg-white px-2 font-normal">
            <option value="">{t('any')}</option>
            {MILESTONE_TYPES.map((v) => (
              <option key={v} value={v}>
                {tc(`milestoneType.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t('filterStatus')}
          <select value={status ?? ''} onChange={(e) => setParams({ status: e.currentTarget.value || null })} className="min-h-10 rounded border border-slate-500 bg-white px-2 font-normal">
            <option value="">{t('any')}</option>
            {MILESTONE_STATUSES.map((v) => (
              <option key={v} value={v}>
                {tc(`milestoneStatus.${v}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <AddMilestone />
      {list.error ? (
        <QueryError error={list.error} retry={() => void list.refetch()} />
      ) : !list.data ? (
        <>
          <LoadingNote />
          <Skeleton className="h-64" />
        </>
      ) : rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-slate-200 border-y border-slate-200">
          {rows.map((m) => {
            const site = m.siteId === null ? undefined : siteById.get(m.siteId);
            return (
              <li key={m.id} className="py-2">
                <p className="text-sm text-slate-700">
                  <time dateTime={m.date}>{formatDay(m.date, locale)}</time> · {tc(`milestoneType.${m.type}`)} · {tc(`milestoneStatus.${m.status}`)}
                  {site && (
                    <>
                      {' · '}
                      <Link href={withAsOf(`/sites/${site.slug}`)} className="underline">
                        {site.name}
                      </Link>
                    </>
                  )}
                </p>
                <p className={`font-medium ${m.status === 'cancelled' ? 'line-through' : ''}`}>{m.title}</p>
                <p className="text-sm">
                  {tc('source.label')}: <SourceLink source={m.source} />
                </p>
                <MilestoneActions milestone={m} />
              </li>
            );
          })}
        </ol>
      )}
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage} className="min-h-10 rounded border border-slate-500 px-3 text-sm">
          {t('more')}
        </button>
      )}
    </section>
  );
}
