// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResult } from '../check-result.ts';
import { presentResult } from './present.ts';
import { solvePlacement } from './solve.ts';
import { solveCases } from './testcases.ts';
import type { MatchingInstance, MatchingResult } from './types.ts';
import { validateInstance } from './validate.ts';

function solve(instance: MatchingInstance, exactSearch = true): MatchingResult {
  const outcome = validateInstance(instance);
  if (!outcome.ok) {
    throw new Error(outcome.errors.join('\n'));
  }
  return presentResult(outcome.instance, solvePlacement(outcome.instance, { exactSearch }), 0);
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

describe('[MATCHING] solvePlacement, diagnostics', () => {
  it('reports the shortfall per municipality and in total, and the gap', () => {
    const outcome = validateInstance({
      municipalities: [
        { code: 'GM0001', capacity: 3 },
        { code: 'GM0002', capacity: 1 },
      ],
      households: [
        { id: 'A', size: 2, scores: [0.8, 0.1], fixed: 'GM0001' },
        { id: 'B', size: 2, scores: [0.7, 0.2], fixed: 'GM0001' },
        { id: 'C', size: 1, scores: [null, 0.4] },
      ],
    });
    if (!outcome.ok) {
      throw new Error(outcome.errors.join());
    }
    const { diagnostics } = solvePlacement(outcome.instance);
    expect(diagnostics.shortfall).toEqual([{ municipality: 'GM0001', persons: 1 }]);
    expect(diagnostics.totalShortfall).toBe(1);
    expect(diagnostics.unplacedPersons).toBe(2);
    expect(diagnostics.load).toEqual([2, 1]);
    expect(diagnostics.gap).toBeGreaterThanOrEqual(0);
  });

  it('ends quickly when most municipalities have no places at all', () => {
    const municipalities = Array.from({ length: 10 }, (_, d) => ({ code: `GM${d}`, capacity: d < 8 ? 0 : 3 }));
    const households = Array.from({ length: 300 }, (_, h) => ({ id: `H${h}`, size: 1 + (h % 3), scores: municipalities.map((_, d) => ((h * 7 + d * 13) % 100) / 100) }));
    const outcome = validateInstance({ municipalities, households });
    if (!outcome.ok) {
      throw new Error(outcome.errors.join());
    }
    const result = solvePlacement(outcome.instance);
    expect(result.diagnostics.dualIterations).toBeLessThan(10_000);
    expect(result.assignment.filter((d) => d >= 0).length).toBeGreaterThanOrEqual(2);
    expect(result.bound).toBeGreaterThanOrEqual(result.objective);
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

  it('keeps the heuristic path feasible and truthful on small, tight instances too', () => {
    fc.assert(
      fc.property(instances(30, 5, 12), (instance) => {
        const result = solve(instance, false);
        const report = checkResult(instance, result);
        expect(report.errors).toEqual([]);
        expect(report.objectiveMatches && report.boundMatches).toBe(true);
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
