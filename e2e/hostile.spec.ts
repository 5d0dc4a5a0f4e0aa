import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { createUser, PASSWORD } from './helpers';

/**
 * Script tags, event-handler markup and SQL meta-characters typed by an editor (issue 7,
 * item 1) are stored as text and shown as text: on the site page and on the release page
 * the characters appear as written, no element is made from them and no script runs.
 */
test.describe.configure({ mode: 'serial' });

const EDITOR = 'e2e-hostile-editor@example.org';
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const SQL = `'; DROP TABLE "Milestone"; -- " OR 1=1 %_\\`;
const TITLE = `Hostile ${SCRIPT} ${IMG} ${SQL}`;
const NOTES = `Notes ${IMG} <svg onload="window.__pwned=3"></svg> ${SQL}`;
const RELEASE = `02 Sep 2023 - Bamako - ${SCRIPT} ${IMG} ${SQL} A convoy left Gao for Niamey.`;

/** Signs in through the API (the session cookie stays in `request`); retries when throttled. */
async function signIn(request: APIRequestContext, baseURL: string): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const res = await request.post('/api/auth/sign-in/email', { data: { email: EDITOR, password: PASSWORD }, headers: { origin: baseURL } });
    if (res.ok()) return;
    expect(res.status(), await res.text()).toBe(429);
    await new Promise((r) => setTimeout(r, 11_000));
  }
  throw new Error('sign-in stayed throttled');
}

async function expectInert(page: Page) {
  // Nothing ran: neither the script element, the image's onerror nor the svg's onload. (The
  // text does appear inside Next's own nonce'd data scripts, as an escaped JSON string.)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // And no element was made from the text: the markup is in text nodes only.
  await expect(page.locator('img[src="x"], [onerror], [onload]')).toHaveCount(0);
}

let milestonePage = '';
let releasePage = '';

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  createUser(testInfo, EDITOR, 'editor');
  const request = await playwright.request.newContext({ baseURL });
  await signIn(request, baseURL);
  const headers = { origin: baseURL };

  const gao = ((await (await request.get('/api/v1/sites?q=Gao')).json()).data as { id: number; slug: string; name: string }[]).find((s) => s.name === 'Gao')!;
  const milestone = await request.post('/api/v1/milestones', {
    headers,
    data: { type: 'incident', date: '2023-09-01', siteId: gao.id, title: TITLE, notes: NOTES, source: { url: 'https://example.org/?q=<script>', publisher: `${SQL} <b>bold</b>` } },
  });
  expect(milestone.status(), await milestone.text()).toBe(201);
  expect((await milestone.json()).title).toBe(TITLE);
  milestonePage = `/sites/${gao.slug}`;

  const imported = await request.post('/api/v1/releases', { headers, data: { text: RELEASE } });
  expect(imported.status(), await imported.text()).toBeLessThan(300);
  const body = await imported.json();
  releasePage = `/releases/${[...body.created, ...body.existing][0].id}`;
  await request.dispose();
});

test('a milestone whose title, notes and source hold markup and SQL shows them as text on the site page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(milestonePage);
  await expect(page.getByText(TITLE).first()).toBeVisible();
  await expectInert(page);
  expect(dialogs).toEqual([]);
});

test('a release whose text holds markup and SQL shows it as text on the release page and in the list', async ({ page }) => {
  await page.goto(releasePage);
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(IMG, { exact: false }).first()).toBeVisible();
  await expectInert(page);

  await page.goto('/releases?q=DROP');
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  await expectInert(page);

  // And the API still answers: no table was dropped.
  const sites = await page.request.get('/api/v1/milestones?limit=1');
  expect(sites.status()).toBe(200);
});

test('every response names its request id, which the error page can read, and no error text reaches the page', async ({ page, request }) => {
  const api = await request.get('/api/v1/sites?asOf=2023-02-30');
  expect(api.status()).toBe(400);
  expect(api.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(await api.text()).not.toMatch(/\n\s+at |SQLITE|prisma/i);
  const response = await page.goto('/sites');
  const id = response?.headers()['x-request-id'];
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  // What app/error.tsx reads: the id, from Server-Timing, visible to the page's own scripts.
  const fromTiming = await page.evaluate(() =>
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).serverTiming.find((t) => t.name === 'request-id')?.description,
  );
  expect(fromTiming).toBe(id);
});

test('after sign-in, a return address that a browser would read as another site goes home (issue 14)', async ({ request, baseURL }) => {
  await signIn(request, baseURL!);
  for (const next of ['/%09/evil.example/x', '/%0a/evil.example', '/%0d%0a/evil.example', '/%5Cevil.example', '//evil.example']) {
    const res = await request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
    expect(res.status(), next).toBeLessThan(400);
    expect([307, 308, 303]).toContain(res.status());
    const location = res.headers()['location']!;
    expect(new URL(location, baseURL).origin, `${next} -> ${location}`).toBe(new URL(baseURL!).origin);
  }
  const kept = await request.get('/sign-in?next=/sites/ber%3FasOf%3D2023-12-31', { maxRedirects: 0 });
  expect(kept.headers()['location']).toMatch(/\/sites\/ber\?asOf=2023-12-31$/);
});

test('pages refuse PUT, PATCH and DELETE, and actions sent from another site, with a 4xx (issue 14)', async ({ request }) => {
  for (const method of ['PUT', 'PATCH', 'DELETE']) {
    const refused = await request.fetch('/sites', { method, data: 'x' });
    expect(refused.status(), method).toBe(405);
    expect(refused.headers()['allow']).toBe('GET, HEAD, POST, OPTIONS');
  }
  const action = await request.post('/sign-in', { headers: { 'next-action': 'abc123', origin: 'https://evil.example' }, data: '[]' });
  expect(action.status()).toBe(403);
});

test('TRACE, and methods an API address does not take, get a 405 in JSON with Allow, not a 500 (issue 14)', async ({ request }) => {
  for (const path of ['/', '/api/v1/milestones']) {
    const trace = await request.fetch(path, { method: 'TRACE' });
    expect(trace.status(), path).toBe(405);
    expect((await trace.json()).error.code).toBe('method_not_allowed');
  }
  const put = await request.fetch('/api/v1/milestones', { method: 'PUT', data: { type: 'other' } });
  expect(put.status()).toBe(405);
  expect(put.headers()['allow']).toBe('GET, POST, HEAD, OPTIONS');
  expect(put.headers()['content-type']).toMatch(/application\/json/);
  expect((await put.json()).error.code).toBe('method_not_allowed');
});
