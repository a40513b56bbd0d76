/**
 * The refund estimator in the browser, as the custom element <refund-estimator>: reads the form (or the URL), fetches
 * the region's refund facts and holidays, and renders what ./rules work out. No rule lives here; the shared jobs
 * (today, errors, copy, download, the answer's lifecycle, region loading) come from the kit in tools/shared/kit.
 */
import { createBusinessCalendar, type BusinessCalendar } from '../../time/businessCalendar';
import type { CivilDate } from '../../time/civilDate';
import { formatCivilDate, formatCivilDateRange } from '../../time/formatCivilDate';
import { holidayCalendarFromJson } from '../../time/holidays';
import { skippedText, stepDatesText, timelineSummary, STEP_TITLES } from './rules/describe';
import { lowerFirst, upperFirst } from '../../model/case';
import { NOT_IN_OUR_SOURCES_CHECK } from '../../model/missing';
import { hasRefundQuery, readRefundQuery, refundQueryString } from './rules/query';
import { refundTimeline } from './rules/refundTimeline';
import { dateWindow, validateRefundInput, type RawRefundAnswers } from './rules/validateRefundInput';
import { REFUND_FIELDS, type RefundField, type RefundRegion, type RefundStep, type RefundTimeline, type SourceLink } from './rules/types';
import type { EstimatorConfig } from './config';
import { sitePath } from '../../model/urls';
import { composerLink } from '../shared/links';
import { Answer, defineToolElement, afterPointerRelease, copyText, dateValue, downloadFile, fetchJson, h, loadOnce, readerToday, showErrorSummary, showFieldErrors, type FieldView } from '../shared/kit';

interface Loaded {
  region: RefundRegion;
  calendar: BusinessCalendar;
  /** The holiday file's note; null when the holidays could not be loaded (weekends only then). */
  note: string | null | undefined;
}

const FIELDS = Object.keys(REFUND_FIELDS) as RefundField[];

