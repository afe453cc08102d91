// SPDX-License-Identifier: EUPL-1.2
/**
 * Sensitivity of a ranking to its weights: in each of `draws` draws every weight is multiplied by
 * its own uniform factor in [0.8, 1.2] and the weights are renormalised to sum 1; both methods
 * rank the candidates with those weights, and we count how often each candidate ranks first and
 * in the top three. The factors come from mulberry32(seed), drawn per draw in criteria order, so
 * the same seed and input give the same counts anywhere (the memo prints the seed). Ties follow
 * the ranking rule (score rounded to 12 decimals, then id).
 *
 * Exact pruning keeps this fast for 10,000 candidates: both rankings are unchanged when all
 * weights are scaled together, so with factors in [low, high] a candidate's score lies between
 * bounds known before any draw (weighted sum: low·Σw·r … high·Σw·r; TOPSIS: D⁺ and D⁻ each within
 * [low, high] × their value at the base weights). A candidate whose upper bound lies below the
 * third-highest lower bound (by a margin far above rounding) can never reach the top three, so
 * it counts 0 without being scored in the draws; for the weighted sum, a candidate that three of
 * the strongest candidates beat for every factor vector is left out too (pairwiseSurvivors).
 * Only the rest are scored per draw.
 */
import { renormalise } from './normalise.ts';
import { mulberry32 } from './prng.ts';
import { prepareTopsis } from './topsis.ts';
import type { Method, PackedInput } from './types.ts';
import { prepareWeightedSum } from './weighted-sum.ts';

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
  /** Candidates scored in the draws per method (the others provably never reach the top three). */
  scored: Record<Method, number>;
};

const scale = 1e12;
/** Pruning margin: far above the rounding of scores to 12 decimals and floating-point error. */
const margin = 1e-9;

/** Indices (ascending) whose upper bound is not below the third-highest lower bound. */
function survivors(lower: Float64Array, upper: Float64Array): number[] {
  const top = [-Infinity, -Infinity, -Infinity];
  for (const value of lower) {
    if (value > (top[2] as number)) {
      top[2] = value;
      top.sort((a, b) => b - a);
    }
  }
  const threshold = (top[2] as number) - margin;
  const keep: number[] = [];
  upper.forEach((value, i) => {
    if (!(value < threshold)) {
      keep.push(i);
    }
  });
  return keep;
}

/** How many strong candidates a weighted-sum candidate is checked against pairwise. */
const strongCount = 12;

/**
 * Tighter pruning for the weighted sum, pairwise: k beats i in every draw when
 * Σ_j w_j·f_j·(r_kj − r_ij) > 0 for every factor vector, i.e. when its minimum (low where the
 * difference is positive, high where negative) exceeds the margin. A candidate that three of the
 * strongest candidates always beat never reaches the top three.
 */
function pairwiseSurvivors(keep: number[], rowsOf: (i: number, j: number) => number, weights: Float64Array, low: number, high: number, strong: number[]): number[] {
  const m = weights.length;
  return keep.filter((i) => {
    let beaten = 0;
    for (const k of strong) {
      if (k === i) {
        continue;
      }
      let worst = 0;
      for (let j = 0; j < m; j++) {
        const difference = (weights[j] as number) * (rowsOf(k, j) - rowsOf(i, j));
        worst += difference * (difference > 0 ? low : high);
      }
      if (worst > margin && ++beaten >= 3) {
        return false;
      }
    }
    return true;
  });
}

