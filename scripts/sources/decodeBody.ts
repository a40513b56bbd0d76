/**
 * A response body as text: the charset from Content-Type, else from the page's own <meta charset> or
 * <meta http-equiv="Content-Type">, else UTF-8 (the web's default). Labels go to TextDecoder, which knows the
 * WHATWG encodings (Shift_JIS, ISO-8859-1 = windows-1252, EUC-KR…); an unknown label falls back to UTF-8.
 */
export function declaredCharset(contentType: string | undefined, head: Uint8Array): string | undefined {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const start = new TextDecoder('latin1').decode(head.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(start)?.[1];
  return meta?.toLowerCase();
}

export function decodeBody(bytes: Uint8Array, contentType: string | undefined): string {
  const charset = declaredCharset(contentType, bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
