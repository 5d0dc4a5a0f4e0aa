'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { BreakdownRow } from '@/lib/domain/charts';
import type { ProgressView } from '@/lib/domain/views';
import { SITE_STATUSES } from '@/lib/domain/vocabulary';
import { formatDay } from '@/lib/format/dates';
import { STATUS_GLYPH } from '@/app/_components/status-badge';
import { ChartCard, Legend, LegendItem, swatch, type TableModel } from './chart-card';
import { LazyBreakdownChart } from './lazy';
import { STATUS_COLOR, STATUS_KEY } from './status-colors';

const ROW_HEIGHT = 40;

export function breakdownHeight(rows: number): number {
  return Math.max(rows, 1) * ROW_HEIGHT + 48;
}

/** Sites by status as of the day, per phase or per region, as stacked bars. */
export function BreakdownCard({ progress, mission, by }: { progress: ProgressView; mission: string; by: 'phase' | 'region' }) {
  const t = useTranslations('charts.breakdown');
  const tc = useTranslations('charts');
  const ts = useTranslations('common.status');
  const locale = useLocale();
  const format = useFormatter();
  const day = formatDay(progress.asOf, locale);
  const rows: BreakdownRow[] = by === 'phase' ? progress.breakdowns.byPhase : progress.breakdowns.byRegion;
  const shortLabel = (row: BreakdownRow) =>
    by === 'region' ? row.label : row.key === '' ? t('noPhase') : t('phaseLabel', { code: row.key });
  const fullLabel = (row: BreakdownRow) => (by === 'phase' && row.key === '' ? t('noPhase') : row.label);
  const doneOf = (row: BreakdownRow) => row.closed + row.handedOver;

  let summary: string;
  if (by === 'phase') {
    const parts = rows.map((row) => t('phasePart', { phase: shortLabel(row), done: doneOf(row), total: row.total }));
    summary = t('phaseSummary', { day, parts: parts.join(t('separator')) });
  } else {
    const open = rows.filter((row) => row.total > doneOf(row));
    const most = [...open].sort((a, b) => b.total - doneOf(b) - (a.total - doneOf(a)))[0];
    summary = t('regionSummary', {
      day,
      open: open.length,
      regions: rows.length,
      most: most ? most.label : 'none',
      count: most ? most.total - doneOf(most) : 0,
    });
  }

  const title = by === 'phase' ? t('phaseTitle') : t('regionTitle');
  const table: TableModel = {
    columns: [by === 'phase' ? t('col.phase') : t('col.region'), ...SITE_STATUSES.map((s) => ts(s)), t('col.total')],
    rows: rows.map((row) => [
      { value: fullLabel(row) },
      ...SITE_STATUSES.map((s) => ({ value: row[STATUS_KEY[s]], text: format.number(row[STATUS_KEY[s]]) })),
      { value: row.total, text: format.number(row.total) },
    ]),
  };
  const height = breakdownHeight(rows.length);
  return (
    <ChartCard
      id={`breakdown-${by}`}
      title={title}
      summary={summary}
      height={height}
      figure={
        <LazyBreakdownChart
          rows={rows.map((row) => ({ ...row, label: shortLabel(row) }))}
          labels={Object.fromEntries(SITE_STATUSES.map((s) => [s, `${STATUS_GLYPH[s]} ${ts(s)}`])) as Record<(typeof SITE_STATUSES)[number], string>}
          title={title}
          summary={summary}
          height={height}
        />
      }
      legend={
        <Legend>
          {SITE_STATUSES.map((s) => (
            <LegendItem key={s} swatch={swatch.box(STATUS_COLOR[s])} label={`${STATUS_GLYPH[s]} ${ts(s)}`} />
          ))}
        </Legend>
      }
      table={table}
      tableCaption={tc('table.caption', { chart: title, day })}
      csvName={`${mission}-sites-by-${by}-${progress.asOf}.csv`}
    />
  );
}
