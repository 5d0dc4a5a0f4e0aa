import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoSidewaysScroll } from './helpers';
import { mkdirSync, readFileSync } from 'node:fs';

const CHARTS = ['progress', 'personnel', 'timeline', 'breakdown-phase', 'breakdown-region'] as const;
type ChartId = (typeof CHARTS)[number];

const card = (page: Page, id: ChartId) => page.locator(`[data-chart="${id}"]`);

/** Opens a chart's data table and reads it: the header texts and each cell's value as the CSV holds it. */
async function readTable(page: Page, id: ChartId): Promise<{ header: string[]; rows: string[][] }> {
  const section = card(page, id);
  const details = section.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await section.getByText('Data table', { exact: true }).click();
  const table = section.getByRole('table');
  await expect(table).toBeVisible();
  const header = (await table.locator('thead th').allTextContents()).map((s) => s.trim());
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.getAttribute('data-value') ?? '')));
  return { header, rows };
}

/** RFC 4180 CSV, as lib/domain/csv.ts writes it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function downloadCsv(page: Page, id: ChartId): Promise<string[][]> {
  const button = card(page, id).getByRole('button', { name: /CSV/ });
  // The accessible name starts with the words shown, so a voice user can say what they see (axe: label-content-name-mismatch).
  await expect(button).toHaveAccessibleName(new RegExp(`^${(await button.innerText()).trim()}: `));
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  expect(download.suggestedFilename()).toMatch(/^MINUSMA-.*\d{4}-\d{2}-\d{2}\.csv$/);
  return parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

/** Narrower than 64rem (app/missions/[code]/_components/charts/lazy.tsx), a chart is drawn when it comes into view; wider, at once. */
const drawsWhenInView = (page: Page) => page.viewportSize()!.width < 1024;

async function expectSvg(section: Locator) {
  // As a reader would: a chart below the first screen is drawn when scrolled to.
  await section.scrollIntoViewIfNeeded();
  const svg = section.locator('figure svg').first();
  await expect(svg).toBeVisible();
  expect(await svg.evaluate((s) => s.getBoundingClientRect().height)).toBeGreaterThan(100);
}

test('every chart is drawn as SVG, with its heading and its summary in words, and the page does not scroll sideways', async ({ page }) => {
  await page.goto('/charts?asOf=2023-10-20');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('20 October 2023');
  for (const id of CHARTS) {
    const section = card(page, id);
    await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(section.locator('p').first()).toContainText('20 October 2023');
    await expectSvg(section);
  }
  // Ogossagou, Ber, Goundam and Ménaka (the public record's handovers of August 2023).
  await expect(card(page, 'progress')).toContainText('4 of 13 sites had been closed or handed over');
  await expect(card(page, 'progress')).toContainText(/Pace: 4 sites closed or handed over in the 111 days from 1 July 2023 to 20 October 2023/);
  await expectNoSidewaysScroll(page);
});

for (const asOf of ['2023-08-31', '2023-12-31']) {
  test(`the data tables hold the API's progress figures as of ${asOf}`, async ({ page, request }) => {
    const api = await (await request.get(`/api/v1/progress?mission=MINUSMA&asOf=${asOf}`)).json();
    await page.goto(`/charts?asOf=${asOf}`);

    const progress = await readTable(page, 'progress');
    const byDate = new Map(progress.rows.map((r) => [r[0], r]));
    for (const point of api.series as { date: string; done: number; planned: number }[]) {
      const row = byDate.get(point.date);
      expect(row, point.date).toBeDefined();
      // What happened is drawn up to the as-of day only; the plan runs on.
      expect({ date: point.date, done: row?.[1], planned: row?.[2] }).toEqual({
        date: point.date,
        done: point.date <= asOf ? String(point.done) : '',
        planned: String(point.planned),
      });
    }
    // Beyond the series, only the projection's end (when it is not a day of the series).
    expect(progress.rows.filter((r) => !api.series.some((p: { date: string }) => p.date === r[0])).every((r) => r[3] !== '')).toBe(true);
    const done = api.sites.closed + api.sites.handedOver;
    await expect(card(page, 'progress').locator('p').first()).toContainText(`${done} of ${api.sites.total} sites`);
    const ogossagou = progress.rows.find((r) => r[0] === '2023-08-03');
    expect(ogossagou?.[4]).toContain('Ogossagou');
    expect(ogossagou?.[5]).toContain('Release of 4 August 2023');

    const personnel = await readTable(page, 'personnel');
    expect(personnel.rows.map((r) => [r[0], Number(r[1])])).toEqual(api.personnelSeries.map((p: { date: string; departed: number }) => [p.date, p.departed]));

    const phases = await readTable(page, 'breakdown-phase');
    expect(phases.rows.map((r) => r.slice(1).map(Number))).toEqual(
      api.breakdowns.byPhase.map((r: Record<string, number>) => [r.active, r.withdrawing, r.closed, r.handedOver, r.total]),
    );
    const regions = await readTable(page, 'breakdown-region');
    expect(regions.rows.map((r) => r[0])).toEqual(api.breakdowns.byRegion.map((r: { label: string }) => r.label));

    const timeline = await readTable(page, 'timeline');
    expect(timeline.rows.map((r) => [r[0], r[3], r[5]])).toEqual(
      api.timeline.map((r: { name: string; plannedEnd: string | null; doneOn: string | null }) => [r.name, r.plannedEnd ?? '', r.doneOn ?? '']),
    );
  });
}

