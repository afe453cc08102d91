// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { checkResult } from './check-result.ts';
import type { MatchingInstance, MatchingResult } from './engine/types.ts';

const instance: MatchingInstance = {
  municipalities: [
    { code: 'GM0001', capacity: 3 },
    { code: 'GM0002', capacity: 2 },
  ],
  households: [
    { id: 'A', size: 2, scores: [0.8, 0.3] },
    { id: 'B', size: 2, scores: [null, 0.6] },
    { id: 'C', size: 1, scores: [0.5, 0.9], fixed: 'GM0001' },
  ],
};

const good: MatchingResult = {
  assignments: [
    { household: 'A', municipality: 'GM0001' },
    { household: 'B', municipality: 'GM0002' },
    { household: 'C', municipality: 'GM0001' },
  ],
  unassigned: [],
  objective: 1.9,
  // prices 0: 0 + max(0.8, 0.3) + 0.6 + 0.5 (C may only go to GM0001)
  bound: 1.9,
  prices: { GM0001: 0, GM0002: 0 },
  solveMs: 1,
};

describe('[MATCHING] checkResult', () => {
  it('accepts a feasible result and recomputes objective, bound and gap', () => {
    const report = checkResult(instance, good);
    expect(report).toMatchObject({ feasible: true, errors: [], placed: 3, unassigned: 0, gap: 0, objectiveMatches: true, boundMatches: true });
    expect(report.objective).toBeCloseTo(1.9, 12);
  });

  it('computes the bound from the prices: Σ p·capacity + Σ max(0, best reduced score)', () => {
    const report = checkResult(instance, { ...good, prices: { GM0001: 0, GM0002: 1 } });
    // 0·3 + 1·2 + max(0.8, 0.3 − 2) + max(0, 0.6 − 2) + 0.5 (C only in GM0001)
    expect(report.bound).toBeCloseTo(2 + 0.8 + 0 + 0.5, 12);
    expect(report.boundMatches).toBe(false);
  });

  it.each([
    ['over capacity', { assignments: [{ household: 'A', municipality: 'GM0002' }, { household: 'B', municipality: 'GM0002' }, { household: 'C', municipality: 'GM0001' }] }, /GM0002: 4 persons placed, capacity 2/],
    ['a forbidden pair', { assignments: [{ household: 'B', municipality: 'GM0001' }], unassigned: [{ household: 'A', reason: '' }, { household: 'C', reason: '' }] }, /B placed in GM0001, a forbidden pair/],
    ['a fixed household elsewhere', { assignments: [{ household: 'C', municipality: 'GM0002' }], unassigned: [{ household: 'A', reason: '' }, { household: 'B', reason: '' }] }, /C is fixed to GM0001 but placed in GM0002/],
    ['a household twice', { assignments: [...good.assignments, { household: 'A', municipality: 'GM0001' }] }, /A appears more than once/],
    ['a household missing', { assignments: good.assignments.slice(1) }, /1 household\(s\) are neither assigned nor listed/],
    ['an unknown municipality', { assignments: [...good.assignments.slice(1), { household: 'A', municipality: 'GM9999' }] }, /unknown municipality/],
    ['a negative price', { prices: { GM0001: -0.1, GM0002: 0 } }, /price of GM0001 must be a finite number ≥ 0/],
    ['a missing price', { prices: { GM0001: 0 } }, /price of GM0002/],
  ])('reports %s', (_, change, message) => {
    const report = checkResult(instance, { ...good, ...change } as MatchingResult);
    expect(report.feasible).toBe(false);
    expect(report.errors.join('\n')).toMatch(message);
  });
});
