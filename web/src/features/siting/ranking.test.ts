// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WeighingView } from './api/siting-api.ts';
import { breakdownOf, notRankedReason, rankingRows, weightShares } from './ranking.ts';

const criterion = (id: string, weight: number) => ({ id, weight }) as unknown as WeighingView['criteria'][number];
const candidate = (id: string, name: string, values: Record<string, number>) =>
  ({
    location: { id, name, municipality: { name: 'Utrecht' } },
    values: Object.entries(values).map(([criterionId, value]) => ({ criterionId, value, origin: 'entered', explain: { nl: 'ingevoerd', en: 'entered' } })),
  }) as unknown as WeighingView['candidates'][number];
const scored = (locationId: string, score: number, rank: number, contributions: Record<string, number>) => ({
  locationId,
  score,
  rank,
  contributions: Object.entries(contributions).map(([criterionId, contribution]) => ({ criterionId, weight: 0.5, normalised: 0, contribution })),
});

// Two candidates, two criteria of weight 1 each: A wins the weighted sum, B wins TOPSIS.
const view = {
  criteria: [criterion('size', 1), criterion('cost', 1)],
  candidates: [candidate('a', 'Kantoor A', { size: 1, cost: 9000 }), candidate('b', 'School B', { size: 0.5, cost: 8000 })],
  methods: {
    'weighted-sum': [scored('a', 0.5, 1, { size: 0.5, cost: 0 }), scored('b', 0.5, 2, { size: 0, cost: 0.5 })],
    topsis: [scored('b', 0.6, 1, { size: 0.1, cost: 0.5 }), scored('a', 0.4, 2, { size: 0.4, cost: 0 })],
  },
  sensitivity: {
    seed: 7,
    draws: 1000,
    low: 0.8,
    high: 1.2,
    methods: {
      'weighted-sum': [{ locationId: 'a', first: 600, topThree: 1000 }, { locationId: 'b', first: 400, topThree: 1000 }],
      topsis: [{ locationId: 'b', first: 700, topThree: 1000 }, { locationId: 'a', first: 300, topThree: 1000 }],
    },
  },
} as unknown as WeighingView;

describe('[SITING] shaping a weighing for the screen', () => {
  it('puts both methods side by side in weighted-sum order, with the sensitivity counts', () => {
    expect(rankingRows(view)).toEqual([
      {
        locationId: 'a',
        name: 'Kantoor A',
        municipality: 'Utrecht',
        scores: { 'weighted-sum': { score: 0.5, rank: 1 }, topsis: { score: 0.4, rank: 2 } },
        sensitivity: { 'weighted-sum': { first: 600, topThree: 1000 }, topsis: { first: 300, topThree: 1000 } },
      },
      {
        locationId: 'b',
        name: 'School B',
        municipality: 'Utrecht',
        scores: { 'weighted-sum': { score: 0.5, rank: 2 }, topsis: { score: 0.6, rank: 1 } },
        sensitivity: { 'weighted-sum': { first: 400, topThree: 1000 }, topsis: { first: 700, topThree: 1000 } },
      },
    ]);
  });

  it("breaks a candidate's scores down per criterion, with its value and origin", () => {
    const rows = breakdownOf(view, 'b');
    expect(rows.map((row) => [row.criterionId, row.value, row.contributions['weighted-sum'], row.contributions.topsis])).toEqual([
      ['size', 0.5, 0, 0.1],
      ['cost', 8000, 0.5, 0.5],
    ]);
    // The contributions add up to the score, as the API promises.
    expect(rows.reduce((sum, row) => sum + (row.contributions.topsis ?? 0), 0)).toBeCloseTo(0.6, 12);
  });

  it('gives the share of each weight, and 0 for all when all are 0', () => {
    expect(weightShares({ size: 15, cost: 5, time: 0 })).toEqual({ size: 0.75, cost: 0.25, time: 0 });
    expect(weightShares({ size: 0, cost: 0 })).toEqual({ size: 0, cost: 0 });
  });

  it('says why there is no ranking', () => {
    expect(notRankedReason(view)).toBeNull();
    expect(notRankedReason({ ...view, methods: null, candidates: [] })).toBe('noCandidates');
    expect(notRankedReason({ ...view, methods: null, criteria: [criterion('size', 0)] })).toBe('weightsZero');
    expect(notRankedReason({ ...view, methods: null })).toBe('missing');
  });
});
