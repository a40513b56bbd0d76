import { describe, expect, it } from 'vitest';
import { businessDaysBetween, isBusinessDay } from '../../../../src/time/businessCalendar';
import fc from 'fast-check';
import { addDays } from '../../../../src/time/addDays';
import { fromDayNumber, toCivilDate, toDayNumber, type CivilDate } from '../../../../src/time/civilDate';
import {
  readRefundQuery,
  refundQueryString,
  refundTimeline,
  RETURN_HOWS,
  spanAfter,
  validateRefundInput,
  type Figure,
  type RefundInput,
  type ReturnHow,
} from '../../../../src/tools/refund';
import { anyCivilDate, anyCodeUnitString, dateLikeString } from '../../time/helpers/arbitraries';
import { fixture, regionIds } from './helpers';

const ids = regionIds();
const hows = Object.keys(RETURN_HOWS) as ReturnHow[];
const day = (from: string, to: string) => fc.integer({ min: toDayNumber(toCivilDate(from)), max: toDayNumber(toCivilDate(to)) }).map(fromDayNumber);
/** Hand-over days inside the holiday data (2025–2029) and a little beyond it. */
const handoverDay = day('2025-01-01', '2030-03-31');

const answers = fc.constantFrom(...ids).chain((region) =>
  fc.record({
    region: fc.constant(region),
    method: fc.constantFrom(...fixture(region).region.methods.map((choice) => choice.value)),
    how: fc.constantFrom(...hows),
    handover: handoverDay,
    issuedAfter: fc.option(fc.integer({ min: -5, max: 45 }), { nil: undefined }),
  }),
);

const toInput = (a: { region: string; method: RefundInput['method']; how: ReturnHow; handover: CivilDate; issuedAfter: number | undefined }): RefundInput => ({
  region: a.region,
  method: a.method,
  how: a.how,
  handover: a.handover,
  ...(a.issuedAfter === undefined ? {} : { issued: addDays(a.handover, a.issuedAfter) }),
});

const timelineOf = (input: RefundInput) => {
  const { region, calendar } = fixture(input.region);
  return refundTimeline(input, region, calendar);
};

function businessDayFigure(figure: Figure): { min: number; max: number } | undefined {
  const range = figure.fact.span;
  return range && range.unit === 'business-days' ? { min: range.min ?? 0, max: range.max } : undefined;
}

describe('refund timeline properties', () => {
  it('the latest date is never before the earliest, for every step and figure', () => {
    fc.assert(
      fc.property(answers, (a) => {
        for (const step of timelineOf(toInput(a)).steps) {
          expect(step.earliest === null).toBe(step.latest === null);
          if (step.earliest && step.latest) expect(step.earliest <= step.latest).toBe(true);
          for (const figure of step.figures) if (figure.earliest && figure.latest) expect(figure.earliest <= figure.latest).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every date counted in business days lands on a business day', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const input = toInput(a);
        const { calendar } = fixture(input.region);
        for (const step of timelineOf(input).steps) {
          for (const figure of step.figures) {
            const range = businessDayFigure(figure);
            if (!range) continue;
            if (figure.earliest && range.min >= 1) expect(isBusinessDay(calendar, figure.earliest), `${figure.earliest} in ${input.region}`).toBe(true);
            if (figure.latest && range.max >= 1) expect(isBusinessDay(calendar, figure.latest), `${figure.latest} in ${input.region}`).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('spanAfter in business days lands on business days, whatever the start and the range', () => {
    const { calendar } = fixture('jp');
    fc.assert(
      fc.property(handoverDay, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), (start, min, extra) => {
        const span = spanAfter({ earliest: start, latest: start }, { min, max: min + extra, unit: 'business-days' }, calendar);
        expect(span).not.toBeNull();
        if (!span) return;
        expect(isBusinessDay(calendar, span.earliest)).toBe(true);
        expect(isBusinessDay(calendar, span.latest)).toBe(true);
        expect(businessDaysBetween(calendar, span.latest, start)).toBe(min + extra);
      }),
    );
  });

  it('a later hand-over never gives an earlier date', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 1, max: 60 }), (a, later) => {
        const first = timelineOf(toInput({ ...a, issuedAfter: undefined })).steps;
        const second = timelineOf(toInput({ ...a, handover: addDays(a.handover, later), issuedAfter: undefined })).steps;
        first.forEach((step, index) => {
          const next = second[index];
          expect(next?.earliest === null).toBe(step.earliest === null);
          if (step.earliest && step.latest && next?.earliest && next.latest) {
            expect(next.earliest >= step.earliest, `${step.kind} earliest`).toBe(true);
            expect(next.latest >= step.latest, `${step.kind} latest`).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a later issue date never gives an earlier money date', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), (a, issuedAfter, later) => {
        const first = timelineOf(toInput({ ...a, issuedAfter })).steps[2];
        const second = timelineOf(toInput({ ...a, issuedAfter: issuedAfter + later })).steps[2];
        if (first.earliest && first.latest && second.earliest && second.latest) {
          expect(second.earliest >= first.earliest).toBe(true);
          expect(second.latest >= first.latest).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nothing throws for any date, even at the ends of the calendar', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom(...hows),
        fc.oneof(anyCivilDate, fc.constantFrom(toCivilDate('9999-12-31'), toCivilDate('9999-12-20'), toCivilDate('0001-01-01'))),
        fc.option(anyCivilDate, { nil: undefined }),
        (region, how, handover, issued) => {
          for (const { value: method } of fixture(region).region.methods) {
            const timeline = timelineOf({ region, method, how, handover, ...(issued ? { issued } : {}) });
            expect(timeline.steps).toHaveLength(4);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('validation never throws, and names a field for every error', () => {
    const text = fc.oneof(anyCodeUnitString, dateLikeString, fc.constantFrom('us', 'uk', 'credit-card', 'other', 'pickup', '2026-11-25'));
    const raw = fc.record(
      { region: fc.option(text), method: fc.option(text), how: fc.option(text), handover: fc.option(text), issued: fc.option(text) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, fc.option(fc.constantFrom(...ids), { nil: undefined }), (answersGiven, regionId) => {
        const result = validateRefundInput(answersGiven, regionId ? fixture(regionId).entry : undefined, toCivilDate('2026-11-26'));
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the shareable link restores the same answers', () => {
    const today = toCivilDate('2026-11-26');
    const near = day('2025-11-26', '2026-11-26');
    fc.assert(
      fc.property(answers, near, fc.option(near, { nil: undefined }), (a, handover, issued) => {
        // An issue date is never before the hand-over date (the validator refuses that).
        const input: RefundInput = { region: a.region, method: a.method, how: a.how, handover, ...(issued && issued >= handover ? { issued } : {}) };
        const restored = validateRefundInput(readRefundQuery(`?${refundQueryString(input)}`), fixture(a.region).entry, today);
        expect(restored).toEqual({ ok: true, input });
      }),
      { numRuns: 200 },
    );
  });
});
