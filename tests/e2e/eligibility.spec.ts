import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseIcsEvents } from '../../src/time/parseIcsEvents';
import { todayIn } from '../../src/time/todayIn';
import { collectConsoleErrors } from './support/consoleErrors';

const PAGE = '/tools/eligibility/';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** A US order in the 2025 holiday season: the dossier says it can go back until 31 January 2026. */
const US_HOLIDAY = '?region=us&category=standard&seller=amazon&delivered=2025-11-22&ordered=2025-11-20&condition=unopened&today=2025-12-01';

const checker = (page: Page) => page.getByRole('region', { name: 'Check your item' });
const verdict = (page: Page) => page.locator('[data-live]');

/** Answers the questions as a person would: labels, the keyboard for the radio buttons, typed dates. */
async function answerUsHolidayOrder(page: Page): Promise<void> {
  const form = checker(page);
  await form.getByLabel('Amazon site').selectOption({ label: 'United States (amazon.com)' });
  await expect(form.getByLabel('What you bought')).toContainText('Most other items');
  await form.getByLabel('What you bought').selectOption({ label: 'Most other items (the standard window)' });
  await form.getByRole('radio', { name: 'Amazon', exact: true }).focus();
  await page.keyboard.press('Space');
  await form.getByLabel('Delivery date').fill('2025-11-22');
  await form.getByLabel('Order date (optional)').fill('2025-11-20');
  await form.getByRole('radio', { name: 'Unopened' }).focus();
  await page.keyboard.press('Space');
  await form.getByLabel("Today's date").fill('2025-12-01');
  await form.getByRole('button', { name: 'Check my item' }).focus();
  await page.keyboard.press('Enter');
}

