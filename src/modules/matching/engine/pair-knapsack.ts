// SPDX-License-Identifier: EUPL-1.2
/**
 * Exact re-optimisation of two municipalities: the households placed in d1 or d2 are divided
 * anew between the two, optimally. With sizes this is a 0/1 knapsack (which households go to d1)
 * with the persons in d1 between total − cap2 and cap1, solved by dynamic programming over the
 * persons in d1. It covers every shift, swap and many-for-one exchange between the pair within its
 * core (see `coreSlack`). Fixed households and those allowed in only one of the two stay put.
 */
import type { Plan } from './plan.ts';

const tolerance = 1e-9;
/**
 * Only households within this reduced-score margin of indifference between the two (or on the
 * side they like less) are re-divided; the others keep their place. This "core" keeps the table
 * small (tens of households instead of hundreds) and loses little: at near-optimal prices a
 * household with a clear preference is rarely worth moving.
 */
const coreSlack = 0.05;

/** Reusable buffers of the knapsack, grown on demand (the tables are the main allocation). */
export type PairScratch = { best: Float64Array; took: Uint8Array };

/** Fresh (empty) scratch buffers. */
export function pairScratch(): PairScratch {
  return { best: new Float64Array(0), took: new Uint8Array(0) };
}

/** Re-divides the households of d1 and d2 optimally; returns the gain (0 when nothing changed). */
export function reoptimizePair(plan: Plan, prices: Float64Array, d1: number, d2: number, scratch: PairScratch): number {
  const { m, scores, sizes, fixed, capacities } = plan.instance;
  const items: number[] = [];
  let room1 = capacities[d1] as number;
  let room2 = capacities[d2] as number;
  const priceGap = (prices[d1] as number) - (prices[d2] as number);
  for (const d of [d1, d2]) {
    for (const h of plan.members[d] as number[]) {
      const s1 = scores[h * m + d1] as number;
      const s2 = scores[h * m + d2] as number;
      // Reduced preference for d1 over d2; a clear preference already honoured is kept as is.
      const preference = s1 - s2 - priceGap * (sizes[h] as number);
      const settled = d === d1 ? preference > coreSlack : preference < -coreSlack;
      if (fixed[h] === -1 && s1 > Number.NEGATIVE_INFINITY && s2 > Number.NEGATIVE_INFINITY && !settled) {
        items.push(h);
      } else if (d === d1) {
        room1 -= sizes[h] as number;
      } else {
        room2 -= sizes[h] as number;
      }
    }
  }
  if (items.length < 2) {
    return 0;
  }
  let total = 0;
  let base = 0;
  let currentValue = 0;
  for (const h of items) {
    total += sizes[h] as number;
    base += scores[h * m + d2] as number;
    currentValue += plan.assignment[h] === d1 ? (scores[h * m + d1] as number) : (scores[h * m + d2] as number);
  }
  const upper = Math.min(room1, total);
  const lower = Math.max(0, total - room2);
  if (upper < lower) {
    return 0;
  }
  const width = upper + 1;
  if (scratch.best.length < width) {
    scratch.best = new Float64Array(width);
  }
  if (scratch.took.length < items.length * width) {
    scratch.took = new Uint8Array(items.length * width);
  }
  const { best, took } = scratch;
  best.fill(Number.NEGATIVE_INFINITY, 0, width);
  best[0] = 0;
  took.fill(0, 0, items.length * width);
  let reach = 0;
  items.forEach((h, i) => {
    const size = sizes[h] as number;
    const value = (scores[h * m + d1] as number) - (scores[h * m + d2] as number);
    reach = Math.min(upper, reach + size);
    for (let w = reach; w >= size; w--) {
      const candidate = (best[w - size] as number) + value;
      if (candidate > (best[w] as number)) {
        best[w] = candidate;
        took[i * width + w] = 1;
      }
    }
  });
  let bestW = -1;
  for (let w = lower; w <= upper; w++) {
    if (bestW < 0 || (best[w] as number) > (best[bestW] as number)) {
      bestW = w;
    }
  }
  if (bestW < 0 || base + (best[bestW] as number) <= currentValue + tolerance) {
    return 0;
  }
  const gain = base + (best[bestW] as number) - currentValue;
  const toD1 = new Uint8Array(items.length);
  for (let i = items.length - 1, w = bestW; i >= 0; i--) {
    if (took[i * width + w] === 1) {
      toD1[i] = 1;
      w -= sizes[items[i] as number] as number;
    }
  }
  items.forEach((h, i) => {
    const target = toD1[i] === 1 ? d1 : d2;
    if (plan.assignment[h] !== target) {
      plan.move(h, target);
    }
  });
  return gain;
}
