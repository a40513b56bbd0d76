import { formatDays } from '../../../model/format';
import { daysBetween } from '../../../time/daysBetween';
import { applicableWindows } from './applicableWindows';
import type { HolidayExtension } from './holidayExtension';
import { returnConditions } from './conditions';
import type { EligibilityRegion } from './eligibilityRegion';
import { nextSteps } from './nextSteps';
import { orderDateHint } from './orderDateHint';
import { treatedApart } from './treatedApart';
import { reminderDate } from './reminderDate';
import { renewedGuarantee } from './renewedGuarantee';
import { returnCosts } from './returnCosts';
import { RULES_NOT_LOADED, validateEligibilityInput, type ValidationContext } from './validateEligibilityInput';
import { FAULTY_CONDITIONS, type DatedRule, type EligibilityInput, type EligibilityResult, type FieldError, type Reason, type VerdictKind } from './types';
import { categoryLabel, longDate } from './wording';
import { lowerFirst, upperFirst } from '../../../model/case';
import { NOT_IN_OUR_SOURCES } from '../../../model/missing';

/**
 * The answer to "Can I still return this, by when, and what will it cost?" for one checked set of answers.
 * Pure: the same input and region data always give the same result; the UI only renders it.
 */
export function eligibilityVerdict(input: EligibilityInput, region: EligibilityRegion): EligibilityResult {
  const windows = applicableWindows(input, region);
  const { store, holiday, law } = windows;
  const faulty = FAULTY_CONDITIONS.has(input.condition);
  const store_ = region.store;
  const label = categoryLabel(region, input.category);

  // A kind of item the data has no rule for: the right to cancel has exceptions our sources may not list.
  const lawUncertain = store.kind === 'not-published' && treatedApart(region, input.category) && law.withdrawal?.rule !== undefined;
  const dated = lawUncertain ? windows.windows.filter((rule) => rule.kind !== 'withdrawal') : windows.windows;
  const returnBy = dated[0];
  const open = returnBy !== undefined && input.today <= returnBy.date;

  const renewed = renewedGuarantee(input, region);
  const cover: DatedRule[] = [...(faulty ? law.faulty.flatMap((right) => (right.rule ? [right.rule] : [])) : []), ...(renewed?.rule ? [renewed.rule] : [])];
  const otherDeadlines = [...cover].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // For a faulty item once the window has closed: the first law or guarantee deadline still open, if any.
  const openCover = otherDeadlines.find((rule) => rule.date >= input.today);
  const undatedLaw = faulty && law.faulty.some((right) => right.rule === undefined);

  // Closed by the dates on file, but in a holiday period the region extended every season on file: never "closed".
  const probable = !open && returnBy !== undefined && holiday.kind === 'probable';
  const conditions = open || probable ? returnConditions(input, region, windows) : [];
  let kind: VerdictKind;
  let deadline: DatedRule | undefined = returnBy;
  if (open) kind = conditions.length > 0 ? 'conditional' : 'returnable';
  else if (probable) kind = 'probably-returnable';
  else if (faulty && (openCover || undatedLaw)) {
    kind = 'legal-rights';
    deadline = openCover ?? returnBy;
  } else if (!returnBy && store.kind === 'not-published') kind = 'not-published';
  else kind = 'not-returnable';
  const daysLeft = deadline ? daysBetween(deadline.date, input.today) : undefined;

  const reasons: Reason[] = [store.reason];
  if (store.kind === 'not-returnable') for (const other of store.others) reasons.push(other.reason);
  if (holiday.kind !== 'none') reasons.push(holiday.reason);
  if (holiday.kind === 'probable') reasons.push(...holiday.onFile);
  if (law.withdrawal) {
    reasons.push(lawUncertain ? { ...law.withdrawal.reason, text: `${law.withdrawal.reason.text} The right to cancel has exceptions, and our sources do not say whether ${lowerFirst(label)} are one of them, so we did not count on it.` } : law.withdrawal.reason);
  }
  if (law.withdrawalExcludedBy) reasons.push(law.withdrawalExcludedBy);
  if (law.notPublished) reasons.push(law.notPublished);
  if (returnBy?.kind === 'withdrawal' && input.condition !== 'used') reasons.push(...law.afterCancelling);
  if (faulty) reasons.push(...law.faulty.map((right) => right.reason));
  if (renewed) reasons.push(renewed.reason);
  if (!open && !faulty) {
    reasons.push(...law.fallback.map((right) => right.reason));
    if (returnBy && region.lateReturns && !probable) reasons.push(region.lateReturns);
  }
  if (input.seller !== 'amazon') reasons.push(...region.aToZ);

  const notes: string[] = [];
  if (!input.ordered) {
    const hint = orderDateHint(region, input.category, input.delivered);
    notes.push(`You did not give an order date, so we went by the delivery date.${hint ? ` ${hint}` : ''}`);
  }

  return {
    kind,
    ...wording(kind, { store: store_, faulty, returnBy, deadline, daysLeft, today: input.today, region, categoryLabel: label, holiday: holiday.kind === 'probable' ? holiday : undefined }),
    returnBy,
    deadline,
    daysLeft,
    remindOn: reminderDate(input, { deadline }),
    item: label,
    conditions,
    reasons,
    otherDeadlines,
    costs: returnCosts(input, region, store),
    nextSteps: nextSteps(input, region, { kind, returnBy, holidayApplied: holiday.kind === 'extension' && returnBy?.kind === 'holiday' }),
    notes,
  };
}

