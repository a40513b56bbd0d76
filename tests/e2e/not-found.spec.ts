import { expect, test } from '@playwright/test';

test('an unknown address gets the 404 page, with status 404 and a search box', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await page.getByRole('searchbox').fill('refund');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=refund/);
});
