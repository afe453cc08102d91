// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResult } from '../check-result.ts';
import { presentResult } from './present.ts';
import { solvePlacement } from './solve.ts';
import { solveCases } from './testcases.ts';
import type { MatchingInstance, MatchingResult } from './types.ts';
import { validateInstance } from './validate.ts';

function solve(instance: MatchingInstance): MatchingResult {
  const outcome = validateInstance(instance);
  if (!outcome.ok) {
    throw new Error(outcome.errors.join('\n'));
  }
  return presentResult(outcome.instance, solvePlacement(outcome.instance), 0);
}

/** Best total score over complete plans (everyone placed), or undefined when none exists. */
function bruteForce(instance: MatchingInstance): number | undefined {
  const { municipalities, households } = instance;
  const free = municipalities.map((m) => m.capacity);
  let best: number | undefined;
  const visit = (h: number, score: number): void => {
    const household = households[h];
    if (!household) {
      best = best === undefined ? score : Math.max(best, score);
      return;
    }
    household.scores.forEach((s, d) => {
      const code = municipalities[d]?.code;
      if (s === null || (household.fixed !== undefined && household.fixed !== code) || (free[d] ?? 0) < household.size) {
        return;
      }
      free[d] = (free[d] ?? 0) - household.size;
      visit(h + 1, score + s);
      free[d] = (free[d] ?? 0) + household.size;
    });
  };
  visit(0, 0);
  return best;
}

/** Random instances: sizes 1-4, capacities 0-maxCapacity, ~20% null scores, ~15% fixed. */
function instances(maxHouseholds: number, maxMunicipalities: number, maxCapacity: number): fc.Arbitrary<MatchingInstance> {
  return fc.integer({ min: 1, max: maxMunicipalities }).chain((m) =>
    fc.record({
      capacities: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: m, maxLength: m }),
      households: fc.array(
        fc.record({
          size: fc.integer({ min: 1, max: 4 }),
          scores: fc.array(fc.option(fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000), { freq: 4 }), { minLength: m, maxLength: m }),
          fix: fc.option(fc.integer({ min: 0, max: m - 1 }), { freq: 6 }),
        }),
        { maxLength: maxHouseholds },
      ),
    }).map(({ capacities, households }) => ({
      municipalities: capacities.map((capacity, d) => ({ code: `GM${String(d).padStart(4, '0')}`, capacity })),
      households: households.map(({ size, scores, fix }, h) => {
        const fixed = fix !== null && scores[fix] !== null ? `GM${String(fix).padStart(4, '0')}` : undefined;
        return fixed === undefined ? { id: `H${h}`, size, scores } : { id: `H${h}`, size, scores, fixed };
      }),
    })),
  );
}

describe('[MATCHING] solvePlacement, table cases', () => {
  it.each(solveCases)('$name', ({ instance, objective, assignments, unassigned }) => {
    const result = solve(instance);
    const report = checkResult(instance, result);
    expect(report.errors).toEqual([]);
    expect(result.objective).toBeCloseTo(objective, 9);
    expect(result.bound).toBeGreaterThanOrEqual(result.objective - 1e-9);
    for (const [household, municipality] of Object.entries(assignments ?? {})) {
      expect(result.assignments).toContainEqual({ household, municipality });
    }
    const reasons = Object.fromEntries(result.unassigned.map((u) => [u.household, u.reason]));
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(unassigned ?? {}).sort());
    for (const [household, fragment] of Object.entries(unassigned ?? {})) {
      expect(reasons[household]).toContain(fragment);
    }
  });
});

describe('[MATCHING] solvePlacement, properties', () => {
  it('is feasible, reports its objective and bound truthfully, and the bound holds', () => {
    fc.assert(
      fc.property(instances(60, 8, 40), (instance) => {
        const result = solve(instance);
        const report = checkResult(instance, result);
        expect(report.errors).toEqual([]);
        expect(report.objectiveMatches).toBe(true);
        expect(report.boundMatches).toBe(true);
        expect(result.bound).toBeGreaterThanOrEqual(result.objective - 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the brute-force optimum on tiny instances whenever everyone can be placed', () => {
    fc.assert(
      fc.property(instances(7, 3, 8), (instance) => {
        const optimum = bruteForce(instance);
        const result = solve(instance);
        expect(result.bound).toBeGreaterThanOrEqual((optimum ?? 0) - 1e-9);
        if (optimum !== undefined) {
          expect(result.unassigned).toEqual([]);
          expect(result.objective).toBeCloseTo(optimum, 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(instances(40, 6, 30), (instance) => {
        expect(solve(instance)).toEqual(solve(instance));
      }),
      { numRuns: 50 },
    );
  });
});
