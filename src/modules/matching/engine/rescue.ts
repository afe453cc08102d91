// SPDX-License-Identifier: EUPL-1.2
/**
 * Last resort for households still unplaced after the local search: for each, try pairs of
 * municipalities (one it may go to, one other) and re-divide their households exactly with it
 * included (`reoptimizePair` with `extra`). Placing everybody comes before the total score, so a
 * division that places it is taken even when it scores lower. Pairs are tried in a fixed order
 * (its options by reduced value, partners by free places), at most `maxPairs` per household.
 */
import { pairScratch, reoptimizePair } from './pair-knapsack.ts';
import type { Plan } from './plan.ts';

const maxPairs = 256;

/** Tries to place every unplaced household; returns how many it placed. */
export function rescueUnplaced(plan: Plan, prices: Float64Array): number {
  const { n, m, scores, sizes, fixed } = plan.instance;
  const scratch = pairScratch();
  const byFree = Array.from({ length: m }, (_, d) => d);
  let placed = 0;
  for (let h = 0; h < n; h++) {
    if (plan.assignment[h] !== -1) {
      continue;
    }
    const size = sizes[h] as number;
    const reduced = (d: number): number => (scores[h * m + d] as number) - (prices[d] as number) * size;
    const targets = byFree.filter((d) => reduced(d) > Number.NEGATIVE_INFINITY && (fixed[h] === -1 || fixed[h] === d));
    targets.sort((a, b) => reduced(b) - reduced(a) || a - b);
    byFree.sort((a, b) => (plan.free[b] as number) - (plan.free[a] as number) || a - b);
    let tries = 0;
    for (const d1 of targets) {
      for (const d2 of byFree) {
        if (d2 === d1 || tries >= maxPairs || plan.assignment[h] !== -1) {
          continue;
        }
        tries += 1;
        reoptimizePair(plan, prices, d1, d2, scratch, h);
      }
    }
    placed += plan.assignment[h] === -1 ? 0 : 1;
  }
  return placed;
}
