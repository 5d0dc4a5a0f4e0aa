'use client';

import { useTranslations } from 'next-intl';
import { toCsv, type CsvCell } from '@/lib/domain/csv';

/** One cell of a chart's data: `value` is what the CSV holds, `text` what the table shows. */
export interface Cell {
  value: CsvCell;
  text?: React.ReactNode;
}

export interface TableModel {
  columns: string[];
  rows: Cell[][];
  /** how many leading columns name the row (they become row headers) */
  rowHeaders?: number;
}

/** The table's rows as a CSV file: the same rows, the same columns, the values unformatted. */
export function tableCsv(table: TableModel): string {
  return toCsv(
    table.columns,
    table.rows.map((row) => row.map((cell) => cell.value)),
  );
}

function download(filename: string, text: string): void {
  // A byte order mark, so that spreadsheets open the accented names as UTF-8.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DataTable({ table, caption }: { table: TableModel; caption: string }) {
  const headers = table.rowHeaders ?? 1;
  return (
    // Focusable so that keyboard users can scroll a wide table on a narrow screen.
    <div className="print-unclip mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {table.columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-1 align-bottom font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              {row.map((cell, j) => {
                const value = cell.value === null || cell.value === undefined ? '' : String(cell.value);
                const content = cell.text ?? value;
                return j < headers ? (
                  <th key={j} scope="row" data-value={value} className="px-2 py-1 font-medium whitespace-nowrap">
                    {content}
                  </th>
                ) : (
                  <td key={j} data-value={value} className="px-2 py-1">
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ChartCardProps {
  id: string;
  title: string;
  summary: React.ReactNode;
  headingLevel?: 2 | 3;
  /** the chart itself; its box keeps `height` whether drawn or still loading */
  figure: React.ReactNode;
  height: number | string;
  legend?: React.ReactNode;
  notes?: React.ReactNode;
  table: TableModel;
  tableCaption: string;
  csvName: string;
  /** the figure may scroll sideways rather than shrink (the timeline) */
  scrolls?: boolean;
  className?: string;
  children?: React.ReactNode;
}

/**
 * A chart with what every chart has: a heading, a one-sentence summary, the drawing, its
 * legend, and on demand its data table and a CSV file of the same rows.
 */
export function ChartCard(props: ChartCardProps) {
  const t = useTranslations('charts.table');
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const titleId = `${props.id}-title`;
  const summaryId = `${props.id}-summary`;
  return (
    <section aria-labelledby={titleId} className={`print-keep min-w-0 space-y-2 ${props.className ?? ''}`} data-chart={props.id}>
      <Heading id={titleId} className={props.headingLevel === 3 ? 'text-lg font-semibold' : 'text-xl font-semibold'}>
        {props.title}
      </Heading>
      <p id={summaryId} className="max-w-prose text-slate-800">
        {props.summary}
      </p>
      <figure
        aria-labelledby={titleId}
        aria-describedby={summaryId}
        className={`chart-surface relative rounded border border-slate-200 ${props.scrolls ? 'print-unclip overflow-x-auto' : ''}`}
        style={{ minHeight: props.height }}
        {...(props.scrolls && { tabIndex: 0 })}
      >
        {props.figure}
      </figure>
      {props.legend}
      {props.notes}
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2 print:hidden">
        <details className="min-w-0 flex-1 basis-full">
          <summary className="inline-flex min-h-10 cursor-pointer items-center rounded px-1 font-medium underline underline-offset-4">
            {t('show')}
          </summary>
          <DataTable table={props.table} caption={props.tableCaption} />
        </details>
        <button
          type="button"
          onClick={() => download(props.csvName, tableCsv(props.table))}
          aria-label={t('csvLabel', { chart: props.title })}
          className="min-h-10 rounded border border-slate-500 px-3 text-sm font-medium hover:bg-slate-100"
        >
          {t('csv')}
        </button>
      </div>
      {props.children}
    </section>
  );
}

/** A legend entry: a swatch drawn the way the chart draws the series, and its words. */
export function LegendItem({ swatch, label }: { swatch: React.ReactNode; label: string }) {
  return (
    <li className="flex items-center gap-2">
      <svg width="28" height="14" aria-hidden="true" className="shrink-0 overflow-visible">
        {swatch}
      </svg>
      <span>{label}</span>
    </li>
  );
}

export function Legend({ children }: { children: React.ReactNode }) {
  return <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800">{children}</ul>;
}

export const swatch = {
  line: (color: string, dash?: string, width = 2.5) => <line x1="0" y1="7" x2="28" y2="7" stroke={color} strokeWidth={width} strokeDasharray={dash} />,
  vline: (color: string, dash?: string) => <line x1="14" y1="0" x2="14" y2="14" stroke={color} strokeWidth={2} strokeDasharray={dash} />,
  dot: (color: string, hollow = false) => <circle cx="14" cy="7" r="4.5" fill={hollow ? 'white' : color} stroke={color} strokeWidth={2} />,
  box: (color: string, opacity = 1) => <rect x="2" y="2" width="24" height="10" fill={color} fillOpacity={opacity} stroke={color} strokeWidth={1} />,
  diamond: (color: string) => <path d="M14 1 L20 7 L14 13 L8 7 Z" fill={color} />,
};
