import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The sites table's row for one site, found by its row header as a screen reader would. */
const siteRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('the overview shows the mission, its deadline and the 13 sites with their status', async ({ page }) => {
  await page.goto('/?asOf=2023-10-20');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('MINUSMA');
  await expect(page.getByText('31 Dec 2023')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(14);
  await expect(siteRow(page, 'Tessalit')).toContainText('Withdrawing');
  await expect(siteRow(page, 'Tessalit')).toContainText('16 Oct 2023');
  await expect(siteRow(page, 'Ogossagou')).toContainText('Handed over');
  await expect(siteRow(page, 'Kidal')).toContainText('Active');
  await expect(page.getByText('2 of 13')).toBeVisible();
});

test('the "as of" control shows the picture on another day, and keeps it in the address', async ({ page }) => {
  await page.goto('/?asOf=2023-10-20');
  await page.getByRole('textbox', { name: 'As of' }).fill('2023-08-02');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/asOf=2023-08-02/);
  await expect(siteRow(page, 'Ogossagou')).toContainText('Active');
  await expect(page.getByText('0 of 13')).toBeVisible();
});

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

test('the overview has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/?asOf=2023-10-20');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
