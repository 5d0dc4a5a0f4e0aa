'use client';

import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { TimelineRow } from '@/lib/domain/charts';
import type { ProgressView } from '@/lib/domain/views';
import { addDays, maxDate, minDate, type CalendarDate } from '@/lib/domain/calendar-date';
import { dayNumber, monthTicks } from '@/lib/domain/chart-rows';
import { formatDay } from '@/lib/format/dates';
import { STATUS_GLYPH } from '@/app/_components/status-badge';
import { ChartCard, Legend, LegendItem, swatch, type TableModel } from './chart-card';
import { monthTickLabel } from '@/lib/format/dates';
import { STATUS_COLOR } from './status-colors';

/** Below this width the timeline scrolls sideways rather than shrink its text. */
const MIN_WIDTH = 720;
const LABEL_WIDTH = 128;
const ROW = 28;
const PHASE_ROW = 26;
const AXIS = 30;
const RIGHT = 20;
const FONT = 12;

type Line = { kind: 'phase'; phase: string | null; name: string } | { kind: 'site'; row: TimelineRow };

function lines(rows: readonly TimelineRow[]): Line[] {
  const out: Line[] = [];
  let current: string | null | undefined;
  for (const row of rows) {
    if (row.phase !== current) {
      current = row.phase;
      out.push({ kind: 'phase', phase: row.phase, name: row.phaseName ?? '' });
    }
    out.push({ kind: 'site', row });
  }
  return out;
}

export function timelineHeight(rows: readonly TimelineRow[]): number {
  // The foot leaves room for the deadline's label.
  return lines(rows).reduce((h, l) => h + (l.kind === 'phase' ? PHASE_ROW : ROW), AXIS + 20);
}

