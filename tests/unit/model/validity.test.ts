import { describe, expect, it } from 'vitest';
import { inForce, stillInForce, type Validity } from '../../../src/model/validity';

describe('a rule in force on a date (validFrom and validTo, both days included)', () => {
  const cases: Array<[string, Validity, string, boolean]> = [
    ['no dates: always', {}, '2026-05-01', true],
    ['on its first day', { validFrom: '2025-06-19' }, '2025-06-19', true],
    ['the day before it starts', { validFrom: '2025-06-19' }, '2025-06-18', false],
    ['on its last day', { validTo: '2024-03-24' }, '2024-03-24', true],
    ['the day after it ends', { validTo: '2024-03-24' }, '2024-03-25', false],
    ['inside both ends', { validFrom: '2024-03-25', validTo: '2025-06-22' }, '2024-12-31', true],
    ['after both ends', { validFrom: '2024-03-25', validTo: '2025-06-22' }, '2025-06-23', false],
    ['a one-day rule, on that day', { validFrom: '2026-01-01', validTo: '2026-01-01' }, '2026-01-01', true],
  ];
  it.each(cases)('%s', (_why, rule, date, expected) => {
    expect(inForce(rule, date)).toBe(expected);
  });

  it('calls a rule without an end date still in force, and one that ended not', () => {
    expect(stillInForce({})).toBe(true);
    expect(stillInForce({ validFrom: '2025-06-19' })).toBe(true);
    expect(stillInForce({ validTo: '2024-03-24' })).toBe(false);
  });
});
