import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoSidewaysScroll } from './helpers';

/**
 * Following more than one drawdown: the list of all missions, the header's switcher, and UNIFIL
 * before its withdrawal starts (31 December 2026), on every screen. Runs on the desktop and the
 * 360 px phone projects. The day is always in the address, so the results do not depend on
 * the day the tests run.
 */

const BEFORE_UNIFIL = '2026-12-05';
const keyFigure = (page: Page, label: string) => page.locator('dl > div').filter({ has: page.getByText(label, { exact: true }) });
const missionRow = (page: Page, code: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${code}`) }) });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('all missions side by side on one day, sortable, with the same figures as CSV', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All missions' }).click();
  await expect(page).toHaveURL(/\/missions(\?|$)/);
  await page.getByLabel('As of', { exact: true }).fill('2024-01-01');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/asOf=2024-01-01/);

  // MINUSMA had 11 of its 13 sites done (Gao and Bamako stayed for the liquidation); UNIFIL had not started.
  await expect(missionRow(page, 'MINUSMA')).toContainText('11 of 13');
  await expect(missionRow(page, 'MINUSMA')).toContainText('Late');
  await expect(missionRow(page, 'UNIFIL')).toContainText('0 of 13');
  await expect(missionRow(page, 'UNIFIL')).toContainText('Not started');
  await expect(missionRow(page, 'UNIFIL')).toContainText('starts 31 December 2026');
  await expect(missionRow(page, 'UNIFIL').getByRole('img')).toHaveAccessibleName(/^0 of 13 sites done by 1 January 2024/);

  // Sorting by days left, then the other way round.
  const order = () => page.getByRole('rowheader').locator('a').allTextContents();
  await page.getByRole('link', { name: /^Days left/ }).click();
  await expect(page).toHaveURL(/sort=daysLeft/);
  expect(await order()).toEqual(['MINUSMA', 'UNIFIL']);
  await page.getByRole('link', { name: /^Days left/ }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect.poll(order).toEqual(['UNIFIL', 'MINUSMA']);
  await expect(page.getByRole('columnheader', { name: /Days left/ })).toHaveAttribute('aria-sort', 'descending');

  const csv = await page.request.get(await page.getByRole('link', { name: 'CSV: all missions' }).getAttribute('href') ?? '');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split(/\r\n/);
  expect(lines).toHaveLength(3);
  expect(lines.find((l) => l.includes(',MINUSMA,'))).toContain(',11,13,');

  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});

test('the switcher goes to the same page of another mission and keeps the day', async ({ page }) => {
  await page.goto('/sites?asOf=2023-10-20');
  const switcher = page.locator('header details');
  await expect(switcher.locator('summary')).toHaveText(/Mission: MINUSMA/);
  // By keyboard: the switcher is a disclosure that opens with Enter.
  await switcher.locator('summary').focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('navigation', { name: 'Switch mission' });
  await expect(list).toBeVisible();
  await list.getByRole('link', { name: /^UNIFIL/ }).click();
  await expect(page).toHaveURL(/\/missions\/UNIFIL\/sites\?asOf=2023-10-20$/);
  await expect(switcher.locator('summary')).toHaveText(/Mission: UNIFIL/);
  await expect(page.getByText('13 sites shown of 13.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Naqoura' })).toContainText('Active');

  // The navigation now serves UNIFIL, and keeps the day.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contingents' }).click();
  await expect(page).toHaveURL(/\/missions\/UNIFIL\/contingents\?asOf=2023-10-20$/);
  await expect(page.getByText('Italy').first()).toBeVisible();

  // A site's page of one mission has no counterpart in the other: the switch lands on the list.
  await page.goto('/missions/UNIFIL/sites/naqoura?asOf=2024-01-01');
  await expect(page.getByRole('heading', { level: 1, name: 'Naqoura' })).toBeVisible();
  await switcher.locator('summary').click();
  await page.getByRole('navigation', { name: 'Switch mission' }).getByRole('link', { name: /^MINUSMA/ }).click();
  await expect(page).toHaveURL(/\/missions\/MINUSMA\/sites\?asOf=2024-01-01$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1 January 2024');
  await expectNoSidewaysScroll(page);
});

test('UNIFIL before its start: the overview, the charts and the map say so, in English and French', async ({ page }) => {
  await page.goto(`/missions/UNIFIL?asOf=${BEFORE_UNIFIL}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('UNIFIL: withdrawal as of 5 December 2026');
  await expect(keyFigure(page, 'Verdict')).toContainText('Not started');
  await expect(keyFigure(page, 'Verdict')).toContainText('The withdrawal starts on 31 December 2026, in 26 days: 13 sites to close by 31 December 2027.');
  await expect(keyFigure(page, 'Withdrawal deadline')).toContainText('31 December 2027');
  await expect(page.getByText(/No milestone recorded on or before this day\. Handovers, convoys and departures appear here/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Charts' }).click();
  await expect(page).toHaveURL(/\/missions\/UNIFIL\/charts\?asOf=2026-12-05$/);
  await expect(page.getByText(/^Not started: the withdrawal starts on 31 December 2026, in 26 days\./).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/missions/UNIFIL/sites?asOf=${BEFORE_UNIFIL}`);
  const map = page.getByRole('region', { name: 'Map', exact: true });
  await expect(map.getByText(/in Lebanon/).first()).toBeVisible();
  await expect(map.getByRole('list', { name: 'Sites on the map' }).getByRole('button')).toHaveCount(13);
  await expectNoSidewaysScroll(page);

  await page.goto(`/missions/UNIFIL?asOf=${BEFORE_UNIFIL}`);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(keyFigure(page, 'Appréciation')).toContainText('Pas commencé');
  await expect(keyFigure(page, 'Appréciation')).toContainText('Le retrait commence le 31 décembre 2026, dans 26 jours');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(keyFigure(page, 'Verdict')).toContainText('Not started');
});

test('an unknown mission is a page not found, and a code in lower case finds its mission', async ({ page }) => {
  const missing = await page.goto('/missions/ATLANTIS/sites');
  expect(missing?.status()).toBe(404);
  await page.goto('/missions/unifil/charts?asOf=2026-12-05');
  await expect(page).toHaveURL(/\/missions\/UNIFIL\/charts\?asOf=2026-12-05$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switcher is a list of plain links that keeps the day', async ({ page }) => {
    await page.goto('/charts?asOf=2023-10-20');
    await page.locator('header details summary').click();
    await page.getByRole('navigation', { name: 'Switch mission' }).getByRole('link', { name: /^UNIFIL/ }).click();
    await expect(page).toHaveURL(/\/missions\/UNIFIL\/charts\?asOf=2023-10-20$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('UNIFIL');
  });
});
