import AxeBuilder from '@axe-core/playwright';
import { PAYMENT_METHOD_CHOICES } from '../../src/model/vocabulary/paymentMethods';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { MESSAGE_CHECKLIST, buildSupportMessage, legalBasisSentence, compileSupportRegion, validateSupportInput } from '../../src/tools/support';
import { toCivilDate } from '../../src/time/civilDate';
import { regionData, regionFiles } from '../unit/regions/helpers';

// /contact/: the contact routes per region (server-rendered) and the support-message composer (in the browser).
// The clock is fixed so "not in the future" checks and legal periods give the same answer on any day.
const NOW = new Date('2026-11-20T12:00:00Z');
const TODAY = toCivilDate('2026-11-20');
const regions = regionFiles().map((file) => ({ id: file.id, data: regionData(file) }));
const uk = regions.find((region) => region.id === 'uk');

const answers = {
  region: 'uk',
  orderNumber: '123-1234567-1234567',
  item: 'Kettle, 1.7 litre, blue',
  delivered: '2026-11-02',
  handover: '2026-11-05',
  tracking: 'H01AB2345678',
  amountExpected: '24.99',
  method: 'debit-card',
  situation: 'refund-not-received',
  details: 'I dropped it off at an Evri ParcelShop and kept the receipt.',
} as const;

