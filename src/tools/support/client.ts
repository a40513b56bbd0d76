/**
 * The composer in the browser, as the custom element <support-composer>: reads the form (and a pre-filling link),
 * shows each field's error next to it, writes the message with ./rules, and copies, downloads or mails it. Nothing
 * leaves the page except through the reader's own clipboard, download or mail app. The shared jobs come from the
 * kit in tools/shared/kit. A region's data (currency, statutory rights) is fetched once, when the reader picks the
 * region, from /data/support/<id>.json, as the other tools do.
 */
// From the rules themselves, not the folder's index: the index also exports the build-time compiler, whose imports
// (the region facts API and the vocabularies) would otherwise come along into the browser.
import { FIELD_LABELS, SUPPORT_FIELDS, type FieldError, type RawSupportInput, type SupportField, type SupportInput } from './rules/fields';
import { orderNumberFormat } from './rules/orderNumber';
import { buildSupportMessage, messageLegalBasis, supportMessageSubject } from './rules/supportMessage';
import type { SupportRegion } from './rules/supportRegion';
import { validateSupportInput } from './rules/validateSupportInput';
import { parseCivilDate } from '../../time/parseCivilDate';
import { regionUrl, sitePath } from '../../model/urls';
import { Answer, defineToolElement, afterPointerRelease, copyText, dateValue, downloadFile, fetchJson, h, loadOnce, part, readerToday, showErrorSummary, showFieldErrors, type FieldView } from '../shared/kit';

type Checked = { ok: true; input: SupportInput; region: SupportRegion } | { ok: false; errors: FieldError[] };

const DATE_FIELDS: ReadonlySet<SupportField> = new Set(['ordered', 'delivered', 'handover', 'expectedBy']);

