// SPDX-License-Identifier: EUPL-1.2
/**
 * Local improvement of a feasible plan, guided by prices. Every accepted change strictly raises
 * the total score and keeps the plan feasible, so the search ends. Neighbourhoods:
 *  - shift: a household moves to one of its best options that has room;
 *  - swap: two households in different municipalities trade places when both fit;
 *  - ejection chains (`chains.ts`): a household moves, others make room and refill its places.
 * Candidates come from `Interest`: only households whose reduced value elsewhere is close to their
 * best are tried, which keeps a round near-linear in the number of households.
 */
import { ChainSearch } from './chains.ts';
import type { Interest } from './interest.ts';
import type { Plan } from './plan.ts';

const tolerance = 1e-9;
/**
 * A round that raises the objective by less than this fraction ends the search. The fraction
 * grows beyond 2,000 households: a round costs time in proportion to the households, and on the
 * 20,000 × 342 benchmark rounds after the second each add under 0.002% for about 60 ms.
 */
export function minGain(households: number): number {
  return 1e-5 * Math.max(1, households / 2000);
}
/**
 * Swaps are only searched for households whose reduced value is this much below their best: at
 * (near) optimal prices two households that both sit at their best option cannot gain by
 * trading places unless their sizes differ, and searching every pair would dominate the run time.
 */
const swapSlack = 1e-6;

/**
 * Runs rounds of the neighbourhoods until a round gains less than `minGain` of the objective
 * (diminishing returns: on the benchmarks later rounds each add about a millionth); returns the
 * number of moves made.
 */
export function improvePlan(plan: Plan, prices: Float64Array, interest: Interest, maxRounds: number, chainDepth: number): number {
  const chains = new ChainSearch(plan, prices, interest, chainDepth);
  let moves = 0;
  let objective = plan.objective();
  for (let round = 0; round < maxRounds; round++) {
    for (let h = 0; h < plan.instance.n; h++) {
      moves += shiftOrSwap(plan, prices, interest, h);
    }
    moves += chains.improveRound();
    const next = plan.objective();
    if (next - objective <= minGain(plan.instance.n) * Math.abs(next)) {
      break;
    }
    objective = next;
  }
  return moves;
}

function reducedValue(plan: Plan, prices: Float64Array, h: number, d: number): number {
  return score(plan, h, d) - (prices[d] as number) * (plan.instance.sizes[h] as number);
}

function score(plan: Plan, h: number, d: number): number {
  return plan.instance.scores[h * plan.instance.m + d] as number;
}

/** Best improving shift or swap for h; returns 1 when one was made. */
function shiftOrSwap(plan: Plan, prices: Float64Array, interest: Interest, h: number): number {
  const { width, options, interested } = interest;
  const { sizes } = plan.instance;
  const a = plan.assignment[h] as number;
  const here = plan.current(h);
  const size = sizes[h] as number;
  let bestGain = tolerance;
  let bestD = -1;
  let bestPartner = -1;
  const misplaced = a >= 0 && reducedValue(plan, prices, h, a) < (interest.bestValue[h] as number) - swapSlack;
  for (let i = 0; i < width; i++) {
    const d = options[h * width + i] as number;
    if (d < 0 || d === a) {
      continue;
    }
    const gain = score(plan, h, d) - here;
    if ((plan.free[d] as number) >= size) {
      if (gain > bestGain) {
        bestGain = gain;
        bestD = d;
        bestPartner = -1;
      }
      continue;
    }
    if (a < 0 || !misplaced) {
      continue;
    }
    for (const entry of interested[a] as Int32Array) {
      const g = (entry / width) | 0;
      if (plan.assignment[g] !== d) {
        continue;
      }
      const sizeG = sizes[g] as number;
      if ((plan.free[d] as number) + sizeG < size || (plan.free[a] as number) + size < sizeG) {
        continue;
      }
      const swapGain = gain + score(plan, g, a) - score(plan, g, d);
      if (swapGain > bestGain) {
        bestGain = swapGain;
        bestD = d;
        bestPartner = g;
      }
    }
  }
  if (bestD < 0) {
    return 0;
  }
  if (bestPartner >= 0) {
    plan.remove(bestPartner);
    plan.move(h, bestD);
    plan.place(bestPartner, a);
    return 1;
  }
  plan.move(h, bestD);
  return 1;
}
