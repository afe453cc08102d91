// SPDX-License-Identifier: EUPL-1.2
/**
 * The Lagrangian dual bound. Relaxing the capacity constraints with prices p_d ≥ 0 (per person)
 * gives, for ANY plan x (each household at most once, at an allowed municipality, capacities kept):
 *
 *   Σ_hd s_hd·x_hd ≤ Σ_hd s_hd·x_hd + Σ_d p_d·(cap_d − Σ_h size_h·x_hd)        (p ≥ 0, load ≤ cap)
 *                 = Σ_d p_d·cap_d + Σ_h Σ_d (s_hd − p_d·size_h)·x_hd
 *                 ≤ Σ_d p_d·cap_d + Σ_h max(0, max_{allowed d} (s_hd − p_d·size_h)).
 *
 * "Allowed" is exactly what the optimiser honours: not a null score and, for a fixed household,
 * only its fixed municipality (`PackedInstance.scores` is −∞ elsewhere). Pairs where the household
 * is larger than the capacity stay allowed here, as in the published formula: that only makes
 * the bound weaker, never invalid.
 */
import type { PackedInstance } from './types.ts';

/** Evaluates the bound for the given prices (every price must be ≥ 0). */
export function lagrangianBound(instance: PackedInstance, prices: Float64Array): number {
  const { n, m, sizes, capacities, scores } = instance;
  let bound = 0;
  for (let d = 0; d < m; d++) {
    bound += (prices[d] as number) * (capacities[d] as number);
  }
  for (let h = 0; h < n; h++) {
    const size = sizes[h] as number;
    const row = h * m;
    let best = 0;
    for (let d = 0; d < m; d++) {
      const value = (scores[row + d] as number) - (prices[d] as number) * size;
      if (value > best) {
        best = value;
      }
    }
    bound += best;
  }
  return bound;
}

/**
 * The same bound from each household's best reduced value at those prices (as `buildInterest`
 * computes it anyway), saving a pass over the score matrix.
 */
export function boundFromBestValues(instance: PackedInstance, prices: Float64Array, bestValue: Float64Array): number {
  let bound = 0;
  for (let d = 0; d < instance.m; d++) {
    bound += (prices[d] as number) * (instance.capacities[d] as number);
  }
  for (let h = 0; h < instance.n; h++) {
    bound += Math.max(0, bestValue[h] as number);
  }
  return bound;
}

/** Relative gap (bound − objective) / bound, 0 when the bound is 0. */
export function relativeGap(bound: number, objective: number): number {
  if (bound <= 0) {
    return 0;
  }
  return Math.max(0, (bound - objective) / bound);
}
