// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributeReceptionTarget } from './reception-distribution.ts';

describe('[TAAKSTELLING] reception targets by population share × factor', () => {
  it('sums exactly to the target for random populations and factors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.record({ population: fc.integer({ min: 1, max: 1_000_000 }), factor: fc.integer({ min: 1, max: 3000 }) }), { minLength: 1, maxLength: 40 }),
        (total, raw) => {
          const members = raw.map((m, i) => ({ code: `GM${String(i).padStart(4, '0')}`, population: m.population, factor: m.factor / 1000 }));
          const shares = distributeReceptionTarget({ total, members });
          expect(shares.reduce((sum, s) => sum + s.target, 0)).toBe(total);
        },
      ),
    );
  });

  it('works a small case out by hand and shows the factor in the formula', () => {
    // Weights: 100 × 1 = 100, 300 × 0.5 = 150, total 250. 10 × 100/250 = 4, 10 × 150/250 = 6.
    const shares = distributeReceptionTarget({
      total: 10,
      members: [
        { code: 'GM0001', population: 100, factor: 1 },
        { code: 'GM0002', population: 300, factor: 0.5 },
      ],
    });
    expect(shares.map((s) => [s.code, s.target])).toEqual([
      ['GM0001', 4],
      ['GM0002', 6],
    ]);
    expect(shares[1]?.formula).toBe('10 × 300 × 0.5 / 250 = 6.00 → 6');
  });

  it('refuses a factor with more than three decimals or out of range', () => {
    for (const factor of [0.0001, -1, 11, Number.NaN]) {
      expect(() => distributeReceptionTarget({ total: 5, members: [{ code: 'GM0001', population: 10, factor }] })).toThrow(/factor/);
    }
  });
});
