/**
 * Turns the figures found for one step into a RefundStep: the dates span every figure that gives the step's date
 * (the earliest of their earliest dates to the latest of their latest dates), with the holidays they skipped.
 */
import type { CivilDate } from '../../../time/civilDate';
import { mergeHolidays, type SpanResult } from './spanAfter';
import type { Figure, NotPublishedPart, RefundStep, StepKind } from './types';

/** A figure and its dates; `final: false` for a figure on the way (transit before processing). */
export interface Found {
  readonly figure: Figure;
  readonly span: SpanResult | null;
  readonly final: boolean;
}

export interface StepParts {
  readonly found: readonly Found[];
  readonly notPublished?: readonly NotPublishedPart[];
  readonly datesFor?: string | undefined;
  readonly waitsFor?: StepKind | null;
}

export function stepOf(kind: StepKind, parts: StepParts): RefundStep {
  const dated = parts.found.filter((item): item is Found & { span: SpanResult } => item.final && item.span !== null);
  let earliest: CivilDate | null = null;
  let last: (typeof dated)[number] | undefined;
  for (const item of dated) {
    if (earliest === null || item.span.earliest < earliest) earliest = item.span.earliest;
    if (last === undefined || item.span.latest > last.span.latest) last = item;
  }
  return {
    kind,
    earliest,
    latest: last ? last.span.latest : null,
    unit: last ? unitOf(last.figure) : null,
    source: last ? last.figure.fact.source : null,
    confidence: dated.length === 0 ? null : dated.some((item) => item.figure.fact.confidence === 'reported') ? 'reported' : 'official',
    approximate: dated.some((item) => isApproximate(item.figure)),
    datesFor: dated.length > 0 ? parts.datesFor : undefined,
    figures: parts.found.map((item) => item.figure),
    skippedHolidays: mergeHolidays(...dated.map((item) => item.span.skippedHolidays)),
    beyondCoverage: dated.some((item) => item.span.beyondCoverage),
    notPublished: parts.notPublished ?? [],
    fromAnswer: false,
    waitsFor: parts.waitsFor ?? null,
  };
}

/** A step whose date the reader gave. */
export function answerStep(kind: StepKind, date: CivilDate): RefundStep {
  return {
    kind,
    earliest: date,
    latest: date,
    unit: null,
    source: null,
    confidence: null,
    approximate: false,
    datesFor: undefined,
    figures: [],
    skippedHolidays: [],
    beyondCoverage: false,
    notPublished: [],
    fromAnswer: true,
    waitsFor: null,
  };
}

function isApproximate(figure: Figure): boolean {
  return figure.fact.approximate === true;
}

function unitOf(figure: Figure) {
  return figure.fact.span?.unit ?? null;
}
