'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { CalendarDate } from '@/lib/domain/calendar-date';
import { dayFromNumber, dayNumber, type PersonnelChartRow } from '@/lib/domain/chart-rows';
import { formatDay } from '@/lib/format/dates';
import { sourceText } from './format';
import { monthTickLabel } from '@/lib/format/dates';
import { useSourceWords } from './source-words';
import { AXIS_TICK, TooltipBox } from './chart-parts';

export interface PersonnelChartProps {
  rows: PersonnelChartRow[];
  domain: [number, number];
  ticks: CalendarDate[];
  inScope: number | null;
  deadline: CalendarDate;
  asOf: CalendarDate;
  title: string;
  summary: string;
  height: number;
}

function FigureTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: PersonnelChartRow }[] }) {
  const t = useTranslations('charts.personnel');
  const locale = useLocale();
  const format = useFormatter();
  const words = useSourceWords();
  const row = payload?.[0]?.payload;
  if (!active || !row?.point) return null;
  return (
    <TooltipBox>
      <p className="font-semibold">{formatDay(row.date, locale)}</p>
      <p>
        {t('col.departed')}: {format.number(row.departed)}
        {row.share !== null && ` (${format.number(row.share, { style: 'percent', maximumFractionDigits: 1 })})`}
      </p>
      <p>{t(`scope.${row.point.scope}`)}</p>
      <ul className="ml-3 list-disc">
        {row.point.milestones.map((m) => (
          <li key={m.id}>
            {m.title} ({sourceText(m.source, words, locale)})
          </li>
        ))}
      </ul>
    </TooltipBox>
  );
}

/**
 * The reported figures are the dots; the dotted line between them only joins them, as the
 * legend says: nothing on it is a reported figure.
 */
export default function PersonnelChart(props: PersonnelChartProps) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const format = useFormatter();
  const tickLabel = monthTickLabel(locale, props.ticks);
  const top = Math.max(props.inScope ?? 0, ...props.rows.map((r) => r.departed), 1);
  // With no figure yet, one empty row keeps the axes and the in-scope line drawn.
  const data: (Pick<PersonnelChartRow, 'x'> & Partial<PersonnelChartRow>)[] = props.rows.length > 0 ? props.rows : [{ x: props.domain[0] }];
  return (
    <ResponsiveContainer width="100%" height={props.height}>
      <LineChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} title={props.title} desc={props.summary}>
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
          type="number"
          domain={[0, top]}
          allowDataOverflow
          tickFormatter={(n: number) => format.number(n, { notation: 'compact' })}
          tick={AXIS_TICK}
          stroke="var(--color-chart-muted)"
          width={44}
        />
        {props.inScope !== null && (
          <ReferenceLine
            y={props.inScope}
            stroke="var(--color-chart-total)"
            strokeDasharray="1 3"
            label={{
              value: t('personnel.marker.inScope', { count: format.number(props.inScope) }),
              position: 'insideBottomLeft',
              fill: 'var(--color-chart-ink)',
              fontSize: 12,
            }}
          />
        )}
        <ReferenceLine
          x={dayNumber(props.deadline)}
          stroke="var(--color-chart-deadline)"
          strokeWidth={2}
          label={{ value: t('progress.marker.deadline'), position: 'top', fill: 'var(--color-chart-deadline)', fontSize: 12 }}
        />
        <ReferenceLine
          x={dayNumber(props.asOf)}
          stroke="var(--color-chart-as-of)"
          strokeDasharray="3 3"
          label={{ value: t('progress.marker.asOf'), position: 'insideTopRight', fill: 'var(--color-chart-ink)', fontSize: 12 }}
        />
        <Line
          type="linear"
          dataKey="departed"
          stroke="var(--color-chart-personnel)"
          strokeWidth={1.5}
          strokeDasharray="2 4"
          dot={{ r: 4.5, fill: 'var(--color-chart-personnel)', strokeWidth: 0 }}
          activeDot={{ r: 6 }}
          isAnimationActive={false}
        />
        <Tooltip content={FigureTooltip} cursor={{ stroke: 'var(--color-chart-muted)', strokeDasharray: '2 2' }} />
      </LineChart>
    </ResponsiveContainer>
  );
}
