// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { pairScratch, reoptimizePair } from './pair-knapsack.ts';
import { Plan } from './plan.ts';
import { validateInstance } from './validate.ts';

function planOf(households: { size: number; scores: number[] }[], capacities: number[], assignment: number[]): Plan {
  const outcome = validateInstance({
    municipalities: capacities.map((capacity, d) => ({ code: `GM${d}`, capacity })),
    households: households.map((h, i) => ({ id: `H${i}`, ...h })),
  });
  if (!outcome.ok) {
    throw new Error(outcome.errors.join());
  }
  return Plan.fromAssignment(outcome.instance, Int32Array.from(assignment));
}

describe('[MATCHING] reoptimizePair', () => {
  it('re-divides two municipalities optimally (a two-for-one exchange no single move finds)', () => {
    // GM0 (4 places) holds a family of four; two couples in GM1 would score more there.
    const plan = planOf(
      [
        { size: 4, scores: [0.5, 0.45] },
        { size: 2, scores: [0.9, 0.2] },
        { size: 2, scores: [0.9, 0.2] },
      ],
      [4, 4],
      [0, 1, 1],
    );
    const gain = reoptimizePair(plan, new Float64Array(2), 0, 1, pairScratch());
    expect(Array.from(plan.assignment)).toEqual([1, 0, 0]);
    expect(gain).toBeCloseTo(0.45 + 1.8 - 0.5 - 0.4, 12);
  });

  it('places an unplaced household when a division of the pair makes room, even at a loss', () => {
    const plan = planOf(
      [
        { size: 2, scores: [0.9, 0.1] },
        { size: 3, scores: [0.1, 0.05] },
      ],
      [3, 2],
      [0, -1],
    );
    reoptimizePair(plan, new Float64Array(2), 0, 1, pairScratch(), 1);
    expect(Array.from(plan.assignment)).toEqual([1, 0]);
    expect(Array.from(plan.free)).toEqual([0, 0]);
  });

  it('reports NaN when the extra household cannot be placed in the pair', () => {
    const plan = planOf([{ size: 3, scores: [0.9, 0.9] }], [2, 2], [-1]);
    expect(reoptimizePair(plan, new Float64Array(2), 0, 1, pairScratch(), 0)).toBeNaN();
    expect(plan.assignment[0]).toBe(-1);
  });
});
