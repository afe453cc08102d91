// SPDX-License-Identifier: EUPL-1.2
/**
 * Second local-search stage: exact re-division of pairs of municipalities (`pair-knapsack.ts`),
 * alternated with ejection-chain rounds until neither improves.
 *
 * Which pairs: only those that can matter at these prices: the municipality of a household not
 * at its best reduced value with each of its best options, and a municipality with free places at
 * a positive price with the municipalities of its interested households. Pairs are visited in index order, so the result is deterministic.
 */
import { ChainSearch } from './chains.ts';
import { minGain } from './improve.ts';
import type { Interest } from './interest.ts';
import { pairScratch, reoptimizePair } from './pair-knapsack.ts';
import type { Plan } from './plan.ts';

const tolerance = 1e-9;
/**
 * Work cap per sweep, in households visited; a larger sweep is skipped entirely. Each visit reads
 * the score matrix at random: on 20,000 × 342 a sweep (3,600 pairs, 1.8 million visits) took
 * about a second for a gain of 0.0003%, while in a province (150 pairs, ~20,000 visits) the
 * stage costs tens of milliseconds and gains up to 0.001%.
 */
const maxWork = 200_000;

/** Candidate pairs (d1 < d2) as d1 * m + d2, sorted. */
function candidatePairs(plan: Plan, prices: Float64Array, interest: Interest): number[] {
  const { n, m, scores, sizes } = plan.instance;
  const { width, options } = interest;
  const pairs = new Set<number>();
  const add = (a: number, b: number): void => {
    if (a >= 0 && b >= 0 && a !== b) {
      pairs.add(a < b ? a * m + b : b * m + a);
    }
  };
  for (let h = 0; h < n; h++) {
    const a = plan.assignment[h] as number;
    const reduced = a < 0 ? Number.NEGATIVE_INFINITY : (scores[h * m + a] as number) - (prices[a] as number) * (sizes[h] as number);
    if (reduced >= (interest.bestValue[h] as number) - tolerance) {
      continue;
    }
    for (let i = 0; i < width; i++) {
      add(a, options[h * width + i] as number);
    }
  }
  for (let d = 0; d < m; d++) {
    if ((plan.free[d] as number) <= 0 || (prices[d] as number) <= 0) {
      continue;
    }
    for (const entry of interest.interested[d] as Int32Array) {
      add(d, plan.assignment[(entry / width) | 0] as number);
    }
  }
  return [...pairs].sort((x, y) => x - y);
}

/** Alternates pair sweeps and chain rounds; returns the number of improvements made. */
export function improvePairs(plan: Plan, prices: Float64Array, interest: Interest, maxRounds: number, chainDepth: number): number {
  const { m } = plan.instance;
  let chains: ChainSearch | undefined;
  const scratch = pairScratch();
  let improvements = 0;
  let objective = plan.objective();
  for (let round = 0; round < maxRounds; round++) {
    const pairs = candidatePairs(plan, prices, interest);
    const work = pairs.reduce((sum, pair) => sum + (plan.members[Math.floor(pair / m)] as number[]).length + (plan.members[pair % m] as number[]).length, 0);
    if (work > maxWork) {
      break;
    }
    for (const pair of pairs) {
      improvements += reoptimizePair(plan, prices, Math.floor(pair / m), pair % m, scratch) > 0 ? 1 : 0;
    }
    chains ??= new ChainSearch(plan, prices, interest, chainDepth);
    improvements += chains.improveRound();
    const next = plan.objective();
    if (next - objective <= minGain(plan.instance.n) * Math.abs(next)) {
      break;
    }
    objective = next;
  }
  return improvements;
}
