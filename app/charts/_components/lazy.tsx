'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';

/**
 * The drawing libraries load only where a chart is shown, and only after the page has been
 * painted: the words and figures around each chart are server-rendered and readable at once.
 */
function ChartLoading() {
  const t = useTranslations('charts');
  return (
    <div className="flex h-full min-h-[inherit] items-center justify-center text-sm text-(--color-chart-muted)" role="status">
      {t('loadingChart')}
    </div>
  );
}

export const LazyProgressChart = dynamic(() => import('./progress-chart'), { ssr: false, loading: () => <ChartLoading /> });
export const LazyPersonnelChart = dynamic(() => import('./personnel-chart'), { ssr: false, loading: () => <ChartLoading /> });
export const LazyBreakdownChart = dynamic(() => import('./breakdown-chart'), { ssr: false, loading: () => <ChartLoading /> });
