import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Reading on a link that drops (decision 0017): pages opened once read offline, saying so and
 * when their data was fetched, in English and French; a page never opened says it is not
 * available offline; the as-of day moves offline to days already seen; a new build replaces
 * what the old one kept. Read-only: it runs on the seed as shipped.
 */

const PAGES = [
  '/?asOf=2023-10-20',
  '/sites?asOf=2023-10-20',
  '/sites/menaka?asOf=2023-10-20',
  '/contingents?asOf=2023-10-20',
  '/releases?asOf=2023-10-20',
  '/charts?asOf=2023-10-20',
  '/missions?asOf=2023-10-20',
  '/missions/UNIFIL/sites',
];

/** A repeat visit offline shows the page (first contentful paint) within this: the bar. */
const OFFLINE_REPEAT_VISIT_MS = 1000;

/**
 * A test that reads every page online, then offline with a reload each, then runs axe: some
 * 25 navigations. Alone it takes 17 to 24 s (the same before and after the forms and API changes
 * of 2026-12-05, measured side by side); beside the other worker in CI it passed 30 s.
 */
const READ_ALL_PAGES_MS = 60_000;

/** Waits until the service worker is installed and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** The addresses kept for reading offline in one language (the worker's key adds the language). */
async function keptPages(page: Page, locale: string): Promise<string[]> {
  return page.evaluate(async (lang) => {
    const kept: string[] = [];
    for (const name of (await caches.keys()).filter((n) => n.endsWith('-pages'))) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        if (url.searchParams.get('__offline_lang') !== lang) continue;
        url.searchParams.delete('__offline_lang');
        kept.push(`${url.pathname}${url.search}`);
      }
    }
    return kept;
  }, locale);
}

/** Opens each page once with the link up, and returns its main heading, once every one is kept. */
async function readOnline(page: Page, locale: string): Promise<Map<string, string>> {
  const headings = new Map<string, string>();
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    headings.set(path, (await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
  }
  await expect.poll(() => keptPages(page, locale)).toEqual(expect.arrayContaining(PAGES.map((p) => new URL(p, 'http://x').pathname + new URL(p, 'http://x').search)));
  return headings;
}

async function expectNoSeriousAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/**
 * When the page was first shown, in milliseconds from the start of its navigation (the
 * browser's own first-contentful-paint): the page is whole in its HTML, scripts come after.
 */
async function firstContentfulPaint(page: Page): Promise<number> {
  const read = () => page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await expect.poll(read).not.toBeNull();
  return Math.round((await read())!);
}

async function readOffline(page: Page, headings: Map<string, string>, banner: RegExp, locale: string): Promise<number[]> {
  const times: number[] = [];
  for (const path of PAGES) {
    await page.goto(path, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.get(path)!);
    times.push(await firstContentfulPaint(page));
    await page.waitForLoadState('load');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('status').filter({ hasText: banner })).toBeVisible();
    // Reloading keeps it: the device's copy again.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.get(path)!);
    await expect(page.getByRole('status').filter({ hasText: banner })).toBeVisible();
  }
  return times;
}

test('pages opened once read offline, with the banner and the time their data was fetched, in English', async ({ page, context }, testInfo) => {
  test.setTimeout(READ_ALL_PAGES_MS);
  await page.goto('/');
  await controlled(page);
  const headings = await readOnline(page, 'en');

  await context.setOffline(true);
  const times = await readOffline(page, headings, /^Offline: showing data fetched \d\d:\d\d, \d{1,2} [A-Z][a-z]{2,3}\.$/, 'en');
  const slowest = Math.max(...times);
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  testInfo.annotations.push({ type: 'offline repeat visit, first contentful paint (ms)', description: `${times.join(', ')}; median ${median}, slowest ${slowest}` });
  console.log(`[${testInfo.project.name}] offline repeat visits, first contentful paint in ms: ${times.join(', ')} (median ${median}, slowest ${slowest})`);
  // One paint on a shared two-core machine running the other worker can take longer (1,260 ms
  // once in CI, where the others were 180-380 ms): the bar holds the median, and no page may
  // come near the worker's 3 s wait for the network, which is what a broken copy would show.
  expect(median).toBeLessThan(OFFLINE_REPEAT_VISIT_MS);
  expect(slowest).toBeLessThan(2 * OFFLINE_REPEAT_VISIT_MS);
  // The site page's content, not only its heading: its status and its timeline with sources.
  await page.goto('/sites/menaka?asOf=2023-10-20');
  await expect(page.locator('dl > div').filter({ hasText: 'Status on 20 October 2023' })).toContainText('Handed over');
  await expectNoSeriousAxeViolation(page);

  // The link returns: the banner still says the page is the device's copy and offers a reload, which shows the network's page.
  await context.setOffline(false);
  const kept = page.getByRole('status').filter({ hasText: /^Showing data fetched \d\d:\d\d, \d{1,2} [A-Z][a-z]{2,3}, kept on this device\.Reload$/ });
  await expect(kept).toBeVisible();
  await kept.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.get('/sites/menaka?asOf=2023-10-20')!);
  await expect(page.getByRole('status').filter({ hasText: /Offline|kept on this device/ })).toHaveCount(0);
});

