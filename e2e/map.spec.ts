import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoSidewaysScroll } from './helpers';

/**
 * The Sites page's map, as its users meet it: by keyboard, with a screen reader's names, on a
 * phone, and following the "as of" day without a reload. On 20 October 2023 Tessalit had
 * started its withdrawal (16 October) and Ogossagou had been handed over.
 */

const mapSection = (page: Page, name = 'Map') => page.getByRole('region', { name, exact: true });
const markerList = (page: Page) => mapSection(page).getByRole('list', { name: 'Sites on the map' });
const markers = (page: Page) => markerList(page).getByRole('button');
/** A site's marker, found by the start of its accessible name as a screen reader user would. */
const marker = (page: Page, site: string) => markerList(page).getByRole('button', { name: new RegExp(`^${site}:`) });

/** Presses Tab until focus is on an element matching the test, as a keyboard user would. */
async function tabUntil(page: Page, test: () => Promise<boolean>, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await test()) return;
  }
  throw new Error(`focus never got there in ${limit} presses of Tab`);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

test('the map shows every site, drawn from data shipped with the app', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) external.push(request.url());
  });
  await page.goto('/sites?asOf=2023-10-20');
  await expect(markers(page)).toHaveCount(13);
  await expect(marker(page, 'Tessalit')).toHaveAccessibleName('Tessalit: Withdrawing since 16 October 2023');
  await expect(marker(page, 'Ogossagou')).toHaveAccessibleName(/^Ogossagou: Handed over since/);
  await expect(marker(page, 'Kidal')).toHaveAccessibleName('Kidal: Active');
  // The legend counts the sites per status.
  // Tessalit and Aguelhok (16 Oct), Mopti-Sévaré (Senegalese left 20 Sep), Gao (Egyptians left 28 Jul).
  await expect(mapSection(page).getByText('Withdrawing: 4 sites')).toBeVisible();
  await expect(mapSection(page).getByText('Handed over: 4 sites')).toBeVisible();
  expect(external).toEqual([]);
});

test('a marker is reached by Tab, Enter opens its popup and Escape closes it', async ({ page }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await expect(markers(page)).toHaveCount(13);
  await tabUntil(page, async () => (await focusedName(page)).startsWith('Tessalit:'));
  await expect(marker(page, 'Tessalit')).toBeFocused();

  await page.keyboard.press('Enter');
  const popup = mapSection(page).getByRole('dialog', { name: 'Tessalit' });
  await expect(popup).toBeVisible();
  await expect(popup).toBeFocused();
  await expect(marker(page, 'Tessalit')).toHaveAttribute('aria-expanded', 'true');
  await expect(popup).toContainText('Withdrawing');
  await expect(popup).toContainText('since 16 October 2023');
  await expect(popup).toContainText('Last milestone');
  await expect(popup).toContainText('Withdrawal started · 16 October 2023');
  await expect(popup.getByRole('link', { name: 'Tessalit' })).toHaveAttribute('href', '/sites/tessalit?asOf=2023-10-20');
  await expect(popup.getByRole('link', { name: 'Source release' })).toHaveAttribute('href', /^\/releases\/\d+\?asOf=2023-10-20$/);

  // The popup is on screen, whatever the width.
  const box = await popup.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);

  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(marker(page, 'Tessalit')).toBeFocused();
  await expect(marker(page, 'Tessalit')).toHaveAttribute('aria-expanded', 'false');

  // Space opens it too, and the close button returns to the marker as Escape does.
  await page.keyboard.press('Space');
  await expect(popup).toBeVisible();
  await popup.getByRole('button', { name: 'Close' }).click();
  await expect(popup).toBeHidden();
  await expect(marker(page, 'Tessalit')).toBeFocused();
});

test('the markers follow the "as of" day in place, without reloading the page', async ({ page }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await expect(marker(page, 'Ogossagou')).toHaveAccessibleName(/Handed over/);
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByRole('textbox', { name: 'As of' }).fill('2023-08-02');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/asOf=2023-08-02/);
  await expect(marker(page, 'Ogossagou')).toHaveAccessibleName('Ogossagou: Active');
  await expect(mapSection(page).getByText('Handed over: no site')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
});

test('the map has no serious or critical accessibility violation, popup closed or open', async ({ page }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await expect(markers(page)).toHaveCount(13);
  const serious = async (rules: Record<string, { enabled: boolean }> = {}) => {
    const results = await new AxeBuilder({ page }).include('section[aria-labelledby="site-map-heading"]').options({ rules }).analyze();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  };
  // Target size (WCAG 2.2) is off in axe by default; markers are kept apart to pass it. They are spread once the map
  // has measured its width (a ResizeObserver callback, late on a loaded machine): the check is of the settled map.
  await expect.poll(() => serious({ 'target-size': { enabled: true } }), { timeout: 30_000 }).toEqual([]);
  await marker(page, 'Tessalit').click();
  await expect(mapSection(page).getByRole('dialog')).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('the map fits the width of the screen', async ({ page }) => {
  await page.goto('/sites?asOf=2023-10-20');
  await expect(markers(page)).toHaveCount(13);
  const viewport = page.viewportSize();
  const map = await mapSection(page).locator('svg').first().boundingBox();
  expect(map && viewport && map.x >= 0 && map.x + map.width <= viewport.width).toBe(true);
  for (const box of await Promise.all((await markers(page).all()).map((m) => m.boundingBox()))) {
    expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
  }
  await expectNoSidewaysScroll(page);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the map speaks French, dates included', async ({ page }) => {
    await page.goto('/sites?asOf=2023-10-20');
    const section = mapSection(page, 'Carte');
    const tessalit = section.getByRole('list', { name: 'Sites sur la carte' }).getByRole('button', { name: /^Tessalit/ });
    await expect(tessalit).toHaveAccessibleName('Tessalit : En retrait depuis le 16 octobre 2023');
    await tessalit.click();
    const popup = section.getByRole('dialog', { name: 'Tessalit' });
    await expect(popup).toContainText('Dernier jalon');
    await expect(section.getByRole('heading', { name: 'Légende' })).toBeVisible();
  });
});
