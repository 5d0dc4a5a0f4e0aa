// Measures the JavaScript a page makes a browser download, against a running server.
// For each path: the scripts the HTML loads before it is interactive (first load), their size
// gzipped, and whether any of them holds the chart library; with --browser, also every script
// the page fetched once loaded (headless Chromium), so lazily loaded chunks count too.
// Usage: node bench/first-load-js.mjs [--base http://127.0.0.1:3000] [--browser] [--json] [path ...]
// --json prints the rows as one JSON array instead of a table (bench/run.ts reads it).
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  args.splice(i, 1);
  return true;
};
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const base = option('--base', process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const withBrowser = flag('--browser');
const asJson = flag('--json');
const paths = args.length > 0 ? args : ['/', '/charts', '/sites', '/contingents', '/releases'];

// A marker that only the chart library's code contains (its root class names).
const CHART_LIBRARY = /recharts-(?:wrapper|surface)/;

const cache = new Map();
async function script(url) {
  if (!cache.has(url)) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    cache.set(url, { gzip: gzipSync(body).length, chartLibrary: CHART_LIBRARY.test(body.toString('utf8')) });
  }
  return cache.get(url);
}

async function measure(urls) {
  let gzip = 0;
  let chartLibrary = false;
  for (const url of urls) {
    const s = await script(url);
    gzip += s.gzip;
    chartLibrary ||= s.chartLibrary;
  }
  return { count: urls.length, kb: gzip / 1024, chartLibrary };
}

async function firstLoad(path) {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  // Modern browsers skip the `nomodule` polyfills, so they are not counted.
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]))
    .map((m) => /\bsrc="([^"]+)"/.exec(m[1])?.[1])
    .filter(Boolean)
    .map((src) => new URL(src.replace(/&amp;/g, '&'), base).href);
  return measure([...new Set(srcs)]);
}

async function afterLoad(browser, path) {
  const page = await browser.newPage();
  const urls = new Set();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.ok()) urls.add(r.url());
  });
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  await page.close();
  return measure([...urls]);
}

let browser;
if (withBrowser) {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  browser = await chromium.launch({ ...(executablePath && { executablePath }), args: ['--disable-background-networking', '--no-first-run'] });
}

const rows = [];
for (const path of paths) {
  const first = await firstLoad(path);
  const row = { path, 'first-load kB gzip': first.kb.toFixed(1), scripts: first.count, 'chart library at first load': first.chartLibrary ? 'yes' : 'no' };
  if (browser) {
    const all = await afterLoad(browser, path);
    Object.assign(row, { 'all JS kB gzip (after load)': all.kb.toFixed(1), 'chart library loaded': all.chartLibrary ? 'yes' : 'no' });
  }
  rows.push(row);
}
await browser?.close();

if (asJson) {
  console.log(JSON.stringify(rows));
  process.exit(0);
}
const columns = Object.keys(rows[0] ?? {});
const width = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(width[i])).join(' | ');
console.log(line(columns));
console.log(width.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(columns.map((c) => r[c])));
