// SPDX-License-Identifier: EUPL-1.2
/**
 * Primal repair: turns the auction's fractional allocation into an integral, feasible plan.
 *
 * Households the auction placed whole keep their place (together they respect every capacity).
 * The rest (split at the margin, or priced out) are inserted one by one, fixed households first
 * and larger households before smaller ones, each where its reduced value s − p·size is highest
 * among municipalities with room. Using prices rather than raw scores makes a household weigh the
 * opportunity cost of the places it takes. When nothing has room, households are ejected from a
 * good municipality to their next options (see `eject.ts`).
 */
import { insertWithEjection } from './eject.ts';
import type { Interest } from './interest.ts';
import { Plan } from './plan.ts';
import type { PackedInstance } from './types.ts';

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
export function repairPlan(instance: PackedInstance, prices: Float64Array, main: Int32Array, whole: Uint8Array, interest: Interest): Plan {
  const plan = new Plan(instance);
  const pending: number[] = [];
  for (let h = 0; h < instance.n; h++) {
    const d = main[h] as number;
    if (d >= 0 && whole[h] === 1 && plan.fits(h, d)) {
      plan.place(h, d);
    } else {
      pending.push(h);
    }
  }
  const { fixed, sizes } = instance;
  pending.sort((a, b) => Number(fixed[b] !== -1) - Number(fixed[a] !== -1) || (sizes[b] as number) - (sizes[a] as number) || a - b);
  for (const h of pending) {
    if (!insertBest(plan, prices, h)) {
      insertWithEjection(plan, prices, interest, h);
    }
  }
  return plan;
}
