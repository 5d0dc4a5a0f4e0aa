import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoSidewaysScroll } from './helpers';

/**
 * What staff do, as a person would do it: find a site, read its status and source, move the
 * "as of" day, switch language. Runs on the desktop and the 360 px phone projects.
 */

const siteRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

const keyFigure = (page: Page, label: string) => page.locator('dl > div').filter({ has: page.getByText(label, { exact: true }) });

test('finds a site by its French alias and reads its status and source', async ({ page }) => {
  await page.goto('/sites?asOf=2023-10-20');
  // Typed key by key, as a person types: the filter follows each keystroke through the address,
  // so a keystroke landing while the page is still starting up is made good by the next one.
  await page.getByRole('searchbox', { name: 'Search names and aliases' }).pressSequentially('Tombouctou');
  await expect(page).toHaveURL(/q=Tombouctou/);
  await expect(page.getByText('1 site shown of 13.')).toBeVisible({ timeout: 15_000 });
  await expect(siteRow(page, 'Timbuktu')).toContainText('Active');

  await page.getByRole('searchbox', { name: 'Search names and aliases' }).fill('menaka');
  await expect(siteRow(page, 'Ménaka')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('1 site shown of 13.')).toBeVisible();

  await siteRow(page, 'Ménaka').getByRole('link', { name: 'Ménaka' }).click();
  await expect(page).toHaveURL(/\/sites\/menaka\?asOf=2023-10-20/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ménaka' })).toBeVisible();
  const status = page.locator('dl > div').filter({ hasText: 'Status on 20 October 2023' });
  await expect(status).toContainText('Handed over');
  await expect(status).toContainText('since 25 August 2023');
  const timeline = page.getByRole('region', { name: 'Timeline of milestones' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Timeline of milestones' }) }));
  const source = timeline.getByRole('link', { name: /Release of|MINUSMA/ }).first();
  await expect(source).toBeVisible();
  await source.click();
  await expect(page).toHaveURL(/\/releases\/\d+/);
  await expect(page.getByRole('heading', { name: 'Milestones that cite it' })).toBeVisible();
});

test('moves the "as of" day in place: Tessalit withdrawing on 20 Oct 2023, and the counts change', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) apiCalls.push(new URL(request.url()).pathname + new URL(request.url()).search);
  });
  await page.goto('/?asOf=2023-08-01');
  await expect(keyFigure(page, 'Sites closed or handed over')).toContainText('0 of 13');
  // A marker on the window survives only if the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  await page.getByLabel('As of', { exact: true }).fill('2023-10-20');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/asOf=2023-10-20/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('20 October 2023');
  await expect(keyFigure(page, 'Sites closed or handed over')).toContainText('4 of 13');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  // Back to a day already seen: shown from the cache, not fetched again.
  const before = apiCalls.filter((c) => c.includes('asOf=2023-08-01')).length;
  await page.goBack();
  await expect(page).toHaveURL(/asOf=2023-08-01/);
  await expect(keyFigure(page, 'Sites closed or handed over')).toContainText('0 of 13');
  expect(apiCalls.filter((c) => c.includes('asOf=2023-08-01')).length).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  await page.goForward();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sites' }).click();
  await expect(page).toHaveURL(/\/sites\?asOf=2023-10-20/);
  await expect(siteRow(page, 'Tessalit')).toContainText('Withdrawing');
  await expect(siteRow(page, 'Tessalit')).toContainText('16 Oct 2023');
  await expect(siteRow(page, 'Ogossagou')).toContainText('Handed over');
  await expectNoSidewaysScroll(page);
});

test('steps to the previous and next milestone', async ({ page }) => {
  await page.goto('/?asOf=2023-10-01');
  const steps = page.getByRole('navigation', { name: 'Quick steps' });
  await steps.getByRole('link', { name: /Previous milestone/ }).click();
  // The personnel departed figure published on 27 September 2023.
  await expect(page).toHaveURL(/asOf=2023-09-27/);
  await steps.getByRole('link', { name: /Next milestone/ }).click();
  await expect(page).toHaveURL(/asOf=2023-10-10/);
  await steps.getByRole('link', { name: /Next milestone/ }).click();
  await expect(page).toHaveURL(/asOf=2023-10-16/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('16 October 2023');
  await steps.getByRole('link', { name: /Deadline/ }).click();
  await expect(page).toHaveURL(/asOf=2023-12-31/);
  await steps.getByRole('link', { name: /Today/ }).click();
  await expect(page).not.toHaveURL(/asOf=/);
  await expect(page.getByText(/^Showing today/)).toBeVisible();
});

test('switches to French and back, keeping the page and its query', async ({ page }) => {
  await page.goto('/sites?asOf=2023-10-20&status=withdrawing');
  await expect(siteRow(page, 'Tessalit')).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sites au 20 octobre 2023');
  await expect(page).toHaveURL(/\/sites\?asOf=2023-10-20&status=withdrawing/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(siteRow(page, 'Tessalit')).toContainText('En retrait');
  await expect(siteRow(page, 'Tessalit')).toContainText('16 oct. 2023');

  await page.goto('/?asOf=2023-10-20');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MINUSMA : retrait au 20 octobre 2023');
  await expect(keyFigure(page, 'Sites fermés ou rétrocédés')).toContainText('4 sur 13');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MINUSMA: withdrawal as of 20 October 2023');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('sorts and filters the sites table from the address', async ({ page }) => {
  await page.goto('/sites?asOf=2023-12-31&status=withdrawing&sort=name&dir=desc');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('withdrawing');
  const names = (await page.getByRole('rowheader').allInnerTexts()).map((text) => text.split('\n')[0]);
  // Gao and Bamako were kept for the liquidation; Gao's withdrawal had begun in July.
  expect(names).toEqual(['Gao']);
  await page.getByRole('combobox', { name: 'Region' }).selectOption('Kidal');
  await expect(page.getByText('None of the 13 sites matches.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('13 sites shown of 13.')).toBeVisible();
  await page.getByRole('button', { name: /^Site/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(page.getByRole('columnheader', { name: /^Site/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('an unknown site or release is a clear "not found"', async ({ page }) => {
  for (const path of ['/sites/atlantis', '/releases/999999', '/releases/abc']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

for (const path of ['/?asOf=2023-10-20', '/sites?asOf=2023-10-20', '/sites/tessalit?asOf=2023-10-20', '/contingents?asOf=2023-10-20', '/releases', '/releases/1']) {
  test(`${path} has no serious accessibility violation and fits the screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
    await expectNoSidewaysScroll(page);
  });
}
