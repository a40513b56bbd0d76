import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCivilDate } from '../../../src/time/civilDate';
import { buildIcs, escapeText, foldLine, type BuildIcsOptions } from '../../../src/time/ics';
import { parseIcsEvents, unescapeText } from '../../../src/time/parseIcsEvents';
import { anyCodeUnitString, plausibleCivilDate } from './helpers/arbitraries';

const d = toCivilDate;
const now = new Date('2026-11-26T03:15:42.123Z');
const base: BuildIcsOptions = {
  uid: 'refund-us-2026-11-24@refund-atlas.example',
  productId: '-//Refund Atlas//Refund timeline//EN',
  now,
  events: [
    { date: d('2026-11-30'), summary: 'Refund may arrive (earliest)', description: 'Credit card, 3–5 business days.\nThanksgiving Day skipped.' },
    { date: d('2026-12-02'), summary: 'Refund should have arrived', description: 'If not, contact your card issuer; then Amazon.', url: 'https://refund-atlas.example/us/refunds/#late' },
  ],
};
const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('buildIcs', () => {
  const text = buildIcs(base);
  const lines = text.split('\r\n');

  it('writes a complete calendar with all-day events', () => {
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Refund Atlas//Refund timeline//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:1-refund-us-2026-11-24@refund-atlas.example',
        'DTSTAMP:20261126T031542Z',
        'DTSTART;VALUE=DATE:20261130',
        'DTEND;VALUE=DATE:20261201',
        'SUMMARY:Refund may arrive (earliest)',
        'DESCRIPTION:Credit card\\, 3–5 business days.\\nThanksgiving Day skipped.',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:2-refund-us-2026-11-24@refund-atlas.example',
        'DTSTAMP:20261126T031542Z',
        'DTSTART;VALUE=DATE:20261202',
        'DTEND;VALUE=DATE:20261203',
        'SUMMARY:Refund should have arrived',
        'DESCRIPTION:If not\\, contact your card issuer\\; then Amazon.',
        'URL:https://refund-atlas.example/us/refunds/#late',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('uses CRLF only', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('keeps every line within 75 octets', () => {
    for (const line of lines) expect(utf8Length(line)).toBeLessThanOrEqual(75);
  });

  it.each([
    ['2026-01-31', '20260131', '20260201'],
    ['2026-12-31', '20261231', '20270101'],
    ['2028-02-28', '20280228', '20280229'],
    ['2028-02-29', '20280229', '20280301'],
    ['2100-02-28', '21000228', '21000301'],
  ])('an event on %s starts %s and ends (exclusive) %s', (date, start, end) => {
    const ics = buildIcs({ ...base, events: [{ date: d(date), summary: 'Return by' }] });
    expect(ics).toContain(`\r\nDTSTART;VALUE=DATE:${start}\r\n`);
    expect(ics).toContain(`\r\nDTEND;VALUE=DATE:${end}\r\n`);
  });

  it.each([
    ['comma', 'a,b', 'a\\,b'],
    ['semicolon', 'a;b', 'a\\;b'],
    ['backslash', 'C:\\path', 'C:\\\\path'],
    ['newline', 'a\nb', 'a\\nb'],
    ['CRLF', 'a\r\nb', 'a\\nb'],
    ['lone CR', 'a\rb', 'a\\nb'],
    ['colon stays', 'Note: x', 'Note: x'],
    ['double quote stays', 'say "hi"', 'say "hi"'],
    ['control characters are dropped', 'a\u0000b\u0007c\u007f', 'abc'],
    ['tab stays', 'a\tb', 'a\tb'],
    ['lone surrogate becomes U+FFFD', 'a\ud800b', 'a\ufffdb'],
    ['emoji stays', 'ok 👍🏽', 'ok 👍🏽'],
  ])('escapes TEXT: %s', (_, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('adds an alarm to every event when asked', () => {
    const ics = buildIcs({ ...base, alarm: { offsetMinutes: -900, description: 'Check your card statement' } });
    expect(ics.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15H\r\nDESCRIPTION:Check your card statement\r\nEND:VALARM/g)).toHaveLength(2);
  });

  it.each([
    [540, 'PT9H'],
    [-900, '-PT15H'],
    [0, 'PT0M'],
    [90, 'PT1H30M'],
    [-1440, '-P1D'],
    [-2880 - 30, '-P2DT30M'],
    [1500, 'P1DT1H'],
  ])('alarm offset %i minutes is TRIGGER:%s', (offsetMinutes, trigger) => {
    const ics = buildIcs({ ...base, alarm: { offsetMinutes } });
    expect(ics).toContain(`\r\nTRIGGER:${trigger}\r\n`);
    expect(ics).toContain('\r\nDESCRIPTION:Refund should have arrived\r\nEND:VALARM'); // defaults to the summary
  });

  it('adds a calendar name and honours an event UID', () => {
    const ics = buildIcs({ ...base, name: 'Refund Atlas: my refund', events: [{ date: d('2026-11-30'), summary: 'x', uid: 'own@id' }] });
    expect(ics).toContain('\r\nX-WR-CALNAME:Refund Atlas: my refund\r\n');
    expect(ics).toContain('\r\nUID:own@id\r\n');
  });

  it('is reproducible: the same input gives the same bytes', () => {
    expect(buildIcs(base)).toBe(buildIcs({ ...base, now: new Date(now.getTime()) }));
  });

  it.each([
    ['no events', { events: [] }, /at least one event/],
    ['an impossible date', { events: [{ date: '2026-02-30', summary: 'x' }] }, /not a real date/],
    ['an empty summary', { events: [{ date: '2026-11-30', summary: '  ' }] }, /summary/],
    ['a relative url', { events: [{ date: '2026-11-30', summary: 'x', url: '/us/refunds' }] }, /absolute http/],
    ['a javascript: url', { events: [{ date: '2026-11-30', summary: 'x', url: 'javascript:alert(1)' }] }, /absolute http/],
    ['an empty uid', { uid: '' }, /uid/],
    ['an empty productId', { productId: '' }, /productId/],
    ['an invalid now', { now: new Date(Number.NaN) }, /valid Date/],
    ['a fractional alarm', { alarm: { offsetMinutes: 1.5 } }, /whole number/],
  ])('rejects %s', (_, change, message) => {
    expect(() => buildIcs({ ...base, ...change } as BuildIcsOptions)).toThrow(message);
  });

  it('normalises a url so it cannot break a line', () => {
    const ics = buildIcs({ ...base, events: [{ date: d('2026-11-30'), summary: 'x', url: 'https://example.com/a b?q=1,2;3' }] });
    expect(ics).toContain('\r\nURL:https://example.com/a%20b?q=1,2;3\r\n');
  });
});

describe('foldLine', () => {
  it.each([
    ['ASCII, exactly 75 octets', 'A'.repeat(75), ['A'.repeat(75)]],
    ['ASCII, 76 octets', 'A'.repeat(76), ['A'.repeat(75), ' A']],
    ['ASCII, 200 octets', 'B'.repeat(200), ['B'.repeat(75), ` ${'B'.repeat(74)}`, ` ${'B'.repeat(51)}`]],
    ['two-octet letters never split', 'é'.repeat(40), ['é'.repeat(37), ` ${'é'.repeat(3)}`]],
    ['three-octet letters never split', '日'.repeat(30), ['日'.repeat(25), ` ${'日'.repeat(5)}`]],
    ['four-octet emoji never split', '😀'.repeat(20), ['😀'.repeat(18), ` ${'😀'.repeat(2)}`]],
    ['a mix at the boundary', `${'A'.repeat(74)}é`, ['A'.repeat(74), ' é']],
  ])('%s', (_, line, expected) => {
    expect(foldLine(line).split('\r\n')).toEqual(expected);
  });

  it('never exceeds 75 octets, never splits a code point, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (line) => {
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(utf8Length(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(folded.split('\r\n').every((part) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part))).toBe(true);
      }),
    );
  });
});

describe('parseIcsEvents', () => {
  it('reads back what buildIcs wrote', () => {
    expect(parseIcsEvents(buildIcs({ ...base, alarm: { offsetMinutes: 540, description: 'Alarm text, not the event' } }))).toEqual([
      {
        uid: '1-refund-us-2026-11-24@refund-atlas.example',
        dtstart: '20261130',
        date: '2026-11-30',
        endDate: '2026-12-01',
        summary: 'Refund may arrive (earliest)',
        description: 'Credit card, 3–5 business days.\nThanksgiving Day skipped.',
        url: undefined,
        alarmTriggers: ['PT9H'],
      },
      {
        uid: '2-refund-us-2026-11-24@refund-atlas.example',
        dtstart: '20261202',
        date: '2026-12-02',
        endDate: '2026-12-03',
        summary: 'Refund should have arrived',
        description: 'If not, contact your card issuer; then Amazon.',
        url: 'https://refund-atlas.example/us/refunds/#late',
        alarmTriggers: ['PT9H'],
      },
    ]);
  });

  it('unfolds lines and reads files from other tools (LF endings, lower case, parameters, timed events)', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'dtstart;tzid="Europe/London;odd:name":20261130T090000',
      'SUMMARY;LANGUAGE=en-GB:A very long summary that was folded by ',
      ' another program\\, with a comma',
      '\tand a tab-folded tail',
      'END:VEVENT',
      'BEGIN:VTODO',
      'SUMMARY:not an event',
      'END:VTODO',
      'END:VCALENDAR',
    ].join('\n');
    expect(parseIcsEvents(text)).toEqual([
      {
        uid: undefined,
        dtstart: '20261130T090000',
        date: undefined,
        endDate: undefined,
        summary: 'A very long summary that was folded by another program, with a commaand a tab-folded tail',
        description: undefined,
        url: undefined,
        alarmTriggers: [],
      },
    ]);
  });

  it.each([
    ['an empty string', ''],
    ['no calendar', 'hello\r\nworld'],
    ['an unterminated event', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n'],
    ['an END without BEGIN', 'END:VEVENT\r\nEND:VCALENDAR'],
  ])('returns no events for %s', (_, text) => {
    expect(parseIcsEvents(text)).toEqual([]);
  });

  it('unescapes TEXT', () => {
    expect(unescapeText('a\\,b\\;c\\\\d\\ne\\Nf')).toBe('a,b;c\\d\ne\nf');
  });

  it('never throws, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyCodeUnitString, fc.string({ unit: fc.constantFrom('BEGIN:', 'END:', 'VEVENT', 'VALARM', '\r\n', '\n', ' ', ';', ':', '"', 'X=', '\\') })), (text) => {
        expect(() => parseIcsEvents(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('round trip', () => {
  const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).filter((value) => value.trim() !== '');

  it('summaries and descriptions survive build → parse, with any Unicode, once line breaks are normalised', () => {
    fc.assert(
      fc.property(plausibleCivilDate, text, fc.option(text, { nil: undefined }), (date, summary, description) => {
        const [event] = parseIcsEvents(buildIcs({ ...base, events: [{ date, summary, ...(description === undefined ? {} : { description }) }] }));
        // Line breaks come back as \n and other control characters are dropped.
        const expected = (value: string) => value.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(event?.date).toBe(date);
        expect(event?.summary).toBe(expected(summary));
        expect(event?.description).toBe(description === undefined ? undefined : expected(description));
      }),
    );
  });

  it('builds one VEVENT per event, each with DTSTART, DTEND the next day, and a distinct UID', () => {
    fc.assert(
      fc.property(fc.array(plausibleCivilDate, { minLength: 1, maxLength: 8 }), (dates) => {
        const events = parseIcsEvents(buildIcs({ ...base, events: dates.map((date) => ({ date, summary: `Due ${date}` })) }));
        expect(events.map((event) => event.date)).toEqual(dates);
        expect(new Set(events.map((event) => event.uid)).size).toBe(dates.length);
        for (const event of events) expect(event.endDate && event.date && event.endDate > event.date).toBe(true);
      }),
    );
  });
});
