import { SCOPES } from './vocabulary/regionVocabulary';

/**
 * Marketplace or Amazon Global Store: most figures are for orders on the marketplace itself; a figure with
 * `scope: global-store` is for orders shipped from abroad. A figure without a scope is a marketplace figure.
 * The one place that reads `scope`, so every page and tool draws the line the same way.
 */
export type Scope = keyof typeof SCOPES;

export interface Scoped {
  scope?: Scope | undefined;
}

/** The orders a figure is for: the marketplace unless the data says Global Store. */
export function scopeOf(entry: Scoped): Scope {
  return entry.scope ?? 'marketplace';
}

/** True for a figure about orders on the marketplace itself. */
export function inMarketplace(entry: Scoped): boolean {
  return scopeOf(entry) === 'marketplace';
}

/** Marketplace figures first, then Global Store ones, each group in data order. `entryOf` reads the figure of an item. */
export function marketplaceFirst<T>(items: readonly T[], entryOf: (item: T) => Scoped = (item) => item as Scoped): T[] {
  return [...items].sort((a, b) => Number(!inMarketplace(entryOf(a))) - Number(!inMarketplace(entryOf(b))));
}

/** "Amazon Global Store orders (shipped from abroad)" for a Global Store figure; undefined for a marketplace one. */
export function scopeLabel(entry: Scoped): string | undefined {
  return inMarketplace(entry) ? undefined : SCOPES[scopeOf(entry)];
}
