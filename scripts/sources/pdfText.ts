import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF, cheaply: the literal strings shown by the text operators (Tj, TJ, ', ") of every content
 * stream, inflated when FlateDecode. No npm package does this without pulling in pdf.js, and law texts are plain
 * PDFs whose text this reads. When it reads no text (scanned pages, fonts with custom encodings), the caller
 * fingerprints the bytes instead, without the metadata that changes on every export (dates, document ID).
 */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  const streams = /<<([\s\S]{0,2000}?)>>\s*stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let content = raw.slice(start, end);
    if (/\/FlateDecode/.test(match[1] ?? '')) {
      try {
        content = inflateSync(Buffer.from(content, 'latin1')).toString('latin1');
      } catch {
        continue;
      }
    }
    lines.push(...textOperators(content));
    streams.lastIndex = end;
  }
  return lines.join('\n').replace(/[ \t]+/g, ' ').trim();
}

/** The strings of one content stream, one line per text block (BT … ET) or line move. */
function textOperators(content: string): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = /\((?:\\[\s\S]|[^\\)])*\)|\[|\]|\bBT\b|\bET\b|\bT\*|\bTd\b|\bTD\b|'|"/g;
  for (let match = tokens.exec(content); match; match = tokens.exec(content)) {
    const token = match[0];
    if (token.startsWith('(')) line += unescapePdfString(token.slice(1, -1));
    else if (token === 'ET' || token === 'T*' || token === 'Td' || token === 'TD' || token === "'" || token === '"') {
      if (line.trim()) lines.push(line.trim());
      line = '';
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

function unescapePdfString(text: string): string {
  return text.replace(/\\(\d{1,3}|[\s\S])/g, (_, escaped: string) => {
    if (/^\d/.test(escaped)) return String.fromCharCode(Number.parseInt(escaped, 8));
    return ({ n: '\n', r: '', t: ' ', b: '', f: '', '\n': '', '\r': '' } as Record<string, string>)[escaped] ?? escaped;
  });
}

/** The bytes of a PDF without what changes on every export: creation and modification dates, the document ID. */
export function pdfStableBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/\/(CreationDate|ModDate)\s*\([^)]*\)/g, '')
    .replace(/\/ID\s*\[[^\]]*\]/g, '')
    .replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*<\/xmp:\1>/g, '');
}
