/**
 * The composer in the browser: reads the form (and a pre-filling link), shows each field's error next to it,
 * writes the message with the domain functions, and copies, downloads or mails it. Nothing leaves the page
 * except through the reader's own clipboard, download or mail app.
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
import { isValidTimeZone, todayIn } from '../../time/todayIn';
import type { CivilDate } from '../../time/civilDate';

interface WidgetData {
  regions: SupportRegion[];
  pages: Record<string, string>;
}

const DATE_FIELDS: ReadonlySet<SupportField> = new Set(['ordered', 'delivered', 'handover', 'expectedBy']);

function readerToday(): CivilDate {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return todayIn(zone && isValidTimeZone(zone) ? zone : 'UTC', new Date());
}

function setUp(root: HTMLElement): void {
  const dataElement = root.querySelector<HTMLScriptElement>('[data-support-data]');
  const form = root.querySelector<HTMLFormElement>('[data-support-form]');
  const result = root.querySelector<HTMLElement>('[data-result]');
  if (!dataElement || !form || !result) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as WidgetData;
  const regions = new Map(data.regions.map((region) => [region.id, region]));
  const today = readerToday();

  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const summaryList = form.querySelector<HTMLUListElement>('[data-error-list]');
  const text = result.querySelector<HTMLTextAreaElement>('[data-text]');
  const subjectOut = result.querySelector<HTMLElement>('[data-subject]');
  const legalNote = result.querySelector<HTMLElement>('[data-legal-note]');
  const where = result.querySelector<HTMLElement>('[data-where]');
  const status = result.querySelector<HTMLElement>('[data-status]');
  const mailTo = result.querySelector<HTMLInputElement>('[data-mail-to]');
  const mailLink = result.querySelector<HTMLAnchorElement>('[data-mail]');
  if (!summary || !summaryList || !text || !subjectOut || !legalNote || !where || !status || !mailTo || !mailLink) return;

  const control = (field: SupportField) => form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#support-${field}`);
  const radios = () => [...form.querySelectorAll<HTMLInputElement>('input[name="situation"]')];
  const errorSlot = (field: SupportField) => form.querySelector<HTMLElement>(`#support-${field}-error`);
  /** The element an error-summary link moves focus to. */
  const focusTarget = (field: SupportField) => (field === 'situation' ? radios()[0] : control(field));

  // Values from a link that the form could not hold (a region we do not cover, an unreadable date): kept until the
  // reader changes that field, so its error shows instead of the value silently disappearing.
  const pending: RawSupportInput = {};
  const touched = new Set<SupportField>();
  let written: { input: SupportInput; region: SupportRegion } | undefined;

  const readRaw = (): RawSupportInput => {
    const raw: RawSupportInput = {};
    for (const field of SUPPORT_FIELDS) {
      raw[field] = field === 'situation' ? (radios().find((radio) => radio.checked)?.value ?? '') : (control(field)?.value ?? '');
    }
    return { ...raw, ...pending };
  };

  const showErrors = (errors: readonly FieldError[], fields: ReadonlySet<SupportField>) => {
    for (const field of SUPPORT_FIELDS) {
      if (!fields.has(field)) continue;
      const error = errors.find((item) => item.field === field);
      const slot = errorSlot(field);
      if (slot) {
        slot.textContent = error?.message ?? '';
        slot.hidden = !error;
      }
      const targets = field === 'situation' ? radios() : [control(field)];
      for (const target of targets) {
        if (!target) continue;
        if (error) target.setAttribute('aria-invalid', 'true');
        else target.removeAttribute('aria-invalid');
      }
    }
  };

  const validate = () => validateSupportInput(readRaw(), today, data.regions);
  const refreshTouched = () => {
    const validation = validate();
    showErrors(validation.ok ? [] : validation.errors, touched);
    if (!summary.hidden && validation.ok) summary.hidden = true;
  };

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
    if (field === 'region') showRegionDetails();
    if (touched.has(field)) refreshTouched();
  });
  form.addEventListener('change', (event) => {
    const field = fieldOf(event.target);
    if (!field) return;
    delete pending[field];
    touched.add(field);
    if (field === 'region') showRegionDetails();
    refreshTouched();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const field of SUPPORT_FIELDS) touched.add(field);
    const validation = validate();
    if (!validation.ok) {
      showErrors(validation.errors, touched);
      summaryList.replaceChildren(
        ...validation.errors.map((error) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = `#${focusTarget(error.field)?.id ?? ''}`;
          link.textContent = error.message;
          link.addEventListener('click', (click) => {
            click.preventDefault();
            focusTarget(error.field)?.focus();
          });
          item.append(link);
          return item;
        }),
      );
      summary.hidden = false;
      summary.focus();
      return;
    }
    showErrors([], touched);
    summary.hidden = true;
    const region = regions.get(validation.input.region);
    if (!region) return;
    written = { input: validation.input, region };
    text.value = buildSupportMessage(validation.input, region);
    subjectOut.textContent = supportMessageSubject(validation.input);
    describeLegalBasis(validation.input, region);
    status.textContent = '';
    updateMailLink();
    result.hidden = false;
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
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text.value);
      announce("Copied. Paste it into Amazon's chat or contact form.");
    } catch {
      text.focus();
      text.select();
      announce('Your browser did not let this page copy. The message is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  });

  result.querySelector<HTMLButtonElement>('[data-download]')?.addEventListener('click', () => {
    const blob = new Blob([text.value], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `support-message-${written?.input.orderNumber ?? 'order'}.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
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

for (const root of document.querySelectorAll<HTMLElement>('[data-support-message]')) setUp(root);