function setUp(root: HTMLElement): void {
  const config = JSON.parse(root.querySelector('[data-re-config]')?.textContent ?? '') as EstimatorConfig;
  const part = <T extends HTMLElement>(name: string) => root.querySelector(`[data-re-${name}]`) as T;
  const form = part<HTMLFormElement>('form');
  const status = part('status');
  const result = part('result');
  const summary = root.querySelector('[data-error-summary]') as HTMLElement;
  const list = part('timeline');
  const icsButton = part('ics');
  const shareLink = part<HTMLAnchorElement>('share');
  const copied = part('copied');
  const holidaysLine = part('holidays');
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T;
  const regionSelect = field<HTMLSelectElement>('region');
  const methodSelect = field<HTMLSelectElement>('method');
  const handover = field<HTMLInputElement>('handover');
  const issued = field<HTMLInputElement>('issued');
  const radios = [...form.querySelectorAll<HTMLInputElement>('[name=how]')];
  const controls = (name: RefundField): HTMLElement[] => (name === 'how' ? radios : [field(name)]);

  let locale = navigator.language;
  try {
    formatCivilDate('2000-01-01' as CivilDate, locale);
  } catch {
    locale = 'en';
  }
  const date = (day: CivilDate) => formatCivilDate(day, locale);
  const range = (from: CivilDate, to: CivilDate) => formatCivilDateRange(from, to, locale);
  const today = readerToday();
  const loadedIds = new Set<string>();
  const load = loadOnce((id) => loadRegion(config, id).then((value) => (loadedIds.add(id), value)));
  const fields: Record<string, FieldView> = Object.fromEntries(FIELDS.map((name) => [name, { slot: part(`error="${name}"`), controls: controls(name) }]));
  const later = afterPointerRelease(form);
  const answer = new Answer<[RefundTimeline, Loaded, string]>([result], () => {
    copied.textContent = '';
    icsButton.hidden = true;
  });
  /** The answers changed after an answer was shown: it goes, and so does the link to it. */
  const answersChanged = () => {
    if (!answer.value) return;
    answer.clear();
    status.textContent = 'Your answers changed. Choose “Estimate the dates” for new dates.';
    if (config.standalone) history.replaceState(history.state, '', location.pathname);
  };

  const fillMethods = (wanted = methodSelect.value) => {
    const choices = config.regions.find((entry) => entry.id === regionSelect.value)?.methods ?? [];
    methodSelect.replaceChildren(new Option(choices.length ? 'Choose how you paid' : 'Choose a region first', ''), ...choices.map((choice) => new Option(choice.label, choice.value)));
    methodSelect.value = choices.some((choice) => choice.value === wanted) ? wanted : '';
  };

  const estimate = async (raw: RawRefundAnswers, fromSubmit?: boolean) => {
    const entry = config.regions.find((item) => item.id === raw.region?.trim());
    let loaded: Loaded | undefined;
    if (entry) {
      if (!loadedIds.has(entry.id)) status.textContent = `Loading the refund times for ${entry.name}…`;
      try {
        loaded = await load(entry.id);
      } catch {
        answer.clear();
        status.textContent = `The refund times for ${entry.name} could not be loaded. Check your connection and try again.`;
        return;
      }
    }
    const checked = validateRefundInput(raw, entry, today, date);
    const errors = checked.ok ? [] : [...checked.errors].sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
    showFieldErrors(fields, errors);
    showErrorSummary(summary, errors, fields, Boolean(fromSubmit));
    if (!checked.ok || !loaded) {
      answer.clear();
      status.textContent = '';
      return;
    }
    const timeline = refundTimeline(checked.input, loaded.region, loaded.calendar);
    const query = refundQueryString(checked.input);
    shareLink.href = new URL(`${config.paths.estimator}?${query}`, location.href).href;
    list.replaceChildren(...timeline.steps.map((step) => stepItem(step, timeline, loaded)));
    holidaysLine.textContent = `${
      loaded.note === null ? 'Business days skip weekends only: the public holidays could not be loaded.' : `Business days skip weekends and public holidays in ${loaded.region.place}.${loaded.note ? ` ${loaded.note}` : ''}`
    } Dates are estimates from the published times, not a promise from Amazon.`;
    answer.show([timeline, loaded, shareLink.href]);
    copied.textContent = '';
    icsButton.hidden = !timeline.expected;
    status.textContent = timelineSummary(timeline, loaded.region, date);
    if (config.standalone) history.replaceState(history.state, '', `?${query}`);
  };

  // The support-message composer on /contact/ reads these, so the reader does not type the dates again.
  const composerHref = (timeline: RefundTimeline, region: string) =>
    sitePath(composerLink({ region, handover: timeline.input.handover, method: timeline.input.method, expected: timeline.expected ?? undefined }));

  const small = (text: string) => h('p', { class: 're-small' }, text);
  const stepItem = (step: RefundStep, timeline: RefundTimeline, loaded: Loaded) => {
    const dates = stepDatesText(step, range);
    // The form's own label for the answer (RETURN_HOWS, server-rendered), not a copy of the words shipped again.
    const how = radios.find((radio) => radio.value === timeline.input.how)?.labels?.[0]?.textContent ?? '';
    const end = loaded.calendar.coverage?.to;
    const lead = timeline.expected ? `If the money has not shown by ${date(timeline.expected)}` : 'If the money has not shown once the published times have passed';
    const contactLinks: ReadonlyArray<readonly [string, string]> = [
      [`${config.paths.regions}${loaded.region.id}/#contact`, `Amazon’s contact details for ${loaded.region.name}`],
      [config.paths.notArrived, 'What to do if your refund has not arrived'],
      [composerHref(timeline, loaded.region.id), 'Write to customer service: a message with your dates filled in'],
    ];
    return h(
      'li',
      { class: 're-step' },
      h('p', { class: 're-step-title' }, STEP_TITLES[step.kind]),
      h('p', { class: 're-dates' }, step.datesFor && step.latest ? `${dates} (for orders ${lowerFirst(step.datesFor)})` : dates),
      step.kind === 'handover' && h('p', {}, `${how}.`),
      step.kind === 'refund-issued' && step.fromAnswer && h('p', {}, 'The date you gave from Amazon’s message.'),
      step.figures.length > 0 &&
        h(
          'ul',
          { class: 're-figures' },
          ...step.figures.map(({ fact, notForThisReturn }) =>
            h(
              'li',
              {},
              h('p', {}, fact.text),
              notForThisReturn && small(`Not for this return: you chose “${how}”.`),
              'appliesTo' in fact && small(`Applies to: ${fact.appliesTo}`),
              fact.note && small(`Note: ${fact.note}`),
              h('p', { class: 're-small' }, 'Source: ', link(fact.source), fact.confidence === 'reported' && ' (reported: read in a copy or a report)'),
            ),
          ),
        ),
      step.skippedHolidays.length > 0 && small(skippedText(step.skippedHolidays, date)),
      step.beyondCoverage &&
        small(`Counted weekends only${end ? ` after ${date(end)}` : ''}: ${end ? 'our list of public holidays ends there' : 'the public holidays could not be loaded'}, so a holiday could add a day.`),
      ...step.notPublished.map((missing) =>
        h(
          'div',
          { class: 'notice' },
          h('p', {}, h('strong', {}, `${missing.variant ? `${missing.variant}: ${NOT_IN_OUR_SOURCES_CHECK}` : upperFirst(NOT_IN_OUR_SOURCES_CHECK)}: `), link(missing.checkAt), '.'),
          h('p', {}, missing.note),
        ),
      ),
      step.kind === 'money-visible' && step.waitsFor && small('No date until we know when the refund is issued. Once Amazon tells you it was issued, enter that date above.'),
      ...(step.kind === 'contact-support'
        ? [h('p', {}, `${lead}, contact Amazon’s customer service:`), h('ul', { class: 're-links' }, ...contactLinks.map(([href, text]) => h('li', {}, link({ url: href, title: text }))))]
        : []),
    );
  };

  // Ready: switch the form on, put the fallback tables away, fill in today, follow the answers in the URL.
  for (const control of form.elements) control.removeAttribute('disabled');
  part('fallback').hidden = true;
  handover.value = today;
  const accepted = dateWindow(today);
  handover.min = issued.min = accepted.from;
  handover.max = accepted.to;
  issued.max = today;

  regionSelect.addEventListener('change', () => {
    fillMethods();
    if (regionSelect.value) load(regionSelect.value).catch(() => undefined);
  });
  form.addEventListener('input', () => later(answersChanged));
  form.addEventListener('change', () => later(answersChanged));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void estimate(
      { region: regionSelect.value, method: methodSelect.value, how: radios.find((radio) => radio.checked)?.value ?? '', handover: dateValue(handover), issued: dateValue(issued) },
      true,
    );
  });
  // The calendar file is only needed on request: its code loads then, not before the first answer.
  icsButton.addEventListener('click', async () => {
    if (!answer.value) return;
    const [timeline, loaded, estimateUrl] = answer.value;
    const { refundIcs } = await import('./rules/refundIcs');
    const text = refundIcs({
      timeline,
      regionName: loaded.region.name,
      methodLabel: config.regions.find((entry) => entry.id === timeline.input.region)?.methods.find((method) => method.value === timeline.input.method)?.label ?? '',
      estimateUrl,
      helpUrl: new URL(config.paths.notArrived, location.href).href,
      now: new Date(),
      formatDate: date,
    });
    if (text) await downloadFile(text, `refund-dates-${timeline.input.region}.ics`, 'text/calendar');
  });
  part('copy').addEventListener('click', async () => {
    copied.textContent = await copyText(shareLink.href, undefined, 'Link copied.');
  });

  if (config.standalone && hasRefundQuery(location.search)) {
    const raw = readRefundQuery(location.search);
    if (config.regions.some((entry) => entry.id === raw.region)) regionSelect.value = raw.region ?? '';
    fillMethods(raw.method ?? undefined);
    for (const radio of radios) radio.checked = radio.value === raw.how;
    handover.value = raw.handover ?? '';
    issued.value = raw.issued ?? '';
    void estimate(raw);
  } else if (regionSelect.value) {
    load(regionSelect.value).catch(() => undefined);
  }
}

async function loadRegion(config: EstimatorConfig, id: string): Promise<Loaded> {
  const [region, holidays] = (await Promise.all([fetchJson(`${config.paths.data}${id}.json`), fetchJson(`${config.paths.holidays}${id}.json`).catch(() => null)])) as [RefundRegion, unknown];
  if (region?.id !== id || !Array.isArray(region.methods)) throw new Error(`Unreadable refund data for ${id}`);
  try {
    // The holiday file is read field by field; a missing or broken file and business days skip weekends only.
    const { calendar, note } = holidayCalendarFromJson(holidays, region.weekend);
    return { region, calendar, note };
  } catch {
    return { region, calendar: createBusinessCalendar({ weekend: region.weekend }), note: null };
  }
}

const link = (source: SourceLink) => h('a', { href: source.url }, source.title);

defineToolElement('refund-estimator', '[data-refund-estimator]', setUp);
