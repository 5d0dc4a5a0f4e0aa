'use client';

import Link from '@/app/_components/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ProgressView } from '@/lib/domain/views';
import { chartDomain, dayNumber, monthTicks, progressChartRows, projectionLine } from '@/lib/domain/chart-rows';
import { daysBetween } from '@/lib/domain/calendar-date';
import { formatDay } from '@/lib/format/dates';
import { ChartCard, Legend, LegendItem, swatch, type TableModel } from './chart-card';
import { sourceText } from './format';
import { useSourceWords } from './source-words';
import { LazyProgressChart } from './lazy';
import { useMissionHref } from '@/app/_components/use-mission';

export const PROGRESS_CHART_HEIGHT = 320;

/** The pace and the projection in words: how the pace is measured, and where it leads. */
export function PaceWords({ progress }: { progress: ProgressView }) {
  const t = useTranslations('charts.progress');
  const locale = useLocale();
  const day = (d: string | null) => formatDay(d, locale);
  const { projection, sites, asOf, deadline, finishedOn } = progress;
  const done = sites.closed + sites.handedOver;
  const line = projectionLine(progress);
  let text: string;
  const startsIn = progress.verdict.params.daysToStart;
  if (startsIn > 0 && !finishedOn) text = t('notStarted', { start: day(progress.verdict.params.startsOn), days: startsIn });
  else if (sites.total === 0) text = t('noSites');
  else if (finishedOn) text = t('finished', { total: sites.total, finished: day(finishedOn) });
  else if (projection.completionDate && projection.paceFrom && projection.paceDays > 0) {
    text = t('pace', {
      sites: projection.paceSites,
      days: projection.paceDays,
      from: day(projection.paceFrom),
      day: day(asOf),
      perSite: progress.verdict.params.daysPerSite ?? 0,
      perWeek: projection.pacePerWeek ?? 0,
      left: sites.total - done,
      completion: day(projection.completionDate),
      late: projection.completionDate > deadline ? 'yes' : 'no',
    });
    if (line?.offChart) text = `${text} ${t('paceOffChart')}`;
  } else if (done > 0) text = t('noPaceToday', { day: day(asOf) });
  else text = t('noPace', { day: day(asOf) });
  return <p className="max-w-prose text-sm text-slate-800">{text}</p>;
}

export function progressSummary(progress: ProgressView, t: ReturnType<typeof useTranslations<'charts.progress'>>, locale: string): string {
  const planned = progress.series.filter((p) => p.date <= progress.asOf).at(-1)?.planned ?? 0;
  const values = {
    day: formatDay(progress.asOf, locale),
    done: progress.sites.closed + progress.sites.handedOver,
    total: progress.sites.total,
    planned,
    deadline: formatDay(progress.deadline, locale),
    daysLeft: Math.max(0, daysBetween(progress.asOf, progress.deadline)),
  };
  return progress.daysLeft < 0 ? t('summaryPassed', values) : t('summary', values);
}

/** The progress chart's rows as a table: the same rows the chart draws, with the sites and sources behind each step. */
export function useProgressTable(progress: ProgressView): TableModel {
  const t = useTranslations('charts.progress');
  const locale = useLocale();
  const format = useFormatter();
  const words = useSourceWords();
  const rows = progressChartRows(progress);
  const num = (n: number | null) => ({ value: n, text: n === null ? '' : format.number(n) });
  return {
    columns: [t('col.date'), t('col.done'), t('col.planned'), t('col.projected'), t('col.doneSites'), t('col.sources'), t('col.plannedSites')],
    rows: rows.map((row) => {
      const doneSites = row.step?.doneSites ?? [];
      const doneText = doneSites.map((s) => t('tooltip.doneSite', { site: s.name, how: s.how })).join('; ');
      const sources = [...new Set(doneSites.flatMap((s) => s.milestones.map((m) => sourceText(m.source, words, locale))))].join('; ');
      const plannedText = (row.step?.plannedSites ?? []).map((s) => t('tooltip.plannedSite', { site: s.name, from: s.from })).join('; ');
      return [
        { value: row.date, text: formatDay(row.date, locale, 'short') },
        num(row.done),
        num(row.planned),
        num(row.projected),
        { value: doneText },
        { value: sources },
        { value: plannedText },
      ];
    }),
  };
}

export function ProgressLegend() {
  const t = useTranslations('charts.progress.legend');
  return (
    <Legend>
      <LegendItem swatch={swatch.line('var(--color-chart-done)', undefined, 3)} label={t('done')} />
      <LegendItem swatch={swatch.line('var(--color-chart-plan)', '2 3')} label={t('plan')} />
      <LegendItem swatch={swatch.line('var(--color-chart-projection)', '7 4')} label={t('projection')} />
      <LegendItem swatch={swatch.line('var(--color-chart-total)', '1 3')} label={t('total')} />
      <LegendItem swatch={swatch.vline('var(--color-chart-deadline)')} label={t('deadline')} />
      <LegendItem swatch={swatch.vline('var(--color-chart-as-of)', '3 3')} label={t('asOf')} />
    </Legend>
  );
}

/** What the chart component needs, computed here so that the card's words and the drawing agree. */
export function useProgressChartProps(progress: ProgressView) {
  const t = useTranslations('charts.progress');
  const locale = useLocale();
  const [start, end] = chartDomain(progress);
  const ticks = monthTicks(start, end, 8);
  return {
    rows: progressChartRows(progress),
    domain: [dayNumber(start), dayNumber(end)] as [number, number],
    ticks,
    total: progress.sites.total,
    deadline: progress.deadline,
    asOf: progress.asOf,
    title: t('title'),
    summary: progressSummary(progress, t, locale),
  };
}

export function ProgressCard({
  progress,
  mission,
  headingLevel = 2,
  chartsLink = false,
}: {
  progress: ProgressView;
  mission: string;
  headingLevel?: 2 | 3;
  chartsLink?: boolean;
}) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const withAsOf = useMissionHref();
  const chart = useProgressChartProps(progress);
  const table = useProgressTable(progress);
  return (
    <ChartCard
      id="progress"
      headingLevel={headingLevel}
      title={chart.title}
      summary={chart.summary}
      height={PROGRESS_CHART_HEIGHT}
      figure={<LazyProgressChart {...chart} height={PROGRESS_CHART_HEIGHT} />}
      legend={<ProgressLegend />}
      notes={<PaceWords progress={progress} />}
      table={table}
      tableCaption={t('table.caption', { chart: chart.title, day: formatDay(progress.asOf, locale) })}
      csvName={`${mission}-progress-${progress.asOf}.csv`}
    >
      {chartsLink && (
        <p className="print:hidden">
          <Link href={withAsOf('/charts')} className="inline-flex min-h-10 items-center font-medium underline underline-offset-4">
            {t('allCharts')}
          </Link>
        </p>
      )}
    </ChartCard>
  );
}
