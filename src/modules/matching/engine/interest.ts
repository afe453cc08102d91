// SPDX-License-Identifier: EUPL-1.2
/**
 * Price-guided neighbourhoods for the repair and the local search.
 *
 * At (near) optimal prices almost every household is clearly best off where the auction put it;
 * the only profitable moves involve households whose reduced value s − p·size in another
 * municipality is close to their best. For each household we keep its `width` best municipalities
 * by reduced value, and for each municipality the households that have it among those: the
 * candidates to fill a hole there. One pass over the score matrix builds both.
 */
import type { PackedInstance } from './types.ts';

/** Best options per household and interested households per municipality, at fixed prices. */
export type Interest = {
  width: number;
  /** `options[h * width + i]`: i-th best municipality of h by reduced value, -1 past the end. */
  options: Int32Array;
  /** Score of each listed option (`optionScore[h * width + i]`), kept next to it for locality. */
  optionScore: Float64Array;
  /** Reduced value of the best option per household (its share of the bound, before max(0, ·)). */
  bestValue: Float64Array;
  /**
   * For each municipality, the option entries (h * width + i) that name it, in household order:
   * the household is `entry / width`, its score there `optionScore[entry]`.
   */
  interested: Int32Array[];
};

/** Builds the option lists at `prices`. */
export function buildInterest(instance: PackedInstance, prices: Float64Array, width: number): Interest {
  const { n, m, scores, sizes } = instance;
  const options = new Int32Array(n * width).fill(-1);
  const bestValue = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const topValue = new Float64Array(width);
  const counts = new Int32Array(m);
  for (let h = 0; h < n; h++) {
    const size = sizes[h] as number;
    const row = h * m;
    const base = h * width;
    let kept = 0;
    for (let d = 0; d < m; d++) {
      const value = (scores[row + d] as number) - (prices[d] as number) * size;
      if (value === Number.NEGATIVE_INFINITY || (kept === width && value <= (topValue[width - 1] as number))) {
        continue;
      }
      let i = kept < width ? kept : width - 1;
      kept = kept < width ? kept + 1 : kept;
      while (i > 0 && (topValue[i - 1] as number) < value) {
        topValue[i] = topValue[i - 1] as number;
        options[base + i] = options[base + i - 1] as number;
        i -= 1;
      }
      topValue[i] = value;
      options[base + i] = d;
    }
    bestValue[h] = kept > 0 ? (topValue[0] as number) : Number.NEGATIVE_INFINITY;
    for (let i = 0; i < kept; i++) {
      counts[options[base + i] as number]! += 1;
    }
  }
  const interested = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(m);
  for (let e = 0; e < n * width; e++) {
    const d = options[e] as number;
    if (d >= 0) {
      (interested[d] as Int32Array)[filled[d]!++] = e;
    }
  }
  const optionScore = new Float64Array(n * width);
  for (let e = 0; e < n * width; e++) {
    const d = options[e] as number;
    optionScore[e] = d < 0 ? Number.NEGATIVE_INFINITY : (scores[Math.floor(e / width) * m + d] as number);
  }
  return { width, options, optionScore, bestValue, interested };
}
