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
