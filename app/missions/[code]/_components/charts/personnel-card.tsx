'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ProgressView } from '@/lib/domain/views';
import { chartDomain, dayNumber, monthTicks, personnelChartRows } from '@/lib/domain/chart-rows';
import { formatDay } from '@/lib/format/dates';
import { ChartCard, Legend, LegendItem, swatch, type TableModel } from './chart-card';
import { sourceText } from './format';
import { useSourceWords } from './source-words';
import { LazyPersonnelChart } from './lazy';

export const PERSONNEL_CHART_HEIGHT = 280;

/** Personnel departed over time against the personnel in scope: the reported figures only. */
export function PersonnelCard({ progress, mission }: { progress: ProgressView; mission: string }) {
  const t = useTranslations('charts.personnel');
  const tc = useTranslations('charts');
  const locale = useLocale();
  const format = useFormatter();
  const words = useSourceWords();
  const day = (d: string | null) => formatDay(d, locale);
  const rows = personnelChartRows(progress);
  const { inScope, departed, figureDate } = progress.personnel;
  const percent = (share: number | null) => (share === null ? '' : format.number(share, { style: 'percent', maximumFractionDigits: 1 }));

  const summary =
    departed === null || figureDate === null
      ? t('none', { day: day(progress.asOf) })
      : inScope
        ? t('summary', {
            day: day(progress.asOf),
            departed: format.number(departed),
            inScope: format.number(inScope),
            share: percent(departed / inScope),
            figureDay: day(figureDate),
          })
        : t('summaryNoScope', { day: day(progress.asOf), departed: format.number(departed), figureDay: day(figureDate) });

  const table: TableModel = {
    columns: [t('col.date'), t('col.departed'), t('col.share'), t('col.scope'), t('col.sources')],
    rows: rows.map((row) => [
      { value: row.date, text: formatDay(row.date, locale, 'short') },
      { value: row.departed, text: format.number(row.departed) },
      { value: row.share === null ? null : Math.round(row.share * 10000) / 10000, text: percent(row.share) },
      { value: t(`scope.${row.point.scope}`) },
      { value: [...new Set(row.point.milestones.map((m) => sourceText(m.source, words, locale)))].join('; ') },
    ]),
  };

  const [start, end] = chartDomain(progress);
  const title = t('title');
  return (
    <ChartCard
      id="personnel"
      title={title}
      summary={summary}
      height={PERSONNEL_CHART_HEIGHT}
      figure={
        <>
          <LazyPersonnelChart
            rows={rows}
            domain={[dayNumber(start), dayNumber(end)]}
            ticks={monthTicks(start, end, 8)}
            inScope={inScope}
            deadline={progress.deadline}
            asOf={progress.asOf}
            title={title}
            summary={summary}
            height={PERSONNEL_CHART_HEIGHT}
          />
          {rows.length === 0 && (
            <p className="pointer-events-none absolute inset-x-0 top-1/2 text-center text-sm font-medium" aria-hidden="true">
              {t('noneOnChart')}
            </p>
          )}
        </>
      }
      legend={
        <Legend>
          <LegendItem swatch={swatch.dot('var(--color-chart-personnel)')} label={t('legend.point')} />
          <LegendItem swatch={swatch.line('var(--color-chart-personnel)', '2 4', 1.5)} label={t('legend.line')} />
          {inScope !== null && <LegendItem swatch={swatch.line('var(--color-chart-total)', '1 3')} label={t('legend.inScope')} />}
        </Legend>
      }
      notes={rows.some((r) => r.point.scope === 'unit') ? <p className="max-w-prose text-sm text-slate-800">{t('unitNote')}</p> : undefined}
      table={table}
      tableCaption={tc('table.caption', { chart: title, day: day(progress.asOf) })}
      csvName={`${mission}-personnel-${progress.asOf}.csv`}
    />
  );
}
