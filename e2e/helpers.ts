import { execFileSync } from 'node:child_process';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

/** What the writing specs share: accounts made with user:create on the writes server's own database, and signing in through the form. */
export const PASSWORD = 'correct horse battery staple';

export function databaseOf(testInfo: TestInfo): string {
  const port = new URL(String(testInfo.project.use.baseURL)).port;
  return `file:./data/e2e-${port}.db`;
}

export function createUser(testInfo: TestInfo, email: string, role: string) {
  execFileSync('npx', ['tsx', 'scripts/user-create.ts', '--email', email, '--role', role, '--password', PASSWORD], {
    env: { ...process.env, DATABASE_URL: databaseOf(testInfo) },
    stdio: 'pipe',
  });
}

export async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  const signedIn = page.getByRole('button', { name: 'Sign out' });
  const throttled = page.getByRole('alert').filter({ hasText: 'Too many attempts' });
  // Sign-in is throttled (a few tries per IP in a short window); the writing specs sign in often.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(signedIn.or(throttled)).toBeVisible();
    if (await signedIn.isVisible()) return;
    await page.waitForTimeout(11_000);
  }
  await expect(signedIn).toBeVisible();
}

/** How far the page scrolls sideways now, and the outermost elements that stick out past the right edge. */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth + 0.5;
    const sticksOut = (el: Element | null) => !!el && el !== document.body && el.getBoundingClientRect().right > edge;
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && !sticksOut(el.parentElement) && !insideScroller(el))
      .slice(0, 5)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const classes = String(el.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 6).join('.');
        return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes ? `.${classes}` : ''}> left ${Math.round(box.left)}, width ${Math.round(box.width)}`;
      });
    return { overflow: root.scrollWidth - root.clientWidth, culprits };
  });
}

/**
 * The page, once settled, does not scroll sideways. A failure names the elements that stick
 * out past the right edge (the outermost of each, not the content of a box that scrolls on
 * its own). An overflow that lasts only while the page is still laying out (seen once on CI,
 * right after a client-side navigation on the phone) is waited out for a few seconds, and
 * reported as a note on the test with what stuck out, rather than failing it.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const first = await sidewaysOverflow(page);
  if (first.overflow <= 0) return;
  let last = first;
  await expect
    .poll(async () => (last = await sidewaysOverflow(page)).overflow, { timeout: 5_000, message: 'the page scrolls sideways' })
    .toBeLessThanOrEqual(0)
    .catch(() => {
      throw new Error(`the page scrolls sideways by ${last.overflow} px; sticking out: ${last.culprits.join('; ') || 'none found'}`);
    });
  const note = `the page scrolled sideways by ${first.overflow} px for a moment; sticking out: ${first.culprits.join('; ') || 'none found'}`;
  test.info().annotations.push({ type: 'transient overflow', description: note });
  console.warn(note);
}
