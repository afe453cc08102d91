// SPDX-License-Identifier: EUPL-1.2
/**
 * Weighted sum: score = Σ_j w_j · r_ij with r the min-max normalised values (normalise.ts) and
 * weights summing to 1, so every score lies in [0, 1] and each term is what that criterion
 * contributes. Invariant under scaling or shifting a criterion's values.
 */
import { minMaxColumns } from './normalise.ts';
import type { Contribution, PackedInput } from './types.ts';

/** The prepared columns of a weighted-sum ranking, reusable across weight vectors. */
export type WeightedSumModel = { n: number; m: number; normalised: Float64Array };

export function prepareWeightedSum(packed: PackedInput): WeightedSumModel {
  return { n: packed.ids.length, m: packed.criteria.length, normalised: minMaxColumns(packed) };
}

/** Scores for one weight vector, written into `out` (length n). */
export function weightedSumScores(model: WeightedSumModel, weights: Float64Array, out: Float64Array): Float64Array {
  const { n, m, normalised } = model;
  out.fill(0);
  for (let j = 0; j < m; j++) {
    const w = weights[j] as number;
    if (w === 0) {
      continue;
    }
    const start = j * n;
    for (let i = 0; i < n; i++) {
      out[i] = (out[i] as number) + w * (normalised[start + i] as number);
    }
  }
  return out;
}

/** What each criterion contributes to candidate i. */
export function weightedSumContributions(model: WeightedSumModel, packed: PackedInput, i: number): Contribution[] {
  return packed.criteria.map((criterion, j) => {
    const weight = packed.weights[j] as number;
    const normalised = model.normalised[j * model.n + i] as number;
    return { criterionId: criterion.id, weight, normalised, contribution: weight * normalised };
  });
}
