/**
 * The composer in the browser, as the custom element <support-composer>: reads the form (and a pre-filling link),
 * shows each field's error next to it, writes the message with ./rules, and copies, downloads or mails it. Nothing
 * leaves the page except through the reader's own clipboard, download or mail app. The shared jobs come from the
 * kit in tools/shared/kit.
 */
import {
  SUPPORT_FIELDS,
  buildSupportMessage,
  messageLegalBasis,
  orderNumberFormat,
  readSupportQuery,
  supportMessageSubject,
  validateSupportInput,
  type FieldError,
  type RawSupportInput,
  type SupportField,
  type SupportInput,
  type SupportRegion,
} from './';
import { parseCivilDate } from '../../time/parseCivilDate';
import { Answer, defineToolElement, afterPointerRelease, copyText, dateValue, downloadFile, readerToday, showErrorSummary, showFieldErrors, type FieldView } from '../shared/kit';

interface WidgetData {
  regions: SupportRegion[];
  pages: Record<string, string>;
}

const DATE_FIELDS: ReadonlySet<SupportField> = new Set(['ordered', 'delivered', 'handover', 'expectedBy']);

function setUp(root: HTMLElement): void {
  const dataElement = root.querySelector<HTMLScriptElement>('[data-support-data]');
  const form = root.querySelector<HTMLFormElement>('[data-support-form]');
  const result = root.querySelector<HTMLElement>('[data-result]');
  if (!dataElement || !form || !result) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as WidgetData;
  const regions = new Map(data.regions.map((region) => [region.id, region]));
  const today = readerToday();

  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const staleNote = result.querySelector<HTMLElement>('[data-stale-note]');
  const text = result.querySelector<HTMLTextAreaElement>('[data-text]');
  const subjectOut = result.querySelector<HTMLElement>('[data-subject]');
  const legalNote = result.querySelector<HTMLElement>('[data-legal-note]');
  const where = result.querySelector<HTMLElement>('[data-where]');
  const status = result.querySelector<HTMLElement>('[data-status]');
  const mailTo = result.querySelector<HTMLInputElement>('[data-mail-to]');
  const mailLink = result.querySelector<HTMLAnchorElement>('[data-mail]');
  if (!summary || !staleNote || !text || !subjectOut || !legalNote || !where || !status || !mailTo || !mailLink) return;

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

  const validate = () => validateSupportInput(readRaw(), today, data.regions);
  // Shown once the pointer is released: an error appearing on blur must not move the button the reader is clicking.
  const refreshTouched = () =>
    later(() => {
      const validation = validate();
      showErrors(validation.ok ? [] : validation.errors, touched);
      if (!summary.hidden && validation.ok) summary.hidden = true;
    });

  const showRegionDetails = () => {
    const region = regions.get(control('region')?.value ?? '');
    for (const slot of form.querySelectorAll<HTMLElement>('[data-currency]')) slot.textContent = region ? region.currency : "the site's currency";
    const example = form.querySelector<HTMLElement>('[data-order-example]');
    if (example) example.textContent = orderNumberFormat(region?.id ?? '').example;
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
    if (field === 'region') showRegionDetails();
    if (touched.has(field)) refreshTouched();
  });
  form.addEventListener('change', (event) => {
    const field = fieldOf(event.target);
    if (!field) return;
    delete pending[field];
    markStale();
    touched.add(field);
    if (field === 'region') showRegionDetails();
    refreshTouched();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const field of SUPPORT_FIELDS) touched.add(field);
    const validation = validate();
    if (!validation.ok) {
      // A message never stays on screen for answers that no longer hold.
      answer.clear();
      showErrors(validation.errors, touched);
      showErrorSummary(summary, validation.errors, fields, true);
      return;
    }
    showErrors([], touched);
    showErrorSummary(summary, [], fields, false);
    const region = regions.get(validation.input.region);
    if (!region) return;
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
    const page = data.pages[region.id];
    const link = document.createElement('a');
    link.href = page ?? '#';
    link.textContent = `our ${region.name} page`;
    if (basis.kind === 'sentence') {
      const reported = basis.right.confidence === 'reported' ? ' We read it in a copy or a summary of the law, not the law text itself.' : '';
      legalNote.replaceChildren(`The legal sentence comes from “${basis.right.title}” (${basis.right.lawName}).${reported} Check it on `, link, ' before you send.');
    } else {
      legalNote.replaceChildren(`${basis.reason} The legal rights are on `, link, '.');
    }
    const contacts = document.createElement('a');
    contacts.href = `#${region.id}`;
    contacts.textContent = `how to reach ${region.marketplace}`;
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

  result.querySelector<HTMLButtonElement>('[data-download]')?.addEventListener('click', () => {
    downloadFile(text.value, `support-message-${answer.value?.input.orderNumber ?? 'order'}.txt`, 'text/plain;charset=utf-8');
    announce('Downloaded as a .txt file.');
  });

  // Pre-fill from the link; show the errors of what the link got wrong, and only those.
  const prefill = readSupportQuery(window.location.search);
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
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-not-future]')) input.max = today;
  showRegionDetails();
  if (touched.size > 0) refreshTouched();

  root.querySelector<HTMLElement>('[data-needs-js]')?.setAttribute('hidden', '');
  form.hidden = false;
}

defineToolElement('support-composer', '[data-support-message]', setUp);
