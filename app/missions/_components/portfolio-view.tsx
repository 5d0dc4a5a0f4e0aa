'use client';

import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from '@/app/_components/link';
import { queries } from '@/app/_data/queries';
import { useAsOf, useSetSearchParams } from '@/app/_components/use-as-of';
import { withAsOfDay } from '@/app/_components/use-mission';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';
import { dayNumber } from '@/lib/domain/chart-rows';
import { PORTFOLIO_SORTS, sortPortfolio, type PortfolioRow, type PortfolioSort } from '@/lib/domain/portfolio';
import { formatDay } from '@/lib/format/dates';
import { verdictMessage } from '@/lib/format/verdict';
import { missionAddress } from '@/lib/routing/mission-paths';

const COLUMNS: { key: PortfolioSort | null; label: 'mission' | 'deadline' | 'daysLeft' | 'sites' | 'personnel' | 'verdict' | 'progress' }[] = [
  { key: 'code', label: 'mission' },
  { key: 'deadline', label: 'deadline' },
  { key: 'daysLeft', label: 'daysLeft' },
  { key: 'sites', label: 'sites' },
  { key: 'personnel', label: 'personnel' },
  { key: 'verdict', label: 'verdict' },
  { key: null, label: 'progress' },
];

function isSort(value: string | null): value is PortfolioSort {
  return (PORTFOLIO_SORTS as readonly string[]).includes(value ?? '');
}

