import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createUser, signIn } from './helpers';

/**
 * What editors and admins do, end to end, on the server that accepts writes (its own
 * database: playwright.config.ts). The steps build on each other, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

const EDITOR = 'e2e-editor@example.org';
const ADMIN = 'e2e-admin@example.org';
const VIEWER = 'e2e-viewer@example.org';

/**
 * A release written for this test (not a real one, and not among the seeds), about UNIFIL's
 * withdrawal, which has not happened yet: it names the day of its own publication only.
 */
const RELEASE = `04 Feb 2027 - Naqoura, 4 February 2027 - UNIFIL has handed over its position in Ramyah to the Lebanese Armed Forces. The peacekeepers who were based there have joined the force headquarters in Naqoura.`;

const sitesDone = (page: Page) => page.locator('dl > div').filter({ has: page.getByText('Sites closed or handed over', { exact: true }) });

test.beforeAll(({}, testInfo) => {
  createUser(testInfo, EDITOR, 'editor');
  createUser(testInfo, ADMIN, 'admin');
  createUser(testInfo, VIEWER, 'viewer');
});

test('a wrong password is refused in words, and no write control shows to a visitor', async ({ page }) => {
  await page.goto('/sites/ber');
  await expect(page.getByRole('button', { name: 'Add a milestone' })).toHaveCount(0);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(EDITOR);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toHaveText('That email and password do not match an account.');
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("You need an editor's account for this page.");
});

test('an editor imports a new release for UNIFIL, accepts a proposal with a corrected date, and the counts change', async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto('/missions/UNIFIL?asOf=2027-02-10');
  await expect(sitesDone(page)).toContainText('0 of 13');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await page.getByLabel('Release text').fill(RELEASE);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 new release' })).toBeVisible();

  await expect(page).toHaveURL(/\/missions\/UNIFIL\/review/);
  const proposal = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Ramyah handed over' }) });
  await expect(proposal.locator('mark').first()).toBeVisible();
  await proposal.getByRole('button', { name: /^Correct and accept/ }).click();
  await proposal.getByLabel('Date').fill('2027-02-02');
  await proposal.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Accepted' })).toBeVisible();

  await page.goto('/missions/UNIFIL/sites/ramyah?asOf=2027-02-10');
  const status = page.locator('dl > div').filter({ hasText: 'Status on 10 February 2027' });
  await expect(status).toContainText('Handed over');
  await expect(status).toContainText('since 2 February 2027');
  await expect(page.getByRole('link', { name: /Release of 4 February 2027/ }).first()).toBeVisible();
  await page.goto('/missions/UNIFIL?asOf=2027-02-10');
  await expect(sitesDone(page)).toContainText('1 of 13');
  // The other mission is untouched.
  await page.goto('/?asOf=2027-02-10');
  await expect(sitesDone(page)).toContainText('13 of 13');
});

test('two editors change the same milestone: the second sees the conflict and loses nothing', async ({ browser }, testInfo) => {
  // Two browsers, two sessions: each editor has their own cookie.
  const contexts = await Promise.all([0, 1].map(() => browser.newContext({ baseURL: String(testInfo.project.use.baseURL) })));
  const [first, second] = await Promise.all(contexts.map((c) => c.newPage())) as [Page, Page];
  await signIn(first, EDITOR);
  await signIn(second, EDITOR);
  for (const page of [first, second]) {
    await page.goto('/sites/ber?asOf=2023-08-31');
    await page.getByRole('button', { name: /^Edit “/ }).first().click();
  }
  await first.getByLabel('Title').fill('Ber camp handed over to the civilian authorities');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await second.getByLabel('Notes').fill('Handed over a day before the release.');
  await second.getByRole('button', { name: 'Save' }).click();
  const conflict = second.getByRole('alert').filter({ hasText: 'Someone else changed this milestone' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Ber camp handed over to the civilian authorities');
  await expect(conflict).toContainText('Handed over a day before the release.');
  await conflict.getByRole('button', { name: 'Apply my changes to theirs' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(second.getByText('Handed over a day before the release.')).toBeVisible();
  // Both changes stand, on the same site: the first editor's title and the second's notes.
  await second.reload();
  const timeline = second.getByRole('listitem').filter({ hasText: 'Handed over a day before the release.' });
  await expect(timeline).toContainText('Ber camp handed over to the civilian authorities');
  await expect(second.locator('dl > div').filter({ hasText: 'Status on 31 August 2023' })).toContainText('Handed over');

  await second.getByRole('button', { name: 'Sign out' }).click();
  await expect(second.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await second.goto('/sites/ber');
  await expect(second.getByRole('button', { name: /^Edit “/ })).toHaveCount(0);
  await Promise.all(contexts.map((c) => c.close()));
});

test('an admin promotes a viewer to editor', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  const row = page.getByRole('row').filter({ hasText: VIEWER });
  await row.getByRole('combobox').selectOption('editor');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is now an editor' })).toBeVisible();

  // The change is in the activity feed, with who made it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Record', exact: true }).selectOption('user');
  await expect(page.getByRole('listitem').filter({ hasText: 'update' }).filter({ hasText: 'role: viewer → editor' }).first()).toBeVisible();
});

test('an admin reads how editors reviewed the proposals, per type', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Extraction' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Extraction quality' })).toBeVisible();
  await expect(page.getByText(/waits? for review|No proposal waits/)).toBeVisible();
  await expect(page.getByText('accepted as proposed ÷ reviewed', { exact: false })).toBeVisible();
});

test('the editing screens have no serious accessibility violation', async ({ page }) => {
  // Eight pages, each loaded and scanned by axe in one journey: on CI's two shared cores it once ran out of the
  // project's 120 s at the last scan (2026-12-07). The same assertions, time for eight scans.
  test.setTimeout(240_000);
  await signIn(page, ADMIN);
  for (const path of ['/review', '/milestones?asOf=2023-12-31', '/account', '/admin/users', '/admin/activity', '/admin/extraction', '/sites/ber?asOf=2023-12-31']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  }
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Signing out loads the overview afresh; only then is the sign-in page shown to a visitor.
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-in');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
