// The tools' weight as a reader pays it: everything downloaded from opening a tool's page up to its FIRST ANSWER.
// The bench drives each tool in a real page (the region with the largest data files, valid answers, submit) and
// counts every response until the answer is on screen: the JavaScript loaded before any interaction, the region's
// JSON, its holidays, any module imported lazily on the way. What loads only after the answer (the .ics writer on
// its button's click, say) is not counted: it is not part of the first answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A file's size as a reader downloads it (gzip, as the bench counts everything). */
const downloaded = (path) => gzipSync(readFileSync(path)).length;

/**
 * The region whose files for a tool are largest (the worst first answer), from the built data folders. A region's
 * files are its `<id>.json` plus, where the tool splits a region further (the checker's rules per kind of item in
 * `<id>/`), the largest file there: a first answer loads one of them.
 */
export function largestRegion(outDir, folders) {
  const sizes = new Map();
  for (const folder of folders) {
    let names = [];
    try {
      names = readdirSync(join(outDir, folder));
    } catch {
      // a tool whose data this build does not write as files (yet)
    }
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      sizes.set(id, (sizes.get(id) ?? 0) + downloaded(join(outDir, folder, name)) + (largestPartFile(outDir, folder, id)?.bytes ?? 0));
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'de';
}

/** The name of the largest file in `<folder>/<id>/` (without .json), or undefined when the region has no such folder. */
export function largestPart(outDir, folder, id) {
  return largestPartFile(outDir, folder, id)?.part;
}

/** The largest file in `<folder>/<id>/` and its gzip size, each file compressed once; undefined without that folder. */
function largestPartFile(outDir, folder, id) {
  let names = [];
  try {
    names = readdirSync(join(outDir, folder, id)).filter((name) => name.endsWith('.json'));
  } catch {
    return undefined;
  }
  const files = names.map((name) => ({ part: name.slice(0, -'.json'.length), bytes: downloaded(join(outDir, folder, id, name)) }));
  return files.sort((a, b) => b.bytes - a.bytes)[0];
}

const daysBefore = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Each tool: its page, the data folders that decide the region, and how a reader gets to a first answer. */
export const TOOLS = {
  'eligibility checker': {
    path: '/tools/eligibility/',
    data: ['data/eligibility'],
    // The kind of item whose rules file is largest: the worst first answer for the region.
    async answer(page, region, outDir) {
      const root = page.locator('[data-eligibility-checker]').first();
      await root.locator('select[name=region]').selectOption(region);
      const category = root.locator('select[name=category]');
      await category.locator('option[value]:not([value=""])').first().waitFor({ state: 'attached' });
      await category.selectOption(largestPart(outDir, 'data/eligibility', region) ?? ((await category.locator('option:not([value=""])').first().getAttribute('value')) ?? ''));
      await root.locator('input[name=seller]').first().check();
      await root.locator('input[name=delivered]').fill(daysBefore(5));
      await root.locator('input[name=condition]').first().check();
      await root.locator('form [type=submit]').click();
      await root.locator('[data-live] :is(h2, h3, h4)').first().waitFor();
    },
  },
  'refund estimator': {
    path: '/tools/refund-estimator/',
    data: ['data/refund', 'holidays'],
    async answer(page, region) {
      const root = page.locator('[data-refund-estimator]').first();
      await root.locator('select[name=region]:enabled').selectOption(region);
      const method = root.locator('select[name=method]');
      await method.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
      await method.selectOption((await method.locator('option:not([value=""])').first().getAttribute('value')) ?? '');
      await root.locator('input[name=how]').first().check();
      await root.locator('input[name=handover]').fill(daysBefore(2));
      await root.locator('form [type=submit]').click();
      await root.locator('[data-re-result]').waitFor();
    },
  },
  contact: {
    path: '/contact/',
    data: ['data/support'],
    async answer(page, region) {
      const root = page.locator('[data-support-message]');
      await root.locator('select[name=region]').selectOption(region);
      const example = (await root.locator('[data-order-example]').textContent())?.trim() ?? '';
      await root.locator('input[name=orderNumber]').fill(example);
      await root.locator('input[name=item]').fill('Kettle, 1.7 litre, blue');
      await root.locator('input[name=delivered]').fill(daysBefore(12));
      await root.locator('input[name=handover]').fill(daysBefore(8));
      await root.locator('input[name=situation][value=refund-not-received]').check();
      await root.locator('form [type=submit]').click();
      await root.locator('[data-result]').waitFor();
    },
  },
};
