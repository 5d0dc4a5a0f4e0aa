import { test, expect, type Page } from '@playwright/test';
import { createUser, signIn } from './helpers';

/**
 * Editing on a link that drops (decision 0017): a milestone saved offline waits on the device,
 * survives a reload, and reaches the API when the link returns; one whose record changed in
 * the meantime opens the conflict screen; other writes say they need a connection. It writes,
 * so it runs on the writes server (its name matches WRITING_SPECS in playwright.config.ts).
 * The milestones are incidents of 2020 at Douentza: they change no status or count that the
 * other writing specs read.
 */
test.describe.configure({ mode: 'serial' });

const EDITOR = 'e2e-offline-editor@example.org';
const SITE = '/sites/douentza';

test.beforeAll(({}, testInfo) => {
  createUser(testInfo, EDITOR, 'editor');
});

async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Opens the site page with the service worker in control, kept on the device for a reload offline. */
async function openSitePage(page: Page) {
  await page.goto(SITE);
  await controlled(page);
  await page.goto(SITE);
  await expect(page.getByRole('heading', { level: 1, name: 'Douentza' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await Promise.all((await caches.keys()).filter((n) => n.endsWith('-pages')).map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat()))
    .toContain(SITE);
}

async function milestonesTitled(page: Page, title: string) {
  const response = await page.request.get('/api/v1/milestones?mission=MINUSMA&from=2020-01-01&to=2020-12-31&limit=100');
  const body = (await response.json()) as { data: { id: number; title: string; notes: string | null; version: number }[] };
  return body.data.filter((m) => m.title === title);
}

test('a milestone saved offline waits on the device, through a reload, and is in the API once the link returns', async ({ page, context }) => {
  const title = 'Generator fire at Douentza camp (saved offline)';
  await signIn(page, EDITOR);
  await openSitePage(page);
  await page.getByRole('button', { name: 'Add a milestone' }).click();
  await expect(page.getByLabel('Title')).toBeVisible();

  await context.setOffline(true);
  // Other writes need the link, and say so.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeDisabled();
  await page.getByLabel('Type').selectOption('incident');
  await page.getByLabel('Date').fill('2020-03-01');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Notes').fill('Typed on a dead link.');
  await page.getByRole('radio', { name: 'A web page' }).check();
  await page.getByLabel('Address (http:// or https://)').fill('https://example.org/douentza-fire');
  await page.getByLabel('Publisher').fill('Example');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No connection: kept on this device, waiting to send.' })).toBeVisible();
  const outbox = page.getByRole('region', { name: 'Milestones waiting to send' });
  await expect(outbox).toContainText(title);
  await expect(outbox).toContainText('Waiting to send');

  // Nothing typed is lost to a reload: the page is the device's copy, the milestone still waits.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Douentza' })).toBeVisible();
  await expect(outbox).toContainText(title);
  await expect(outbox).toContainText('Waiting to send');
  expect(await milestonesTitled(page, title)).toHaveLength(0);

  // The link returns: it is sent on its own.
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: `Sent: ${title}.` })).toBeVisible();
  await expect(outbox).toHaveCount(0);
  const [stored] = await milestonesTitled(page, title);
  expect(stored?.notes).toBe('Typed on a dead link.');
});

test('a change saved offline to a milestone someone changed meanwhile opens the conflict screen when sent', async ({ page, context, baseURL }) => {
  const title = 'Water point handed to the town of Douentza';
  await signIn(page, EDITOR);
  const sites = (await (await page.request.get('/api/v1/sites?mission=MINUSMA')).json()) as { data: { id: number; name: string }[] };
  const siteId = sites.data.find((s) => s.name === 'Douentza')!.id;
  const created = await page.request.post('/api/v1/milestones', {
    headers: { origin: baseURL! },
    data: { mission: 'MINUSMA', type: 'incident', date: '2020-04-01', status: 'achieved', siteId, contingentId: null, title, notes: null, figure: null, source: { url: 'https://example.org/douentza-water', publisher: 'Example' } },
  });
  expect(created.status()).toBe(201);
  const milestone = (await created.json()) as { id: number; version: number };

  await openSitePage(page);
  await page.getByRole('button', { name: `Edit “${title}”` }).click();
  await context.setOffline(true);
  await page.getByLabel('Notes').fill('Handed over with its pump, on a bad link.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No connection: kept on this device, waiting to send.' })).toBeVisible();

  // Meanwhile another editor renames it (the API, not the browser: it is not offline).
  const renamed = await page.request.patch(`/api/v1/milestones/${milestone.id}`, {
    headers: { origin: baseURL! },
    data: { version: milestone.version, title: `${title} (renamed)` },
  });
  expect(renamed.status()).toBe(200);

  await context.setOffline(false);
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this milestone' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`${title} (renamed)`);
  await expect(conflict).toContainText('Handed over with its pump, on a bad link.');
  // Still there after a reload: the conflict is kept on the device until the editor chooses.
  await page.reload();
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Apply my changes to theirs' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `Sent: ${title}.` })).toBeVisible();
  const [stored] = await milestonesTitled(page, `${title} (renamed)`);
  expect(stored?.notes).toBe('Handed over with its pump, on a bad link.');
});

test('signing out forgets the pages kept on the device for the signed-in editor', async ({ page }) => {
  await signIn(page, EDITOR);
  await openSitePage(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  const kept = await page.evaluate(async () =>
    (await Promise.all((await caches.keys()).filter((n) => n.startsWith('drawdown-')).map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat(),
  );
  expect(kept).not.toContain(SITE);
});
