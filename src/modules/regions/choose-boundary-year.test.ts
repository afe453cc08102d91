// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { chooseBoundaryYear } from './choose-boundary-year.ts';

describe('chooseBoundaryYear', () => {
  const cases: [string, Parameters<typeof chooseBoundaryYear>[0], number | undefined][] = [
    ['unchanged municipality, later year: nearest vintage', { year: 2025, available: [2016, 2023], changeDates: [] }, 2023],
    ['unchanged municipality, 2018: 2016 is nearer', { year: 2018, available: [2016, 2023], changeDates: [] }, 2016],
    ['tie goes to the later vintage', { year: 2019, available: [2015, 2023], changeDates: [] }, 2023],
    ['absorbed a neighbour in 2019: 2016 no longer fits 2020', { year: 2020, available: [2016, 2023], changeDates: ['2019-01-01'] }, 2023],
    ['absorbed a neighbour in 2019: 2023 does not fit 2018', { year: 2018, available: [2016, 2023], changeDates: ['2019-01-01'] }, 2016],
    ['new in 2019, only a 2023 boundary', { year: 2019, available: [2023], changeDates: ['2019-01-01'] }, 2023],
    ['changed in 2018 and 2021: nothing fits 2019', { year: 2019, available: [2016, 2023], changeDates: ['2018-01-01', '2021-01-01'] }, undefined],
    ['a change during the year counts from its date (Weesp joined Amsterdam on 2022-03-24)', { year: 2022, available: [2016, 2023], changeDates: ['2022-03-24'] }, 2016],
    ['no boundary at all', { year: 2024, available: [], changeDates: [] }, undefined],
  ];
  it.each(cases)('%s', (_title, options, expected) => {
    expect(chooseBoundaryYear(options)).toBe(expected);
  });
});
