// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { sizePreference } from './curves.ts';
import { presentRanking, rank } from './rank.ts';
import { badInputs, handWorked, ruleCases } from './testcases.ts';
import { methods, type RankInput } from './types.ts';
import { validateRankInput } from './validate.ts';

const valid = (raw: unknown): RankInput => {
  const outcome = validateRankInput(raw);
  if (!outcome.ok) {
    throw new Error(outcome.errors.join('\n'));
  }
  return outcome.input;
};

describe('[SITING] ranking engine', () => {
  describe.each(methods)('%s', (method) => {
    it.each([handWorked, ...ruleCases])('$name', ({ input, expected }) => {
      const { ranking } = presentRanking(rank(valid(input), method));
      expect(ranking.map((r) => [r.id, r.rank])).toEqual(expected[method].map((r) => [r.id, r.rank]));
      ranking.forEach((line, i) => expect(line.score).toBeCloseTo(expected[method][i]?.score as number, 6));
    });
  });

  it('explains the hand-worked weighted sum per criterion (the contributions add up to the score)', () => {
    const [a, b] = rank(valid(handWorked.input), 'weighted-sum');
    expect(a?.contributions.map((c) => [c.criterionId, c.weight, c.normalised])).toEqual([
      ['cost', 0.5, 1],
      ['density', 0.3, 1],
      ['support', 0.2, 0],
    ]);
    expect(b?.contributions.map((c) => c.contribution)).toEqual([0.5 * (8 / 9), 0, 0.2]);
    for (const scored of rank(valid(handWorked.input), 'topsis')) {
      const sum = scored.contributions.reduce((total, c) => total + c.contribution, 0);
      expect(sum).toBeCloseTo(scored.score, 9);
    }
  });

  it('splits the hand-worked TOPSIS distances per criterion: A is 1/15 from the ideal, all of it support', () => {
    const [a] = rank(valid(handWorked.input), 'topsis');
    const toIdeal = a?.contributions.map((c) => c.toIdeal ?? Number.NaN) ?? [];
    expect(toIdeal[0]).toBeCloseTo(0, 12);
    expect(toIdeal[1]).toBeCloseTo(0, 12);
    expect(Math.sqrt(toIdeal[2] as number)).toBeCloseTo(1 / 15, 12);
  });

  it.each(badInputs)('refuses $name and says where', ({ raw, message }) => {
    const outcome = validateRankInput(raw);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.errors.join('\n')).toMatch(message);
  });

  it('scores size 1 up to 500 places and 500/capacity above (documented curve)', () => {
    expect([1, 250, 500, 501, 1000, 2500].map(sizePreference)).toEqual([1, 1, 1, 500 / 501, 0.5, 0.2]);
    expect(() => sizePreference(0)).toThrow(RangeError);
  });
});
