import { expect, test } from '@playwright/test';

test('the home page shows search, the return steps, regions, tools and popular questions', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Refund Atlas');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('search').getByRole('searchbox', { name: 'Search returns and refunds' })).toBeVisible();

  const steps = page.getByRole('region', { name: 'The return, step by step' }).getByRole('listitem');
  await expect(steps).toHaveCount(8);
  await expect(steps.first()).toContainText('Check whether your item can be returned');

  const regions = page.getByRole('region', { name: 'Where did you buy it?' }).getByRole('link');
  expect(await regions.count()).toBeGreaterThanOrEqual(11);
  await expect(regions.filter({ hasText: 'United Kingdom' })).toHaveAttribute('href', '/regions/uk/');

  await expect(page.getByRole('region', { name: 'Tools' }).getByRole('link').first()).toBeVisible();
  expect(await page.getByRole('region', { name: 'Popular questions' }).getByRole('link').count()).toBeGreaterThanOrEqual(4);

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of ['Return steps', 'Regions', 'FAQ', 'Tools']) await expect(nav.getByRole('link', { name: label })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('not affiliated with');
});

test('the home search box lands on the results page for the query', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search returns and refunds' }).fill('debit card');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=debit\+card/);
  await expect(page.locator('.pf-result').first()).toBeVisible();
});

test('a skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/faq/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('return steps link to each other in order', async ({ page }) => {
  await page.goto('/guides/');
  await page.getByRole('link', { name: 'Check whether your item can be returned' }).click();
  await expect(page.getByText('Step 1 of 8')).toBeVisible();
  const stepsNav = page.getByRole('navigation', { name: 'Return steps' });
  await stepsNav.getByRole('link', { name: /Next step/ }).click();
  await expect(page.getByText('Step 2 of 8')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Return steps' }).getByRole('link', { name: /Previous step/ })).toHaveAttribute('href', '/guides/check-eligibility/');
});
