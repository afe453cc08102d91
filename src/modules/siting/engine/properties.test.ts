// SPDX-License-Identifier: EUPL-1.2
/** Properties of the ranking engine over random inputs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.ts';
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

  it('sensitivity: the pruned draws count exactly what a full re-ranking per draw counts', () => {
    const recount = (input: RankInput, seed: number, draws: number, method: Method) => {
      const random = mulberry32(seed);
      const total = input.criteria.reduce((sum, c) => sum + c.weight, 0);
      const counts = new Map<string, { first: number; topThree: number }>(input.candidates.map((c) => [c.id, { first: 0, topThree: 0 }]));
      for (let d = 0; d < draws; d++) {
        const criteria = input.criteria.map((c) => ({ ...c, weight: (c.weight / total) * (0.8 + 0.4 * random()) }));
        for (const [position, scored] of rank({ criteria, candidates: input.candidates }, method).slice(0, 3).entries()) {
          const count = counts.get(scored.id) as { first: number; topThree: number };
          count.first += position === 0 ? 1 : 0;
          count.topThree += 1;
        }
      }
      return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, c]) => ({ id, ...c }));
    };
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 0xffffffff }), (input, seed) => {
        const result = sensitivity(packInput(input), { seed, draws: 40 });
        for (const method of methods) {
          expect(result.methods[method]).toEqual(recount(input, seed, 40, method));
        }
      }),
      { numRuns: 60 },
    );
    // 300 candidates: most are pruned, the counts stay exact.
    const random = mulberry32(7);
    const large: RankInput = {
      criteria: [
        { id: 'a', weight: 3, direction: 'benefit' },
        { id: 'b', weight: 2, direction: 'cost' },
        { id: 'c', weight: 1, direction: 'benefit' },
      ],
      candidates: Array.from({ length: 300 }, (_, i) => ({ id: `s${String(i).padStart(3, '0')}`, values: { a: random() * 100, b: random() * 100, c: random() * 100 } })),
    };
    const result = sensitivity(packInput(large), { seed: 11, draws: 100 });
    for (const method of methods) {
      expect(result.scored[method]).toBeLessThan(150);
      expect(result.methods[method]).toEqual(recount(large, 11, 100, method));
    }
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
