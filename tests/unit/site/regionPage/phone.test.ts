import { describe, expect, it } from 'vitest';
import { phoneText, telHref } from '../../../../src/site/regionPage/phone';
import { isNotPublished } from '../../../../src/model/regionFacts';
import { regionData, regionFiles } from '../../regions/helpers';

describe('phone numbers', () => {
  it.each([
    ['1-800-362-5703', 'tel:18003625703', '1\u2011800\u2011362\u20115703'],
    ['800 145 851', 'tel:800145851', '800\u00A0145\u00A0851'],
    ['+44 (0)20 1234 5678', 'tel:+4402012345678', '+44\u00A0(0)20\u00A01234\u00A05678'],
  ])('%s links to %s and never breaks across lines', (phone, href, text) => {
    expect(telHref(phone)).toBe(href);
    expect(phoneText(phone)).toBe(text);
    expect(phoneText(phone)).not.toMatch(/[ -]/);
  });

  it('gives every phone number in the region data a dialable link', () => {
    for (const file of regionFiles()) {
      const data = regionData(file);
      const phones = [
        ...(isNotPublished(data.contact) ? [] : data.contact.flatMap((channel) => (channel.phone ? [channel.phone] : []))),
        ...(!isNotPublished(data.renewedGuarantee) && data.renewedGuarantee.phone ? [data.renewedGuarantee.phone] : []),
      ];
      for (const phone of phones) expect(telHref(phone), `${file.id} ${phone}`).toMatch(/^tel:\+?\d{6,}$/);
    }
  });
});
