import { test, expect } from '@playwright/test';

test('a date that is not a real day is refused with a message', async ({ page }) => {
  await page.goto('/?asOf=2023-02-30');
  await expect(page.getByRole('alert').filter({ hasText: 'not a real day' })).toBeVisible();
});

test('the API answers JSON, and JSON errors for bad input', async ({ request }) => {
  const sites = await request.get('/api/v1/sites?mission=MINUSMA');
  expect(sites.status()).toBe(200);
  expect((await sites.json()).data).toHaveLength(13);
  const bad = await request.get('/api/v1/progress?asOf=2023-13-01');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe('validation_failed');
  const doc = await request.get('/api/v1/openapi.json');
  expect((await doc.json()).openapi).toMatch(/^3\.1/);
});

test('pages work before JavaScript: the as-of form and the language switch are plain HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sites?asOf=2023-10-20');
  await page.getByLabel('As of', { exact: true }).fill('2023-08-10');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/asOf=2023-08-10/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites as of 10 August 2023');
  await context.close();
});

test('every response carries the security headers, and the page scripts run under a nonce-only policy', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/sites?asOf=2023-10-20');
  const csp = response?.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBeTruthy();
  // Scripts ran: the table answers a sort click without a page load.
  await page.getByRole('button', { name: /^Site/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  expect(violations).toEqual([]);

  const again = await page.goto('/sites?asOf=2023-10-20');
  expect(/'nonce-([^']+)'/.exec(again?.headers()['content-security-policy'] ?? '')?.[1]).not.toBe(nonce);

  const api = await request.get('/api/v1/missions');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  // The API skips the proxy and sets its own: a JSON answer may load and be framed by nothing.
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  for (const path of ['/api/v1/no-such-endpoint', '/api/no-such-version', '/api/v1/sites/tessalit/no-such-part']) {
    const unknown = await request.get(path);
    expect(unknown.status(), path).toBe(404);
    expect((await unknown.json()).error.code, path).toBe('not_found');
    expect(unknown.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(unknown.headers()['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
  expect(api.headers()['strict-transport-security']).toBeUndefined();
  // A scheme forwarded by a client that is not a trusted proxy (TRUSTED_PROXIES is unset
  // here) is not believed: no HSTS for a made-up "https".
  const madeUp = await request.get('/api/v1/missions', { headers: { 'x-forwarded-proto': 'https' } });
  expect(madeUp.headers()['strict-transport-security']).toBeUndefined();
});

test('the app can be added to a home screen: every page links a manifest whose icons load', async ({ page, request }) => {
  await page.goto('/missions/UNIFIL');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Drawdown', start_url: '/', display: 'standalone', theme_color: '#1e293b' });
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
  }
});
