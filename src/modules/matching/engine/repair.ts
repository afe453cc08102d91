// SPDX-License-Identifier: EUPL-1.2
/**
 * Primal repair: turns the auction's fractional allocation into an integral, feasible plan.
 *
 * Fixed households are placed first (as far as their municipality holds them). Households the
 * auction placed whole keep their place where it still has room. The rest (split at the margin, or priced out; about one per full municipality) are inserted
 * fixed households first and larger households before smaller ones, each by the best ejection
 * chain into one of its best municipalities (`chains.ts`), judged in reduced values s − p·size so
 * that a household weighs the opportunity cost of the places it takes. Households no chain can
 * place go where their reduced value is highest among municipalities with room, or, when none has
 * room, in by ejecting members to their next options (`eject.ts`).
 */
import { applyChain, ChainSearch } from './chains.ts';
import { insertWithEjection } from './eject.ts';
import type { Interest } from './interest.ts';
import { Plan } from './plan.ts';
import type { PackedInstance } from './types.ts';

/**
 * Insertions run in passes over one chain table each: a chain that no longer fits the plan (the
 * table went stale) is retried in the next pass on a fresh table.
 */
const maxPasses = 3;

/** Places h where its reduced value is highest among municipalities with room; false when none has. */
export function insertBest(plan: Plan, prices: Float64Array, h: number): boolean {
  const { m, scores, sizes } = plan.instance;
  const size = sizes[h] as number;
  const row = h * m;
  let best = Number.NEGATIVE_INFINITY;
  let target = -1;
  for (let d = 0; d < m; d++) {
    const value = (scores[row + d] as number) - (prices[d] as number) * size;
    if (value > best && (plan.free[d] as number) >= size) {
      best = value;
      target = d;
    }
  }
  if (target < 0) {
    return false;
  }
  plan.move(h, target);
  return true;
}

/** Builds a feasible plan; households that cannot be placed stay unassigned (-1). */
export function repairPlan(instance: PackedInstance, prices: Float64Array, main: Int32Array, whole: Uint8Array, interest: Interest, chainDepth: number): Plan {
  const plan = new Plan(instance);
  const pending: number[] = [];
  const { fixed, sizes } = instance;
  // Fixed households first: they have one place to go, the others can be moved around them.
  for (let h = 0; h < instance.n; h++) {
    const d = fixed[h] as number;
    if (d >= 0 && plan.fits(h, d)) {
      plan.place(h, d);
    }
  }
  for (let h = 0; h < instance.n; h++) {
    const d = main[h] as number;
    if (plan.assignment[h] !== -1) {
      continue;
    }
    if (d >= 0 && whole[h] === 1 && plan.fits(h, d)) {
      plan.place(h, d);
    } else {
      pending.push(h);
    }
  }
  pending.sort((a, b) => Number(fixed[b] !== -1) - Number(fixed[a] !== -1) || (sizes[b] as number) - (sizes[a] as number) || a - b);
  const chains = new ChainSearch(plan, prices, interest, chainDepth);
  let queue = pending;
  for (let pass = 0; pass < maxPasses && queue.length > 0; pass++) {
    chains.refresh();
    const left: number[] = [];
    for (const h of queue) {
      const found = chains.bestChain(h);
      if (!found || !applyChain(plan, found.chain, true)) {
        left.push(h);
      }
    }
    if (left.length === queue.length) {
      break;
    }
    queue = left;
  }
  for (const h of queue) {
    if (plan.assignment[h] === -1 && !insertBest(plan, prices, h)) {
      insertWithEjection(plan, prices, interest, h);
    }
  }
  return plan;
}
