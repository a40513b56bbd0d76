/**
 * iCalendar (RFC 5545) text for all-day reminders, such as "Return by" and "Refund should have arrived".
 *
 * - Each event is an all-day VEVENT: DTSTART;VALUE=DATE:20260131 and DTEND;VALUE=DATE the next day
 *   (DTEND is exclusive), so calendar apps show it on that day in every time zone.
 * - Lines end in CRLF and are folded so no line exceeds 75 octets of UTF-8; a fold never splits a character.
 * - TEXT values escape backslash, semicolon, comma and line breaks; other control characters are dropped.
 * - DTSTAMP comes from the injected `now`, so the output is reproducible.
 * - Each event's UID is `<n>-<uid>` (n = 1, 2, …) unless the event gives its own; derive `uid` from the inputs
 *   (for example the order and dates) so downloading again updates the events instead of duplicating them.
 */
import { addDays } from './addDays';
import { isCivilDate, type CivilDate } from './civilDate';

export interface IcsEvent {
  readonly date: CivilDate;
  readonly summary: string;
  readonly description?: string;
  /** Absolute http(s) address, for example the guide page. */
  readonly url?: string;
  /** Overrides the generated `<n>-<uid>`. */
  readonly uid?: string;
}

export interface IcsAlarm {
  /**
   * When to remind, in minutes from the start of the event's day (midnight in the reader's calendar):
   * 540 = 09:00 that day, -900 = 09:00 the day before, 0 = midnight.
   */
  readonly offsetMinutes: number;
  /** Text of the reminder; defaults to the event summary. */
  readonly description?: string;
}

export interface BuildIcsOptions {
  /** Base of the event UIDs, globally unique: for example `refund-2026-11-26-us@refund-atlas.example`. */
  readonly uid: string;
  /** PRODID, for example `-//Refund Atlas//Refund timeline//EN`. */
  readonly productId: string;
  /** At least one event. */
  readonly events: readonly IcsEvent[];
  /** The DTSTAMP instant (when the file was made). */
  readonly now: Date;
  /** Calendar name shown by some apps (X-WR-CALNAME). */
  readonly name?: string;
  /** A reminder added to every event. */
  readonly alarm?: IcsAlarm;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** The .ics text. Throws TypeError/RangeError naming the problem for invalid input (no events, a bad date or URL). */
export function buildIcs(options: BuildIcsOptions): string {
  const uid = requiredText(options.uid, 'uid');
  const productId = requiredText(options.productId, 'productId');
  const stamp = icsTimestamp(options.now);
  if (options.events.length === 0) throw new RangeError('An iCalendar file needs at least one event.');
  const alarm = options.alarm;
  if (alarm && !Number.isSafeInteger(alarm.offsetMinutes)) {
    throw new RangeError(`alarm.offsetMinutes must be a whole number of minutes, got ${alarm.offsetMinutes}.`);
  }

  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(productId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  options.events.forEach((event, index) => {
    if (!isCivilDate(event.date)) throw new TypeError(`Event ${index + 1} has ${String(event.date)}, which is not a real date written as YYYY-MM-DD.`);
    const summary = requiredText(event.summary, `events[${index}].summary`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid === undefined ? `${index + 1}-${uid}` : requiredText(event.uid, `events[${index}].uid`))}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url !== undefined) lines.push(`URL:${httpUrl(event.url, index)}`);
    lines.push('TRANSP:TRANSPARENT');
    if (alarm) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${icsDuration(alarm.offsetMinutes)}`,
        `DESCRIPTION:${escapeText(alarm.description ?? summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). Line breaks become `\n`; other control characters are removed. */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (character) => (character === '\n' ? '\\n' : `\\${character}`));
}

/**
 * Folds one content line: after at most 75 octets (UTF-8) insert CRLF and a space, which counts toward the next line.
 * Splits only between code points.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > MAX_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += character;
    octets += size;
  }
  return out;
}

/** `20260131` */
export function icsDate(date: CivilDate): string {
  return date.replaceAll('-', '');
}

function icsTimestamp(now: Date): string {
  const time = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError('buildIcs needs a valid Date for "now".');
  // toISOString is UTC: 2026-11-26T03:15:00.000Z → 20261126T031500Z
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Minutes as an RFC 5545 duration: 540 → PT9H, -900 → -PT15H, 1500 → P1DT1H, 0 → PT0M. */
function icsDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
  if (days && !time) return `${sign}P${days}D`;
  return `${sign}P${days ? `${days}D` : ''}T${time || '0M'}`;
}

function httpUrl(url: string, index: number): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new TypeError(`Event ${index + 1} has the url ${JSON.stringify(url)}, which is not an absolute http(s) address.`);
  }
  return parsed.href; // serialised by URL: no spaces, no line breaks
}

function requiredText(value: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`buildIcs needs a non-empty ${field}.`);
  return value;
}

function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Replaces lone surrogates (which UTF-8 cannot encode) with U+FFFD. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
