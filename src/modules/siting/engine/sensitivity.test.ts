// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.ts';
import { rank } from './rank.ts';
import { sensitivity } from './sensitivity.ts';
import { handWorked } from './testcases.ts';
import { packInput } from './validate.ts';
import type { RankInput } from './types.ts';

describe('[SITING] sensitivity', () => {
  it('counts against an independent re-ranking of the same seeded draws', () => {
    const packed = packInput(handWorked.input);
    const result = sensitivity(packed, { seed: 20160308, draws: 200 });
    // The same draws by hand: factor_j = 0.8 + 0.4·u, weights renormalised, full ranking per draw.
    const random = mulberry32(20160308);
    const first = new Map<string, number>();
    for (let d = 0; d < 200; d++) {
      const factors = handWorked.input.criteria.map(() => 0.8 + 0.4 * random());
      const input: RankInput = {
        criteria: handWorked.input.criteria.map((c, j) => ({ ...c, weight: (c.weight / 10) * (factors[j] as number) })),
        candidates: handWorked.input.candidates,
      };
      const winner = rank(input, 'topsis')[0]?.id as string;
      first.set(winner, (first.get(winner) ?? 0) + 1);
    }
    expect(result.methods.topsis.map((c) => [c.id, c.first])).toEqual(['A', 'B', 'C'].map((id) => [id, first.get(id) ?? 0]));
    expect(result).toMatchObject({ seed: 20160308, draws: 200, low: 0.8, high: 1.2 });
  });

  it('keeps a clear winner first in every draw (±20 % cannot overturn A in the hand-worked example)', () => {
    const result = sensitivity(packInput(handWorked.input), { seed: 1 });
    expect(result.draws).toBe(1000);
    expect(result.methods['weighted-sum'].find((c) => c.id === 'A')).toEqual({ id: 'A', first: 1000, topThree: 1000 });
  });

  it('splits a near tie between two candidates', () => {
    const input: RankInput = {
      criteria: [
        { id: 'x', weight: 1, direction: 'benefit' },
        { id: 'y', weight: 1, direction: 'benefit' },
      ],
      candidates: [
        { id: 'P', values: { x: 1, y: 0 } },
        { id: 'Q', values: { x: 0, y: 1 } },
      ],
    };
    const counts = sensitivity(packInput(input), { seed: 42 }).methods['weighted-sum'];
    const [p, q] = counts.map((c) => c.first);
    expect((p as number) + (q as number)).toBe(1000);
    expect(p).toBeGreaterThan(400);
    expect(q).toBeGreaterThan(400);
  });
});
