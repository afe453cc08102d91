// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, colourOf, legendClasses, roundSignificant } from './choropleth.ts';

describe('roundSignificant', () => {
  it.each([
    [19873, 20000],
    [6123, 6100],
    [374238, 370000],
    [0, 0],
  ])('rounds %d to %d', (value, expected) => {
    expect(roundSignificant(value)).toBe(expected);
  });
});

describe('classBreaks and classOf', () => {
  const values = [5000, 10000, 15000, 20000, 30000, 40000, 50000, 80000, 150000, 370000];

  it('gives increasing breaks that split the values into similar groups', () => {
    const breaks = classBreaks(values, 5);
    expect(breaks).toEqual([15000, 30000, 50000, 150000]);
    const counts = [0, 0, 0, 0, 0];
    for (const value of values) {
      const index = classOf(value, breaks);
      counts[index ?? 0] = (counts[index ?? 0] ?? 0) + 1;
    }
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('puts the largest value in the top class and a missing figure in none', () => {
    const breaks = classBreaks(values, 5);
    expect(classOf(374238, breaks)).toBe(4);
    expect(classOf(null, breaks)).toBeNull();
  });

  it('does not repeat a break when many values are equal', () => {
    const breaks = classBreaks([100, 100, 100, 100, 100, 100, 5000], 5);
    expect(new Set(breaks).size).toBe(breaks.length);
    expect(breaks.every((value, index) => index === 0 || value > (breaks[index - 1] ?? 0))).toBe(true);
  });
});

describe('legendClasses', () => {
  it('has open ends and uses the full palette from light to dark', () => {
    const legend = legendClasses([10000, 50000]);
    expect(legend.map(({ from, to }) => [from, to])).toEqual([
      [null, 10000],
      [10000, 50000],
      [50000, null],
    ]);
    expect(legend[0]?.colour).toBe(colourOf(0, 5));
    expect(legend[2]?.colour).toBe(colourOf(4, 5));
  });
});
