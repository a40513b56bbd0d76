// @vitest-environment happy-dom
/**
 * The widget kit's behaviour in a DOM (happy-dom): the answer's lifecycle, the one error pattern, copy with its
 * fallback, the unreadable date, the deferred inline error, region loading and the reader's today.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Answer, afterPointerRelease, copyText, dateValue, h, loadOnce, present, readerToday, showErrorSummary, showFieldErrors, type FieldView } from '../../../../src/tools/shared/kit';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function field(name: string): FieldView {
  const slot = h('p', { id: `${name}-error` });
  slot.hidden = true;
  const input = h('input', { id: name, name, 'aria-describedby': `${name}-hint` });
  document.body.append(slot, input);
  return { slot, controls: [input] };
}

describe('Answer', () => {
  it('shows its parts for an answer and hides them, resetting what they hold, when cleared', () => {
    const box = h('div');
    box.hidden = true;
    const share = h('input');
    const answer = new Answer<string>([box], () => (share.value = ''));
    answer.show('US, 20 December');
    share.value = 'https://example.org/?region=us';
    expect(box.hidden).toBe(false);
    expect(answer.value).toBe('US, 20 December');
    answer.clear();
    expect(box.hidden).toBe(true);
    expect(answer.value).toBeUndefined();
    expect(share.value).toBe('');
  });
});

describe('showFieldErrors and showErrorSummary', () => {
  it('marks each field in error (slot, aria-invalid, aria-describedby) and clears it again', () => {
    const fields = { delivered: field('delivered'), ordered: field('ordered') };
    showFieldErrors(fields, [{ field: 'delivered', message: 'Delivery date: enter the day the item arrived.' }]);
    const delivered = fields.delivered.controls[0] as HTMLInputElement;
    expect(fields.delivered.slot.hidden).toBe(false);
    expect(fields.delivered.slot.textContent).toBe('Delivery date: enter the day the item arrived.');
    expect(delivered.getAttribute('aria-invalid')).toBe('true');
    expect(delivered.getAttribute('aria-describedby')).toBe('delivered-hint delivered-error');
    expect(fields.ordered.slot.hidden).toBe(true);
    expect(fields.ordered.controls[0]?.hasAttribute('aria-invalid')).toBe(false);

    showFieldErrors(fields, []);
    expect(fields.delivered.slot.hidden).toBe(true);
    expect(delivered.hasAttribute('aria-invalid')).toBe(false);
    expect(delivered.getAttribute('aria-describedby')).toBe('delivered-hint');
  });

  it('touches only the fields named in `only`', () => {
    const fields = { delivered: field('delivered'), ordered: field('ordered') };
    const errors = [
      { field: 'delivered', message: 'a' },
      { field: 'ordered', message: 'b' },
    ];
    showFieldErrors(fields, errors, new Set(['ordered']));
    expect(fields.delivered.slot.hidden).toBe(true);
    expect(fields.ordered.slot.hidden).toBe(false);
  });

  it('lists each error as a link to its field, takes focus, and hides when there is none', () => {
    const fields = { delivered: field('delivered') };
    const summary = h('div', { tabindex: '-1' }, h('ul'));
    summary.hidden = true;
    document.body.append(summary);
    showErrorSummary(summary, [{ field: 'delivered', message: 'Delivery date: enter the day the item arrived.' }], fields, true);
    expect(summary.hidden).toBe(false);
    expect(document.activeElement).toBe(summary);
    const link = summary.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#delivered');
    expect(link.textContent).toBe('Delivery date: enter the day the item arrived.');
    link.click();
    expect(document.activeElement).toBe(fields.delivered.controls[0]);
    showErrorSummary(summary, [], fields, true);
    expect(summary.hidden).toBe(true);
    expect(summary.querySelectorAll('li')).toHaveLength(0);
  });
});

describe('copyText', () => {
  it('copies with the clipboard API when there is one', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('https://example.org/x', undefined, 'Link copied.')).toBe('Link copied.');
    expect(writeText).toHaveBeenCalledWith('https://example.org/x');
  });

  it('selects the text and says how to copy it where the clipboard API is missing', async () => {
    vi.stubGlobal('navigator', {});
    const box = h('input');
    box.value = 'https://example.org/x';
    document.body.append(box);
    expect(await copyText(box.value, box, 'Link copied.')).toBe('Your browser did not let this page copy. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('gives the text to copy by hand when the clipboard refuses and there is no field to select', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    expect(await copyText('https://example.org/x', undefined, 'Link copied.')).toBe('Your browser did not let this page copy. Copy it from here: https://example.org/x');
  });
});

describe('dateValue', () => {
  it('is null for a date the browser could not read (30 February typed by hand), else the value', () => {
    const input = h('input', { type: 'date' });
    input.value = '2026-11-20';
    expect(dateValue(input)).toBe('2026-11-20');
    Object.defineProperty(input, 'validity', { value: { badInput: true } });
    expect(dateValue(input)).toBeNull();
  });
});

describe('afterPointerRelease', () => {
  it('holds a layout change while the pointer is pressed in the form, and runs it after the release', async () => {
    const form = h('form');
    document.body.append(form);
    const later = afterPointerRelease(form);
    const done: string[] = [];
    later(() => done.push('at once'));
    expect(done).toEqual(['at once']);
    form.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    later(() => done.push('after release'));
    expect(done).toEqual(['at once']);
    document.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toEqual(['at once', 'after release']);
  });
});

describe('loadOnce', () => {
  it('fetches a region once, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const load = loadOnce(async (id: string) => {
      calls += 1;
      if (fail) throw new Error('offline');
      return { id };
    });
    await expect(load('us')).rejects.toThrow('offline');
    fail = false;
    expect(await load('us')).toEqual({ id: 'us' });
    expect(await load('us')).toEqual({ id: 'us' });
    expect(calls).toBe(2);
  });
});

describe('dom helpers and today', () => {
  it('builds an element with attributes, leaving out absent children', () => {
    const link = h('a', { href: '/regions/us/#contact' }, 'Contact ', false, undefined, h('strong', {}, 'Amazon.com'));
    expect(link.outerHTML).toBe('<a href="/regions/us/#contact">Contact <strong>Amazon.com</strong></a>');
    expect(present(['a', false, null, '', 'b'])).toEqual(['a', 'b']);
  });

  it("gives the reader's today in their time zone, and UTC for a zone the runtime does not know", () => {
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(readerToday(instant, 'Asia/Tokyo')).toBe('2027-01-01');
    expect(readerToday(instant, 'Europe/London')).toBe('2026-12-31');
    expect(readerToday(instant, 'Not/A_Zone')).toBe('2026-12-31');
  });
});
