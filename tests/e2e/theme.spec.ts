import { expect, test, type Locator } from '@playwright/test';

/** The toggle's visible label and icon: exactly one of its two choices shows at a time. */
async function shownChoice(toggle: Locator): Promise<string> {
  const shown = toggle.locator('.theme-choice:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown.locator('svg')).toBeVisible();
  return (await shown.getAttribute('data-theme-choice')) ?? '';
}

test('the theme follows the system until the reader chooses', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  await context.close();
});

test('the toggle names the theme it switches to, with its icon, and the choice survives a reload before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/guides/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAccessibleName('Switch to Dark theme');
  await expect(toggle).toContainText('Dark theme');
  expect(await shownChoice(toggle)).toBe('dark');
  await expect(toggle).not.toHaveAttribute('aria-pressed');

  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAccessibleName('Switch to Light theme');
  expect(await shownChoice(toggle)).toBe('light');
  await expect(toggle).toBeFocused();

  // Record the theme as soon as the document exists, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
    });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 22, 27)');
  await expect(page.getByRole('button', { name: 'Switch to Light theme' })).toBeVisible();

  await page.getByRole('button', { name: 'Switch to Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await shownChoice(toggle)).toBe('dark');
});

test('on a phone the toggle is an icon that keeps its name', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Switch to Dark theme' });
  await expect(toggle.locator('.theme-choice:visible svg')).toBeVisible();
  await expect(toggle.locator('.theme-choice:visible .theme-label')).toHaveCSS('position', 'absolute');
  const box = (await toggle.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(40);
  expect(box.height).toBeGreaterThanOrEqual(40);
});

test('without JavaScript the toggle, which could not work, is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await context.close();
});
