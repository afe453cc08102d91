// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultPeriod, formatPercentage, ladderNeighbours, percentageClass, periodStart, sparklineSegments } from './taakstelling-format.ts';

describe('[TAAKSTELLING] format helpers', () => {
  it.each([
    [null, null],
    [0, 0],
    [24.9, 0],
    [25, 1],
    [74.9, 2],
    [99.9, 3],
    [100, 4],
    [180, 4],
  ])('puts %s%% in class %s', (value, expected) => {
    expect(percentageClass(value)).toBe(expected);
  });

  it('writes percentages with one decimal in the language', () => {
    expect(formatPercentage(52.25, 'nl')).toBe('52,3%');
    expect(formatPercentage(52.25, 'en')).toBe('52.3%');
    expect(formatPercentage(100, 'nl')).toBe('100%');
  });

  it('finds the first day of a period', () => {
    expect(periodStart('2024-I')).toBe('2024-01-01');
    expect(periodStart('2024-II')).toBe('2024-07-01');
  });

  it('opens the latest started period, or the first one when none has started', () => {
    const periods = ['2023-II', '2024-I', '2023-I', '2025-I'];
    expect(defaultPeriod(periods, '2024-06-30')).toBe('2024-I');
    expect(defaultPeriod(periods, '2024-07-01')).toBe('2024-I');
    expect(defaultPeriod(periods, '2025-01-01')).toBe('2025-I');
    expect(defaultPeriod(periods, '2020-01-01')).toBe('2023-I');
    expect(defaultPeriod([], '2020-01-01')).toBeNull();
  });

  it('gives the neighbouring steps of the ladder', () => {
    expect(ladderNeighbours('op_koers')).toEqual({ up: 'signaal', down: null });
    expect(ladderNeighbours('signaal')).toEqual({ up: 'bestuurlijk_gesprek', down: 'op_koers' });
    expect(ladderNeighbours('uitvoering_indeplaatsstelling')).toEqual({ up: null, down: 'besluit_indeplaatsstelling' });
  });

  it('draws a sparkline that breaks where a period has no figure', () => {
    const trend = [
      { period: '2023-I', percentage: 0 },
      { period: '2023-II', percentage: 50 },
      { period: '2024-I', percentage: null },
      { period: '2024-II', percentage: 100 },
    ];
    // x steps of 60 / 3 = 20; y = 20 − percentage / 100 × 20.
    expect(sparklineSegments(trend, 60, 20)).toEqual(['0,20 20,10', '60,0']);
    expect(sparklineSegments([{ period: '2024-I', percentage: 200 }], 60, 20)).toEqual(['0,0']);
  });
});
