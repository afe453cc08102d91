// SPDX-License-Identifier: EUPL-1.2
/**
 * Independent checker of a matching result, for tests and benchmarks. It shares no code with the
 * engine (only the JSON types): it recomputes feasibility, the objective, and the Lagrangian bound
 * from the result's own prices, straight from the published definitions:
 *   objective = Σ score of assigned pairs;
 *   bound = Σ_d price_d·capacity_d + Σ_h max(0, max over allowed d of (score_hd − price_d·size_h)),
 * where "allowed" means a non-null score and, for a fixed household, only its fixed municipality.
 * Any prices ≥ 0 make that a valid upper bound on every feasible plan, so gap = (bound − objective)
 * / bound measures how far from optimal the plan can be at most.
 */
import type { MatchingInstance, MatchingResult } from './engine/types.ts';

/** What the checker found. */
export type CheckReport = {
  /** No violation found (capacities, allowed and fixed pairs, each household at most once, prices). */
  feasible: boolean;
  /** Every violation, for a person to read. */
  errors: string[];
  placed: number;
  unassigned: number;
  objective: number;
  bound: number;
  /** (bound − objective) / bound, 0 when the bound is 0. */
  gap: number;
  /** The reported objective and bound agree with the recomputed ones (relative 1e-9). */
  objectiveMatches: boolean;
  boundMatches: boolean;
};

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Checks `result` against `instance`. Never throws on a bad result; it reports. */
export function checkResult(instance: MatchingInstance, result: MatchingResult): CheckReport {
  const errors: string[] = [];
  const codes = new Map(instance.municipalities.map((municipality, d) => [municipality.code, d]));
  const households = new Map(instance.households.map((household, h) => [household.id, h]));
  const seen = new Set<string>();
  const load = instance.municipalities.map(() => 0);
  let objective = 0;
  for (const { household, municipality } of result.assignments) {
    const h = households.get(household);
    const d = codes.get(municipality);
    if (h === undefined || d === undefined) {
      errors.push(`assignment ${household} → ${municipality}: unknown ${h === undefined ? 'household' : 'municipality'}`);
      continue;
    }
    if (seen.has(household)) {
      errors.push(`household ${household} appears more than once`);
      continue;
    }
    seen.add(household);
    const entry = instance.households[h];
    const score = entry?.scores[d];
    if (score === null || score === undefined) {
      errors.push(`household ${household} placed in ${municipality}, a forbidden pair`);
      continue;
    }
    const fixedCode = entry?.fixed ?? undefined;
    if (fixedCode !== undefined && fixedCode !== municipality) {
      errors.push(`household ${household} is fixed to ${fixedCode} but placed in ${municipality}`);
    }
    load[d] = (load[d] ?? 0) + (entry?.size ?? 0);
    objective += score;
  }
  for (const { household } of result.unassigned) {
    if (!households.has(household) || seen.has(household)) {
      errors.push(`unassigned household ${household} is unknown or also assigned/listed twice`);
    }
    seen.add(household);
  }
  const missing = instance.households.filter((household) => !seen.has(household.id)).length;
  if (missing > 0) {
    errors.push(`${missing} household(s) are neither assigned nor listed as unassigned`);
  }
  instance.municipalities.forEach((municipality, d) => {
    if ((load[d] ?? 0) > municipality.capacity) {
      errors.push(`${municipality.code}: ${load[d]} persons placed, capacity ${municipality.capacity}`);
    }
  });
  const bound = recomputeBound(instance, result.prices, errors);
  return {
    feasible: errors.length === 0,
    errors,
    placed: result.assignments.length,
    unassigned: result.unassigned.length,
    objective,
    bound,
    gap: bound > 0 ? (bound - objective) / bound : 0,
    objectiveMatches: close(objective, result.objective),
    boundMatches: close(bound, result.bound),
  };
}

/** The Lagrangian bound at the result's prices (a missing or negative price is an error). */
function recomputeBound(instance: MatchingInstance, prices: Record<string, number>, errors: string[]): number {
  const price = instance.municipalities.map(({ code }) => {
    const value = Object.hasOwn(prices, code) ? prices[code] : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      errors.push(`price of ${code} must be a finite number ≥ 0, got ${String(value)}`);
      return 0;
    }
    return value;
  });
  let bound = 0;
  instance.municipalities.forEach((municipality, d) => {
    bound += (price[d] ?? 0) * municipality.capacity;
  });
  for (const household of instance.households) {
    let best = 0;
    const fixedCode = household.fixed ?? undefined;
    household.scores.forEach((score, d) => {
      const allowed = score !== null && (fixedCode === undefined || fixedCode === instance.municipalities[d]?.code);
      if (allowed) {
        best = Math.max(best, score - (price[d] ?? 0) * household.size);
      }
    });
    bound += best;
  }
  return bound;
}
