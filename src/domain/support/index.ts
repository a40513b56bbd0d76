/**
 * The support-message domain: checking what the reader typed, choosing the legal sentence, writing the message.
 * Pure TypeScript, safe in the browser.
 */
export { FIELD_LABELS, MESSAGE_CHECKLIST, SUPPORT_FIELDS, type FieldError, type RawSupportInput, type SupportField, type SupportInput } from './fields';
export { firstPerson } from './firstPerson';
export { RIGHTS_FOR, legalBasisFor, legalBasisSentence, type LegalBasis, type LegalDates } from './legalBasis';
export { AMAZON_ORDER_NUMBER, ORDER_NUMBER_FORMATS, orderNumberFormat, validateOrderNumber, type OrderNumberFormat, type OrderNumberResult } from './orderNumber';
export { MAX_AMOUNT, currencyDecimals, parseAmount, type AmountResult } from './parseAmount';
export { NEEDS_HANDOVER, SITUATIONS, SITUATION_IDS, isSituationId, type SituationId } from './situations';
export { buildSupportMessage, messageLegalBasis, messageLocale, supportMessageSubject } from './supportMessage';
export { CONDITION_SITUATIONS, readSupportQuery } from './supportQuery';
export { CITABLE_RIGHT_KINDS, toSupportRegion, type RightKind, type SupportRegion, type SupportRight } from './supportRegion';
export { LIMITS, validateSupportInput, type SupportValidation } from './validateSupportInput';
export { withinPeriod } from './withinPeriod';
