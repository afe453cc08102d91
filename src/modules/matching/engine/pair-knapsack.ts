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

/**
 * Re-divides the households of d1 and d2 optimally; returns the gain (0 when nothing changed).
 * With `extra` (an unplaced household), that household must be placed in d1 or d2 as well: all
 * flexible households take part, and the best division that places it is applied even when it
 * lowers the total score. Returns NaN when `extra` cannot be placed this way.
 */
export function reoptimizePair(plan: Plan, prices: Float64Array, d1: number, d2: number, scratch: PairScratch, extra = -1): number {
  const { m, scores, sizes, fixed, capacities } = plan.instance;
  const items: number[] = [];
  let room1 = capacities[d1] as number;
  let room2 = capacities[d2] as number;
  let base = 0;
  let currentValue = 0;
  const slack = extra >= 0 ? Number.POSITIVE_INFINITY : coreSlack;
  const priceGap = (prices[d1] as number) - (prices[d2] as number);
  const consider = (h: number, d: number): void => {
    const s1 = scores[h * m + d1] as number;
    const s2 = scores[h * m + d2] as number;
    const in1 = s1 > Number.NEGATIVE_INFINITY && (fixed[h] === -1 || fixed[h] === d1);
    const in2 = s2 > Number.NEGATIVE_INFINITY && (fixed[h] === -1 || fixed[h] === d2);
    // Reduced preference for d1 over d2; a clear preference already honoured is kept as is.
    const preference = s1 - s2 - priceGap * (sizes[h] as number);
    const settled = d === d1 ? preference > slack : d === d2 ? preference < -slack : false;
    currentValue += d === d1 ? s1 : d === d2 ? s2 : 0;
    if (in1 && in2 && !settled) {
      items.push(h);
      base += s2;
    } else if (d === d1 || (d < 0 && in1)) {
      room1 -= sizes[h] as number;
      base += s1;
    } else {
      room2 -= sizes[h] as number;
      base += s2;
    }
  };
  for (const d of [d1, d2]) {
    for (const h of plan.members[d] as number[]) {
      consider(h, d);
    }
  }
  if (extra >= 0) {
    const allowed = (d: number): boolean => (scores[extra * m + d] as number) > Number.NEGATIVE_INFINITY && (fixed[extra] === -1 || fixed[extra] === d);
    if (!allowed(d1) && !allowed(d2)) {
      return Number.NaN;
    }
    consider(extra, -1);
  }
  const gain = divide(plan, { d1, d2, items, room1, room2, base, currentValue, mustApply: extra >= 0 }, scratch);
  if (extra >= 0 && !Number.isNaN(gain) && plan.assignment[extra] === -1) {
    // `extra` was not an item (allowed in only one of the two): its place was reserved there.
    plan.place(extra, (scores[extra * m + d1] as number) > Number.NEGATIVE_INFINITY && (fixed[extra] === -1 || fixed[extra] === d1) ? d1 : d2);
  }
  return gain;
}

type Division = { d1: number; d2: number; items: number[]; room1: number; room2: number; base: number; currentValue: number; mustApply: boolean };

/** The knapsack itself: which `items` go to d1 (the rest to d2), applied when it pays (or must). */
function divide(plan: Plan, division: Division, scratch: PairScratch): number {
  const { sizes, scores, m } = plan.instance;
  const { d1, d2, items, room1, room2, base, currentValue, mustApply } = division;
  let total = 0;
  for (const h of items) {
    total += sizes[h] as number;
  }
  const upper = Math.min(room1, total);
  const lower = Math.max(0, total - room2);
  if (upper < lower || room1 < 0 || room2 < 0) {
    return mustApply ? Number.NaN : 0;
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
  let bestW = lower;
  for (let w = lower; w <= upper; w++) {
    if ((best[w] as number) > (best[bestW] as number)) {
      bestW = w;
    }
  }
  const value = base + (best[bestW] as number);
  if (value === Number.NEGATIVE_INFINITY) {
    return mustApply ? Number.NaN : 0;
  }
  if (!mustApply && value <= currentValue + tolerance) {
    return 0;
  }
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
  return value - currentValue;
}
