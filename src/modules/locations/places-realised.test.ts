// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { costPerPlacePerYear } from './cost-per-place.ts';
import { seriesDates } from './places-realised.ts';

describe('[LOCATIONS] series dates and cost per place', () => {
  it.each([
    ['month', '2016-01-15', '2016-04-10', ['2016-01-15', '2016-02-01', '2016-03-01', '2016-04-01', '2016-04-10']],
    ['quarter', '2016-02-15', '2016-12-31', ['2016-02-15', '2016-04-01', '2016-07-01', '2016-10-01', '2016-12-31']],
    ['week', '2016-01-01', '2016-01-20', ['2016-01-01', '2016-01-08', '2016-01-15', '2016-01-20']],
    ['month', '2016-03-01', '2016-03-01', ['2016-03-01']],
  ] as const)('steps by %s from %s to %s', (interval, from, to, expected) => {
    expect(seriesDates(from, to, interval)).toEqual(expected);
  });

  it('computes the cost per place per year with its formula, or says why not', () => {
    const base = { capacity: 200, oneOffCostEur: null, yearlyCostEur: null, plannedFrom: null, plannedUntil: null };
    expect(costPerPlacePerYear(base)).toEqual({ eur: null, reason: 'no costs entered' });
    expect(costPerPlacePerYear({ ...base, yearlyCostEur: 5_420_000 })).toEqual({ eur: 27_100, formula: '5,420,000 / 200 places' });
    // 2016-01-01 .. 2017-12-31 inclusive = 731 days = 2.00 years of 365.25 days.
    const spread = costPerPlacePerYear({ ...base, yearlyCostEur: 1_000_000, oneOffCostEur: 2_000_000, plannedFrom: '2016-01-01', plannedUntil: '2017-12-31' });
    expect(spread.eur).toBeCloseTo((1_000_000 + 2_000_000 / (731 / 365.25)) / 200, 9);
    expect(costPerPlacePerYear({ ...base, oneOffCostEur: 2_000_000 })).toEqual({ eur: null, reason: 'a one-off cost needs the planned period to be spread over' });
  });
});
