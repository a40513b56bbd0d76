/**
 * The eligibility checker in the browser: reads the form, asks the domain (src/domain/eligibility), renders the
 * answer. No rule lives here. Each region's rules are fetched once, when chosen, from /data/eligibility/<id>.json.
 */
import { todayIn } from '../../time/todayIn';
import { checkEligibility } from './rules/eligibilityVerdict';
import { orderDateHint } from './rules/orderDateHint';
import { eligibilityQuery, readEligibilityQuery } from './rules/shareQuery';
import { reminderDate } from './rules/reminderDate';
import { longDate } from './rules/wording';
import { ELIGIBILITY_FIELDS, type EligibilityField, type EligibilityInput, type EligibilityResult, type FieldError, type RawEligibilityInput, type Reason } from './rules/types';
import type { EligibilityRegion } from './rules/eligibilityRegion';
import { sitePath } from '../../model/urls';

type Child = Node | string | false | undefined;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

/** The reader's own today, in the time zone their device is set to. */
function readerToday(): string {
  try {
    return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());
  } catch {
    return todayIn('UTC', new Date());
  }
}

const REQUIRED: EligibilityField[] = ['region', 'category', 'seller', 'delivered', 'condition'];

export function initEligibilityCheckers(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-eligibility-checker]')) initChecker(root);
}

