'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { CalendarDate } from '@/lib/domain/calendar-date';
import { dayFromNumber, dayNumber, type ProgressChartRow } from '@/lib/domain/chart-rows';
import { formatDay } from '@/lib/format/dates';
import { sourceText } from './format';
import { monthTickLabel } from '@/lib/format/dates';
import { useSourceWords } from './source-words';
import { AXIS_TICK, TooltipBox } from './chart-parts';

export interface ProgressChartProps {
  rows: ProgressChartRow[];
  domain: [number, number];
  ticks: CalendarDate[];
  total: number;
  deadline: CalendarDate;
  asOf: CalendarDate;
  title: string;
  summary: string;
  height: number;
}

function StepTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: ProgressChartRow }[] }) {
  const t = useTranslations('charts.progress.tooltip');
  const locale = useLocale();
  const format = useFormatter();
  const words = useSourceWords();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const step = row.step;
  return (
    <TooltipBox>
      <p className="font-semibold">{formatDay(row.date, locale)}</p>
      {row.done !== null && <p>{t('done', { count: format.number(row.done) })}</p>}
      {step?.doneSites.map((site) => (
        <div key={site.id} className="ml-2">
          <p>{t('doneSite', { site: site.name, how: site.how })}</p>
          <ul className="ml-3 list-disc">
            {site.milestones.map((m) => (
              <li key={m.id}>
                {m.title} ({sourceText(m.source, words, locale)})
              </li>
            ))}
          </ul>
        </div>
      ))}
      {row.planned !== null && <p>{t('planned', { count: format.number(row.planned) })}</p>}
      {step && step.plannedSites.length > 0 && (
        <p className="ml-2">{step.plannedSites.map((s) => t('plannedSite', { site: s.name, from: s.from })).join('; ')}</p>
      )}
      {row.projected !== null && <p>{t('projected', { count: format.number(row.projected) })}</p>}
    </TooltipBox>
  );
}

/** Progress toward the deadline: what happened (a step line), the plan, the projection and the markers. */
export default function ProgressChart(props: ProgressChartProps) {
  const t = useTranslations('charts.progress.marker');
  const ta = useTranslations('charts.axis');
  const locale = useLocale();
  const tickLabel = monthTickLabel(locale, props.ticks);
  return (
    <ResponsiveContainer width="100%" height={props.height}>
      <LineChart data={props.rows} margin={{ top: 24, right: 16, bottom: 8, left: 0 }} title={props.title} desc={props.summary}>
        <CartesianGrid stroke="var(--color-chart-grid)" strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="x"
          domain={props.domain}
          ticks={props.ticks.map(dayNumber)}
          tickFormatter={(n: number) => tickLabel(dayFromNumber(n))}
          tick={AXIS_TICK}
          stroke="var(--color-chart-muted)"
          allowDataOverflow
        />
        <YAxis
          domain={[0, Math.max(props.total, 1)]}
          allowDecimals={false}
          tick={AXIS_TICK}
          stroke="var(--color-chart-muted)"
          width={36}
          label={{ value: ta('sites'), angle: -90, position: 'insideLeft', offset: 12, fill: 'var(--color-chart-muted)', fontSize: 12 }}
        />
        <ReferenceLine
          y={props.total}
          stroke="var(--color-chart-total)"
          strokeDasharray="1 3"
          label={{ value: t('total', { total: props.total }), position: 'insideBottomLeft', fill: 'var(--color-chart-ink)', fontSize: 12 }}
        />
        <ReferenceLine
          x={dayNumber(props.deadline)}
          stroke="var(--color-chart-deadline)"
          strokeWidth={2}
          label={{ value: t('deadline'), position: 'top', fill: 'var(--color-chart-deadline)', fontSize: 12 }}
        />
        <ReferenceLine
          x={dayNumber(props.asOf)}
          stroke="var(--color-chart-as-of)"
          strokeDasharray="3 3"
          label={{ value: t('asOf'), position: 'insideTopRight', fill: 'var(--color-chart-ink)', fontSize: 12 }}
        />
        <Line
          type="stepAfter"
          dataKey="planned"
          name="planned"
          stroke="var(--color-chart-plan)"
          strokeWidth={2}
          strokeDasharray="2 3"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="projected"
          name="projected"
          stroke="var(--color-chart-projection)"
          strokeWidth={2}
          strokeDasharray="7 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="done"
          name="done"
          stroke="var(--color-chart-done)"
          strokeWidth={3}
          dot={{ r: 3, fill: 'var(--color-chart-done)', strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
        <Tooltip content={StepTooltip} cursor={{ stroke: 'var(--color-chart-muted)', strokeDasharray: '2 2' }} />
      </LineChart>
    </ResponsiveContainer>
  );
}
