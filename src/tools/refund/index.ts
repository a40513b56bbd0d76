/**
 * The refund-date estimator: answers in, a dated timeline out. Pure (no DOM, no Astro), for the widget and tests.
 * Region facts come prepared at build time by compile/compileRefundRegion.ts (served as /data/refund/<id>.json).
 */
export { compileRefundRegion, methodChoices, paymentAnswer } from './compile/compileRefundRegion';
export { refundTimeline } from './rules/refundTimeline';
export { validateRefundInput, DATE_WINDOW_MONTHS, type FieldError, type RawRefundAnswers, type RefundValidation } from './rules/validateRefundInput';
export { spanAfter, type SpanResult } from './rules/spanAfter';
export { hasRefundQuery, readRefundQuery, refundQueryString } from './rules/query';
export { skippedText, stepDatesText, timelineSummary, STEP_TITLES, type FormatDate, type FormatDateRange } from './rules/describe';
export { refundIcs, type RefundIcsOptions } from './rules/refundIcs';
export {
  OTHER_METHOD, REFUND_FIELDS, RETURN_HOWS,
  type Figure, type MethodChoice, type MethodChoiceOption, type Missing, type NotPublishedPart, type PreparedMethod, type PreparedPayment, type PreparedRule,
  type PreparedStage, type RefundField, type RefundInput, type RefundRegion, type RegionChoice, type RefundStep, type RefundTimeline, type ReturnHow,
  type Shipper, type SourceLink, type Span, type StepKind,
} from './rules/types';
