import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  for (const path of builtPages()) {
    test(`${path} has no WCAG 2.2 A/AA violation in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}

test('the search dialog has no WCAG 2.2 A/AA violation once open with results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('refund');
  await expect(dialog.locator('.pf-result').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog').withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
