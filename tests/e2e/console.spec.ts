import { expect, test } from '@playwright/test';
import { builtPages } from './support/pages';
import { collectConsoleErrors } from './support/consoleErrors';

for (const path of builtPages()) {
  test(`${path} logs no console error`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
}
