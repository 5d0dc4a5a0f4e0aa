'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, useSyncExternalStore, type ComponentType } from 'react';
import { useTranslations } from 'next-intl';

/**
 * The drawing library (Recharts, ~100 kB gzip) loads only where a chart is about to be seen.
 * The words, figures and tables around each chart are server-rendered and readable at once;
 * on a phone each chart is a screen or more down the page, and a reader who only reads the
 * first screen never downloads or runs the library. Decision 0009 says more.
 */
function ChartLoading() {
  const t = useTranslations('charts');
  return (
    <div className="flex h-full min-h-[inherit] items-center justify-center text-sm text-(--color-chart-muted)" role="status">
      {t('loadingChart')}
    </div>
  );
}

/**
 * "Draw every chart now", set once by the print button: a print made from it must show every
 * chart, including the ones the reader never scrolled to.
 */
let everyChartWanted = false;
const wantedListeners = new Set<() => void>();
function drawEveryChart(): void {
  everyChartWanted = true;
  for (const listener of wantedListeners) listener();
}
function useEveryChartWanted(): boolean {
  return useSyncExternalStore(
    (listener) => (wantedListeners.add(listener), () => wantedListeners.delete(listener)),
    () => everyChartWanted,
    () => false,
  );
}

/** Wide screens draw at once: there the charts share the first screens, and desks are where pages are printed. */
const WIDE_SCREEN = '(min-width: 64rem)';

/**
 * True once the element is in view, the screen is wide, the page is printed or the print
 * button asked for every chart. Past that point it stays true: a chart once drawn is never
 * taken down.
 */
function useDrawNow(ref: React.RefObject<HTMLElement | null>): boolean {
  const [shown, setShown] = useState(false);
  const wanted = useEveryChartWanted();
  useEffect(() => {
    const element = ref.current;
    if (shown || wanted || !element) return;
    const show = () => setShown(true);
    const printing = window.matchMedia('print');
    if (printing.matches || window.matchMedia(WIDE_SCREEN).matches || typeof IntersectionObserver === 'undefined') return show();
    // Drawn when it comes into view: the summary in words just above it is read first, and a
    // reader who stops there has spent nothing on the drawing.
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show());
    observer.observe(element);
    // Best effort for the browser's own print command: it does not wait, so a chart whose
    // code has not loaded yet may print as its placeholder (the print button waits).
    printing.addEventListener('change', show);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      printing.removeEventListener('change', show);
      window.removeEventListener('beforeprint', show);
    };
  }, [shown, wanted, ref]);
  return shown || wanted;
}

const SLOT = 'data-chart-slot';

function drawnWhenInView<P extends object>(Chart: ComponentType<P>): ComponentType<P> {
  function WhenInView(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const draw = useDrawNow(ref);
    return (
      <div ref={ref} className="h-full min-h-[inherit]" {...{ [SLOT]: '' }}>
        {draw ? <Chart {...props} /> : <ChartLoading />}
      </div>
    );
  }
  return WhenInView;
}

const loading = () => <ChartLoading />;
export const LazyProgressChart = drawnWhenInView(dynamic(() => import('./progress-chart'), { ssr: false, loading }));
export const LazyPersonnelChart = drawnWhenInView(dynamic(() => import('./personnel-chart'), { ssr: false, loading }));
export const LazyBreakdownChart = drawnWhenInView(dynamic(() => import('./breakdown-chart'), { ssr: false, loading }));

const PRINT_WAIT_MS = 10_000;

/**
 * Draws every chart on the page, waits until each has its drawing (or 10 s have passed, so a
 * failed download never keeps the reader from printing), then opens the print dialog.
 */
export async function printWithEveryChart(): Promise<void> {
  drawEveryChart();
  const drawn = () => [...document.querySelectorAll(`[${SLOT}]`)].every((slot) => slot.querySelector('svg'));
  const until = Date.now() + PRINT_WAIT_MS;
  while (!drawn() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  // One more frame, so that what was just drawn is laid out before the page is printed.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  window.print();
}
