// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { ProposalResult } from './api/matching-api.ts';
import { fairnessRows, gapOf, municipalityFigures } from './placement-figures.ts';

// A synthetic result of two municipalities and three households (test data, not real figures).
const basis = (remainingTask: number) => ({ remainingTask, homesPersons: null, limit: 'task' as const, how: '' });
const result = {
  objective: 1.5,
  bound: 1.6,
  municipalities: [
    { code: 'GM0344', name: 'Utrecht', task: 30, capacity: 10, capacityBasis: basis(10), placedPersons: 6, placedHouseholds: 2, price: 0, shortfall: 0 },
    { code: 'GM0307', name: 'Amersfoort', task: 10, capacity: 4, capacityBasis: basis(4), placedPersons: 2, placedHouseholds: 1, price: 0, shortfall: 0 },
  ],
  households: [
    { municipality: 'GM0344', score: 0.5 },
    { municipality: 'GM0344', score: 0.25 },
    { municipality: 'GM0307', score: 0.75 },
    { municipality: null, score: null },
  ],
} as unknown as ProposalResult;

describe('placement figures', () => {
  it('sums the scores and the task left per municipality', () => {
    expect(municipalityFigures(result)).toEqual([
      { code: 'GM0344', name: 'Utrecht', summedScore: 0.75, taskLeft: 4 },
      { code: 'GM0307', name: 'Amersfoort', summedScore: 0.75, taskLeft: 2 },
    ]);
  });

  it('compares the share of placed persons with the share of the task', () => {
    const [utrecht, amersfoort] = fairnessRows(result);
    expect(utrecht).toMatchObject({ placedShare: 0.75, taskShare: 0.75, difference: 0 });
    expect(amersfoort).toMatchObject({ placedShare: 0.25, taskShare: 0.25, difference: 0 });
  });

  it('has no shares when nobody is placed or no task is known', () => {
    const empty = { ...result, municipalities: result.municipalities.map((m) => ({ ...m, placedPersons: 0, task: null })) } as ProposalResult;
    expect(fairnessRows(empty)[0]).toMatchObject({ placedShare: null, taskShare: null, difference: null });
  });

  it('computes the gap from bound and objective', () => {
    expect(gapOf(result)).toBeCloseTo(0.0625, 10);
    expect(gapOf({ bound: 0, objective: 0 })).toBe(0);
  });
});