function initChecker(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  const form = $<HTMLFormElement>('[data-form]');
  const answer = $('[data-answer]');
  const live = $('[data-live]');
  const summary = $('[data-error-summary]');
  const share = $<HTMLInputElement>('[data-share]');
  const copyStatus = $('[data-copy-status]');
  const icsButton = $<HTMLButtonElement>('[data-ics]');
  const orderHint = $('[data-order-hint]');
  const level = `h${Number(root.dataset.headingLevel) + 1}`;
  const regionSelect = form.elements.namedItem('region') as HTMLSelectElement;
  const categorySelect = form.elements.namedItem('category') as HTMLSelectElement;
  const regions = [...regionSelect.options].filter((option) => option.value).map((option) => ({ id: option.value, name: option.text }));
  const cache = new Map<string, Promise<EligibilityRegion | undefined>>();
  const defaultToday = readerToday();
  let current: { input: EligibilityInput; result: EligibilityResult; region: EligibilityRegion } | undefined;

  const box = (field: EligibilityField) => $(`[data-field="${field}"]`);
  const control = (field: EligibilityField) => box(field).querySelector<HTMLElement>('input:checked, select, input');

  const loadRegion = (id: string | null | undefined): Promise<EligibilityRegion | undefined> => {
    if (!id || !regions.some((entry) => entry.id === id)) return Promise.resolve(undefined);
    if (!cache.has(id)) {
      const failed = () => {
        cache.delete(id); // so the next answer tries again (a dropped connection, say)
        return undefined;
      };
      cache.set(id, fetch(`${root.dataset.dataUrl}${id}.json`).then((response) => (response.ok ? response.json() : failed()), failed));
    }
    return cache.get(id) as Promise<EligibilityRegion | undefined>;
  };

  const readForm = (): RawEligibilityInput => Object.fromEntries([...new FormData(form)].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

  function fillCategories(region: EligibilityRegion | undefined, wanted = categorySelect.value): void {
    const choices = region?.categories ?? [];
    categorySelect.replaceChildren(
      h('option', { value: '' }, region ? 'Choose what you bought' : 'Choose the Amazon site first'),
      ...choices.map((choice) => h('option', { value: choice.id }, choice.label)),
    );
    // A value the region does not offer stays, so the error can name it instead of dropping it silently.
    if (wanted && !choices.some((choice) => choice.id === wanted)) categorySelect.append(h('option', { value: wanted }, `${wanted} (not offered here)`));
    categorySelect.value = wanted;
  }

  /** The hint, the "why the order date matters" line when shown, and the error when there is one. */
  function describe(field: EligibilityField, invalid: boolean): void {
    const element = box(field).matches('fieldset') ? box(field) : control(field);
    const ids = [`${root.dataset.uid}-${field}-hint`];
    if (field === 'ordered' && !orderHint.hidden) ids.push(orderHint.id);
    if (invalid) ids.push(`${root.dataset.uid}-${field}-error`);
    element?.setAttribute('aria-describedby', ids.join(' '));
    if (invalid) element?.setAttribute('aria-invalid', 'true');
    else element?.removeAttribute('aria-invalid');
  }

  async function updateOrderHint(): Promise<void> {
    const raw = readForm();
    const region = await loadRegion(raw.region);
    const category = raw.category || 'standard';
    const text =
      region && !raw.ordered && /^\d{4}-\d{2}-\d{2}$/.test(raw.delivered ?? '') && region.categories.some((choice) => choice.id === category)
        ? orderDateHint(region, category as EligibilityInput['category'], raw.delivered as EligibilityInput['delivered'])
        : undefined;
    orderHint.textContent = text ?? '';
    orderHint.hidden = !text;
    describe('ordered', (control('ordered') as HTMLElement).hasAttribute('aria-invalid'));
  }

  function showErrors(errors: FieldError[], moveFocus: boolean): void {
    for (const field of ELIGIBILITY_FIELDS) {
      const error = errors.find((item) => item.field === field);
      const message = box(field).querySelector('[data-error]') as HTMLElement;
      message.textContent = error?.message ?? '';
      message.hidden = !error;
      describe(field, Boolean(error));
    }
    summary.querySelector('ul')?.replaceChildren(
      ...errors.map((error) => {
        const link = h('a', { href: `#${control(error.field)?.id}` }, error.message);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          control(error.field)?.focus();
        });
        return h('li', {}, link);
      }),
    );
    summary.hidden = errors.length === 0;
    if (errors.length > 0 && moveFocus) {
      answer.hidden = true;
      live.replaceChildren();
      summary.focus();
    }
  }

  async function check(moveFocus: boolean): Promise<void> {
    const raw = readForm();
    const region = await loadRegion(raw.region);
    const outcome = checkEligibility(raw, { regions, region });
    if (!outcome.ok) return showErrors(outcome.errors, moveFocus);
    showErrors([], false);
    current = { ...outcome, region: region as EligibilityRegion };
    history.replaceState(history.state, '', `?${eligibilityQuery(outcome.input, { includeToday: outcome.input.today !== defaultToday })}`);
    share.value = location.href;
    copyStatus.textContent = '';
    render(outcome.result, current.region);
  }

  const source = (fact: Pick<Reason, 'source' | 'reported'>) =>
    h('span', { class: 'source' }, ' Source: ', h('a', { href: fact.source.url }, fact.source.title), fact.reported && h('span', { class: 'badge' }, 'reported'));
  const list = (items: HTMLElement[]) => h('ul', {}, ...items);
  const reasons = (items: Reason[]) => list(items.map((reason) => h('li', {}, reason.text, source(reason), reason.note !== undefined && h('span', { class: 'fact-note' }, `Note: ${reason.note}`))));
  const time = (date: string, region: EligibilityRegion) => h('time', { datetime: date }, longDate(date as EligibilityInput['today'], region));

  function render(result: EligibilityResult, region: EligibilityRegion): void {
    const { deadline, daysLeft } = result;
    live.dataset.kind = result.kind;
    const dated = deadline !== undefined && daysLeft !== undefined;
    live.replaceChildren(
      ...[
        h(level, {}, result.headline),
        dated && h('p', { class: 'return-by' }, `${deadline.label}${daysLeft < 0 ? ' ended' : ''}: `, time(deadline.date, region)),
        h('p', {}, result.summary),
        dated && h('p', { class: 'rule' }, `How it is counted: ${deadline.detail}`),
      ].filter((line): line is HTMLElement => line !== false),
    );
    const section = (title: string, body: HTMLElement | false) => body && [h(level, {}, title), body];
    $('[data-details]').replaceChildren(
      ...[
        section('Conditions', result.conditions.length > 0 && reasons(result.conditions)),
        section('Why', reasons(result.reasons)),
        section(
          'Other deadlines beside the store policy',
          result.otherDeadlines.length > 0 && list(result.otherDeadlines.map((rule) => h('li', {}, `${rule.label}: `, time(rule.date, region), `. ${rule.detail}`, source(rule)))),
        ),
        section('What it will cost', list(result.costs.map((cost) => h('li', {}, cost.text, source(cost))))),
        section('What to do next', list(result.nextSteps.map((step) => h('li', {}, step.href ? h('a', { href: step.external ? step.href : sitePath(step.href) }, step.label) : step.label)))),
        result.notes.length > 0 && [h('div', { class: 'notice note' }, ...result.notes.map((note) => h('p', {}, note)))],
      ].flatMap((part) => part || []),
    );
    icsButton.hidden = !reminderDate(current?.input ?? { today: defaultToday as EligibilityInput['today'] }, result);
    answer.hidden = false;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check(true);
  });
  form.addEventListener('change', async (event) => {
    const name = (event.target as HTMLInputElement).name;
    if (name === 'region') fillCategories(await loadRegion(regionSelect.value));
    if (name !== 'seller' && name !== 'condition') await updateOrderHint();
    if (current) await check(false);
  });
  icsButton.addEventListener('click', async () => {
    if (!current) return;
    // The calendar writer loads only when asked for.
    const { returnReminderIcs } = await import('./rules/reminderIcs');
    const file = returnReminderIcs(current.input, current.region, current.result, { now: new Date(), pageUrl: location.href });
    if (!file) return;
    const link = h('a', { href: URL.createObjectURL(new Blob([file.text], { type: 'text/calendar' })), download: file.filename });
    root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.getAttribute('href') as string), 10_000);
  });
  $('[data-copy]').addEventListener('click', () => {
    const fallback = () => {
      share.select();
      copyStatus.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected link.';
    };
    if (navigator.clipboard) navigator.clipboard.writeText(share.value).then(() => (copyStatus.textContent = 'Link copied.'), fallback);
    else fallback();
  });

  // Start: today's date, then the page's preset and the answers of a shared link, answered at once when complete.
  const fromUrl = readEligibilityQuery(location.search);
  const initial: RawEligibilityInput = { today: defaultToday, region: root.dataset.presetRegion, category: root.dataset.presetCategory, ...fromUrl };
  for (const field of ELIGIBILITY_FIELDS) {
    const value = initial[field];
    if (value == null) continue;
    const element = form.elements.namedItem(field);
    if (element instanceof RadioNodeList) for (const radio of element) (radio as HTMLInputElement).checked = (radio as HTMLInputElement).value === value;
    else if (element) (element as HTMLInputElement).value = value;
  }
  $('[data-app]').hidden = false;
  void (async () => {
    fillCategories(await loadRegion(regionSelect.value), initial.category ?? '');
    await updateOrderHint();
    if (REQUIRED.every((field) => fromUrl[field])) await check(false);
  })();
}