/** "12 days left", "today is the last day", "3 days ago". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'today is the last day';
  if (daysLeft > 0) return `${formatDays(daysLeft)} left`;
  return `${formatDays(-daysLeft)} ago`;
}

interface WordingContext {
  store: string;
  faulty: boolean;
  returnBy: DatedRule | undefined;
  deadline: DatedRule | undefined;
  daysLeft: number | undefined;
  today: EligibilityInput['today'];
  region: EligibilityRegion;
  categoryLabel: string;
  /** The probable holiday extension, for "probably still returnable". */
  holiday: Extract<HolidayExtension, { kind: 'probable' }> | undefined;
}

/** "the 2025 season", "the 2025 and 2023 seasons", "the 2025, 2024 and 2023 seasons". */
export function seasonsText(seasons: readonly number[]): string {
  if (seasons.length <= 1) return `the ${seasons[0] ?? ''} season`;
  return `the ${seasons.slice(0, -1).join(', ')} and ${seasons[seasons.length - 1]} seasons`;
}

function wording(kind: VerdictKind, context: WordingContext): { headline: string; summary: string } {
  const { store, returnBy, deadline, region } = context;
  const left = daysLeftText(context.daysLeft ?? 0);
  switch (kind) {
    case 'returnable':
    case 'conditional': {
      const by = `${upperFirst(left)} to send it back: the ${lowerFirst(deadline?.label ?? '')} sets the last day.`;
      return kind === 'returnable'
        ? { headline: 'Yes, you can return it', summary: by }
        : { headline: 'You can return it, with conditions', summary: `${by} Read the conditions below.` };
    }
    case 'probably-returnable': {
      // Only given when a dated window has closed (eligibilityVerdict), so returnBy is there.
      const ended = returnBy ? `The ${lowerFirst(returnBy.label)} ended on ${longDate(returnBy.date, region)} (${daysLeftText(daysBetween(returnBy.date, context.today))}), but ${store}` : store;
      const seasons = context.holiday ? seasonsText(context.holiday.seasons) : 'earlier seasons';
      const year = context.holiday ? `${context.holiday.season} ` : '';
      return {
        headline: 'Probably still returnable',
        summary: `${ended} extended returns for orders of this period in ${seasons} on file. Its ${year}holiday dates are ${NOT_IN_OUR_SOURCES}: check the return-by date for this order in Your Orders before you send it.`,
      };
    }
    case 'legal-rights': {
      const closed = returnBy
        ? `The store's return window closed on ${longDate(returnBy.date, region)} (${daysLeftText(daysBetween(returnBy.date, context.today))}).`
        : `${store} does not take it back as a normal return.`;
      const cover = deadline && deadline !== returnBy ? ` ${deadline.label}: ${left}.` : ' The law gives you remedies for a faulty item without a fixed deadline.';
      return { headline: 'Past the return window, but you may still be covered', summary: `${closed}${cover}` };
    }
    case 'not-published':
      return { headline: "We can't confirm this one", summary: `Our sources do not give a return window for ${lowerFirst(context.categoryLabel)} on ${store}. Check the official page before you send it.` };
    case 'not-returnable':
      if (returnBy) return { headline: 'The return window has closed', summary: `The last day to return it was ${left}.` };
      return context.faulty
        ? { headline: "It can't go back as a normal return", summary: `${store} does not take back ${lowerFirst(context.categoryLabel)} as a return. For an item that arrived damaged, faulty or wrong, contact ${store} or the seller.` }
        : { headline: "This item can't be returned", summary: `${store} does not take back ${lowerFirst(context.categoryLabel)}.` };
  }
}

/** Validates the answers and, when they are complete, answers them. Never throws. */
export function checkEligibility(
  raw: Parameters<typeof validateEligibilityInput>[0],
  context: ValidationContext & { rules?: EligibilityRegion | undefined },
): { ok: true; input: EligibilityInput; result: EligibilityResult } | { ok: false; errors: FieldError[] } {
  const checked = validateEligibilityInput(raw, context);
  if (!checked.ok) return checked;
  // The rules for the kind of item chosen come after the region's menu (/data/eligibility/<id>/<category>.json).
  const { rules } = context;
  const { input } = checked;
  if (!rules || rules.id !== input.region || !rules.categories.some((choice) => choice.id === input.category)) return { ok: false, errors: [RULES_NOT_LOADED] };
  return { ok: true, input, result: eligibilityVerdict(input, rules) };
}
