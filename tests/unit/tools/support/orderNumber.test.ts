import { describe, expect, it } from 'vitest';
import { AMAZON_ORDER_NUMBER, orderNumberFormat, validateOrderNumber } from '../../../../src/tools/support';
import { regionFiles } from '../../regions/helpers';

const regionIds = regionFiles().map((file) => file.id);

describe('validateOrderNumber', () => {
  it('knows the order-number shape of every region (3-7-7 digits everywhere today)', () => {
    expect(regionIds.length).toBeGreaterThanOrEqual(11);
    for (const region of regionIds) {
      expect(orderNumberFormat(region), region).toEqual(AMAZON_ORDER_NUMBER);
      expect(validateOrderNumber(region, '123-1234567-1234567'), region).toEqual({ ok: true, orderNumber: '123-1234567-1234567' });
      expect(validateOrderNumber(region, '12-1234567-1234567').ok, region).toBe(false);
    }
  });

  it.each([
    ['surrounding spaces', '  403-9876543-2109876 ', '403-9876543-2109876'],
    ['a leading #', '#403-9876543-2109876', '403-9876543-2109876'],
    ['"# " and a space', '# 403-9876543-2109876', '403-9876543-2109876'],
    ['long dashes', '403–9876543—2109876', '403-9876543-2109876'],
    ['a minus sign and a non-breaking hyphen', '403−9876543‑2109876', '403-9876543-2109876'],
    ['spaces around the dashes', '403 - 9876543 - 2109876', '403-9876543-2109876'],
    ['spaces instead of dashes', '403 9876543 2109876', '403-9876543-2109876'],
    ['the 17 digits without dashes', '40398765432109876', '403-9876543-2109876'],
    ['a digital order (D01-…)', 'D01-1234567-1234567', 'D01-1234567-1234567'],
    ['a digital order in lower case, without dashes', 'd0112345671234567', 'D01-1234567-1234567'],
    ['full-width digits and hyphens from a Japanese keyboard', '５０３－１２３４５６７－１２３４５６７', '503-1234567-1234567'],
    ['full-width digits with long-vowel marks for dashes', '５０３ー１２３４５６７ー１２３４５６７', '503-1234567-1234567'],
    ['a full-width #', '＃５０３－１２３４５６７－１２３４５６７', '503-1234567-1234567'],
  ])('accepts %s', (_case, text, expected) => {
    expect(validateOrderNumber('uk', text)).toEqual({ ok: true, orderNumber: expected });
  });

  it.each([
    ['too few digits in a group', '123-123456-1234567'],
    ['too many digits in a group', '1234-1234567-1234567'],
    ['letters', '123-ABCDEFG-1234567'],
    ['a D with too few digits', 'D1-1234567-1234567'],
    ['two letters in front', 'DD1-1234567-1234567'],
    ['16 digits without dashes', '1231234567123456'],
    ['only two groups', '123-12345671234567'],
    ['a tracking number', 'H01AB2345678'],
    ['an email address', 'me@example.org'],
    ['a trailing dash', '123-1234567-1234567-'],
  ])('rejects %s, saying what an order number usually looks like', (_case, text) => {
    const result = validateOrderNumber('de', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('format');
    expect(result.reason).toContain(`"${text}" does not look like an order number`);
    expect(result.reason).toContain('Amazon order numbers usually look like 123-1234567-1234567');
  });

  it.each([[''], ['   '], [null], [undefined]])('asks for the order number when it is empty (%j)', (text) => {
    const result = validateOrderNumber('us', text);
    expect(result).toMatchObject({ ok: false, code: 'empty' });
  });

  it('falls back to the usual shape for a region it does not know', () => {
    expect(validateOrderNumber('atlantis', '123-1234567-1234567')).toEqual({ ok: true, orderNumber: '123-1234567-1234567' });
  });

  it('shortens a very long paste in the message', () => {
    const result = validateOrderNumber('us', 'x'.repeat(500));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeLessThan(250);
  });
});