/** Every mission on the day shown, in a table sortable by any column (plain links without JavaScript). */
export function PortfolioView() {
  const t = useTranslations('missions');
  const locale = useLocale();
  const { asOf } = useAsOf();
  const params = useSearchParams();
  const setParams = useSetSearchParams();
  const query = useQuery(queries.portfolio(asOf));
  const sortParam = params.get('sort');
  const sort: PortfolioSort = isSort(sortParam) ? sortParam : 'code';
  const descending = params.get('dir') === 'desc';
  const day = formatDay(asOf, locale);

  /** A column's header sorts by it, ascending; the sorted column's header turns the order round. */
  const sortChange = (key: PortfolioSort) => ({ sort: key, dir: key === sort && !descending ? 'desc' : null });
  const sortHref = (key: PortfolioSort) => {
    const next = new URLSearchParams(params.toString());
    for (const [name, value] of Object.entries(sortChange(key))) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    return `?${next.toString()}`;
  };

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-slate-700">{t('intro', { day })}</p>
      {query.error ? (
        <QueryError error={query.error} retry={() => void query.refetch()} />
      ) : !query.data ? (
        <div>
          <LoadingNote />
          <Skeleton className="h-48" />
        </div>
      ) : query.data.data.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        // `relative`: the screen-reader-only words in the headers are positioned; this keeps them
        // inside the scrolling box instead of widening the page on a phone.
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
            <caption className="sr-only">{t('caption', { day })}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {COLUMNS.map(({ key, label }) => {
                  const current = key !== null && key === sort;
                  return (
                    <th
                      key={label}
                      scope="col"
                      aria-sort={current ? (descending ? 'descending' : 'ascending') : undefined}
                      className="px-2 py-2 align-bottom font-semibold"
                    >
                      {key === null ? (
                        t(`columns.${label}`)
                      ) : (
                        <a
                          href={sortHref(key)}
                          onClick={(event) => {
                            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                            event.preventDefault();
                            setParams(sortChange(key));
                          }}
                          className="inline-flex min-h-10 items-center gap-1 underline-offset-4 hover:underline"
                        >
                          {t(`columns.${label}`)}
                          <span aria-hidden="true">{current ? (descending ? '▼' : '▲') : '↕'}</span>
                          <span className="sr-only">
                            {current ? `, ${descending ? t('sortedDescending') : t('sortedAscending')}` : `, ${t('sortBy', { column: t(`columns.${label}`) })}`}
                          </span>
                        </a>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {sortPortfolio(query.data.data, sort, descending).map((row) => (
                <MissionRow key={row.code} row={row} asOf={asOf} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
        <span>{t('download')}:</span>
        <a className="underline" href={`/api/v1/portfolio?asOf=${asOf}&format=csv`} download>
          {t('csv')}
        </a>
        <a className="underline" href={`/api/v1/portfolio?asOf=${asOf}`}>
          {t('json')}
        </a>
      </p>
    </div>
  );
}

function MissionRow({ row, asOf }: { row: PortfolioRow; asOf: string }) {
  const t = useTranslations('missions');
  const tc = useTranslations('common');
  const locale = useLocale();
  const format = useFormatter();
  const day = (d: string | null) => formatDay(d, locale);
  const reason = verdictMessage(row.verdict, day);
  const href = withAsOfDay(missionAddress(row.code, '/'), asOf);
  return (
    <tr className="border-b border-slate-200 align-top">
      <th scope="row" className="px-2 py-2 font-normal">
        <Link href={href} className="font-semibold underline">
          {row.code}
        </Link>
        <span className="block text-slate-700">{row.name}</span>
        <span className="block text-xs text-slate-600">{row.hostCountry}</span>
      </th>
      <td className="px-2 py-2 whitespace-nowrap">
        {day(row.deadline)}
        {row.verdict.params.daysToStart > 0 && row.drawdownStart && (
          <span className="block text-xs text-slate-600">{t('startsIn', { day: day(row.drawdownStart) })}</span>
        )}
      </td>
      <td className="px-2 py-2 whitespace-nowrap">
        {row.daysLeft >= 0 ? t('daysLeft', { days: row.daysLeft }) : t('daysOverdue', { days: -row.daysLeft })}
      </td>
      <td className="px-2 py-2 whitespace-nowrap">{t('ofTotal', { done: row.sitesDone, total: row.sitesTotal })}</td>
      <td className="px-2 py-2">
        {row.personnelDeparted === null
          ? t('noFigure')
          : row.personnelInScope === null
            ? t('noScope', { departed: format.number(row.personnelDeparted) })
            : t('ofTotal', { done: format.number(row.personnelDeparted), total: format.number(row.personnelInScope) })}
        {row.personnelFigureDate && <span className="block text-xs text-slate-600">{t('figureOn', { day: day(row.personnelFigureDate) })}</span>}
      </td>
      <td className="px-2 py-2">
        <span className="font-semibold">{tc(`verdict.${row.verdict.status}`)}</span>
        <span className="block max-w-xs text-xs text-slate-700">{tc(`reason.${reason.key}`, reason.values)}</span>
      </td>
      <td className="px-2 py-2">
        <ProgressLine row={row} asOf={asOf} />
      </td>
    </tr>
  );
}

const W = 120;
const H = 36;

/** Sites done (solid, up to the day shown) against the plan (dashed), from the drawdown's start to its deadline. */
function ProgressLine({ row, asOf }: { row: PortfolioRow; asOf: string }) {
  const t = useTranslations('missions');
  const locale = useLocale();
  const points = row.series;
  if (points.length === 0 || row.sitesTotal === 0) return null;
  const first = dayNumber(points[0]!.date);
  const last = Math.max(dayNumber(points.at(-1)!.date), first + 1);
  const x = (date: string) => ((dayNumber(date) - first) / (last - first)) * (W - 2) + 1;
  const y = (count: number) => H - 1 - (count / row.sitesTotal) * (H - 2);
  const step = (values: { date: string; n: number }[]) =>
    values.map((p, i) => `${i === 0 ? 'M' : 'H'}${x(p.date).toFixed(1)}${i === 0 ? ` ${y(p.n).toFixed(1)}` : ` V${y(p.n).toFixed(1)}`}`).join(' ');
  const done = points.filter((p) => p.date <= asOf).map((p) => ({ date: p.date, n: p.done }));
  const planned = points.map((p) => ({ date: p.date, n: p.planned }));
  const plannedByNow = points.filter((p) => p.date <= asOf).at(-1)?.planned ?? 0;
  const label = t('progressLine', { done: row.sitesDone, total: row.sitesTotal, day: formatDay(asOf, locale), planned: plannedByNow });
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="overflow-visible">
      <title>{label}</title>
      <line x1={1} x2={W - 1} y1={H - 1} y2={H - 1} stroke="#94a3b8" strokeWidth={1} />
      <path d={step(planned)} fill="none" stroke="#64748b" strokeWidth={1.5} strokeDasharray="3 2" />
      {done.length > 0 && <path d={step(done)} fill="none" stroke="#1e3a8a" strokeWidth={2} />}
      {asOf >= points[0]!.date && asOf <= points.at(-1)!.date && (
        <line x1={x(asOf)} x2={x(asOf)} y1={0} y2={H} stroke="#b45309" strokeWidth={1} />
      )}
    </svg>
  );
}