async function open(page: Page, query = ''): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/contact/${query}`);
  await expect(page.getByRole('button', { name: 'Write my message' })).toBeVisible();
}

/** Fills the composer the way a reader would: choosing, typing, ticking. */
async function fillComposer(page: Page): Promise<void> {
  await page.getByLabel('Amazon site', { exact: true }).selectOption(answers.region);
  await page.getByLabel('Order number').fill(answers.orderNumber);
  await page.getByLabel('Item', { exact: true }).fill(answers.item);
  await page.getByLabel('Delivery date').fill(answers.delivered);
  await page.getByLabel('Date handed back').fill(answers.handover);
  await page.getByLabel('Return tracking number (optional)').fill(answers.tracking);
  await page.getByLabel('Refund expected (optional)').fill(answers.amountExpected);
  await page.getByLabel('Paid with (optional)').selectOption(answers.method);
  await page.getByRole('radio', { name: 'Refund not received' }).check();
  await page.getByLabel('Details').fill(answers.details);
  await page.getByRole('button', { name: 'Write my message' }).click();
  await expect(page.getByRole('heading', { name: 'Your message', exact: true })).toBeFocused();
}

/** What the domain writes for the same answers: the page must produce exactly this. */
function expectedMessage(): string {
  if (!uk) throw new Error('no content/regions/uk.mdx');
  const validation = validateSupportInput(answers, TODAY, [compileSupportRegion('uk', uk.data)], PAYMENT_METHOD_CHOICES);
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
  return buildSupportMessage(validation.input, compileSupportRegion('uk', uk.data));
}

test.describe('the support-message composer', () => {
  test('writes the message from what the reader typed, and copies it to the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await open(page);
    await fillComposer(page);
    const message = page.getByLabel(/^The message/);
    await expect(message).toHaveValue(expectedMessage());
    // The facts in the order support asks for them, and the UK legal sentence from the data.
    const text = await message.inputValue();
    const order = ['Order number: 123-1234567-1234567', 'Item: Kettle', 'Delivered on: 2 November 2026', 'Handed back on: 5 November 2026', 'Return tracking number: H01AB2345678', 'Paid with: Debit card', 'Refund expected: £24.99', 'What went wrong: Refund not received', answers.details];
    const positions = order.map((fact) => text.indexOf(fact));
    expect(positions.every((position) => position >= 0), `${positions}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const legal = legalBasisSentence(compileSupportRegion('uk', uk!.data), 'refund-not-received', { delivered: toCivilDate(answers.delivered), handover: toCivilDate(answers.handover), today: TODAY });
    expect(legal).toBeDefined();
    expect(text).toContain(legal);

    await page.getByRole('button', { name: 'Copy the message' }).click();
    await expect(page.getByRole('status')).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  test('selects the text and says how to copy it when the clipboard is refused', async ({ page }) => {
    await open(page);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await fillComposer(page);
    await page.getByRole('button', { name: 'Copy the message' }).click();
    await expect(page.getByRole('status')).toContainText('The message is selected');
    const selected = await page.getByLabel(/^The message/).evaluate((area) => {
      const field = area as HTMLTextAreaElement;
      return field.value.slice(field.selectionStart, field.selectionEnd);
    });
    expect(selected).toBe(expectedMessage());
  });

  test('downloads the message as a .txt file', async ({ page }) => {
    await open(page);
    await fillComposer(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as .txt' }).click()]);
    expect(download.suggestedFilename()).toBe('support-message-123-1234567-1234567.txt');
    const path = await download.path();
    expect(await readFile(path, 'utf8')).toBe(expectedMessage());
  });

  test('opens the mail app with the subject and the message, to the address the reader typed', async ({ page }) => {
    await open(page);
    await fillComposer(page);
    await page.getByLabel('Send it by email to (optional)').fill('me@example.org');
    const href = await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href');
    const url = new URL(href ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('me@example.org');
    expect(url.searchParams.get('subject')).toBe('Order 123-1234567-1234567: refund not received');
    expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(expectedMessage());
  });

  test('pre-fills from a link: region, delivery date and a faulty item', async ({ page }) => {
    await open(page, '?region=uk&delivered=2026-11-02&condition=defective&utm_source=elsewhere');
    await expect(page.getByLabel('Amazon site', { exact: true })).toHaveValue('uk');
    await expect(page.getByLabel('Delivery date')).toHaveValue('2026-11-02');
    await expect(page.getByRole('radio', { name: 'Item damaged or faulty' })).toBeChecked();
    await expect(page.locator('.field-error:visible')).toHaveCount(0);
  });

  test('shows the field error for a bad value in the link instead of dropping it', async ({ page }) => {
    await open(page, '?region=atlantis&delivered=2026-02-30');
    await expect(page.locator('#support-region-error')).toContainText('"atlantis" is not one of the Amazon sites we cover');
    await expect(page.locator('#support-delivered-error')).toContainText('2026-02-30 is not a real date');
    await expect(page.getByLabel('Delivery date')).toHaveAttribute('aria-invalid', 'true');
  });

  test('explains a malformed order number next to the field', async ({ page }) => {
    await open(page);
    const field = page.getByLabel('Order number');
    await field.fill('12-345');
    await field.blur();
    const error = page.locator('#support-orderNumber-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('Amazon order numbers usually look like 123-1234567-1234567');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/does not look like an order number/);
    await field.fill('123 1234567 1234567');
    await field.blur();
    await expect(error).toBeHidden();
  });

  test("fetches a region's data once, when the reader picks the region, and no other region's", async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/data/')) fetched.push(path);
    });
    await open(page);
    expect(fetched).toEqual([]);
    await page.getByLabel('Amazon site', { exact: true }).selectOption('uk');
    // The currency under the amounts comes with the region's data.
    await expect(page.locator('#support-amountExpected-hint')).toHaveText('In GBP.');
    await fillComposer(page);
    await expect(page.getByLabel(/^The message/)).toHaveValue(expectedMessage());
    expect(fetched).toEqual(['/data/support/uk.json']);
  });

  test("says so when the region's data cannot be loaded, and fetches it again on the next try", async ({ page }) => {
    let refuse = true;
    let requests = 0;
    await page.route('**/data/support/uk.json', (route) => {
      requests += 1;
      return refuse ? route.abort('internetdisconnected') : route.continue();
    });
    await open(page);
    await page.getByLabel('Amazon site', { exact: true }).selectOption('uk');
    await page.getByLabel('Order number').fill(answers.orderNumber);
    await page.getByLabel('Item', { exact: true }).fill(answers.item);
    await page.getByLabel('Delivery date').fill(answers.delivered);
    await page.getByLabel('Date handed back').fill(answers.handover);
    await page.getByRole('radio', { name: 'Refund not received' }).check();
    await page.getByRole('button', { name: 'Write my message' }).click();
    const summary = page.getByRole('alert', { name: 'Check these answers' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Amazon site: the details for United Kingdom (amazon.co.uk) could not be loaded. Check your connection and try again.']);
    await expect(page.locator('#support-region')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: 'Your message', exact: true })).toBeHidden();

    refuse = false;
    const before = requests;
    await page.getByRole('button', { name: 'Write my message' }).click();
    await expect(page.getByRole('heading', { name: 'Your message', exact: true })).toBeFocused();
    await expect(page.getByLabel(/^The message/)).toHaveValue(/Order number: 123-1234567-1234567/);
    await expect(summary).toBeHidden();
    await expect(page.locator('#support-region')).not.toHaveAttribute('aria-invalid', 'true');
    expect(requests).toBeGreaterThan(before);
  });

  test('lists every problem in a summary that links to the fields when the form is sent incomplete', async ({ page }) => {
    await open(page);
    await page.getByLabel('Delivery date').fill('2026-12-24');
    await page.getByRole('button', { name: 'Write my message' }).click();
    const summary = page.getByRole('alert', { name: 'Check these answers' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toContainText(['Amazon site:', 'Order number:', 'Item:', 'Delivery date: 24 December 2026 is after today', 'What went wrong:']);
    await summary.getByRole('link', { name: /^Order number:/ }).click();
    await expect(page.getByLabel('Order number')).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Your message', exact: true })).toBeHidden();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`the composer has no WCAG 2.2 A/AA violation with errors showing, then with a message written (${theme} theme)`, async ({ page }) => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    await page.emulateMedia({ colorScheme: theme });
    await open(page);
    await page.getByRole('button', { name: 'Write my message' }).click();
    await expect(page.getByRole('alert', { name: 'Check these answers' })).toBeVisible();
    const withErrors = await new AxeBuilder({ page }).include('[data-support-message]').withTags(tags).analyze();
    expect(withErrors.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await fillComposer(page);
    await page.getByRole('button', { name: 'Copy the message' }).click();
    await expect(page.getByRole('status')).not.toBeEmpty();
    const written = await new AxeBuilder({ page }).include('[data-support-message]').withTags(tags).analyze();
    expect(written.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test.describe('the contact routes', () => {
  test('without JavaScript, every region and the checklist of what to include are on the page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/contact/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Still stuck?');
    const checklist = page.locator('#checklist + p + ul li');
    await expect(checklist).toHaveCount(MESSAGE_CHECKLIST.length);
    await expect(checklist).toContainText(MESSAGE_CHECKLIST.map((entry) => entry.what));
    await expect(checklist.first()).toContainText('Amazon order numbers usually look like 123-1234567-1234567');
    await expect(page.getByText('The message writer needs JavaScript')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Write my message' })).toBeHidden();
    for (const { id, data } of regions) {
      const section = page.locator(`section#${id}`);
      await expect(section.getByRole('heading', { level: 2 })).toContainText(data.name);
      await expect(section.getByRole('heading', { name: 'Amazon customer service' })).toBeVisible();
      await expect(section.getByRole('heading', { name: 'A-to-z Guarantee claims' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Find your Amazon site' }).getByRole('link', { name: new RegExp(data.name) })).toHaveAttribute('href', `#${id}`);
      for (const body of data.consumerBodies ?? []) await expect(section.getByRole('link', { name: body.name })).toHaveAttribute('href', body.url);
    }
    await context.close();
  });

  test('quotes the US A-to-z page on chargebacks, from the data', async ({ page }) => {
    await page.goto('/contact/');
    const us = regions.find((region) => region.id === 'us')?.data;
    const coverage = us && !('published' in us.aToZ) ? us.aToZ.coverage?.summary : undefined;
    expect(coverage).toMatch(/chargeback/);
    await expect(page.locator('#chargeback ~ ul').first()).toContainText(coverage ?? '');
  });

  test('fits a 320 px screen without scrolling sideways, composer and message included', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page);
    await fillComposer(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
