// SPDX-License-Identifier: EUPL-1.2
/** Properties of the ranking engine over random inputs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packInput } from './validate.ts';
import { rank } from './rank.ts';
import { sensitivity } from './sensitivity.ts';
import { methods, type Direction, type Method, type RankInput } from './types.ts';

/** 1-6 criteria and 1-12 candidates with finite values and at least one positive weight. */
const inputs: fc.Arbitrary<RankInput> = fc
  .record({
    m: fc.integer({ min: 1, max: 6 }),
    n: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ m, n }) =>
    fc.record({
      weights: fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: m, maxLength: m }),
      directions: fc.array(fc.constantFrom<Direction>('benefit', 'cost'), { minLength: m, maxLength: m }),
      values: fc.array(fc.array(fc.integer({ min: -1000, max: 100000 }), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
    }),
  )
  .filter(({ weights }) => weights.some((w) => w > 0.001))
  .map(({ weights, directions, values }) => ({
    criteria: weights.map((weight, j) => ({ id: `k${j}`, weight, direction: directions[j] as Direction })),
    candidates: values.map((row, i) => ({ id: `c${i}`, values: Object.fromEntries(row.map((v, j) => [`k${j}`, v])) })),
  }));

const scoresById = (input: RankInput, method: Method) => new Map(rank(input, method).map((r) => [r.id, r.score]));

describe('[SITING] engine properties', () => {
  it.each(methods)('%s: every score lies in [0, 1] and ranks are 1..n', (method) => {
    fc.assert(
      fc.property(inputs, (input) => {
        const ranked = rank(input, method);
        expect(ranked.map((r) => r.rank)).toEqual(input.candidates.map((_, i) => i + 1));
        for (const { score } of ranked) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it.each(methods)('%s: scaling one criterion by a positive factor changes no score', (method) => {
    fc.assert(
      fc.property(inputs, fc.nat(), fc.constantFrom(0.001, 0.5, 3, 1000), (input, pick, factor) => {
        const j = pick % input.criteria.length;
        const id = input.criteria[j]?.id as string;
        const scaled: RankInput = {
          criteria: input.criteria,
          candidates: input.candidates.map((c) => ({ id: c.id, values: { ...c.values, [id]: (c.values[id] as number) * factor } })),
        };
        const before = scoresById(input, method);
        for (const [candidate, score] of scoresById(scaled, method)) {
          expect(score).toBeCloseTo(before.get(candidate) as number, 8);
        }
      }),
    );
  });

  it.each(methods)('%s: the order of the candidates in the input does not matter', (method) => {
    fc.assert(
      fc.property(
        inputs.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray(input.candidates, { minLength: input.candidates.length }))),
        ([input, shuffled]) => {
          const original = rank(input, method).map(({ id, score, rank: r }) => ({ id, score, rank: r }));
          const permuted = rank({ criteria: input.criteria, candidates: shuffled }, method).map(({ id, score, rank: r }) => ({ id, score, rank: r }));
          expect(permuted).toEqual(original);
        },
      ),
    );
  });

  it('sensitivity: same seed, same counts; every draw has one first and min(3, n) in the top three', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 0xffffffff }), (input, seed) => {
        const packed = packInput(input);
        const once = sensitivity(packed, { seed, draws: 50 });
        expect(sensitivity(packed, { seed, draws: 50 })).toEqual(once);
        for (const method of methods) {
          const counts = once.methods[method];
          expect(counts.reduce((sum, c) => sum + c.first, 0)).toBe(50);
          expect(counts.reduce((sum, c) => sum + c.topThree, 0)).toBe(50 * Math.min(3, input.candidates.length));
        }
      }),
      { numRuns: 50 },
    );
  });
});
