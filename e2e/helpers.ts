import { execFileSync } from 'node:child_process';
import { expect, type Page, type TestInfo } from '@playwright/test';

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

/**
 * The page does not scroll sideways. A failure names the elements that stick out past the
 * right edge (the outermost of each, not the content of a box that scrolls on its own), so a
 * layout that overflows only now and then says what did it.
 */
export async function expectNoSidewaysScroll(page: Page) {
  const { overflow, culprits } = await page.evaluate(() => {
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
  expect(overflow, `the page scrolls sideways by ${overflow} px; sticking out: ${culprits.join('; ') || 'none found'}`).toBeLessThanOrEqual(0);
}
