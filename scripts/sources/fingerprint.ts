import { createHash } from 'node:crypto';
import { decodeBody } from './decodeBody';
import { mainText, normaliseText } from './mainText';
import { pdfStableBytes, pdfText } from './pdfText';

/** What a page says, reduced to what an editor cares about, and a short hash of it. */
export interface PageText {
  /** html, pdf (its text), pdf-bytes (no text could be read: the bytes without export metadata), text (anything else). */
  format: 'html' | 'pdf' | 'pdf-bytes' | 'text';
  /** The main text, one line per block; empty for pdf-bytes. */
  text: string;
  /** sha256 of the text (or of the stable bytes), hex, first 32 characters. */
  fingerprint: string;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

function isPdf(bytes: Uint8Array, contentType: string | undefined): boolean {
  return /application\/pdf/i.test(contentType ?? '') || Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

export function pageText(bytes: Uint8Array, contentType: string | undefined): PageText {
  if (isPdf(bytes, contentType)) {
    const text = normaliseText(pdfText(bytes));
    return text ? { format: 'pdf', text, fingerprint: hash(text) } : { format: 'pdf-bytes', text: '', fingerprint: hash(pdfStableBytes(bytes)) };
  }
  const decoded = decodeBody(bytes, contentType);
  const html = /html|xml/i.test(contentType ?? '') || /^\s*(<!doctype html|<html|<head|<body|<meta)/i.test(decoded);
  const text = html ? mainText(decoded) : normaliseText(decoded);
  return { format: html ? 'html' : 'text', text, fingerprint: hash(text) };
}

/** Query parameters that only track a visit: dropped before two addresses are compared. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|ref|ref_|pf_rd_\w+|pd_rd_\w+|qid|sr|crid|sprefix|sessionid|sid)$/i;

/** An address without tracking parameters or a fragment, for comparing where a page ended up. */
export function canonicalAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.toString();
}
