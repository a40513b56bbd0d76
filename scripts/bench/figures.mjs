// Small helpers the benchmark's reports share.

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "within" or "OVER" a goal, so a reader sees at a glance which figure misses it. */
export const verdict = (value, goal) => (value <= goal ? 'within' : 'OVER');
