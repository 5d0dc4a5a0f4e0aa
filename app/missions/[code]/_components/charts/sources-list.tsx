'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ChartMilestone, ChartSource } from '@/lib/domain/charts';
import { chartMilestones } from '@/lib/domain/charts';
import type { ProgressView } from '@/lib/domain/views';
import { sourceHref, sourceText } from './format';
import { useSourceWords } from './source-words';
import { useMissionHref } from '@/app/_components/use-mission';

function sourceKey(source: ChartSource): string {
  if (!source) return 'none';
  return 'releaseId' in source ? `release:${source.releaseId}` : `url:${source.url}`;
}

/** The sources of every milestone behind the charts, so that a printed page names them. */
export function SourcesList({ progress }: { progress: ProgressView }) {
  const t = useTranslations('charts.sources');
  const locale = useLocale();
  const words = useSourceWords();
  const missionHref = useMissionHref();
  const bySource = new Map<string, { source: ChartSource; milestones: Map<number, ChartMilestone> }>();
  for (const m of chartMilestones(progress)) {
    const key = sourceKey(m.source);
    const entry = bySource.get(key) ?? { source: m.source, milestones: new Map() };
    entry.milestones.set(m.id, m);
    bySource.set(key, entry);
  }
  const entries = [...bySource.values()].sort((a, b) => {
    const da = a.source && 'releaseDate' in a.source ? (a.source.releaseDate ?? '') : '';
    const db = b.source && 'releaseDate' in b.source ? (b.source.releaseDate ?? '') : '';
    return da.localeCompare(db);
  });
  return (
    <section aria-labelledby="sources-title" className="print-keep space-y-2">
      <h2 id="sources-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="max-w-prose text-slate-800">{entries.length > 0 ? t('intro') : t('none')}</p>
      {entries.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {entries.map((entry) => {
            const href = sourceHref(entry.source, missionHref);
            const label = sourceText(entry.source, words, locale);
            return (
              <li key={sourceKey(entry.source)}>
                {href ? (
                  <a href={href} className="underline underline-offset-2" {...(!href.startsWith('/') && { rel: 'noopener noreferrer' })}>
                    {label}
                  </a>
                ) : (
                  label
                )}
                {entry.source && 'url' in entry.source && entry.source.url && <span className="hidden break-all print:inline"> ({entry.source.url})</span>}
                {' — '}
                {[...entry.milestones.values()].map((m) => m.title).join('; ')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