test('each CSV download holds exactly the rows and columns of its table', async ({ page }) => {
  await page.goto('/charts?asOf=2023-10-20');
  for (const id of CHARTS) {
    const table = await readTable(page, id);
    const csv = await downloadCsv(page, id);
    expect(csv[0], id).toEqual(table.header);
    expect(csv.slice(1), id).toEqual(table.rows);
  }
});

test('the charts follow the as-of day chosen on the page, without a reload', async ({ page }) => {
  await page.goto('/charts?asOf=2023-10-20');
  await expectSvg(card(page, 'progress'));
  await page.getByRole('textbox', { name: 'As of', exact: true }).fill('2023-08-10');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/asOf=2023-08-10/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('10 August 2023');
  await expect(card(page, 'progress').locator('p').first()).toContainText('1 of 13 sites');
  await expect(card(page, 'breakdown-phase').locator('p').first()).toContainText('Phase 1: 1 of 4 done');
});

test('focusing the progress chart and stepping through it names the sites and sources behind a step', async ({ page }) => {
  await page.goto('/charts?asOf=2023-08-31');
  await expectSvg(card(page, 'progress'));
  const svg = card(page, 'progress').locator('figure svg').first();
  await svg.focus();
  const tooltip = card(page, 'progress').locator('.recharts-tooltip-wrapper');
  for (let i = 0; i < 4 && !(await tooltip.textContent())?.includes('Ogossagou'); i++) await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('Ogossagou: handed over');
  await expect(tooltip).toContainText('Release of 4 August 2023');
});

test('the charts page has no serious or critical accessibility violation, tables open', async ({ page }) => {
  await page.goto('/charts?asOf=2023-10-20');
  for (const id of CHARTS) await expectSvg(card(page, id));
  for (const details of await page.locator('details').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('the charts page prints with the as-of day, the filters and the sources, without the controls', async ({ page }, testInfo) => {
  await page.goto('/charts?asOf=2023-08-31');
  for (const id of CHARTS) await expectSvg(card(page, id));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: /CSV/ }).first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('31 August 2023');
  await expect(page.getByText('Filters: none.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Release of 4 August 2023' })).toBeVisible();
  for (const id of CHARTS) await expectSvg(card(page, id));
  await expectNoSidewaysScroll(page);
  mkdirSync('artifacts', { recursive: true });
  const path = testInfo.project.name === 'desktop' ? 'artifacts/charts-print.png' : `artifacts/charts-print-${testInfo.project.name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach('charts-print', { path, contentType: 'image/png' });
});

test('before any scrolling, a wide screen draws every chart, and a phone none below its first screen', async ({ page }) => {
  await page.goto('/charts?asOf=2023-08-31');
  await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
  if (drawsWhenInView(page)) {
    // Given time to draw, a chart below the first screen still waits for the reader.
    await page.waitForTimeout(1000);
    let below = 0;
    for (const id of CHARTS) {
      const figure = card(page, id).locator('figure');
      if (id === 'timeline' || (await figure.boundingBox())!.y <= page.viewportSize()!.height) continue;
      below++;
      await expect(figure.locator('svg')).toHaveCount(0);
    }
    expect(below, 'charts below the first screen').toBeGreaterThan(0);
  } else {
    // A desk is where pages get printed, with the browser's own command too: all are drawn.
    for (const id of CHARTS) await expect(card(page, id).locator('figure svg').first()).toBeAttached();
  }
});

test('the print button draws every chart before the print dialog opens, also the ones never scrolled to', async ({ page }) => {
  // What each chart's figure holds at the moment the page asks the browser to print.
  await page.addInitScript(() => {
    const calls: boolean[][] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () => void calls.push([...document.querySelectorAll('[data-chart] figure')].map((f) => f.querySelector('svg') !== null));
  });
  await page.goto('/charts?asOf=2023-08-31');
  await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
  // On a phone, a chart below the first screen is not drawn before the reader scrolls to it.
  const last = card(page, 'breakdown-region').locator('figure');
  if (drawsWhenInView(page) && (await last.boundingBox())!.y > page.viewportSize()!.height) await expect(last.locator('svg')).toHaveCount(0);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: boolean[][] }).printCalls)).toEqual([CHARTS.map(() => true)]);
});

test('the overview shows the progress chart with its words and a link to the charts page', async ({ page }) => {
  await page.goto('/?asOf=2023-08-31');
  const section = card(page, 'progress');
  await expect(section.getByRole('heading', { level: 3 })).toHaveText('Sites closed or handed over, against the plan');
  await expect(section.locator('p').first()).toContainText('4 of 13 sites had been closed or handed over');
  // Below the first screen (a phone), the drawing waits until the reader scrolls to it.
  const figure = await section.locator('figure').boundingBox();
  if (drawsWhenInView(page) && figure!.y > page.viewportSize()!.height) {
    await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
    await page.waitForTimeout(1000);
    await expect(section.locator('figure svg')).toHaveCount(0);
  }
  await expectSvg(section);
  await section.getByRole('link', { name: /All charts/ }).click();
  await expect(page).toHaveURL(/\/charts\?asOf=2023-08-31/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('31 August 2023');
});