test.describe('the eligibility checker', () => {
  test('answers a US holiday order filled in with labels and the keyboard', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/eligibility/')) dataRequests.push(request.url());
    });
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Can I still return this?');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Tools');
    expect(dataRequests).toEqual([]);
    // The live region is there, empty, before the first answer: screen readers then announce the answer.
    await expect(verdict(page)).toHaveAttribute('aria-live', 'polite');
    await expect(verdict(page)).toBeEmpty();

    await answerUsHolidayOrder(page);
    // The region's menu, then the rules for the one kind of item chosen: never the other kinds' rules.
    expect(dataRequests).toEqual([expect.stringContaining('/data/eligibility/us.json'), expect.stringContaining('/data/eligibility/us/standard.json')]);
    const answer = verdict(page);
    await expect(answer).toHaveAttribute('aria-live', 'polite');
    await expect(answer.getByRole('heading')).toHaveText('You can return it, with conditions');
    await expect(answer.locator('time')).toHaveAttribute('datetime', '2026-01-31');
    await expect(answer).toContainText('Holiday return window: Saturday, January 31, 2026');
    await expect(answer).toContainText('61 days left to send it back');
    await expect(page.getByRole('link', { name: "Amazon's holiday return policy for 2025 (About Amazon)" }).first()).toHaveAttribute(
      'href',
      'https://www.aboutamazon.com/news/retail/amazon-holiday-return-policy-2025',
    );
    await expect(page.getByRole('link', { name: 'Estimate when your refund will arrive' })).toHaveAttribute('href', '/tools/refund-estimator/?region=us&handover=2025-12-02');
    await expect(page).toHaveURL(new RegExp(`${PAGE.replaceAll('/', '\\/')}\\?region=us&category=standard&seller=amazon&delivered=2025-11-22&ordered=2025-11-20&condition=unopened&today=2025-12-01$`));
    expect(errors).toEqual([]);
  });

  test('defaults today to the reader\'s own date', async ({ page }) => {
    await page.goto(PAGE);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const before = todayIn(zone, new Date());
    const shown = await checker(page).getByLabel("Today's date").inputValue();
    expect([before, todayIn(zone, new Date())]).toContain(shown);
  });

  test('downloads an .ics file whose event falls on the return-by date', async ({ page }) => {
    await page.goto(PAGE + US_HOLIDAY);
    await expect(verdict(page).locator('time')).toHaveAttribute('datetime', '2026-01-31');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add the last day to my calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('return-by-2026-01-31.ics');
    const events = parseIcsEvents(await readFile((await download.path()) as string, 'utf8'));
    expect(events).toHaveLength(1);
    expect(events[0]?.dtstart).toBe('20260131');
    expect(events[0]?.alarmTriggers).toEqual(['-P1DT15H']);
  });

  test('gives a link that restores the same answer on a fresh page', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await answerUsHolidayOrder(page);
    await expect(verdict(page).locator('time')).toHaveAttribute('datetime', '2026-01-31');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    const link = await checker(page).getByLabel('Link to this answer').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(verdict(other).getByRole('heading')).toHaveText('You can return it, with conditions');
    await expect(verdict(other).locator('time')).toHaveAttribute('datetime', '2026-01-31');
    await expect(checker(other).getByLabel('Amazon site')).toHaveValue('us');
    await expect(checker(other).getByLabel('Order date (optional)')).toHaveValue('2025-11-20');
    await expect(checker(other).getByRole('radio', { name: 'Unopened' })).toBeChecked();
    await fresh.close();
  });

  test('shows errors next to the field and announces them, for a future delivery and an order after delivery', async ({ page }) => {
    await page.goto(PAGE);
    const form = checker(page);
    await form.getByLabel('Amazon site').selectOption('uk');
    await expect(form.getByLabel('What you bought')).toContainText('Most other items');
    await form.getByLabel('What you bought').selectOption('standard');
    await form.getByRole('radio', { name: 'Amazon', exact: true }).check();
    await form.getByRole('radio', { name: 'Unopened' }).check();
    await form.getByLabel("Today's date").fill('2026-03-10');
    await form.getByLabel('Delivery date').fill('2026-03-20');
    await form.getByLabel('Order date (optional)').fill('2026-03-25');
    await form.getByRole('button', { name: 'Check my item' }).click();

    const summary = form.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Delivery date: 20 March 2026 is after today's date (10 March 2026).");
    await expect(summary).toContainText('Order date: 25 March 2026 is after the delivery date (20 March 2026).');

    const delivered = form.getByLabel('Delivery date');
    await expect(delivered).toHaveAttribute('aria-invalid', 'true');
    await expect(delivered).toHaveAccessibleDescription(/The day the item arrived\. Delivery date: 20 March 2026 is after today's date/);
    const ordered = form.getByLabel('Order date (optional)');
    await expect(ordered).toHaveAttribute('aria-invalid', 'true');
    await expect(ordered).toHaveAccessibleDescription(/Order date: 25 March 2026 is after the delivery date/);
    await expect(form.locator('[data-field="delivered"] [data-error]')).toBeVisible();
    await expect(page.locator('[data-answer]')).toBeHidden();

    await summary.getByRole('link', { name: /^Delivery date/ }).click();
    await expect(delivered).toBeFocused();
    await delivered.fill('2026-03-02');
    await ordered.fill('2026-03-01');
    await form.getByRole('button', { name: 'Check my item' }).click();
    await expect(summary).toBeHidden();
    await expect(delivered).not.toHaveAttribute('aria-invalid', 'true');
    await expect(verdict(page).locator('time')).toHaveAttribute('datetime', '2026-04-01');
  });

  test('has no WCAG 2.2 A/AA violation with an answer or with errors, in both themes', async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(PAGE + '?region=uk&category=standard&seller=seller-fba&delivered=2026-03-02&condition=defective&today=2026-03-10');
      await expect(verdict(page).getByRole('heading')).toHaveText('Yes, you can return it');
      expect((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((violation) => violation.id)).toEqual([]);
      await page.goto(PAGE + '?region=uk&category=standard&seller=amazon&delivered=2026-04-02&condition=unopened&today=2026-03-10');
      await expect(checker(page).getByRole('alert')).toBeVisible();
      expect((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    }
  });

  test('fits a 320 px phone without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [PAGE, PAGE + US_HOLIDAY, PAGE + '?region=de&category=electronics&seller=seller&delivered=2025-12-03&ordered=2025-12-01&condition=used&today=2025-12-05', '/guides/check-eligibility/']) {
      await page.goto(path);
      await expect(checker(page).getByRole('button', { name: 'Check my item' })).toBeVisible();
      if (path.includes('?')) await expect(verdict(page).getByRole('heading')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });

  test('works inside the eligibility guide too', async ({ page }) => {
    await page.goto('/guides/check-eligibility/');
    await answerUsHolidayOrder(page);
    await expect(verdict(page).locator('time')).toHaveAttribute('datetime', '2026-01-31');
  });
});

for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  test.describe(`in a browser set to ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('gives the same dates for a US order', async ({ page }) => {
      await page.goto(PAGE + US_HOLIDAY);
      await expect(verdict(page).locator('time')).toHaveAttribute('datetime', '2026-01-31');
      await expect(verdict(page)).toContainText('Holiday return window: Saturday, January 31, 2026');
      await expect(verdict(page)).toContainText('61 days left');
      await expect(verdict(page)).toContainText('For orders placed November 1, 2025 to December 31, 2025: until January 31, 2026.');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add the last day to my calendar (.ics)' }).click()]);
      expect(parseIcsEvents(await readFile((await download.path()) as string, 'utf8'))[0]?.dtstart).toBe('20260131');
    });

    test('fills in today as the calendar shows it there', async ({ page }) => {
      await page.goto(PAGE);
      const before = todayIn(timezoneId, new Date());
      const shown = await checker(page).getByLabel("Today's date").inputValue();
      expect([before, todayIn(timezoneId, new Date())]).toContain(shown);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every region\'s policy table instead of the form', async ({ page }) => {
    await page.goto(PAGE);
    const table = page.getByRole('table', { name: 'Standard return window and category exceptions for each Amazon site' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(12);
    await expect(table.getByRole('row', { name: /United States/ })).toContainText('Renewed items in Acceptable, Good or Excellent condition');
    await expect(table.getByRole('row', { name: /India/ })).toContainText('Not in our sources yet; check the official page');
    await expect(checker(page).getByRole('button', { name: 'Check my item' })).toBeHidden();
  });
});
