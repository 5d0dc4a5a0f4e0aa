import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { createUser, signIn } from './helpers';

/**
 * Editors correcting the records milestones cite, on the server that accepts writes (its
 * own database: playwright.config.ts). The steps build on each other, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

const EDITOR = 'e2e-records-editor@example.org';
const ADMIN = 'e2e-records-admin@example.org';

test.beforeAll(({}, testInfo) => {
  createUser(testInfo, EDITOR, 'editor');
  createUser(testInfo, ADMIN, 'admin');
});

async function expectNoSeriousViolation(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${what} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
}

test('a visitor sees no control to edit or delete a site', async ({ page }) => {
  await page.goto('/sites/tessalit');
  await expect(page.getByRole('heading', { level: 1, name: 'Tessalit' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit this site' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete this site' })).toHaveCount(0);
});

test("an editor changes Tessalit's planned handover and an alias, and the site page shows them", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/sites/tessalit');
  await page.getByRole('button', { name: 'Edit this site' }).click();

  // A hint is read with its field; a latitude off the globe is refused in words, beside its field
  // (its description, not its name), and the field is marked invalid until it is corrected.
  await expect(page.getByLabel('Planned handover')).toHaveAccessibleDescription("Leave empty to use the phase's planned end.");
  const lat = page.getByLabel('Latitude (−90 to 90)');
  await expect(lat).not.toHaveAttribute('aria-invalid');
  await lat.fill('95');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('must be a latitude between -90 and 90')).toBeVisible();
  await expect(lat).toHaveAttribute('aria-invalid', 'true');
  await expect(lat).toHaveAccessibleName('Latitude (−90 to 90)');
  await expect(lat).toHaveAccessibleDescription(/must be a latitude between -90 and 90/);
  await lat.fill('20.2');
  await expect(lat).not.toHaveAttribute('aria-invalid');

  await page.getByLabel('Planned handover').fill('2023-10-15');
  await page.getByLabel('Other names (one per line)').fill('Amachach\nTessalit camp');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('Also known as Amachach, Tessalit camp')).toBeVisible();
  await expect(page.getByText('Planned: 15 October 2023')).toBeVisible();

  // Stored, not only shown: a fresh load says the same, and the site is found by its new alias.
  await page.reload();
  await expect(page.getByText('Also known as Amachach, Tessalit camp')).toBeVisible();
  await expect(page.getByText('Planned: 15 October 2023')).toBeVisible();
  const found = await page.request.get('/api/v1/sites?q=tessalit%20camp');
  expect((await found.json()).data.map((s: { name: string }) => s.name)).toEqual(['Tessalit']);
});

test("a visitor's page comes from the page cache, and still shows the editor's change at once", async ({ page }) => {
  // The first test of this file had a visitor read this page before the edit: the copy kept
  // then must not be what a visitor gets now.
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/sites/tessalit');
  await expect(page.getByText('Planned: 15 October 2023')).toBeVisible();
  await expect(page.getByText('Also known as Amachach, Tessalit camp')).toBeVisible();

  // Read again with nothing written in between (other journeys write on this server, hence
  // the retries): the kept copy, under a nonce of its own, and its scripts run (the page
  // hydrates) without one refusal by the Content-Security-Policy.
  let served: Awaited<ReturnType<typeof page.reload>> = null;
  await expect
    .poll(async () => (served = await page.reload())?.headers()['x-drawdown-page-cache'], { timeout: 30_000 })
    .toBe('hit');
  const other = await page.request.get('/sites/tessalit');
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
  expect(nonceOf(served!.headers()['content-security-policy'])).toBeTruthy();
  expect(nonceOf(served!.headers()['content-security-policy'])).not.toBe(nonceOf(other.headers()['content-security-policy']));
  await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
  await expect(page.getByText('Planned: 15 October 2023')).toBeVisible();
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test("the API's refusals show where they belong: a field's beside it, another editor's save as the conflict panel", async ({ page, baseURL }) => {
  await signIn(page, EDITOR);
  await page.goto('/sites/goundam');
  await page.getByRole('button', { name: 'Edit this site' }).click();

  // Only the database knows that "Kidal" names another site: the API's field error shows beside the aliases.
  const aliases = page.getByLabel('Other names (one per line)');
  await aliases.fill('Kidal');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(aliases).toHaveAttribute('aria-invalid', 'true');
  await expect(aliases).toHaveAccessibleDescription(/Other spellings and French names.*"Kidal" is already a name or alias of Kidal/);

  // Meanwhile another editor changes the region (the API, with this session): saving is refused, and both show.
  await aliases.fill('');
  await page.getByLabel('Kind').fill('camp (closed)');
  const sites = (await (await page.request.get('/api/v1/sites?mission=MINUSMA')).json()) as { data: { id: number; name: string; version: number }[] };
  const goundam = sites.data.find((s) => s.name === 'Goundam')!;
  const changed = await page.request.patch(`/api/v1/sites/${goundam.id}`, { headers: { origin: baseURL! }, data: { version: goundam.version, region: 'Tombouctou' } });
  expect(changed.status()).toBe(200);
  await page.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this record' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Region/ })).toContainText('Tombouctou');
  await expect(conflict.getByRole('row', { name: /Kind/ })).toContainText('camp (closed)');
  await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const stored = (await (await page.request.get(`/api/v1/sites/${goundam.id}`)).json()) as { kind: string };
  expect(stored.kind).toBe('camp (closed)');
});

test('deleting a site that milestones cite is refused with the reason, and the site stays', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/sites/tessalit');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete this site' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tessalit was not deleted.' })).toContainText(
    /Tessalit cannot be deleted: \d+ milestones?( and \d+ proposals?)? cites? it\. Move or delete those first\./,
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tessalit' })).toBeVisible();
});

test('an editor adds a contingent with a deployment; a deployment ending before it starts is refused in words', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/contingents?asOf=2023-11-01');
  await page.getByRole('button', { name: 'Add a contingent' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New contingent' }) });
  await form.getByLabel('Name').fill('Nigerien contingent');
  await form.getByLabel('Country', { exact: true }).fill('Niger');
  await form.getByLabel('Country code (ISO, two letters)').fill('NE');
  await form.getByLabel('Unit kind').fill('infantry');
  await form.getByRole('button', { name: 'Add a deployment' }).click();
  await form.getByLabel('Site').selectOption({ label: 'Gao' });
  await form.getByLabel('Arrived on').fill('2023-06-01');
  await form.getByLabel('Left on').fill('2023-05-01');
  await expectNoSeriousViolation(page, 'contingent form');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('must not be before the start date')).toBeVisible();
  await form.getByLabel('Left on').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Niger: Nigerien contingent' }) });
  await expect(card).toContainText('Gao');
});

test('an admin creates a mission with a phase; dates out of order are refused in words', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin/missions');
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();
  // The mission shown, ready to edit, its code fixed.
  const edit = page.getByRole('region', { name: 'Edit MINUSMA' });
  await expect(edit.getByLabel('Code (letters, digits, - or _)')).toHaveValue('MINUSMA');
  await expect(edit.getByLabel('Code (letters, digits, - or _)')).toHaveAttribute('readonly', '');
  await expectNoSeriousViolation(page, '/admin/missions');

  const create = page.getByRole('region', { name: 'Create a mission' });
  await create.getByLabel('Code (letters, digits, - or _)').fill('MONUSCO');
  await create.getByLabel('Name', { exact: true }).fill('United Nations Organization Stabilization Mission in the DR Congo');
  await create.getByLabel('Host country', { exact: true }).fill('DR Congo');
  await create.getByLabel('Deployed since').fill('2010-07-01');
  await create.getByLabel('Withdrawal deadline').fill('2009-12-31');
  await create.getByRole('button', { name: 'Add a phase' }).click();
  await create.getByLabel('Code', { exact: true }).fill('SK');
  await create.getByLabel('Name', { exact: true }).nth(1).fill('South Kivu');
  await create.getByRole('button', { name: 'Save' }).click();
  await expect(create.getByText('must not be before the deployment date')).toBeVisible();
  await create.getByLabel('Withdrawal deadline').fill('2025-12-31');
  await create.getByRole('button', { name: 'Save' }).click();
  await expect(create.getByRole('status')).toHaveText('MONUSCO was created.');
  const saved = await (await page.request.get('/api/v1/missions/MONUSCO')).json();
  expect(saved).toMatchObject({ code: 'MONUSCO', withdrawalDeadline: '2025-12-31', phases: [{ code: 'SK', name: 'South Kivu' }] });

  // The new mission can be looked at at once, and the header's switcher edits another one.
  await page.goto('/missions/MONUSCO');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('MONUSCO');
  await page.goto('/admin/missions');
  await page.locator('header details summary').click();
  await page.getByRole('navigation', { name: 'Switch mission' }).getByRole('link', { name: /^UNIFIL/ }).click();
  await expect(page).toHaveURL(/\/admin\/missions\?mission=UNIFIL$/);
  await expect(page.getByRole('region', { name: 'Edit UNIFIL' }).getByLabel('Code (letters, digits, - or _)')).toHaveValue('UNIFIL');
});

test('an editor sees the site form without serious accessibility violation, and cannot open the missions page', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/sites/tessalit');
  await page.getByRole('button', { name: 'Edit this site' }).click();
  await expect(page.getByLabel('Planned handover')).toBeVisible();
  await expectNoSeriousViolation(page, '/sites/tessalit (site form)');
  await page.goto('/admin/missions');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Missions');
});
