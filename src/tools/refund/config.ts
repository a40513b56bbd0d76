import type { RegionChoice } from './rules/types';

/** What RefundEstimator.astro passes to its script, in a `<script type="application/json" data-re-config>` block. */
export interface EstimatorConfig {
  /** Prefix of the ids inside the estimator. */
  id: string;
  /** Read the answers from the URL and write them back. */
  standalone: boolean;
  /** Every region with its payment-method answers (the rest of its data is fetched on demand). */
  regions: RegionChoice[];
  /** Site paths, base included, each ending in "/". */
  paths: { data: string; holidays: string; estimator: string; notArrived: string; regions: string };
}