test('a link that does not answer falls back to the kept page after a few seconds', async ({ page, context }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await controlled(page);
  await expect.poll(() => keptPages(page, 'en')).toContain('/sites?asOf=2023-10-20');
  // The network takes the request and never answers (the worker's requests included).
  await context.route('**/sites?asOf=2023-10-20', () => undefined);
  const started = Date.now();
  await page.goto('/sites?asOf=2023-10-20', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites as of 20 October 2023');
  expect(Date.now() - started).toBeLessThan(6000);
  await expect(page.getByRole('status').filter({ hasText: 'kept on this device' })).toBeVisible();
});

test('a link followed inside the app on a link that does not answer reaches the kept page', async ({ page, context }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await controlled(page);
  await page.goto('/sites/menaka?asOf=2023-10-20');
  await page.goto('/sites?asOf=2023-10-20');
  await expect.poll(() => keptPages(page, 'en')).toEqual(expect.arrayContaining(['/sites?asOf=2023-10-20', '/sites/menaka?asOf=2023-10-20']));
  // The browser believes it is online; the network takes the requests for Ménaka and never answers.
  await context.route('**/sites/menaka**', () => undefined);
  const started = Date.now();
  await page.getByRole('link', { name: 'Ménaka' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ménaka', { timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(page.getByRole('status').filter({ hasText: 'kept on this device' })).toBeVisible();
});

test('pages opened once read offline in French, with the banner in French', async ({ page, context }) => {
  test.setTimeout(READ_ALL_PAGES_MS);
  await page.goto('/');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await controlled(page);
  const headings = await readOnline(page, 'fr');
  expect(headings.get('/?asOf=2023-10-20')).toBe('MINUSMA : retrait au 20 octobre 2023');

  await context.setOffline(true);
  await readOffline(page, headings, /^Hors connexion : données récupérées le \d{1,2} [a-zéû]+\.? à \d\d:\d\d\.$/, 'fr');
  await page.goto('/sites/menaka?asOf=2023-10-20');
  await expect(page.locator('dl > div').filter({ hasText: 'Statut au 20 octobre 2023' })).toContainText('Rétrocédé');
});

test('the language switch works offline, between the copies kept in each language', async ({ page, context }) => {
  // Opened in each language once the worker is in charge, so that each copy is kept.
  await page.goto('/sites?asOf=2023-10-20');
  await controlled(page);
  await page.goto('/sites?asOf=2023-10-20');
  await expect.poll(() => keptPages(page, 'en')).toContain('/sites?asOf=2023-10-20');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto('/sites?asOf=2023-10-20');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites au 20 octobre 2023');
  await expect.poll(() => keptPages(page, 'fr')).toContain('/sites?asOf=2023-10-20');

  await context.setOffline(true);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites as of 20 October 2023');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites au 20 octobre 2023');
  await context.setOffline(false);
});

test('a page never opened says it is not available offline, and lists those that are', async ({ page, context }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await controlled(page);
  await expect.poll(() => keptPages(page, 'en')).toContain('/sites?asOf=2023-10-20');
  await expect.poll(() => keptPages(page, 'en')).toContain('/offline');

  await context.setOffline(true);
  await page.goto('/sites/gao?asOf=2023-10-20');
  await expect(page).toHaveURL(/\/offline\?from=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available offline');
  await expect(page.getByText('/sites/gao?asOf=2023-10-20 was not opened on this device while connected')).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  const kept = page.getByRole('region', { name: 'Pages kept on this device' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Pages kept on this device' }) }));
  await kept.getByRole('link', { name: '/sites?asOf=2023-10-20' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites as of 20 October 2023');
});

test('the as-of day moves offline to the days already seen', async ({ page, context }) => {
  const sitesDone = page.locator('dl > div').filter({ has: page.getByText('Sites closed or handed over', { exact: true }) });
  await page.goto('/?asOf=2023-08-01');
  await controlled(page);
  await page.goto('/?asOf=2023-08-01');
  await expect(sitesDone).toContainText('0 of 13');
  // Moved in place: the page is not loaded again, only the day's data is fetched.
  await page.getByLabel('As of', { exact: true }).fill('2023-10-20');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(sitesDone).toContainText('4 of 13');
  // Kept in IndexedDB (written at most once a second) and by the service worker.
  await page.waitForTimeout(1500);

  await context.setOffline(true);
  await page.goto('/?asOf=2023-08-01');
  await expect(sitesDone).toContainText('0 of 13');
  await page.getByLabel('As of', { exact: true }).fill('2023-10-20');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('20 October 2023');
  await expect(sitesDone).toContainText('4 of 13');
});

test('a new deployment replaces what the old build kept', async ({ page, context }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await controlled(page);
  const version = await page.evaluate(() => new URL(navigator.serviceWorker.controller!.scriptURL).searchParams.get('v'));
  expect(version).toMatch(/\S/);
  await expect.poll(() => keptPages(page, 'en')).toContain('/sites?asOf=2023-10-20');
  const before = await page.evaluate(() => caches.keys());
  expect(before.every((name) => name.startsWith(`drawdown-${version}-`))).toBe(true);

  // What a page of the next build does on load: register the worker under its own build id.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register('/sw.js?v=next-build', { scope: '/' });
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
  });
  // The old build's copies are gone; the new one kept its own offline page (the shell).
  await expect.poll(() => page.evaluate(() => caches.keys())).not.toEqual(expect.arrayContaining([`drawdown-${version}-pages`]));
  const after = await page.evaluate(() => caches.keys());
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((name) => name.startsWith('drawdown-next-build-'))).toBe(true);
  expect(await keptPages(page, 'en')).toEqual(['/offline']);

  // Offline, the page the old build kept is no longer there: the new build's offline page says so.
  await context.setOffline(true);
  await page.goto('/sites?asOf=2023-10-20');
  await expect(page).toHaveURL(/\/offline\?from=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available offline');
});
