'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type ComponentType } from 'react';
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

/**
 * True once the element is within a screen's reach of the viewport, or the page is printed.
 * Past that point it stays true: a chart once drawn is never taken down.
 */
function useNearViewport(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const show = () => setNear(true);
    const printing = window.matchMedia('print');
    if (printing.matches || typeof IntersectionObserver === 'undefined') return show();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: '200px 0px' });
    observer.observe(element);
    printing.addEventListener('change', show);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      printing.removeEventListener('change', show);
      window.removeEventListener('beforeprint', show);
    };
  }, [near, ref]);
  return near;
}

/**
 * A chart that loads its drawing library only when the reader comes near it. On the overview
 * the chart sits below the first screen of a phone: a reader who only checks the counts never
 * downloads the ~100 kB (gzip) of Recharts, nor pays for running it.
 */
function drawnWhenNear<P extends object>(Chart: ComponentType<P>): ComponentType<P> {
  function WhenNear(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const near = useNearViewport(ref);
    return (
      <div ref={ref} className="h-full min-h-[inherit]">
        {near ? <Chart {...props} /> : <ChartLoading />}
      </div>
    );
  }
  return WhenNear;
}

export const LazyProgressChartWhenNear = drawnWhenNear(LazyProgressChart);
