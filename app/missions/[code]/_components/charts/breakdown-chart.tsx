'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownRow } from '@/lib/domain/charts';
import { SITE_STATUSES, type SiteStatus } from '@/lib/domain/vocabulary';
import { AXIS_TICK, TooltipBox } from './chart-parts';
import { STATUS_COLOR, STATUS_KEY } from './status-colors';

export interface BreakdownChartProps {
  rows: BreakdownRow[];
  labels: Record<SiteStatus, string>;
  title: string;
  summary: string;
  height: number;
}

function RowTooltip({ active, payload, labels }: { active?: boolean; payload?: readonly { payload?: BreakdownRow }[]; labels: Record<SiteStatus, string> }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <TooltipBox>
      <p className="font-semibold">{row.label}</p>
      {SITE_STATUSES.map((s) => (
        <p key={s}>
          {labels[s]}: {row[STATUS_KEY[s]]}
        </p>
      ))}
    </TooltipBox>
  );
}

/** One horizontal bar per phase or region, its sites stacked by status. */
export default function BreakdownChart(props: BreakdownChartProps) {
  const max = Math.max(1, ...props.rows.map((r) => r.total));
  return (
    <ResponsiveContainer width="100%" height={props.height}>
      <BarChart data={props.rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 0 }} title={props.title} desc={props.summary} barCategoryGap="25%">
        <CartesianGrid stroke="var(--color-chart-grid)" strokeDasharray="2 4" horizontal={false} />
        <XAxis type="number" domain={[0, max]} allowDecimals={false} tick={AXIS_TICK} stroke="var(--color-chart-muted)" />
        <YAxis type="category" dataKey="label" width={104} tick={AXIS_TICK} stroke="var(--color-chart-muted)" interval={0} />
        {SITE_STATUSES.map((s) => (
          <Bar
            key={s}
            dataKey={STATUS_KEY[s]}
            name={props.labels[s]}
            stackId="sites"
            fill={STATUS_COLOR[s]}
            stroke="var(--color-chart-surface)"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
        <Tooltip content={(p) => <RowTooltip {...p} labels={props.labels} />} cursor={{ fill: 'var(--color-chart-grid)', fillOpacity: 0.4 }} />
      </BarChart>
    </ResponsiveContainer>
  );
}
