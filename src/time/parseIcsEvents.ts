/**
 * A small iCalendar reader for tests and end-to-end checks: the VEVENTs of a file with their dates and texts.
 * Unfolds lines (CRLF or LF followed by a space or tab), reads parameters (quoted values may hold ':' and ';'),
 * unescapes TEXT values, ignores properties of nested components (VALARM). Never throws.
 */
import { isCivilDate, type CivilDate } from './civilDate';

export interface ParsedIcsEvent {
  readonly uid: string | undefined;
  /** DTSTART exactly as written, for example `20260131` or `20260131T090000Z`. */
  readonly dtstart: string | undefined;
  /** DTSTART as a civil date when it is a DATE value (all-day event). */
  readonly date: CivilDate | undefined;
  /** DTEND as a civil date when it is a DATE value (exclusive: the day after a one-day event). */
  readonly endDate: CivilDate | undefined;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly url: string | undefined;
  /** TRIGGER values of the event's VALARMs. */
  readonly alarmTriggers: readonly string[];
}

interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Every VEVENT in `text`, in order. Unreadable lines are skipped. */
export function parseIcsEvents(text: string): ParsedIcsEvent[] {
  if (typeof text !== 'string') return [];
  const lines = text.replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/g, '').split(/\r\n|\n|\r/);
  const events: ParsedIcsEvent[] = [];
  const stack: string[] = [];
  let event: Record<string, ContentLine> = {};
  let triggers: string[] = [];
  for (const raw of lines) {
    const line = readContentLine(raw);
    if (!line) continue;
    if (line.name === 'BEGIN') {
      const component = line.value.toUpperCase();
      if (component === 'VEVENT' && !stack.includes('VEVENT')) {
        event = {};
        triggers = [];
      }
      stack.push(component);
      continue;
    }
    if (line.name === 'END') {
      const component = line.value.toUpperCase();
      const at = stack.lastIndexOf(component);
      if (at === -1) continue;
      stack.length = at;
      if (component === 'VEVENT' && !stack.includes('VEVENT')) events.push(toEvent(event, triggers));
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === 'VEVENT') {
      if (!(line.name in event)) event[line.name] = line;
    } else if (top === 'VALARM' && stack[stack.length - 2] === 'VEVENT' && line.name === 'TRIGGER') {
      triggers.push(line.value);
    }
  }
  return events;
}

/** Reverses TEXT escaping: `\\` `\;` `\,` `\n` `\N`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}

function toEvent(event: Record<string, ContentLine>, alarmTriggers: string[]): ParsedIcsEvent {
  const text = (name: string) => {
    const line = event[name];
    return line === undefined ? undefined : unescapeText(line.value);
  };
  return {
    uid: text('UID'),
    dtstart: event['DTSTART']?.value,
    date: dateValue(event['DTSTART']),
    endDate: dateValue(event['DTEND']),
    summary: text('SUMMARY'),
    description: text('DESCRIPTION'),
    url: event['URL']?.value,
    alarmTriggers,
  };
}

function dateValue(line: ContentLine | undefined): CivilDate | undefined {
  if (!line || !/^\d{8}$/.test(line.value)) return undefined;
  const iso = `${line.value.slice(0, 4)}-${line.value.slice(4, 6)}-${line.value.slice(6, 8)}`;
  return isCivilDate(iso) ? iso : undefined;
}

/** name *(";" param) ":" value, with double-quoted parameter values. */
function readContentLine(raw: string): ContentLine | undefined {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(raw);
  if (!nameMatch) return undefined;
  const name = nameMatch[0].toUpperCase();
  const params: Record<string, string> = {};
  let index = nameMatch[0].length;
  while (raw[index] === ';') {
    const param = /^;([A-Za-z0-9-]+)=("[^"]*"|[^";:]*)/.exec(raw.slice(index));
    if (!param) return undefined;
    const key = (param[1] ?? '').toUpperCase();
    const value = param[2] ?? '';
    params[key] = value.startsWith('"') ? value.slice(1, -1) : value;
    index += param[0].length;
    // further comma-separated values of the same parameter
    while (raw[index] === ',') {
      const more = /^,("[^"]*"|[^";:,]*)/.exec(raw.slice(index));
      if (!more) return undefined;
      index += more[0].length;
    }
  }
  if (raw[index] !== ':') return undefined;
  return { name, params, value: raw.slice(index + 1) };
}
