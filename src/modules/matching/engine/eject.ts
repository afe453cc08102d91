// SPDX-License-Identifier: EUPL-1.2
/**
 * Insertion with ejection: when no municipality has room for a household, make room in one of its
 * best municipalities by moving members out to one of their own best options that has room (or,
 * failing that, to any municipality with room).
 * Chooses, over the household's top municipalities, the combination that loses the least score:
 * either the single cheapest member big enough, or the cheapest members per person until enough
 * places are free. Fixed households are never moved.
 */
import type { Interest } from './interest.ts';
import type { Plan } from './plan.ts';

type Ejection = { net: number; target: number; moves: [number, number][] };

const maxTargets = 4;

/** Tries to place h by moving others out of its way; false when no way was found. */
export function insertWithEjection(plan: Plan, prices: Float64Array, interest: Interest, h: number): boolean {
  const { m, scores, sizes, capacities } = plan.instance;
  const size = sizes[h] as number;
  const row = h * m;
  const targets: number[] = [];
  for (let d = 0; d < m; d++) {
    if ((scores[row + d] as number) > Number.NEGATIVE_INFINITY && (capacities[d] as number) >= size) {
      targets.push(d);
    }
  }
  const value = (d: number): number => (scores[row + d] as number) - (prices[d] as number) * size;
  targets.sort((a, b) => value(b) - value(a) || a - b);
  let chosen: Ejection | undefined;
  for (const d of targets.slice(0, maxTargets)) {
    const ejection = planEjection(plan, interest, h, d);
    if (ejection && (!chosen || ejection.net > chosen.net)) {
      chosen = ejection;
    }
  }
  if (!chosen) {
    return false;
  }
  for (const [g, e] of chosen.moves) {
    plan.move(g, e);
  }
  plan.place(h, chosen.target);
  return true;
}

/** The cheapest way found to free room for h in d, or undefined. */
function planEjection(plan: Plan, interest: Interest, h: number, d: number): Ejection | undefined {
  const { m, scores, sizes, fixed } = plan.instance;
  const need = (sizes[h] as number) - (plan.free[d] as number);
  const candidates: { g: number; e: number; loss: number; size: number }[] = [];
  for (const g of plan.members[d] as number[]) {
    if (fixed[g] !== -1) {
      continue;
    }
    const size = sizes[g] as number;
    let bestLoss = Number.POSITIVE_INFINITY;
    let bestE = -1;
    for (let i = 0; i < interest.width; i++) {
      const e = interest.options[g * interest.width + i] as number;
      if (e < 0 || e === d || (plan.free[e] as number) < size) {
        continue;
      }
      const loss = (scores[g * m + d] as number) - (scores[g * m + e] as number);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestE = e;
      }
    }
    if (bestE < 0) {
      // None of its best options has room: any municipality that has, at the best score there.
      for (let e = 0; e < m; e++) {
        const loss = (scores[g * m + d] as number) - (scores[g * m + e] as number);
        if (e !== d && (plan.free[e] as number) >= size && loss < bestLoss) {
          bestLoss = loss;
          bestE = e;
        }
      }
    }
    if (bestE >= 0) {
      candidates.push({ g, e: bestE, loss: bestLoss, size });
    }
  }
  let single: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    if (c.size >= need && (!single || c.loss < single.loss)) {
      single = c;
    }
  }
  candidates.sort((a, b) => a.loss / a.size - b.loss / b.size || a.g - b.g);
  const used = new Map<number, number>();
  const greedy: [number, number][] = [];
  let freed = 0;
  let greedyLoss = 0;
  for (const c of candidates) {
    if (freed >= need) {
      break;
    }
    const taken = used.get(c.e) ?? 0;
    if ((plan.free[c.e] as number) - taken < c.size) {
      continue;
    }
    used.set(c.e, taken + c.size);
    greedy.push([c.g, c.e]);
    freed += c.size;
    greedyLoss += c.loss;
  }
  const gain = scores[h * m + d] as number;
  const greedyOk = freed >= need;
  if (single && (!greedyOk || single.loss <= greedyLoss)) {
    return { net: gain - single.loss, target: d, moves: [[single.g, single.e]] };
  }
  return greedyOk ? { net: gain - greedyLoss, target: d, moves: greedy } : undefined;
}
