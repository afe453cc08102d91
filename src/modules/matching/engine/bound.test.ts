// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundFromBestValues, lagrangianBound, relativeGap } from './bound.ts';
import { buildInterest } from './interest.ts';
import { validateInstance } from './validate.ts';

describe('[MATCHING] Lagrangian bound', () => {
  it('gives the same value from the score matrix and from the best reduced values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((m) =>
          fc.record({
            capacities: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: m, maxLength: m }),
            prices: fc.array(fc.double({ min: 0, max: 0.5, noNaN: true }), { minLength: m, maxLength: m }),
            rows: fc.array(fc.record({ size: fc.integer({ min: 1, max: 5 }), scores: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), { minLength: m, maxLength: m }) }), { maxLength: 20 }),
          }),
        ),
        ({ capacities, prices, rows }) => {
          const outcome = validateInstance({
            municipalities: capacities.map((capacity, d) => ({ code: `GM${d}`, capacity })),
            households: rows.map((row, h) => ({ id: `H${h}`, ...row })),
          });
          if (!outcome.ok) {
            throw new Error(outcome.errors.join());
          }
          const p = Float64Array.from(prices);
          const direct = lagrangianBound(outcome.instance, p);
          const fromBest = boundFromBestValues(outcome.instance, p, buildInterest(outcome.instance, p, 3).bestValue);
          expect(fromBest).toBeCloseTo(direct, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('computes the relative gap, 0 for a bound of 0', () => {
    expect(relativeGap(10, 9)).toBeCloseTo(0.1, 12);
    expect(relativeGap(0, 0)).toBe(0);
  });
});
