import { notFound } from 'next/navigation';

/**
 * Benchmark reference (bench/run.ts): a page rendered once at build time and served from the
 * build's cache, the framework's own ceiling for serving a page. Every real page is dynamic (it
 * reads the locale cookie), so this one forces static rendering; the layout then sees no cookie
 * and renders in the default language. Only a build made with DRAWDOWN_BENCH=1 renders it; any
 * other build has a 404 here.
 */
export const dynamic = 'force-static';

export default function StaticPage() {
  if (process.env.DRAWDOWN_BENCH !== '1') notFound();
  return (
    <div>
      <h1>Static reference</h1>
      <p>A page rendered at build time, to compare the throughput of the real pages against.</p>
    </div>
  );
}