/** The days the timeline spans: every planned and actual date, the marks, the deadline and the as-of day. */
function domain(progress: ProgressView): [CalendarDate, CalendarDate] {
  const dates = progress.timeline.flatMap((r) => [r.plannedStart, r.plannedEnd, r.withdrawalStartedOn, r.doneOn, ...r.marks.map((m) => m.date)]);
  const start = minDate(...dates, progress.asOf, progress.deadline) as CalendarDate;
  const end = maxDate(...dates, progress.asOf, progress.deadline) as CalendarDate;
  return [addDays(start, -7), addDays(end, 7)];
}

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(MIN_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(MIN_WIDTH, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function TimelineSvg({ progress, title, summary }: { progress: ProgressView; title: string; summary: string }) {
  const t = useTranslations('charts.timeline');
  const tm = useTranslations('common.milestoneType');
  const ts = useTranslations('common.status');
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const [start, end] = domain(progress);
  const x0 = dayNumber(start);
  const span = Math.max(1, dayNumber(end) - x0);
  const plot = width - LABEL_WIDTH - RIGHT;
  const x = (d: CalendarDate) => LABEL_WIDTH + ((dayNumber(d) - x0) / span) * plot;
  const ticks = monthTicks(start, end, Math.max(2, Math.floor(plot / 70)));
  const tickLabel = monthTickLabel(locale, ticks);
  const height = timelineHeight(progress.timeline);
  const day = (d: CalendarDate) => formatDay(d, locale);

  // Each line's top, worked out before drawing: phase headings and site rows have their own heights.
  const laidOut = lines(progress.timeline);
  const tops = laidOut.reduce<number[]>((acc, _line, i) => {
    acc.push(i === 0 ? AXIS : acc[i - 1]! + (laidOut[i - 1]!.kind === 'phase' ? PHASE_ROW : ROW));
    return acc;
  }, []);
  const body = laidOut.map((line, i) => {
    const top = tops[i]!;
    if (line.kind === 'phase') {
      return (
        <text key={`phase-${line.phase ?? ''}`} x={6} y={top + PHASE_ROW - 8} fontSize={FONT} fontWeight={700} fill="var(--color-chart-ink)">
          {line.phase === null ? t('noPhase') : line.name || t('phaseHeading', { phase: line.phase })}
        </text>
      );
    }
    const { row } = line;
    const mid = top + ROW / 2;
    const actualEnd = row.doneOn ?? (row.withdrawalStartedOn ? progress.asOf : null);
    const describe = [
      row.name,
      `${ts(row.status)}`,
      row.plannedEnd ? `${t('col.plannedEnd')}: ${day(row.plannedEnd)}` : null,
      row.withdrawalStartedOn ? `${t('col.started')}: ${day(row.withdrawalStartedOn)}` : null,
      row.doneOn ? `${t('col.done')}: ${day(row.doneOn)}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return (
      <g key={row.siteId}>
        <title>{describe}</title>
        <line x1={LABEL_WIDTH} x2={width - RIGHT} y1={top + ROW} y2={top + ROW} stroke="var(--color-chart-grid)" strokeWidth={0.5} />
        <text x={14} y={mid + 4} fontSize={FONT} fill="var(--color-chart-ink)">
          {row.name}
        </text>
        {row.plannedStart && row.plannedEnd && row.plannedEnd >= row.plannedStart && (
          <rect
            x={x(row.plannedStart)}
            y={mid - 8}
            width={Math.max(1, x(row.plannedEnd) - x(row.plannedStart))}
            height={16}
            fill="var(--color-chart-window)"
            stroke="var(--color-chart-plan)"
            strokeWidth={1}
            strokeDasharray="2 3"
          />
        )}
        {row.plannedEnd && <path d={`M${x(row.plannedEnd)} ${mid - 7} l6 7 l-6 7 l-6 -7 Z`} fill="var(--color-chart-plan)" />}
        {row.withdrawalStartedOn && actualEnd && (
          <rect
            x={x(row.withdrawalStartedOn)}
            y={mid - 3.5}
            width={Math.max(3, x(actualEnd) - x(row.withdrawalStartedOn))}
            height={7}
            fill={STATUS_COLOR[row.status]}
          />
        )}
        {row.marks.map((m) => (
          <circle
            key={m.id}
            cx={x(m.date)}
            cy={mid}
            r={3.5}
            fill={m.status === 'planned' ? 'var(--color-chart-surface)' : 'var(--color-chart-ink)'}
            stroke="var(--color-chart-ink)"
            strokeWidth={1.25}
          >
            <title>{`${day(m.date)}: ${m.status === 'planned' ? t('markPlanned', { type: tm(m.type) }) : tm(m.type)}, ${m.title}`}</title>
          </circle>
        ))}
      </g>
    );
  });

  return (
    <div ref={ref} className="w-full">
      {/* The viewBox lets print scale the drawing to the paper; on screen it is drawn 1:1. */}
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="block" style={{ fontFamily: 'inherit' }}>
        {ticks.map((d) => (
          <g key={d}>
            <line x1={x(d)} x2={x(d)} y1={AXIS - 6} y2={height} stroke="var(--color-chart-grid)" strokeDasharray="2 4" />
            <text x={x(d)} y={AXIS - 12} fontSize={FONT} textAnchor="middle" fill="var(--color-chart-muted)">
              {tickLabel(d)}
            </text>
          </g>
        ))}
        {body}
        <line x1={x(progress.deadline)} x2={x(progress.deadline)} y1={AXIS - 4} y2={height} stroke="var(--color-chart-deadline)" strokeWidth={2} />
        {/* At the foot, so that it never meets the as-of label; inside the plot near its right edge. */}
        <text
          x={x(progress.deadline) + (x(progress.deadline) > width - RIGHT - 70 ? -4 : 4)}
          y={height - 6}
          fontSize={FONT}
          textAnchor={x(progress.deadline) > width - RIGHT - 70 ? 'end' : 'start'}
          fill="var(--color-chart-deadline)"
          fontWeight={600}
        >
          {t('legend.deadline')}
        </text>
        <line x1={x(progress.asOf)} x2={x(progress.asOf)} y1={AXIS - 4} y2={height} stroke="var(--color-chart-as-of)" strokeWidth={1.5} strokeDasharray="3 3" />
        <text x={x(progress.asOf) - 4} y={AXIS + 10} fontSize={FONT} textAnchor="end" fill="var(--color-chart-ink)">
          {t('legend.asOf')}
        </text>
      </svg>
    </div>
  );
}

/** One row per site: the planned window against the actual withdrawal, milestones as marks. */
export function TimelineCard({ progress, mission }: { progress: ProgressView; mission: string }) {
  const t = useTranslations('charts.timeline');
  const tc = useTranslations('charts');
  const tm = useTranslations('common.milestoneType');
  const ts = useTranslations('common.status');
  const locale = useLocale();
  const day = (d: CalendarDate | null) => (d ? formatDay(d, locale, 'short') : '');
  const rows = progress.timeline;
  const done = rows.filter((r) => r.doneOn !== null).length;
  const overdue = rows.filter((r) => r.doneOn === null && r.plannedEnd !== null && r.plannedEnd < progress.asOf).length;
  const summary = t('summary', {
    day: formatDay(progress.asOf, locale),
    total: rows.length,
    done,
    withdrawing: rows.filter((r) => r.status === 'withdrawing').length,
    active: rows.filter((r) => r.status === 'active').length,
    overdue,
  });
  const title = t('title');
  const date = (d: CalendarDate | null) => ({ value: d, text: day(d) });
  const markText = (m: TimelineRow['marks'][number], dateText: string) =>
    `${dateText} ${m.status === 'planned' ? t('markPlanned', { type: tm(m.type) }) : tm(m.type)}`;
  const table: TableModel = {
    columns: [t('col.site'), t('col.phase'), t('col.plannedStart'), t('col.plannedEnd'), t('col.started'), t('col.done'), t('col.status'), t('col.marks')],
    rows: rows.map((r) => [
      { value: r.name },
      { value: r.phase ?? '' },
      date(r.plannedStart),
      date(r.plannedEnd),
      date(r.withdrawalStartedOn),
      date(r.doneOn),
      { value: ts(r.status), text: `${STATUS_GLYPH[r.status]} ${ts(r.status)}` },
      {
        value: r.marks.map((m) => markText(m, m.date)).join('; '),
        text: r.marks.map((m) => markText(m, day(m.date))).join('; '),
      },
    ]),
  };
  return (
    <ChartCard
      id="timeline"
      title={title}
      summary={summary}
      height={timelineHeight(rows)}
      scrolls
      figure={<TimelineSvg progress={progress} title={title} summary={summary} />}
      legend={
        <>
          <p className="text-sm text-slate-700 sm:hidden print:hidden">{t('scrollHint')}</p>
          <Legend>
            <LegendItem swatch={<rect x="1" y="1" width="26" height="12" fill="var(--color-chart-window)" stroke="var(--color-chart-plan)" strokeDasharray="2 3" />} label={t('legend.window')} />
            <LegendItem swatch={swatch.diamond('var(--color-chart-plan)')} label={t('legend.plannedEnd')} />
            <LegendItem
              swatch={(['withdrawing', 'closed', 'handed_over'] as const).map((s, i) => (
                <rect key={s} x={1 + i * 9} y="3.5" width="8" height="7" fill={STATUS_COLOR[s]} />
              ))}
              label={t('legend.actual')}
            />
            <LegendItem swatch={swatch.dot('var(--color-chart-ink)')} label={t('legend.achieved')} />
            <LegendItem swatch={swatch.dot('var(--color-chart-ink)', true)} label={t('legend.planned')} />
            <LegendItem swatch={swatch.vline('var(--color-chart-deadline)')} label={t('legend.deadline')} />
            <LegendItem swatch={swatch.vline('var(--color-chart-as-of)', '3 3')} label={t('legend.asOf')} />
          </Legend>
        </>
      }
      table={table}
      tableCaption={tc('table.caption', { chart: title, day: formatDay(progress.asOf, locale) })}
      csvName={`${mission}-timeline-${progress.asOf}.csv`}
    />
  );
}
