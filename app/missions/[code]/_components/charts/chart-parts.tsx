'use client';

/** Axis labels: the chart's muted ink, at a size that stays readable on a phone. */
export const AXIS_TICK = { fill: 'var(--color-chart-muted)', fontSize: 12 } as const;

export function TooltipBox({ children }: { children: React.ReactNode }) {
  return (
    <div className="chart-surface max-w-72 space-y-1 rounded border border-slate-400 p-2 text-xs shadow-md" style={{ background: 'var(--color-chart-surface)' }}>
      {children}
    </div>
  );
}
