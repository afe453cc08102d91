// SPDX-License-Identifier: EUPL-1.2
/**
 * Explains a partial plan: why each unplaced household could not be placed, and which
 * municipalities lack how many places. A municipality's shortfall counts the persons of the
 * households that can only go there (fixed there, or it is their only allowed municipality with
 * enough capacity) beyond its capacity; that many places are missing in any plan, not just ours.
 */
import type { Plan } from './plan.ts';
import type { CapacityShortfall } from './types.ts';

/** Why households went unplaced, and where places are missing. */
export type Diagnosis = {
  reasons: Map<number, string>;
  shortfall: CapacityShortfall[];
  totalShortfall: number;
  unplacedPersons: number;
};

/** Allowed municipalities of h whose whole capacity could hold it. */
function usable(plan: Plan, h: number): number[] {
  const { m, scores, sizes, capacities } = plan.instance;
  const result: number[] = [];
  for (let d = 0; d < m; d++) {
    if ((scores[h * m + d] as number) > Number.NEGATIVE_INFINITY && (capacities[d] as number) >= (sizes[h] as number)) {
      result.push(d);
    }
  }
  return result;
}

/** The only allowed municipality of h whose capacity could hold it, -1 if none, -2 if several. */
function onlyOption(plan: Plan, h: number): number {
  const { m, scores, sizes, capacities, fixed } = plan.instance;
  if (fixed[h] !== -1) {
    return fixed[h] as number;
  }
  let only = -1;
  for (let d = 0; d < m; d++) {
    if ((scores[h * m + d] as number) > Number.NEGATIVE_INFINITY && (capacities[d] as number) >= (sizes[h] as number)) {
      if (only >= 0) {
        return -2;
      }
      only = d;
    }
  }
  return only;
}

/** Reasons for every unassigned household and the shortfall per municipality. */
export function diagnose(plan: Plan): Diagnosis {
  const { n, m, sizes, codes, capacities, fixed, scores } = plan.instance;
  const forced = new Float64Array(m);
  for (let h = 0; h < n; h++) {
    const only = onlyOption(plan, h);
    if (only >= 0) {
      forced[only] = (forced[only] as number) + (sizes[h] as number);
    }
  }
  const shortfall: CapacityShortfall[] = [];
  for (let d = 0; d < m; d++) {
    const lacking = (forced[d] as number) - (capacities[d] as number);
    if (lacking > 0) {
      shortfall.push({ municipality: codes[d] as string, persons: lacking });
    }
  }
  const reasons = new Map<number, string>();
  let persons = 0;
  let unplacedPersons = 0;
  for (let h = 0; h < n; h++) {
    persons += sizes[h] as number;
    if ((plan.assignment[h] as number) >= 0) {
      continue;
    }
    const size = sizes[h] as number;
    unplacedPersons += size;
    const f = fixed[h] as number;
    if (f !== -1) {
      const lacking = Math.max(size - (plan.free[f] as number), (forced[f] as number) - (capacities[f] as number));
      reasons.set(h, `fixed to ${codes[f]}, which lacks ${lacking} place(s) for it (capacity ${capacities[f]})`);
      continue;
    }
    let allowed = 0;
    for (let d = 0; d < m; d++) {
      allowed += (scores[h * m + d] as number) > Number.NEGATIVE_INFINITY ? 1 : 0;
    }
    const options = usable(plan, h);
    if (allowed === 0) {
      reasons.set(h, 'no allowed municipality (every score is null, or there are none)');
    } else if (options.length === 0) {
      reasons.set(h, `household of ${size} persons is larger than the capacity of each of its ${allowed} allowed municipalities`);
    } else {
      const best = options.reduce((a, b) => ((plan.free[b] as number) > (plan.free[a] as number) ? b : a));
      const list = options.slice(0, 5).map((d) => codes[d]).join(', ');
      const more = options.length > 5 ? ` and ${options.length - 5} more` : '';
      reasons.set(h, `no room for ${size} persons in any allowed municipality (${list}${more}); most room left: ${Math.max(0, plan.free[best] as number)} in ${codes[best]}`);
    }
  }
  const totalCapacity = capacities.reduce((sum, capacity) => sum + capacity, 0);
  return { reasons, shortfall, totalShortfall: Math.max(0, persons - totalCapacity), unplacedPersons };
}
