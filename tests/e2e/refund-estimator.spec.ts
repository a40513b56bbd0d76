import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseIcsEvents } from '../../src/time/parseIcsEvents';
import { formatCivilDate, formatCivilDateRange } from '../../src/time/formatCivilDate';
import { toCivilDate } from '../../src/time/civilDate';

const PAGE = '/tools/refund-estimator/';
const US_THANKSGIVING = '?region=us&method=credit-card&how=drop-off-label&handover=2026-11-25';

/** How the page writes a date for an en-US reader (Chromium's ICU may space ranges differently from Node's). */
const usDate = (iso: string) => formatCivilDate(toCivilDate(iso), 'en-US');
const squash = (text: string) => text.replace(/\s+/g, ' ');

async function fillWithKeyboard(page: Page, answers: { region: string; method: string; how: string; handover: string }) {
  const region = page.getByLabel('Region', { exact: true });
  await region.focus();
  // A closed select picks the option whose text starts with what is typed.
  await page.keyboard.type(answers.region);
  await expect(region.locator('option:checked')).toHaveText(answers.region);
  await page.keyboard.press('Tab');
  const method = page.getByLabel('Payment method');
  await expect(method).toBeFocused();
  await page.keyboard.type(answers.method);
  await expect(method.locator('option:checked')).toHaveText(answers.method);
  await page.keyboard.press('Tab');
  // Arrow keys move between the radios of a group and check them.
  await page.keyboard.press('Space');
  const how = page.getByRole('radio', { name: answers.how });
  for (let step = 0; step < 4 && !(await how.isChecked()); step += 1) await page.keyboard.press('ArrowDown');
  await expect(how).toBeChecked();
  await page.keyboard.press('Tab');
  const handover = page.getByLabel('Hand-over date');
  await expect(handover).toBeFocused();
  const [year, month, day] = answers.handover.split('-');
  // Chromium's date field takes the digits in the locale's order (en-US: month, day, year).
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(handover).toHaveValue(answers.handover);
  // On past the optional date (a date field may take one Tab per part) to the button.
  const button = page.getByRole('button', { name: 'Estimate the dates' });
  for (let step = 0; step < 8 && !(await button.evaluate((node) => node === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
}

test.describe('refund estimator', () => {
  test.use({ locale: 'en-US' });
  // The answers are checked against the reader's today: pin it, so the dates below stay within a year of it.
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  });

  test('a US refund over Thanksgiving, answered with the keyboard', async ({ page }) => {
    await page.goto(PAGE);
    await fillWithKeyboard(page, { region: 'United States (amazon.com)', method: 'Credit card', how: 'Drop-off with a prepaid return label', handover: '2026-11-25' });

    const status = page.getByRole('status').first();
    await expect(status).toHaveText(`Your money should show by ${usDate('2026-12-03')}. Nothing by then? Contact Amazon from ${usDate('2026-12-04')}.`);
    const steps = page.locator('.re-step');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(1).locator('.re-dates')).toHaveText(usDate('2026-11-25'));
    expect(squash(await steps.nth(2).locator('.re-dates').innerText())).toBe(squash(formatCivilDateRange(toCivilDate('2026-12-01'), toCivilDate('2026-12-03'), 'en-US')));
    await expect(steps.nth(2)).toContainText(`Thanksgiving Day (${usDate('2026-11-26')}) skipped`);
    await expect(steps.nth(1).getByRole('link', { name: /Refund at First Scan/ })).toHaveAttribute('href', /^https:\/\/sellercentral\.amazon\.com\//);
    await expect(steps.nth(2).getByRole('link', { name: /holiday return policy/i })).toHaveAttribute('href', /^https:\/\/www\.aboutamazon\.com\//);
    await expect(steps.nth(3).getByRole('link', { name: 'What to do if your refund has not arrived' })).toHaveAttribute('href', '/guides/refund-not-arrived/');
    await expect(steps.nth(3).getByRole('link', { name: /contact details for United States/ })).toHaveAttribute('href', '/regions/us/#contact');
    await expect(steps.nth(3).getByRole('link', { name: /Write to customer service/ })).toHaveAttribute(
      'href',
      '/contact/?region=us&handover=2026-11-25&method=credit-card&expected=2026-12-03#write',
    );
    await expect(page).toHaveURL(`${PAGE}${US_THANKSGIVING}`);
  });

  test('a self-shipped US return is dated from the reported 30 days, worded as reported', async ({ page }) => {
    await page.goto(`${PAGE}?region=us&method=credit-card&how=self-ship&handover=2026-11-25`);
    const issued = page.locator('.re-step').nth(1);
    await expect(issued).toContainText('Reportedly, up to 30 days from sending the parcel to the refund being issued.');
    await expect(issued).toContainText('Issued when the parcel is dropped off and scanned.');
    await expect(page.getByRole('status').first()).toContainText(`by ${usDate('2027-01-04')}`);
  });

  test.describe('in a time zone far from the region', () => {
    test.use({ timezoneId: 'Pacific/Kiritimati', locale: 'en-US' });

    test('gives the same dates for a US refund', async ({ page }) => {
      await page.goto(`${PAGE}${US_THANKSGIVING}`);
      await expect(page.getByRole('status').first()).toHaveText(`Your money should show by ${usDate('2026-12-03')}. Nothing by then? Contact Amazon from ${usDate('2026-12-04')}.`);
      await expect(page.locator('.re-step').nth(2)).toContainText('Thanksgiving Day');
    });
  });

  test('the calendar file downloads and holds the expected and follow-up dates', async ({ page }) => {
    await page.goto(`${PAGE}${US_THANKSGIVING}`);
    const link = page.getByRole('button', { name: 'Add to calendar (.ics)' });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const events = parseIcsEvents(readFileSync(await download.path(), 'utf8'));
    expect(events.map((event) => event.date)).toEqual(['2026-12-03', '2026-12-04']);
    // The payment method as the form names it (the region's data carries no labels).
    expect(events[0]?.summary).toBe('Refund should show today: Credit card (United States)');
    expect(events[1]?.summary).toBe('Refund not arrived? Contact Amazon');
  });

  test('the shareable link restores the answers and the answer', async ({ page, context }) => {
    await page.goto(`${PAGE}?region=jp&method=credit-card&how=pickup&handover=2026-04-20&issued=2026-04-28`);
    const share = page.getByRole('link', { name: 'Link to these answers' });
    const href = await share.getAttribute('href');
    expect(href).toMatch(/\/tools\/refund-estimator\/\?region=jp&method=credit-card&how=pickup&handover=2026-04-20&issued=2026-04-28$/);
    const fresh = await context.newPage();
    await fresh.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
    await fresh.goto(href ?? '');
    await expect(fresh.getByLabel('Region', { exact: true })).toHaveValue('jp');
    await expect(fresh.getByLabel('Payment method')).toHaveValue('credit-card');
    await expect(fresh.getByRole('radio', { name: 'Pickup from your address' })).toBeChecked();
    await expect(fresh.getByLabel('Hand-over date')).toHaveValue('2026-04-20');
    await expect(fresh.getByLabel(/Refund issued on/)).toHaveValue('2026-04-28');
    await expect(fresh.locator('.re-step').nth(2)).toContainText('Showa Day');
    await expect(fresh.getByRole('status').first()).toContainText(`by ${usDate('2026-05-18')}`);
  });

  test('an unreadable date gets an error beside the field, announced', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByLabel('Region', { exact: true }).selectOption('us');
    await page.getByLabel('Payment method').selectOption('credit-card');
    await page.getByRole('radio', { name: 'Pickup from your address' }).check();
    const handover = page.getByLabel('Hand-over date');
    await handover.focus();
    // Clear the month: Chromium keeps a half-typed date as "bad input" with an empty value.
    await page.keyboard.press('Backspace');
    await page.getByRole('button', { name: 'Estimate the dates' }).click();
    const error = page.locator('#refund-estimator-handover-error');
    await expect(error).toHaveText('Hand-over date: that is not a real date. Check the day, the month and the year.');
    await expect(handover).toHaveAttribute('aria-invalid', 'true');
    await expect(handover).toHaveAccessibleDescription(/that is not a real date/);
    // The tools' one error pattern: a summary that takes focus and links to each field.
    const summary = page.getByRole('alert', { name: 'Check these answers' });
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: /^Hand-over date/ }).click();
    await expect(handover).toBeFocused();
    await expect(page.locator('[data-re-result]')).toBeHidden();
  });

  test('a hand-over more than a year away, from a link, gets an error beside the field', async ({ page }) => {
    await page.goto(`${PAGE}?region=us&method=credit-card&how=pickup&handover=2029-06-01`);
    await expect(page.locator('#refund-estimator-handover-error')).toHaveText(`Hand-over date: ${usDate('2029-06-01')} is more than a year away. Check the year.`);
    await page.goto(`${PAGE}?region=us&method=upi&how=pickup&handover=2026-13-45`);
    await expect(page.locator('#refund-estimator-handover-error')).toHaveText(/2026-13-45 is not a real date/);
    await expect(page.locator('#refund-estimator-method-error')).toHaveText(/“upi” is not a payment method we have refund times for in United States/);
    await expect(page.getByRole('alert', { name: 'Check these answers' }).getByRole('listitem')).toHaveText([/^Payment method: /, /^Hand-over date: /]);
  });

  test('Canada shows "not in our sources yet" with the official page, and no guessed date', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByLabel('Region', { exact: true }).selectOption('ca');
    await expect(page.getByLabel('Payment method').locator('option')).toHaveText(['Choose how you paid', 'Any payment method']);
    await page.getByLabel('Payment method').selectOption('other');
    await page.getByRole('radio', { name: 'Drop-off with a prepaid return label' }).check();
    await page.getByRole('button', { name: 'Estimate the dates' }).click();
    await expect(page.getByRole('status').first()).toContainText("We can't give a date for the money");
    const steps = page.locator('.re-step');
    await expect(steps.nth(1).locator('.re-dates')).toHaveText('No date: not in our sources yet');
    await expect(steps.nth(2)).toContainText('Not in our sources yet; check the official page');
    await expect(steps.nth(2).getByRole('link').first()).toHaveAttribute('href', /amazon\.ca/);
    await expect(page.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the answer, its errors and "not in our sources yet" notices pass WCAG 2.2 AA in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const check = async () => {
        const results = await new AxeBuilder({ page }).include('[data-refund-estimator]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      await page.goto(`${PAGE}?region=it&method=credit-card&how=self-ship&handover=2026-11-20`);
      await expect(page.locator('.re-step')).toHaveCount(4);
      await check();
      await page.goto(`${PAGE}?region=ca&method=other&how=pickup&handover=2026-11-20&issued=2026-11-24`);
      await expect(page.locator('.re-step .notice').first()).toBeVisible();
      await check();
      await page.goto(`${PAGE}?region=xx&method=&how=boat&handover=2026-02-30`);
      await expect(page.locator('#refund-estimator-how-error')).not.toBeEmpty();
      await check();
    });
  }

  test('at 320 px nothing overflows horizontally', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(`${PAGE}?region=in&method=pay-on-delivery&how=drop-off-no-box&handover=2026-11-20&issued=2026-11-25`);
    await expect(page.locator('.re-step')).toHaveCount(4);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  test('the estimator embedded in the guide works the same', async ({ page }) => {
    await page.goto('/guides/when-the-money-arrives/');
    await page.getByLabel('Region', { exact: true }).selectOption('au');
    await page.getByLabel('Payment method').selectOption('credit-card');
    await page.getByRole('radio', { name: 'Sending it yourself' }).check();
    await page.getByLabel('Hand-over date').fill('2026-11-18');
    await page.getByLabel(/Refund issued on/).fill('2026-11-20');
    await page.getByRole('button', { name: 'Estimate the dates' }).click();
    await expect(page.locator('.re-step').nth(2)).toContainText('2–10 business days after the refund is issued.');
    await expect(page.getByRole('link', { name: 'Link to these answers' })).toHaveAttribute('href', /\/tools\/refund-estimator\/\?region=au&method=credit-card&how=self-ship&handover=\d{4}-\d{2}-\d{2}&issued=2026-11-20$/);
    // Only the tool's own page writes the answers into its address.
    await expect(page).toHaveURL(/\/guides\/when-the-money-arrives\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the refund-time table of every region shows', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByText('The estimator needs JavaScript')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(11);
    const us = page.getByRole('table', { name: /United States: time for the money to show/ });
    await expect(us.getByRole('row', { name: /Credit card/ })).toContainText('3–5 business days');
    const canada = page.getByRole('table', { name: /Canada/ });
    await expect(canada).toContainText('Not in our sources yet; check the official page');
    await expect(canada.getByRole('link')).toHaveAttribute('href', /amazon\.ca/);
    // The form cannot answer without JavaScript, so it is not shown at all (no dead button to press).
    await expect(page.locator('.refund-estimator form')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Estimate the dates' })).toHaveCount(0);
  });

  test('with JavaScript the tables step aside for the estimator', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.goto(PAGE);
    await expect(page.getByRole('button', { name: 'Estimate the dates' })).toBeEnabled();
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.close();
  });
});
