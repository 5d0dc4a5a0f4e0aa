import { notFound } from 'next/navigation';

/**
 * Benchmark reference (bench/run.ts): a page that renders nothing in the app's own layout, so
 * the JavaScript a real page loads can be measured against the least any page of this build
 * loads (the layout, its providers and the framework). 404 unless DRAWDOWN_BENCH=1.
 */
export const dynamic = 'force-dynamic';

export default function BarePage() {
  if (process.env.DRAWDOWN_BENCH !== '1') notFound();
  return <h1>Bare</h1>;
}
