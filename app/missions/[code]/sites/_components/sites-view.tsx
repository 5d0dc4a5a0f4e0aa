'use client';

import Link from '@/app/_components/link';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { queries } from '@/app/_data/queries';
import { useAsOf, useSetSearchParams } from '@/app/_components/use-as-of';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { StatusBadge } from '@/app/_components/status-badge';
import { useKindLabels } from '@/app/_components/labels';
import { filterSites, type SiteView } from '@/lib/domain/views';
import { distinctValues, readSiteTableState, sortSites, type SiteSortKey } from '@/lib/domain/site-table';
import { SITE_STATUSES } from '@/lib/domain/vocabulary';
import { formatDay } from '@/lib/format/dates';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

// Status comes right after the name: on a phone those are the columns in view before scrolling.
const COLUMNS: SiteSortKey[] = ['name', 'status', 'since', 'region', 'kind', 'phase', 'planned', 'actual'];

/** The sites table with its filters; all of its state is in the address. */
export function SitesView() {
  const t = useTranslations('sites');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  const searchParams = useSearchParams();
  const setParams = useSetSearchParams();
  const { filters, sort, dir } = readSiteTableState(searchParams);
  const query = useQuery(queries.sites(mission, asOf));

  const all = query.data?.data ?? [];
  const shown = sortSites(filterSites(all, filters), sort, dir);
  const regions = distinctValues(all, (s) => s.region);
  const phases = distinctValues(all, (s) => s.phase);
  const filtered = Boolean(filters.status || filters.region || filters.phase || filters.q);

  return (
    <section aria-labelledby="sites-heading" className="min-w-0 space-y-3">
      <h1 id="sites-heading" className="text-2xl font-bold">
        {t('heading', { day: formatDay(asOf, locale) })}
      </h1>
      <form
        method="get"
        role="search"
        aria-label={t('filters')}
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => event.preventDefault()}
      >
        {searchParams.get('asOf') && <input type="hidden" name="asOf" value={searchParams.get('asOf') ?? ''} />}
        <label className="flex min-w-0 grow flex-col text-sm font-medium sm:grow-0">
          {t('search')}
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            aria-describedby="sites-search-hint"
            onChange={(event) => setParams({ q: event.currentTarget.value }, { replace: true })}
            className="min-h-10 rounded border border-slate-500 px-2 font-normal"
          />
        </label>
        <FilterSelect label={t('status')} name="status" value={filters.status} anyLabel={t('any')} onChange={(v) => setParams({ status: v })}>
          {SITE_STATUSES.map((s) => (
            <StatusOption key={s} status={s} />
          ))}
        </FilterSelect>
        <FilterSelect label={t('region')} name="region" value={filters.region} anyLabel={t('any')} onChange={(v) => setParams({ region: v })}>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t('phase')} name="phase" value={filters.phase} anyLabel={t('any')} onChange={(v) => setParams({ phase: v })}>
          {phases.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </FilterSelect>
        <noscript>
          <button type="submit" formMethod="get" className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white">
            {t('apply')}
          </button>
        </noscript>
        {filtered && (
          <button
            type="button"
            onClick={() => setParams({ q: null, status: null, region: null, phase: null })}
            className="min-h-10 rounded border border-slate-500 px-3 text-sm"
          >
            {t('clear')}
          </button>
        )}
        <p id="sites-search-hint" className="w-full text-xs text-slate-700">
          {t('searchHint')}
        </p>
      </form>
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <div className="space-y-2">
          <LoadingNote />
          <Skeleton className="h-6 w-40" />
          <Skeleton className="h-[34rem]" />
        </div>
      ) : (
        <>
          <p className="text-sm" aria-live="polite">
            {t('count', { shown: shown.length, total: all.length })}
          </p>
          <SitesTable sites={shown} sort={sort} dir={dir} onSort={(key, nextDir) => setParams({ sort: key, dir: nextDir })} />
        </>
      )}
    </section>
  );
}

function StatusOption({ status }: { status: (typeof SITE_STATUSES)[number] }) {
  const t = useTranslations('common.status');
  return <option value={status}>{t(status)}</option>;
}

function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  onChange,
  children,
}: {
  label: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  onChange: (value: string | null) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="flex flex-col text-sm font-medium">
      {label}
      <select
        name={name}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        className="min-h-10 rounded border border-slate-500 bg-white px-2 font-normal"
      >
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </label>
  );
}

function SitesTable({
  sites,
  sort,
  dir,
  onSort,
}: {
  sites: SiteView[];
  sort: SiteSortKey;
  dir: 'asc' | 'desc';
  onSort: (key: SiteSortKey, dir: 'asc' | 'desc') => void;
}) {
  const t = useTranslations('sites');
  const locale = useLocale();
  const { asOf } = useAsOf();
  const withAsOf = useMissionHref();
  const { siteKind } = useKindLabels();
  const day = (d: string | null) => formatDay(d, locale, 'short');

  return (
    // Focusable so that keyboard users can scroll the table sideways on a narrow screen.
    <div className="overflow-x-auto rounded border border-slate-200" tabIndex={0} role="region" aria-labelledby="sites-caption">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="sites-caption" className="sr-only">
          {t('caption', {
            day: formatDay(asOf, locale),
            column: t(`column.${sort}`),
            direction: t(dir === 'asc' ? 'ascending' : 'descending'),
          })}
        </caption>
        <thead className="bg-slate-50">
          <tr className="border-b border-slate-300">
            {COLUMNS.map((key) => (
              <th
                key={key}
                scope="col"
                aria-sort={sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                className={`whitespace-nowrap px-2 py-1 ${key === 'name' ? 'sticky left-0 z-10 bg-slate-50' : ''}`}
              >
                <button
                  type="button"
                  onClick={() => onSort(key, sort === key && dir === 'asc' ? 'desc' : 'asc')}
                  className="inline-flex min-h-10 items-center gap-1 font-semibold underline-offset-4 hover:underline"
                >
                  {t(`column.${key}`)}
                  <span aria-hidden="true">{sort === key ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>
            ))}
            <th scope="col" className="whitespace-nowrap px-2 py-1 font-semibold">
              {t('column.contingents')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="sticky left-0 bg-white px-2 py-2 font-medium">
                <Link href={withAsOf(`/sites/${site.slug}`)} className="underline">
                  {site.name}
                </Link>
                {site.aliases.length > 0 && (
                  <span className="block text-xs font-normal text-slate-700">{t('alsoKnownAs', { aliases: site.aliases.join(', ') })}</span>
                )}
              </th>
              <td className="px-2 py-2">
                <StatusBadge status={site.status} />
              </td>
              <td className="whitespace-nowrap px-2 py-2">{day(site.statusSince)}</td>
              <td className="px-2 py-2">{site.region}</td>
              <td className="px-2 py-2">{siteKind(site.kind)}</td>
              <td className="px-2 py-2">{site.phase ?? '—'}</td>
              <td className="whitespace-nowrap px-2 py-2">
                {day(site.plannedHandover)}
                {site.plannedHandoverFrom === 'phase' && <span className="block text-xs text-slate-700">{t('plannedFromPhase')}</span>}
              </td>
              <td className="whitespace-nowrap px-2 py-2">{day(site.handedOverOn ?? site.closedOn)}</td>
              <td className="px-2 py-2">
                {site.contingents.length ? site.contingents.map((c) => c.name).join(', ') : <span className="text-slate-700">{t('none')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
