/**
 * The checker's view of one region: what `compileEligibilityRegion` (build time) makes of a region's data. The browser
 * gets it in two parts: the region's menu (/data/eligibility/<id>.json), then the part that bears on the kind of item
 * chosen (/data/eligibility/<id>/<category>.json; compile/forCategory.ts). Every sentence that does not depend on the
 * reader's answers is written at build time; `{until}`, `{delivered}` and `{label}` are filled in when the answer is
 * worked out.
 */
import type { CategoryId } from '../../../model/vocabulary/categories';
import type { Duration } from '../../../model/types';
import type { RightKind } from '../../../model/vocabulary/rightKinds';
import type { ByCategory } from './byCategory';
import type { Reason, SourceLink } from './types';

export type SoldBy = 'amazon' | 'sellers' | 'all';

export interface CategoryChoice {
  id: CategoryId;
  label: string;
}

/** A return window: the standard one (`category: 'standard'`) or a category rule. */
export interface WindowRule {
  category: CategoryId;
  /** Days to send it back; none when the item cannot be returned. */
  days?: number | undefined;
  /** The window counts from the order date (else from delivery). */
  fromOrder?: true | undefined;
  /** The source does not say when the window starts: counted from delivery, and the answer says so. */
  startUnstated?: true | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  soldBy?: SoldBy | undefined;
  /** "Amazon.com reportedly takes back Apple products within 15 days from delivery." */
  reason: Reason;
  /** Which items it covers, when not the whole category ("Amazon Haul items over $3"). */
  items?: string | undefined;
  /** Refund replaced by a replacement (India). */
  replacementOnly?: Reason | undefined;
  /** Share of the price refunded for a change of mind, when the source gives one (Japan: opened 50). */
  refundShare?: { unopened?: number | undefined; opened?: number | undefined } | undefined;
}

export interface SeasonDeadline {
  returnBy: string;
  orDaysAfterReceipt?: number | undefined;
  orDaysAfterPurchase?: number | undefined;
  /** "… extends returns{label} for orders placed …: until 31 January 2026 or 30 days after you received it, whichever is later." */
  reason: Reason;
  /** "For orders placed …: until … , whichever is later." */
  detail: string;
}

export type Season =
  | {
      published: true;
      purchasedFrom: string;
      purchasedTo: string;
      soldBy?: SoldBy | undefined;
      /** The season's own deadline first, then its category variants (Apple in the US, electronics in Germany). */
      deadlines: SeasonDeadline[];
      /** Index into `deadlines` for each category of the menu; null for a category the season does not cover. */
      byCategory: ByCategory<number>;
      /**
       * "…'s holiday return window for orders placed … does not cover {label}." Left out of a kind of item's file
       * (compile/forCategory.ts) when the season covers that item.
       */
      notCovered?: Reason | undefined;
    }
  /**
   * Orders from `purchasedFrom` to `purchasedTo` fall in a season whose dates are not in our sources. `likely`: the
   * region extended returns in earlier seasons on file, so an extension this season is probable.
   */
  | { published: false; season: number; purchasedFrom: string; purchasedTo: string; reason: Reason; likely?: LikelySeason | undefined };

/** Deadline of a season on file moved to this season's year: decides "probably still returnable", never shown as a date. */
export interface LikelyDeadline {
  returnBy: string;
  orDaysAfterReceipt?: number | undefined;
  orDaysAfterPurchase?: number | undefined;
}

/** What the seasons on file make likely for a season whose dates are not in our sources. */
export interface LikelySeason {
  /** The orders the season probably covers: the same days of the year as the latest season on file. */
  purchasedFrom: string;
  purchasedTo: string;
  soldBy?: SoldBy | undefined;
  /** For each category of the menu the latest season on file covered, its deadline on the same day this season. */
  byCategory: ByCategory<LikelyDeadline>;
  /** One past-tense sentence per season on file, with its dates and source, the latest first. */
  onFile: Array<{ season: number; reason: Reason }>;
}

export interface Right {
  kind: RightKind;
  label: string;
  period?: Duration | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  excludedCategories?: CategoryId[] | undefined;
  /** With `{until}` where the period ends, when there is a period. */
  reason: Reason;
  /** How the date follows, with `{delivered}`. */
  detail?: string | undefined;
}

export interface Guarantee {
  period: Duration;
  reason: Reason;
  detail: string;
}

export type CostWhen = 'always' | 'change-of-mind' | 'opened-or-used' | 'used';

export interface CostEntry {
  kind: 'free' | 'label-fee' | 'deduction' | 'not-published';
  when: CostWhen;
  categories?: CategoryId[] | undefined;
  text: string;
  source: SourceLink;
  reported: boolean;
}

/** What the form needs before a kind of item is chosen (/data/eligibility/<id>.json): the menu, and the locale of dates. */
export type EligibilityMenu = Pick<EligibilityRegion, 'id' | 'locale' | 'categories'>;

export interface EligibilityRegion {
  /** The region's id (its content file name), for links to /regions/<id>/. */
  id: string;
  name: string;
  /** "Amazon.co.uk" */
  store: string;
  /** English locale for dates: the region's own when it is English (en-US), else en-GB. */
  locale: string;
  /** ISO weekdays of the weekend. */
  weekend: number[];
  helpPage: SourceLink;
  /** What the "What you bought" menu offers, with reader-facing labels. */
  categories: CategoryChoice[];
  /**
   * The kinds of item shops commonly treat apart (NOT_ASSUMED_STANDARD, written here at build time so the browser does
   * not carry the list): never given the standard window. A kind of item's file keeps its own id only, if listed.
   */
  apart?: CategoryId[] | undefined;
  /** Category rules of every period, in data order. */
  rules: WindowRule[];
  standard: WindowRule | { missing: Reason };
  seasons: Season[];
  /** Nationwide rights the checker uses; rights limited to a province are left out. */
  rights: Right[];
  rightsMissing?: Reason | undefined;
  /** Left out of the files for one kind of item (compile/forCategory.ts) unless it is a Renewed one. */
  renewed?: Guarantee | { missing: Reason } | undefined;
  /** What the A-to-z Guarantee offers (or that it is not published). */
  aToZ: Reason[];
  costs: CostEntry[];
  /** Conditions that reduce the refund: restocking (opened or used) and damage (used) deductions. */
  deductions: Array<{ when: 'opened-or-used' | 'used'; categories?: CategoryId[] | undefined; reason: Reason }>;
  /** "A return label fee can be taken off your refund …", when the region lists label fees. */
  labelFee?: Reason | undefined;
  /** "… still takes some late returns, with 20% deducted", when a late deduction below 100 % exists. */
  lateReturns?: Reason | undefined;
}
