import type { RegionData } from '../../../src/model/types';
import { isNotPublished } from '../../../src/model/regionFacts';
import { findFigures, type Figure, type FigureUnit } from './figures';

/** Every figure a region's data holds, in the same shape `findFigures` gives for prose. */
export function regionFigures(region: RegionData): Figure[] {
  const figures: Figure[] = [];
  const unitOf: Record<string, FigureUnit> = {
    'calendar-days': 'days',
    'business-days': 'business-days',
    hours: 'hours',
    weeks: 'weeks',
    months: 'months',
    years: 'years',
  };
  const visit = (value: unknown, key: string): void => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, key));
    if (typeof value === 'string') {
      // Text the data itself states ("Items over $3"); notes are left out, because they record outdated figures.
      if (['items', 'summary', 'conditions', 'appliesTo', 'cases', 'after'].includes(key)) figures.push(...findFigures(value));
      return;
    }
    if (value === null || typeof value !== 'object' || isNotPublished(value)) return;
    const node = value as Record<string, unknown>;
    const unit = typeof node.unit === 'string' ? unitOf[node.unit] : undefined;
    if (unit && typeof node.max === 'number') figures.push({ text: '', unit, max: node.max, ...(typeof node.min === 'number' ? { min: node.min } : {}) });
    if (unit && typeof node.value === 'number') figures.push({ text: '', unit, max: node.value });
    for (const field of ['days', 'orDaysAfterReceipt', 'orDaysAfterPurchase']) {
      if (typeof node[field] === 'number') figures.push({ text: '', unit: 'days', max: node[field] as number });
    }
    if (typeof node.percent === 'number') figures.push({ text: '', unit: 'percent', max: node.percent });
    if (typeof node.amount === 'number' && typeof node.currency === 'string') figures.push({ text: '', unit: 'money', max: node.amount, currencies: [node.currency] });
    for (const [field, item] of Object.entries(node)) if (field !== 'note' && field !== 'sources') visit(item, field);
  };
  visit(region, '');
  return figures;
}

/** True when a typed figure is one the data holds: the same range, or one end of a range, in the same unit. */
export function matchesData(typed: Figure, data: Figure[]): boolean {
  return data.some((fact) => {
    if (fact.unit !== typed.unit) return false;
    if (typed.unit === 'money' && !typed.currencies?.some((currency) => fact.currencies?.includes(currency))) return false;
    if (typed.min !== undefined) return fact.min === typed.min && fact.max === typed.max;
    return typed.max === fact.max || typed.max === fact.min;
  });
}
