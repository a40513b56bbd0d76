/**
 * The data the estimator reads: Japan's bank closing days (extraHolidayTypes), the per-region slice
 * /data/refund/<id>.json ships, and the refund-time table shown without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { generateHolidayData } from '../../../../src/site/generateHolidays';
import { methodChoices, compileRefundRegion } from '../../../../src/tools/refund/compile/compileRefundRegion';
import { EVERY_METHOD, refundTimeRows } from '../../../../src/tools/refund/refundTimeTable';
import { regionSchema } from '../../../../src/model/schema/region';
import { region, regionFiles } from '../../regions/helpers';
import { BUILD_YEAR } from './helpers';

describe('extra holiday types (Japan’s bank closing days)', () => {
  const days = (extraHolidayTypes?: Array<'bank' | 'optional'>) =>
    new Map<string, string>(generateHolidayData({ id: 'jp', holidayCountry: 'JP', extraHolidayTypes }, BUILD_YEAR).days);

  it('Japan’s data asks for bank holidays', () => {
    expect(region('jp').extraHolidayTypes).toEqual(['bank']);
  });

  it('adds 31 December and 2–3 January as bank holidays, named as such', () => {
    const withBank = days(['bank']);
    expect(withBank.get('2026-12-31')).toBe("New Year's Eve (bank holiday)");
    expect(withBank.get('2027-01-02')).toBe('January 2nd (bank holiday)');
    expect(withBank.get('2027-01-03')).toBe('January 3rd (bank holiday)');
    expect(withBank.get('2027-01-01')).toBe("New Year's Day");
  });

  it('leaves them out without the field, as before', () => {
    const publicOnly = days();
    expect(publicOnly.has('2026-12-31')).toBe(false);
    expect(publicOnly.has('2027-01-02')).toBe(false);
    expect(publicOnly.get('2027-01-01')).toBe("New Year's Day");
  });

  it('rejects a holiday kind it does not know, naming the field and the choices', () => {
    const raw = regionFiles().find((file) => file.id === 'jp')?.raw ?? {};
    const result = regionSchema.safeParse({ ...raw, extraHolidayTypes: ['school'] });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((item) => item.path[0] === 'extraHolidayTypes');
    expect(issue?.message).toMatch(/"school" is not a kind of holiday: use one of bank, optional/);
  });
});

describe('compileRefundRegion: the slice /data/refund/<id>.json ships', () => {
  for (const file of regionFiles()) {
    it(`${file.id}: marketplace facts only, each with its sentence and an https source; every method answered`, () => {
      const data = region(file.id);
      const slice = compileRefundRegion(file.id, data);
      expect(slice).toMatchObject({ id: file.id, name: data.name });
      expect(slice.weekend).toEqual([6, 7]);
      const listed = (value: unknown) => (Array.isArray(value) ? value.filter((entry) => (entry.scope ?? 'marketplace') === 'marketplace').length : 0);
      expect(slice.rules).toHaveLength(listed(data.refund.issued));
      expect(slice.stages).toHaveLength(listed(data.refund.timeline));
      expect(slice.issuedMissing !== undefined).toBe(!Array.isArray(data.refund.issued));
      expect(slice.methods.map((method) => method.value)).toEqual(methodChoices(data).map((choice) => choice.value));
      for (const method of slice.methods) expect(method.times.length > 0 || method.missing !== undefined, method.value).toBe(true);
      const facts = [...slice.rules, ...slice.stages, ...slice.methods.flatMap((method) => method.times)];
      for (const fact of facts) {
        expect(fact.source.url).toMatch(/^https?:\/\//);
        expect(fact.text).toMatch(/\.$/);
        if (fact.confidence === 'reported') expect(fact.text).toMatch(/^(.+: )?[Rr]eportedly, /);
      }
      expect(JSON.stringify(slice).length).toBeLessThan(8000);
    });
  }
});

describe('refundTimeRows: the refund-time table', () => {
  it('United States: one row per method, with its source and confidence', () => {
    const rows = refundTimeRows(region('us'));
    expect(rows.map((row) => [row.method, row.time, row.confidence])).toEqual([
      ['Amazon gift card balance', '2–3 hours', 'official'],
      ['Credit card', '3–5 business days', 'official'],
      ['Debit card', 'up to 10 business days', 'official'],
      ['Bank account', 'up to 10 business days', 'reported'],
      ['SNAP EBT card', 'up to 10 business days', 'reported'],
      ['Cash at a participating location', 'up to 10 business days', 'reported'],
      ['Reward points', 'up to 5 business days', 'reported'],
      ['Prepaid card', 'up to 30 days', 'reported'],
    ]);
    expect(rows[1]?.source.url).toMatch(/^https:\/\/www\.aboutamazon\.com\//);
  });

  it('Canada and Mexico: a single "not published" row with the page to check', () => {
    for (const id of ['ca', 'mx']) {
      const rows = refundTimeRows(region(id));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ method: EVERY_METHOD, time: 'not in our sources yet', published: false });
      expect(rows[0]?.source.url).toMatch(/^https:\/\/[^/]*amazon\.(ca|com\.mx)\//);
    }
  });

  it('Japan: methods marked not published keep their rows', () => {
    const rows = refundTimeRows(region('jp'));
    expect(rows.filter((row) => !row.published).map((row) => row.method)).toEqual(['Cash at a convenience store', 'ATM payment', 'Net banking', 'Electronic money']);
  });

  it('India and Australia: qualifiers for who shipped it, where the money goes and Global Store orders', () => {
    expect(refundTimeRows(region('in')).find((row) => row.method === 'Pay on Delivery')?.qualifiers).toEqual(['Shipped by Amazon', 'Refunded to: Bank account']);
    const australia = refundTimeRows(region('au'));
    expect(australia.slice(0, 3).every((row) => row.qualifiers.length === 0)).toBe(true);
    expect(australia.slice(3).every((row) => row.qualifiers.includes('Amazon Global Store orders (shipped from abroad)'))).toBe(true);
  });

  it('the UK: a single figure for every method', () => {
    expect(refundTimeRows(region('uk')).map((row) => [row.method, row.time])).toEqual([[EVERY_METHOD, 'about 7 business days']]);
  });
});
