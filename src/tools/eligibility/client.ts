/**
 * The eligibility checker in the browser, as the custom element <eligibility-checker>: reads the form, asks the
 * rules (./rules), renders the answer. No rule lives here; the shared jobs (today, errors, copy, download, the
 * answer's lifecycle, region loading) come from the widget kit in tools/shared/kit. A region's menu is fetched once,
 * when the region is chosen (/data/eligibility/<id>.json), and the rules for one kind of item once they are needed
 * (/data/eligibility/<id>/<category>.json): a first answer downloads that item's rules, not the whole region's.
 */
import { checkEligibility } from './rules/eligibilityVerdict';
import { orderDateHint } from './rules/orderDateHint';
import { eligibilityQuery, readEligibilityQuery } from './rules/shareQuery';
import { longDate } from './rules/wording';
import { ELIGIBILITY_FIELDS, type EligibilityField, type EligibilityInput, type EligibilityResult, type RawEligibilityInput, type Reason } from './rules/types';
import type { EligibilityMenu, EligibilityRegion } from './rules/eligibilityRegion';
import { sitePath } from '../../model/urls';
import { Answer, defineToolElement, afterPointerRelease, copyText, dateValue, downloadFile, fetchJson, h, loadOnce, part, present, readerToday, showErrorSummary, showFieldErrors, type FieldView } from '../shared/kit';

const REQUIRED: EligibilityField[] = ['region', 'category', 'seller', 'delivered', 'condition'];
const DATE_FIELDS: ReadonlySet<EligibilityField> = new Set(['delivered', 'ordered', 'today']);

interface Shown {
  input: EligibilityInput;
  result: EligibilityResult;
  region: EligibilityRegion;
}

