import { expect, test } from '@playwright/test';

// The calculators hand their answers to the support-message composer, so a reader never types them twice.

test('a UK item past the store window links to the composer with its answers filled in', async ({ page }) => {
  await page.goto('/tools/eligibility/?region=uk&category=standard&seller=amazon&delivered=2026-06-01&condition=defective&today=2026-11-20');
  const link = page.getByRole('link', { name: /Write your message to customer service/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/contact\/\?region=uk&delivered=2026-06-01&category=standard&condition=defective#write$/);
  await expect(page.getByLabel('Amazon site', { exact: true })).toHaveValue('uk');
  await expect(page.getByLabel('Delivery date')).toHaveValue('2026-06-01');
});

test('the refund estimator links to the composer with the hand-over date and payment method', async ({ page }) => {
  await page.goto('/tools/refund-estimator/?region=us&method=credit-card&how=drop-off-label&handover=2026-11-20');
  const link = page.getByRole('link', { name: /Write to customer service/ });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/contact\/\?region=us&handover=2026-11-20&method=credit-card&expected=\d{4}-\d{2}-\d{2}#write$/);
  await link.click();
  await expect(page.getByLabel('Amazon site', { exact: true })).toHaveValue('us');
  await expect(page.getByLabel('Date handed back')).toHaveValue('2026-11-20');
});
