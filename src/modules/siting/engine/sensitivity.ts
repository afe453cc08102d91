// SPDX-License-Identifier: EUPL-1.2
/**
 * Sensitivity of a ranking to its weights: in each of `draws` draws every weight is multiplied by
 * its own uniform factor in [0.8, 1.2] and the weights are renormalised to sum 1; both methods
 * rank the candidates with those weights, and we count how often each candidate ranks first and
 * in the top three. The factors come from mulberry32(seed), drawn per draw in criteria order, so
 * the same seed and input give the same counts anywhere (the memo prints the seed).
 * Ties follow the ranking rule (rounded score, then id).
 */
import { renormalise } from './normalise.ts';
import { mulberry32 } from './prng.ts';
import { prepareTopsis, topsisScores } from './topsis.ts';
import type { Method, PackedInput } from './types.ts';
import { prepareWeightedSum, weightedSumScores } from './weighted-sum.ts';

export type SensitivityOptions = {
  seed: number;
  /** Number of draws (default 1,000). */
  draws?: number;
  /** Factors are uniform in [1 − spread, 1 + spread] (default 0.2). */
  spread?: number;
};

/** How often one candidate ranked first and in the top three. */
export type SensitivityCount = { id: string; first: number; topThree: number };

export type SensitivityResult = {
  seed: number;
  draws: number;
  low: number;
  high: number;
  /** Per method, per candidate (in id order). */
  methods: Record<Method, SensitivityCount[]>;
};

const scale = 1e12;

/** Adds the first and the top three of one draw's scores to the counts. */
function countTop(scores: Float64Array, first: Uint32Array, topThree: Uint32Array): void {
  const top = [-1, -1, -1];
  const topScore = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < scores.length; i++) {
    // A later index must be strictly better to pass an earlier one: equal scores go by id.
    const s = Math.round((scores[i] as number) * scale);
    if (s > (topScore[2] as number)) {
      let k = 2;
      while (k > 0 && s > (topScore[k - 1] as number)) {
        topScore[k] = topScore[k - 1] as number;
        top[k] = top[k - 1] as number;
        k--;
      }
      topScore[k] = s;
      top[k] = i;
    }
  }
  first[top[0] as number]! += 1;
  for (const i of top) {
    if (i >= 0) {
      topThree[i]! += 1;
    }
  }
}

/** Runs the seeded draws for both methods. */
export function sensitivity(packed: PackedInput, options: SensitivityOptions): SensitivityResult {
  const draws = options.draws ?? 1000;
  const spread = options.spread ?? 0.2;
  const n = packed.ids.length;
  const m = packed.criteria.length;
  const random = mulberry32(options.seed);
  const weightedSum = prepareWeightedSum(packed);
  const topsis = prepareTopsis(packed);
  const counts = {
    'weighted-sum': { first: new Uint32Array(n), topThree: new Uint32Array(n) },
    topsis: { first: new Uint32Array(n), topThree: new Uint32Array(n) },
  };
  const factors = new Float64Array(m);
  const weights = new Float64Array(m);
  const scores = new Float64Array(n);
  const scratch = new Float64Array(2 * n);
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < m; j++) {
      factors[j] = 1 - spread + 2 * spread * random();
    }
    renormalise(packed.weights, factors, weights);
    weightedSumScores(weightedSum, weights, scores);
    countTop(scores, counts['weighted-sum'].first, counts['weighted-sum'].topThree);
    topsisScores(topsis, weights, scores, scratch);
    countTop(scores, counts.topsis.first, counts.topsis.topThree);
  }
  const present = (method: Method): SensitivityCount[] =>
    packed.ids.map((id, i) => ({ id, first: counts[method].first[i] as number, topThree: counts[method].topThree[i] as number }));
  return {
    seed: options.seed,
    draws,
    low: 1 - spread,
    high: 1 + spread,
    methods: { 'weighted-sum': present('weighted-sum'), topsis: present('topsis') },
  };
}