function setUp(root: HTMLElement): void {
  const form = part<HTMLFormElement>(root, '[data-support-form]');
  const result = part(root, '[data-result]');
  const regionSelect = part<HTMLSelectElement>(root, '#support-region');
  const regionIds = [...regionSelect.options].map((option) => option.value).filter(Boolean);
  const methodSelect = form.elements.namedItem('method') as HTMLSelectElement;
  const methods = new Map([...methodSelect.options].filter((option) => option.value).map((option) => [option.value, option.text]));
  const regionName = (id: string) => [...regionSelect.options].find((option) => option.value === id)?.text ?? id;
  /** The regions fetched so far, for what is shown at once (the currency under the amounts). */
  const loaded = new Map<string, SupportRegion>();
  const load = loadOnce(async (id) => {
    const region = (await fetchJson(`${root.dataset.dataUrl}${id}.json`)) as SupportRegion;
    if (region?.id !== id || !Array.isArray(region.rights)) throw new Error(`Unreadable support data for ${id}`);
    loaded.set(id, region);
    return region;
  });
  const today = readerToday();

  const summary = part(form, '[data-error-summary]');
  const staleNote = part(result, '[data-stale-note]');
  const text = part<HTMLTextAreaElement>(result, '[data-text]');
  const subjectOut = part(result, '[data-subject]');
  const legalNote = part(result, '[data-legal-note]');
  const where = part(result, '[data-where]');
  const status = part(result, '[data-status]');
  const mailTo = part<HTMLInputElement>(result, '[data-mail-to]');
  const mailLink = part<HTMLAnchorElement>(result, '[data-mail]');

  const control = (field: SupportField) => form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#support-${field}`);
  const radios = () => [...form.querySelectorAll<HTMLInputElement>('input[name="situation"]')];
  const errorSlot = (field: SupportField) => form.querySelector<HTMLElement>(`#support-${field}-error`);

  // Values from a link that the form could not hold (a region we do not cover, an unreadable date): kept until the
  // reader changes that field, so its error shows instead of the value silently disappearing.
  const pending: RawSupportInput = {};
  const touched = new Set<SupportField>();
  const later = afterPointerRelease(form);
  const answer = new Answer<{ input: SupportInput; region: SupportRegion }>([result], () => {
    status.textContent = '';
    staleNote.hidden = true;
  });
  const fields: Record<string, FieldView> = {};
  for (const field of SUPPORT_FIELDS) {
    const slot = errorSlot(field);
    const targets = (field === 'situation' ? radios() : [control(field)]).filter((target): target is HTMLInputElement => Boolean(target));
    if (slot) fields[field] = { slot, controls: targets, described: field === 'situation' ? [form.querySelector<HTMLElement>(`#support-situation`) as HTMLElement] : targets };
  }

  const readRaw = (): RawSupportInput => {
    const raw: RawSupportInput = {};
    for (const field of SUPPORT_FIELDS) {
      const element = control(field);
      raw[field] =
        field === 'situation' ? (radios().find((radio) => radio.checked)?.value ?? '') : DATE_FIELDS.has(field) && element instanceof HTMLInputElement ? dateValue(element) : (element?.value ?? '');
    }
    return { ...raw, ...pending };
  };

  const showErrors = (errors: readonly FieldError[], only: ReadonlySet<SupportField>) => showFieldErrors(fields, errors, only);
  /** The message on screen no longer matches the form: said, until it is written again. */
  const markStale = () => {
    if (answer.value) staleNote.hidden = false;
  };

  /** The answers checked, with the chosen region's data fetched (once); a failed fetch is the region's error. */
  const validate = async (): Promise<Checked> => {
    const raw = readRaw();
    const id = (raw.region ?? '').trim().toLowerCase();
    let unreachable = false;
    if (regionIds.includes(id)) await load(id).catch(() => (unreachable = true));
    const validation = validateSupportInput(raw, today, regionIds.map((entry) => ({ id: entry, currency: loaded.get(entry)?.currency })), methods);
    const errors = validation.ok ? [] : [...validation.errors];
    if (unreachable && !errors.some((error) => error.field === 'region')) {
      errors.unshift({ field: 'region', message: `${FIELD_LABELS.region}: the details for ${regionName(id)} could not be loaded. Check your connection and try again.` });
    }
    const region = loaded.get(id);
    return validation.ok && errors.length === 0 && region ? { ok: true, input: validation.input, region } : { ok: false, errors };
  };
  // Only the latest check shows its errors: an earlier one may finish later (its region's data arriving late).
  let checks = 0;
  // Shown once the pointer is released: an error appearing on blur must not move the button the reader is clicking.
  const refreshTouched = () =>
    later(async () => {
      const check = ++checks;
      const validation = await validate();
      if (check !== checks) return;
      showErrors(validation.ok ? [] : validation.errors, touched);
      if (!summary.hidden && validation.ok) summary.hidden = true;
    });

  const showRegionDetails = () => {
    const id = regionSelect.value;
    const region = loaded.get(id);
    for (const slot of form.querySelectorAll<HTMLElement>('[data-currency]')) slot.textContent = region ? region.currency : "the site's currency";
    const example = form.querySelector<HTMLElement>('[data-order-example]');
    if (example) example.textContent = orderNumberFormat(id).example;
  };
  /** The chosen region's data is fetched when it is chosen, so the message is ready to write without a wait. */
  const regionChosen = () => {
    showRegionDetails();
    if (regionIds.includes(regionSelect.value)) void load(regionSelect.value).then(showRegionDetails, () => undefined);
  };

  const fieldOf = (target: EventTarget | null): SupportField | undefined => {
    if (!(target instanceof HTMLElement)) return undefined;
    const name = target.getAttribute('name');
    return SUPPORT_FIELDS.find((field) => field === name);
  };

  form.addEventListener('input', (event) => {
    const field = fieldOf(event.target);
    if (!field) return;
    delete pending[field];
    markStale();
    if (field === 'region') regionChosen();
    if (touched.has(field)) refreshTouched();
  });
  form.addEventListener('change', (event) => {
    const field = fieldOf(event.target);
    if (!field) return;
    delete pending[field];
    markStale();
    touched.add(field);
    if (field === 'region') regionChosen();
    refreshTouched();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const field of SUPPORT_FIELDS) touched.add(field);
    const check = ++checks;
    const validation = await validate();
    if (check !== checks) return;
    if (!validation.ok) {
      // A message never stays on screen for answers that no longer hold.
      answer.clear();
      showErrors(validation.errors, touched);
      showErrorSummary(summary, validation.errors, fields, true);
      return;
    }
    showErrors([], touched);
    showErrorSummary(summary, [], fields, false);
    const { region } = validation;
    answer.show({ input: validation.input, region });
    staleNote.hidden = true;
    text.value = buildSupportMessage(validation.input, region);
    subjectOut.textContent = supportMessageSubject(validation.input);
    describeLegalBasis(validation.input, region);
    status.textContent = '';
    updateMailLink();
    result.querySelector<HTMLElement>('#support-result-title')?.focus();
  });

  const describeLegalBasis = (input: SupportInput, region: SupportRegion) => {
    const basis = messageLegalBasis(input, region);
    const link = h('a', { href: sitePath(regionUrl(region.id)) }, `our ${region.name} page`);
    if (basis.kind === 'sentence') {
      const reported = basis.right.confidence === 'reported' ? ' We read it in a copy or a summary of the law, not the law text itself.' : '';
      legalNote.replaceChildren(`The legal sentence comes from “${basis.right.title}” (${basis.right.lawName}).${reported} Check it on `, link, ' before you send.');
    } else {
      legalNote.replaceChildren(`${basis.reason} The legal rights are on `, link, '.');
    }
    const contacts = h('a', { href: `#${region.id}` }, `how to reach ${region.marketplace}`);
    where.replaceChildren("Paste it into the chat or contact form on Amazon's site (see ", contacts, '), or send it to the seller.');
  };

  const updateMailLink = () => {
    const written = answer.value;
    if (!written) return;
    const address = mailTo.value.trim();
    const subject = encodeURIComponent(supportMessageSubject(written.input));
    const body = encodeURIComponent(text.value.replace(/\r?\n/g, '\r\n'));
    mailLink.href = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${subject}&body=${body}`;
  };
  text.addEventListener('input', updateMailLink);
  mailTo.addEventListener('input', updateMailLink);

  const announce = (message: string) => {
    status.textContent = '';
    // A fresh text node after a tick, so screen readers announce the same words twice in a row.
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  };

  result.querySelector<HTMLButtonElement>('[data-copy]')?.addEventListener('click', async () => {
    announce(await copyText(text.value, text, "Copied. Paste it into Amazon's chat or contact form.", 'message'));
  });

  result.querySelector<HTMLButtonElement>('[data-download]')?.addEventListener('click', async () => {
    await downloadFile(text.value, `support-message-${answer.value?.input.orderNumber ?? 'order'}.txt`, 'text/plain;charset=utf-8');
    announce('Downloaded as a .txt file.');
  });

  // Pre-fill from the link; show the errors of what the link got wrong, and only those.
  const fill = (prefill: RawSupportInput) => {
    for (const field of SUPPORT_FIELDS) {
      const value = prefill[field];
      if (value === undefined || value === null) continue;
      touched.add(field);
      if (field === 'situation') {
        const radio = radios().find((item) => item.value === value);
        if (radio) radio.checked = true;
        else pending[field] = value;
        continue;
      }
      const element = control(field);
      if (!element) continue;
      const parsed = DATE_FIELDS.has(field) ? parseCivilDate(value) : undefined;
      element.value = parsed?.ok ? parsed.date : value;
      if (element.value !== (parsed?.ok ? parsed.date : value)) pending[field] = value;
    }
    regionChosen();
    if (touched.size > 0) refreshTouched();
  };
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-not-future]')) input.max = today;
  const search = window.location.search;
  // A link from another tool pre-fills the form. Its reader, and the category vocabulary when the link names the kind
  // of item, load only for such a link: a reader who comes without one never downloads them.
  if (search) {
    const vocabulary = new URLSearchParams(search).has('category') ? import('../../model/vocabulary/categories').catch(() => undefined) : undefined;
    void Promise.all([import('./rules/supportQuery'), vocabulary]).then(
      ([{ readSupportQuery }, categories]) => fill(readSupportQuery(search, categories?.CATEGORIES)),
      () => regionChosen(),
    );
  } else regionChosen();

  root.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
  form.hidden = false;
}

defineToolElement('support-composer', '[data-support-message]', setUp);
