import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Every FAQ question, typed word for word, must bring up that entry first: on /search/, in the search dialog,
// and through Pagefind itself for all of them. The entry's link is its anchor on /faq/.
const faqDir = join(process.cwd(), 'content/faq');
const questions = readdirSync(faqDir)
  .filter((name) => /\.mdx?$/.test(name))
  .sort()
  .map((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(faqDir, name), 'utf8'))?.[1] ?? '';
    return { id: name.replace(/\.mdx?$/, ''), question: String((parse(frontmatter) as { title: unknown }).title) };
  });
const entry = (id: string) => {
  const found = questions.find((item) => item.id === id);
  if (!found) throw new Error(`content/faq/${id}.md(x) is missing`);
  return found;
};

const onSearchPage = [
  'can-i-return-it-without-the-original-box',
  'how-long-does-a-refund-take-to-my-debit-card',
  'should-i-file-a-chargeback-with-my-bank',
  'what-is-the-a-to-z-guarantee',
  'do-i-need-a-printer-to-return-an-item',
].map(entry);

for (const { id, question } of onSearchPage) {
  test(`/search/?q=${question} lists that FAQ entry first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(question)}`);
    const first = page.locator('.pf-result').first();
    await expect(first).toBeVisible();
    const link = first.locator('.pf-result-link');
    await expect(link).toHaveAttribute('href', `/faq/#${id}`);
    await expect(link).toHaveText(question);
  });
}

test('typed into the search dialog, a FAQ question lists that entry first and opens it on /faq/', async ({ page }) => {
  const { id, question } = entry('how-long-does-a-refund-take-to-my-debit-card');
  await page.goto('/guides/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(question);
  const first = dialog.locator('.pf-result-link').first();
  await expect(first).toHaveAttribute('href', `/faq/#${id}`);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/faq/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toHaveText(question);
});

test('every FAQ question is found first, as a result of its own that the FAQ page does not repeat', async ({ page }) => {
  expect(questions.length).toBeGreaterThanOrEqual(40);
  await page.goto('/faq/');
  const outcome = await page.evaluate(async (items) => {
    const pagefind = await import(/* @vite-ignore */ `${window.location.origin}/pagefind/pagefind.js`);
    await pagefind.options({ noWorker: true });
    type ResultData = { url: string };
    const report: Array<{ id: string; first: string; faqPageToo: boolean }> = [];
    for (const { id, question } of items) {
      const search = await pagefind.search(question);
      const results: ResultData[] = await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<ResultData> }) => result.data()));
      // The FAQ page itself no longer holds the answers, so it is no second, heavier result for them.
      report.push({ id, first: results[0]?.url ?? '', faqPageToo: results.some((result) => result.url === '/faq/') });
    }
    return report;
  }, questions);
  expect(outcome.filter((item) => item.first !== `/faq/#${item.id}`)).toEqual([]);
  expect(outcome.filter((item) => item.faqPageToo).map((item) => item.id)).toEqual([]);
});