/** Adds one draw's first and top three (indices into `ids`, scores in index order) to the counts. */
function countTop(keep: number[], scores: Float64Array, first: Uint32Array, topThree: Uint32Array): void {
  const top = [-1, -1, -1];
  const topScore = [-Infinity, -Infinity, -Infinity];
  for (let s = 0; s < keep.length; s++) {
    // A later index must be strictly better to pass an earlier one: equal scores go by id.
    const score = Math.round((scores[s] as number) * scale);
    if (score > (topScore[2] as number)) {
      let k = 2;
      while (k > 0 && score > (topScore[k - 1] as number)) {
        topScore[k] = topScore[k - 1] as number;
        top[k] = top[k - 1] as number;
        k--;
      }
      topScore[k] = score;
      top[k] = keep[s] as number;
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
  const low = 1 - spread;
  const high = 1 + spread;
  const n = packed.ids.length;
  const m = packed.criteria.length;
  const w = packed.weights;
  const ws = prepareWeightedSum(packed);
  const tp = prepareTopsis(packed);

  // Bounds at the base weights; factors scale each term by [low, high] (squared terms by their squares).
  const wsBase = new Float64Array(n);
  const toIdeal = new Float64Array(n);
  const toAnti = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const wj = w[j] as number;
    for (let i = 0; i < n; i++) {
      const at = j * n + i;
      wsBase[i] = (wsBase[i] as number) + wj * (ws.normalised[at] as number);
      toIdeal[i] = (toIdeal[i] as number) + wj * wj * (tp.gapIdeal[at] as number);
      toAnti[i] = (toAnti[i] as number) + wj * wj * (tp.gapAntiIdeal[at] as number);
    }
  }
  const closeness = (ratio: number, a: number, b: number) => (b === 0 ? 0 : a === 0 ? 1 : 1 / (1 + ratio * Math.sqrt(a / b)));
  const wsBox = survivors(wsBase.map((x) => low * x), wsBase.map((x) => high * x));
  const strong = [...wsBox].sort((a, b) => (wsBase[b] as number) - (wsBase[a] as number) || a - b).slice(0, strongCount);
  const keep: Record<Method, number[]> = {
    'weighted-sum': pairwiseSurvivors(wsBox, (i, j) => ws.normalised[j * n + i] as number, w, low, high, strong),
    topsis: survivors(
      toIdeal.map((a, i) => closeness(high / low, a, toAnti[i] as number)),
      toIdeal.map((a, i) => closeness(low / high, a, toAnti[i] as number)),
    ),
  };
  // The survivors' columns, row by row (candidate-major), for one pass per draw.
  const rows = (keepList: number[], column: Float64Array) => {
    const out = new Float64Array(keepList.length * m);
    keepList.forEach((i, s) => {
      for (let j = 0; j < m; j++) {
        out[s * m + j] = column[j * n + i] as number;
      }
    });
    return out;
  };
  const wsRows = rows(keep['weighted-sum'], ws.normalised);
  const idealRows = rows(keep.topsis, tp.gapIdeal);
  const antiRows = rows(keep.topsis, tp.gapAntiIdeal);

  const counts = {
    'weighted-sum': { first: new Uint32Array(n), topThree: new Uint32Array(n) },
    topsis: { first: new Uint32Array(n), topThree: new Uint32Array(n) },
  };
  const random = mulberry32(options.seed);
  const factors = new Float64Array(m);
  const weights = new Float64Array(m);
  const squared = new Float64Array(m);
  const wsScores = new Float64Array(keep['weighted-sum'].length);
  const tpScores = new Float64Array(keep.topsis.length);
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < m; j++) {
      factors[j] = low + 2 * spread * random();
    }
    renormalise(w, factors, weights);
    for (let j = 0; j < m; j++) {
      squared[j] = (weights[j] as number) * (weights[j] as number);
    }
    for (let s = 0; s < wsScores.length; s++) {
      let score = 0;
      for (let j = 0; j < m; j++) {
        score += (weights[j] as number) * (wsRows[s * m + j] as number);
      }
      wsScores[s] = score;
    }
    countTop(keep['weighted-sum'], wsScores, counts['weighted-sum'].first, counts['weighted-sum'].topThree);
    for (let s = 0; s < tpScores.length; s++) {
      let plus = 0;
      let minus = 0;
      for (let j = 0; j < m; j++) {
        plus += (squared[j] as number) * (idealRows[s * m + j] as number);
        minus += (squared[j] as number) * (antiRows[s * m + j] as number);
      }
      const dPlus = Math.sqrt(plus);
      const dMinus = Math.sqrt(minus);
      tpScores[s] = dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0;
    }
    countTop(keep.topsis, tpScores, counts.topsis.first, counts.topsis.topThree);
  }
  const present = (method: Method): SensitivityCount[] =>
    packed.ids.map((id, i) => ({ id, first: counts[method].first[i] as number, topThree: counts[method].topThree[i] as number }));
  return {
    seed: options.seed,
    draws,
    low,
    high,
    methods: { 'weighted-sum': present('weighted-sum'), topsis: present('topsis') },
    scored: { 'weighted-sum': keep['weighted-sum'].length, topsis: keep.topsis.length },
  };
}
