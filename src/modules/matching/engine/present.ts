// SPDX-License-Identifier: EUPL-1.2
/** Shapes the engine's index-based result into the published result JSON (and nothing more). */
import type { EngineResult, MatchingResult, PackedInstance } from './types.ts';

/** The `--out` JSON: assignments and unassigned in household order, prices in municipality order. */
export function presentResult(instance: PackedInstance, result: EngineResult, solveMs: number): MatchingResult {
  const assignments: MatchingResult['assignments'] = [];
  const unassigned: MatchingResult['unassigned'] = [];
  for (let h = 0; h < instance.n; h++) {
    const d = result.assignment[h] as number;
    const household = instance.householdIds[h] as string;
    if (d >= 0) {
      assignments.push({ household, municipality: instance.codes[d] as string });
    } else {
      unassigned.push({ household, reason: result.reasons.get(h) ?? 'not placed' });
    }
  }
  const prices: Record<string, number> = {};
  instance.codes.forEach((code, d) => {
    prices[code] = result.prices[d] as number;
  });
  return { assignments, unassigned, objective: result.objective, bound: result.bound, prices, solveMs };
}
