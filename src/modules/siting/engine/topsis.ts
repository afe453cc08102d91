// SPDX-License-Identifier: EUPL-1.2
/**
 * TOPSIS (Hwang & Yoon, 1981): vector-normalise each criterion (r), weight it (v = w·r), take the
 * ideal point (best v per criterion: the highest for a benefit, the lowest for a cost) and the
 * anti-ideal (the worst), and score each candidate by its closeness coefficient
 * C = D⁻ / (D⁺ + D⁻), with D⁺ and D⁻ its Euclidean distances to the ideal and the anti-ideal.
 * C lies in [0, 1]; a candidate at distance 0 from both (all candidates equal) scores 0.
 *
 * Because weights are not negative, the ideal of v is w times the best r, so
 * D⁺² = Σ_j w_j² (r_ij − best_j)²: the squared gaps are prepared once and every weight vector
 * (the 1,000 sensitivity draws) costs one pass over them.
 */
import { vectorColumns } from './normalise.ts';
import type { Contribution, PackedInput } from './types.ts';

/** The prepared gaps of a TOPSIS ranking, reusable across weight vectors. */
export type TopsisModel = {
  n: number;
  m: number;
  normalised: Float64Array;
  /** (r_ij − best_j)², column by column. */
  gapIdeal: Float64Array;
  /** (r_ij − worst_j)², column by column. */
  gapAntiIdeal: Float64Array;
};

export function prepareTopsis(packed: PackedInput): TopsisModel {
  const n = packed.ids.length;
  const normalised = vectorColumns(packed);
  const gapIdeal = new Float64Array(normalised.length);
  const gapAntiIdeal = new Float64Array(normalised.length);
  packed.criteria.forEach((criterion, j) => {
    const start = j * n;
    let min = Infinity;
    let max = -Infinity;
    for (let i = start; i < start + n; i++) {
      const r = normalised[i] as number;
      min = r < min ? r : min;
      max = r > max ? r : max;
    }
    const best = criterion.direction === 'benefit' ? max : min;
    const worst = criterion.direction === 'benefit' ? min : max;
    for (let i = start; i < start + n; i++) {
      const r = normalised[i] as number;
      gapIdeal[i] = (r - best) * (r - best);
      gapAntiIdeal[i] = (r - worst) * (r - worst);
    }
  });
  return { n, m: packed.criteria.length, normalised, gapIdeal, gapAntiIdeal };
}

/** Closeness coefficients for one weight vector, written into `out`; `scratch` holds 2n numbers. */
export function topsisScores(model: TopsisModel, weights: Float64Array, out: Float64Array, scratch = new Float64Array(2 * model.n)): Float64Array {
  const { n, m, gapIdeal, gapAntiIdeal } = model;
  scratch.fill(0);
  for (let j = 0; j < m; j++) {
    const w = weights[j] as number;
    const w2 = w * w;
    if (w2 === 0) {
      continue;
    }
    const start = j * n;
    for (let i = 0; i < n; i++) {
      scratch[i] = (scratch[i] as number) + w2 * (gapIdeal[start + i] as number);
      scratch[n + i] = (scratch[n + i] as number) + w2 * (gapAntiIdeal[start + i] as number);
    }
  }
  for (let i = 0; i < n; i++) {
    const toIdeal = Math.sqrt(scratch[i] as number);
    const toAntiIdeal = Math.sqrt(scratch[n + i] as number);
    const total = toIdeal + toAntiIdeal;
    out[i] = total > 0 ? toAntiIdeal / total : 0;
  }
  return out;
}

/**
 * Per criterion for candidate i: its weighted squared gap to the ideal and to the anti-ideal
 * (they add up to D⁺² and D⁻²), and as `contribution` its part of the score when the score is
 * split in proportion to the anti-ideal gaps (the terms sum to the closeness coefficient).
 */
export function topsisContributions(model: TopsisModel, packed: PackedInput, i: number, score: number): Contribution[] {
  const m = packed.criteria.length;
  let antiTotal = 0;
  for (let j = 0; j < m; j++) {
    const w = packed.weights[j] as number;
    antiTotal += w * w * (model.gapAntiIdeal[j * model.n + i] as number);
  }
  const contributions: Contribution[] = new Array(m);
  for (let j = 0; j < m; j++) {
    const weight = packed.weights[j] as number;
    const at = j * model.n + i;
    const toAntiIdeal = weight * weight * (model.gapAntiIdeal[at] as number);
    contributions[j] = {
      criterionId: (packed.criteria[j] as { id: string }).id,
      weight,
      normalised: model.normalised[at] as number,
      contribution: antiTotal > 0 ? (score * toAntiIdeal) / antiTotal : 0,
      toIdeal: weight * weight * (model.gapIdeal[at] as number),
      toAntiIdeal,
    };
  }
  return contributions;
}