function setUp(root: HTMLElement): void {
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const form = $<HTMLFormElement>('[data-form]');
  const live = $('[data-live]');
  const summary = $('[data-error-summary]');
  const share = $<HTMLInputElement>('[data-share]');
  const copyStatus = $('[data-copy-status]');
  const icsButton = $<HTMLButtonElement>('[data-ics]');
  const orderHint = $('[data-order-hint]');
  const level = `h${Number(root.dataset.headingLevel) + 1}` as 'h3' | 'h4';
  const regionSelect = form.elements.namedItem('region') as HTMLSelectElement;
  const categorySelect = form.elements.namedItem('category') as HTMLSelectElement;
  const regions = [...regionSelect.options].filter((option) => option.value).map((option) => ({ id: option.value, name: option.text }));
  const load = loadOnce((path) => fetchJson(`${root.dataset.dataUrl}${path}.json`));
  const loadRegion = (id: string | null | undefined): Promise<EligibilityMenu | undefined> =>
    id && regions.some((entry) => entry.id === id) ? (load(id) as Promise<EligibilityMenu>).catch(() => undefined) : Promise.resolve(undefined);
  /** The region's menu, and the rules for `category` when the menu offers it. */
  const loadRules = async (id: string | null | undefined, category: string | null | undefined): Promise<[EligibilityMenu | undefined, EligibilityRegion | undefined]> => {
    const menu = await loadRegion(id?.trim());
    const wanted = category?.trim();
    const offered = menu && wanted && menu.categories.some((choice) => choice.id === wanted);
    return [menu, offered ? await (load(`${menu.id}/${wanted}`) as Promise<EligibilityRegion>).catch(() => undefined) : undefined];
  };
  const defaultToday = readerToday();
  const later = afterPointerRelease(form);
  const answer = new Answer<Shown>([$('[data-answer]')], () => {
    live.replaceChildren();
    delete live.dataset.kind;
    share.value = '';
    copyStatus.textContent = '';
    icsButton.hidden = true;
  });

  const box = (field: EligibilityField) => $(`[data-field="${field}"]`);
  const control = (field: EligibilityField) => box(field).querySelector<HTMLElement>('input:checked, select, input') as HTMLElement;
  const fields: Record<string, FieldView> = Object.fromEntries(
    ELIGIBILITY_FIELDS.map((field) => {
      const isGroup = box(field).matches('fieldset');
      return [field, { slot: part(box(field), '[data-error]'), controls: isGroup ? [...box(field).querySelectorAll<HTMLElement>('input')] : [control(field)], described: [isGroup ? box(field) : control(field)] }];
    }),
  );

  // Values from a link that the form could not hold (2026-02-30 in a date field): kept until the reader changes that
  // field, so the error names what the link said instead of the value silently disappearing.
  const pending: RawEligibilityInput = {};
  const readForm = (): RawEligibilityInput => {
    const raw: RawEligibilityInput = Object.fromEntries([...new FormData(form)].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    for (const field of DATE_FIELDS) raw[field] = dateValue(form.elements.namedItem(field) as HTMLInputElement);
    return { ...raw, ...pending };
  };

  function fillCategories(region: EligibilityMenu | undefined, wanted = categorySelect.value): void {
    const choices = region?.categories ?? [];
    categorySelect.replaceChildren(
      h('option', { value: '' }, region ? 'Choose what you bought' : 'Choose the Amazon site first'),
      ...choices.map((choice) => h('option', { value: choice.id }, choice.label)),
    );
    // A value the region does not offer stays, so the error can name it instead of dropping it silently.
    if (wanted && !choices.some((choice) => choice.id === wanted)) categorySelect.append(h('option', { value: wanted }, `${wanted} (not offered here)`));
    categorySelect.value = wanted;
  }

  /** "Why the order date matters" under the order date, when the region and delivery date make it matter. */
  async function updateOrderHint(): Promise<void> {
    const raw = readForm();
    const category = raw.category || 'standard';
    // Only once the hint can apply: its rules are the ones the answer will need.
    const [, rules] = !raw.ordered && /^\d{4}-\d{2}-\d{2}$/.test(raw.delivered ?? '') ? await loadRules(raw.region, category) : [];
    const text = rules ? orderDateHint(rules, category as EligibilityInput['category'], raw.delivered as EligibilityInput['delivered']) : undefined;
    orderHint.textContent = text ?? '';
    orderHint.hidden = !text;
    const ordered = control('ordered');
    const ids = (ordered.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== orderHint.id);
    ordered.setAttribute('aria-describedby', [...ids.slice(0, 1), ...(text ? [orderHint.id] : []), ...ids.slice(1)].join(' '));
  }

  async function check(moveFocus: boolean): Promise<void> {
    const raw = readForm();
    const [region, rules] = await loadRules(raw.region, raw.category);
    const outcome = checkEligibility(raw, { regions, region, rules });
    if (!outcome.ok) {
      // An answer never stays on screen for answers that no longer hold.
      answer.clear();
      showFieldErrors(fields, outcome.errors);
      showErrorSummary(summary, outcome.errors, fields, moveFocus);
      return;
    }
    showFieldErrors(fields, []);
    showErrorSummary(summary, [], fields, false);
    history.replaceState(history.state, '', `?${eligibilityQuery(outcome.input, { includeToday: outcome.input.today !== defaultToday })}`);
    render({ ...outcome, region: rules as EligibilityRegion });
  }

  const source = (fact: Pick<Reason, 'source' | 'reported'>) =>
    h('span', { class: 'source' }, ' Source: ', h('a', { href: fact.source.url }, fact.source.title), fact.reported && h('span', { class: 'badge' }, 'reported'));
  const list = (items: HTMLElement[]) => h('ul', {}, ...items);
  const reasons = (items: Reason[]) => list(items.map((reason) => h('li', {}, reason.text, source(reason), reason.note !== undefined && h('span', { class: 'fact-note' }, `Note: ${reason.note}`))));
  const time = (date: string, region: EligibilityRegion) => h('time', { datetime: date }, longDate(date as EligibilityInput['today'], region));

  /** Renders any verdict kind from the result alone: a new kind needs only a style hook ([data-kind]). */
  function render(shown: Shown): void {
    const { result, region } = shown;
    const { deadline, daysLeft } = result;
    answer.show(shown);
    live.dataset.kind = result.kind;
    const dated = deadline !== undefined && daysLeft !== undefined;
    live.replaceChildren(
      ...present([
      h(level, {}, result.headline),
      dated && h('p', { class: 'return-by' }, `${deadline.label}${daysLeft < 0 ? ' ended' : ''}: `, time(deadline.date, region)),
      h('p', {}, result.summary),
      dated && h('p', { class: 'rule' }, `How it is counted: ${deadline.detail}`),
      ]),
    );
    const section = (title: string, body: HTMLElement | false) => (body ? [h(level, {}, title), body] : []);
    $('[data-details]').replaceChildren(
      ...section('Conditions', result.conditions.length > 0 && reasons(result.conditions)),
      ...section('Why', reasons(result.reasons)),
      ...section(
        'Other deadlines beside the store policy',
        result.otherDeadlines.length > 0 && list(result.otherDeadlines.map((rule) => h('li', {}, `${rule.label}: `, time(rule.date, region), `. ${rule.detail}`, source(rule)))),
      ),
      ...section('What it will cost', result.costs.length > 0 && list(result.costs.map((cost) => h('li', {}, cost.text, source(cost))))),
      ...section('What to do next', list(result.nextSteps.map((step) => h('li', {}, step.href ? h('a', { href: step.external ? step.href : sitePath(step.href) }, step.label) : step.label)))),
      ...(result.notes.length > 0 ? [h('div', { class: 'notice note' }, ...result.notes.map((note) => h('p', {}, note)))] : []),
    );
    share.value = location.href;
    copyStatus.textContent = '';
    icsButton.hidden = !result.remindOn;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check(true);
  });
  form.addEventListener('change', async (event) => {
    const name = (event.target as HTMLInputElement).name;
    delete pending[name as EligibilityField];
    const hadAnswer = answer.value !== undefined;
    if (name === 'region') fillCategories(await loadRegion(regionSelect.value));
    if (name !== 'seller' && name !== 'condition') await updateOrderHint();
    // An answer on screen follows the form: worked out again, or cleared with the errors that stop it.
    if (hadAnswer) later(() => void check(false));
  });
  icsButton.addEventListener('click', async () => {
    const shown = answer.value;
    if (!shown) return;
    // The calendar writer loads only when asked for.
    const { returnReminderIcs } = await import('./rules/reminderIcs');
    const file = returnReminderIcs(shown.input, shown.region, shown.result, { now: new Date(), pageUrl: location.href });
    if (file) await downloadFile(file.text, file.filename, 'text/calendar');
  });
  $('[data-copy]').addEventListener('click', async () => {
    copyStatus.textContent = await copyText(share.value, share, 'Link copied.');
  });

  // Start: today's date, then the page's preset and the answers of a shared link, answered at once when complete.
  const fromUrl = readEligibilityQuery(location.search);
  const initial: RawEligibilityInput = { today: defaultToday, region: root.dataset.presetRegion, category: root.dataset.presetCategory, ...fromUrl };
  for (const field of ELIGIBILITY_FIELDS) {
    const value = initial[field];
    if (value == null) continue;
    const element = form.elements.namedItem(field);
    if (element instanceof RadioNodeList) for (const radio of element) (radio as HTMLInputElement).checked = (radio as HTMLInputElement).value === value;
    else if (element) {
      (element as HTMLInputElement).value = value;
      if ((element as HTMLInputElement).value !== value) pending[field] = value;
    }
  }
  answer.clear();
  $('[data-app]').hidden = false;
  void (async () => {
    fillCategories(await loadRegion(regionSelect.value), initial.category ?? '');
    await updateOrderHint();
    if (REQUIRED.every((field) => fromUrl[field])) await check(false);
  })();
}

defineToolElement('eligibility-checker', '[data-eligibility-checker]', setUp);
