// SPDX-License-Identifier: EUPL-1.2
/**
 * Suppression of the province's waiting-time aggregates, with hand-made counts: a group below 10
 * is hidden, and the smallest other municipality with it when the province total would otherwise
 * give the small group back by subtraction.
 */
import { describe, expect, it } from 'vitest';
import { suppressProvinceFigures, type GroupFigures } from './suppression.ts';

const group = (households: number, code = 'PV26', indicator: GroupFigures['indicator'] = 'permit_to_housing'): GroupFigures & { code: string } => ({
  code,
  period: '2016-I',
  indicator,
  households,
  medianDays: 40,
  buckets: [households, 0, 0, 0, 0, 0],
});
const total = (rows: { households: number }[]) => group(rows.reduce((sum, row) => sum + row.households, 0));
const shownOf = (result: ReturnType<typeof suppressProvinceFigures>) =>
  Object.fromEntries(result.municipalities.map((m) => [m.row.code, m.suppression ?? m.households]));

/** What a reader can compute: the province total minus every municipality shown. */
const difference = (result: ReturnType<typeof suppressProvinceFigures>): number | null => {
  const province = result.province[0]?.households;
  if (province === null || province === undefined) {
    return null;
  }
  return province - result.municipalities.reduce((sum, m) => sum + (m.households ?? 0), 0);
};

describe('[INTEGRATION] suppression of province waiting-time figures', () => {
  it('hides one small municipality and, with it, the smallest other one, so the difference covers 10 or more', () => {
    const municipalities = [group(25, 'GM0344'), group(12, 'GM0307'), group(3, 'GM0356')];
    const result = suppressProvinceFigures([total(municipalities)], municipalities);
    expect(shownOf(result)).toEqual({ GM0344: 25, GM0307: 'complementary', GM0356: 'small_group' });
    expect(result.province[0]).toMatchObject({ households: 40, suppressed: false });
    // 40 - 25 = 15: Amersfoort's 12 and Nieuwegein's 3 together, neither alone.
    expect(difference(result)).toBe(15);
    expect(result.municipalities.find((m) => m.row.code === 'GM0307')).toMatchObject({ medianDays: null, buckets: null, suppressed: true });
  });

  it('needs no second municipality when the small ones already hold 10 or more together', () => {
    const municipalities = [group(30, 'GM0344'), group(6, 'GM0307'), group(5, 'GM0356')];
    const result = suppressProvinceFigures([total(municipalities)], municipalities);
    expect(shownOf(result)).toEqual({ GM0344: 30, GM0307: 'small_group', GM0356: 'small_group' });
    expect(difference(result)).toBe(11);
  });

  it('adds municipalities until the small ones are covered, smallest first, and leaves the others', () => {
    const municipalities = [group(10, 'GM0344'), group(10, 'GM0307'), group(40, 'GM0356'), group(1, 'GM0345')];
    const result = suppressProvinceFigures([total(municipalities)], municipalities);
    // Both of 10 are the smallest; the tie goes by code: GM0307 first. 1 + 10 = 11 is enough.
    expect(shownOf(result)).toEqual({ GM0344: 10, GM0307: 'complementary', GM0356: 40, GM0345: 'small_group' });
    expect(difference(result)).toBe(11);
  });

  it('suppresses nothing extra when no group is small, and hides a small province total itself', () => {
    const big = [group(10, 'GM0344'), group(11, 'GM0307')];
    expect(shownOf(suppressProvinceFigures([total(big)], big))).toEqual({ GM0344: 10, GM0307: 11 });
    const small = [group(4, 'GM0344'), group(3, 'GM0307')];
    const result = suppressProvinceFigures([total(small)], small);
    expect(result.province[0]).toMatchObject({ households: null, suppressed: true, suppression: 'small_group' });
    expect(shownOf(result)).toEqual({ GM0344: 'small_group', GM0307: 'small_group' });
  });

  it('treats each half year and indicator on its own', () => {
    const language = (households: number, code: string) => group(households, code, 'housing_to_language');
    const municipalities = [group(20, 'GM0344'), group(15, 'GM0307'), language(20, 'GM0344'), language(2, 'GM0307')];
    const result = suppressProvinceFigures([total(municipalities.slice(0, 2)), { ...total(municipalities.slice(2)), indicator: 'housing_to_language' }], municipalities);
    expect(result.municipalities.map((m) => [m.row.code, m.indicator, m.suppression])).toEqual([
      ['GM0344', 'permit_to_housing', null],
      ['GM0307', 'permit_to_housing', null],
      ['GM0344', 'housing_to_language', 'complementary'],
      ['GM0307', 'housing_to_language', 'small_group'],
    ]);
  });
});
