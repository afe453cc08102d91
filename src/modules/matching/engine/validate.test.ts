// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { parseInstanceJson } from './parse-json.ts';
import { invalidCases, solveCases } from './testcases.ts';
import { validateInstance } from './validate.ts';

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

describe('[MATCHING] validateInstance', () => {
  it.each(invalidCases)('rejects $name with a message naming the field', ({ input, error }) => {
    const outcome = validateInstance(input);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.errors.join('\n')).toMatch(error);
  });

  it.each(solveCases)('accepts $name', ({ instance }) => {
    expect(validateInstance(instance).ok).toBe(true);
  });

  it('marks null scores and every pair but the fixed one as not allowed', () => {
    const outcome = validateInstance(solveCases[0]?.instance);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(Array.from(outcome.instance.scores)).toEqual([0.41, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.35]);
      expect(Array.from(outcome.instance.fixed)).toEqual([-1, 1]);
    }
  });

  it('lists every problem, up to twenty, then counts the rest', () => {
    const households = Array.from({ length: 30 }, (_, h) => ({ id: `H${h}`, size: 0, scores: [] }));
    const outcome = validateInstance({ municipalities: [], households });
    expect(outcome.ok ? [] : outcome.errors).toHaveLength(21);
    expect(outcome.ok ? '' : outcome.errors[20]).toBe('… and 10 more problems');
  });

  it('gives the same verdict on text read by parseInstanceJson (typed score rows)', () => {
    for (const { input } of invalidCases.filter(({ name }) => !/NaN|Infinity/.test(name))) {
      const direct = validateInstance(input);
      const parsed = validateInstance(parseInstanceJson(encode(input)));
      expect(parsed).toEqual(direct);
    }
    for (const { instance } of solveCases) {
      expect(validateInstance(parseInstanceJson(encode(instance)))).toEqual(validateInstance(instance));
    }
  });
});
