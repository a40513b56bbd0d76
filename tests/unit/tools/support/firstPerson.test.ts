import { describe, expect, it } from 'vitest';
import { compileSupportRegion, firstPerson } from '../../../../src/tools/support';
import { isNotPublished } from '../../../../src/model/regionFacts';
import { regionData, regionFiles } from '../../regions/helpers';

describe('firstPerson', () => {
  it.each([
    ['the day the goods come into your physical possession', 'the day the goods come into my physical possession'],
    ['the day the trader receives the goods back, or evidence that you sent them, whichever is first', 'the day the trader receives the goods back, or evidence that I sent them, whichever is first'],
    ['the day the trader is told you are withdrawing', 'the day the trader is told I am withdrawing'],
    ['the day you tell the trader you are withdrawing', 'the day I tell the trader I am withdrawing'],
    ['the day ownership passes to you and the goods are delivered', 'the day ownership passes to me and the goods are delivered'],
    ['receiving your copy of the contract', 'receiving my copy of the contract'],
    ['If a product has a major failure, you choose between a refund and a replacement.', 'If a product has a major failure, I choose between a refund and a replacement.'],
    ['A shop cannot make you accept a credit note instead of the refund you are owed.', 'A shop cannot make me accept a credit note instead of the refund I am owed.'],
    ['The trader must refund you within this time.', 'The trader must refund me within this time.'],
    ['You can cancel, paying the return shipping yourself.', 'I can cancel, paying the return shipping myself.'],
    ['Your refund', 'My refund'],
    ['delivery', 'delivery'],
    ['a youthful layout', 'a youthful layout'],
  ])('%s', (text, expected) => {
    expect(firstPerson(text)).toBe(expected);
  });

  it('leaves no "you" in any "from" phrase of the region data', () => {
    for (const file of regionFiles()) {
      const rights = regionData(file).statutoryRights;
      if (isNotPublished(rights)) continue;
      for (const right of rights) if (right.from) expect(firstPerson(right.from), `${file.id}: ${right.from}`).not.toMatch(/\byou(r|rs|rself)?\b/i);
    }
  });

  it('the composer\'s built data speaks in the first person: every phrase a message quotes', () => {
    let quoted = 0;
    for (const file of regionFiles()) {
      for (const right of compileSupportRegion(file.id, regionData(file)).rights) {
        for (const phrase of [right.from, right.quote]) {
          if (phrase === undefined) continue;
          quoted += 1;
          expect(phrase, `${file.id}: ${phrase}`).not.toMatch(/\byou(r|rs|rself)?\b/i);
        }
      }
    }
    expect(quoted).toBeGreaterThan(10);
  });
});
