import { expect, test } from '@playwright/test';
import { wordOnlyInOneBody } from './support/indexedText';

test('a keyboard-only reader opens search with /, moves to a result and opens it', async ({ page }) => {
  const { word, path, title } = wordOnlyInOneBody();
  await page.goto('/regions/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(word);
  const firstResult = dialog.locator('.pf-result-link').first();
  await expect(firstResult).toHaveAttribute('href', new RegExp(`^${path}(#|$)`));
  await expect(firstResult).toContainText(title);
  await page.keyboard.press('ArrowDown');
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${path}(#.*)?$`));
});

test('Ctrl-K opens search too, and Escape closes it', async ({ page }) => {
  await page.goto('/faq/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('/search/?q=refund shows results without typing', async ({ page }) => {
  await page.goto('/search/?q=refund');
  await expect(page.getByRole('searchbox')).toHaveValue('refund');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  expect(await page.locator('.pf-result').count()).toBeGreaterThan(3);
});

test('the region filter narrows the results and is kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=refund');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  const summary = page.locator('pagefind-summary');
  await expect(summary).toContainText(/\d+ result/);
  const total = Number(/(\d+) result/.exec((await summary.textContent()) ?? '')?.[1]);

  await page.getByRole('checkbox', { name: /United Kingdom/ }).check();
  await expect(page).toHaveURL(/region=United\+Kingdom/);
  await expect(summary).not.toContainText(`${total} result`);
  const narrowed = Number(/(\d+) result/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /United Kingdom/ })).toBeChecked();
  await expect(summary).toContainText(`${narrowed} result`);
});

test('type filters are offered with counts', async ({ page }) => {
  await page.goto('/search/?q=return');
  for (const type of ['guide', 'faq', 'region']) {
    await expect(page.getByRole('checkbox', { name: new RegExp(`^${type}\\b`, 'i') })).toBeVisible();
  }
});
