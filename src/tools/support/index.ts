/**
 * The support-message domain: checking what the reader typed, choosing the legal sentence, writing the message.
 * Pure TypeScript, safe in the browser.
 */
export { FIELD_LABELS, MESSAGE_CHECKLIST, SUPPORT_FIELDS, type FieldError, type RawSupportInput, type SupportField, type SupportInput } from './rules/fields';
export { firstPerson } from './rules/firstPerson';
export { legalBasisFor, legalBasisSentence, type LegalBasis, type LegalDates } from './rules/legalBasis';
export { AMAZON_ORDER_NUMBER, ORDER_NUMBER_FORMATS, orderNumberFormat, validateOrderNumber, type OrderNumberFormat, type OrderNumberResult } from './rules/orderNumber';
export { MAX_AMOUNT, currencyDecimals, parseAmount, type AmountResult } from './rules/parseAmount';
export { NEEDS_HANDOVER, SITUATIONS, SITUATION_IDS, isSituationId, type SituationId } from './rules/situations';
export { buildSupportMessage, messageLegalBasis, supportMessageSubject } from './rules/supportMessage';
export { CONDITION_SITUATIONS, readSupportQuery } from './rules/supportQuery';
export { type SupportRegion, type SupportRight } from './rules/supportRegion';
export { CITABLE_RIGHT_KINDS, RIGHTS_FOR, citableRights, quotesSummary } from './rules/rightsFor';
export { compileSupportRegion, supportRight, type CitableRight } from './compile/compileSupportRegion';
export { LIMITS, validateSupportInput, type SupportValidation } from './rules/validateSupportInput';
