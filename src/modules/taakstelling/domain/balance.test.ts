// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { computeBalances, type PerPeriod } from './balance.ts';
import { parsePeriod } from './period.ts';

const periods = ['2024-I', '2024-II', '2025-I'].map((p) => parsePeriod(p));
const perPeriod = (rows: Record<string, Record<string, number>>): PerPeriod =>
  new Map(Object.entries(rows).map(([period, byCode]) => [period, new Map(Object.entries(byCode))]));

describe('[TAAKSTELLING] carry-over over three periods (worked out by hand)', () => {
  // GM0001: opening backlog 2.
  //   2024-I : task 10 + backlog 2            = corrected 12; realised  9 → closing  3 (backlog)
  //   2024-II: task  8 + backlog 3            = corrected 11; realised 15 → closing −4 (lead)
  //   2025-I : task  6 − lead 4               = corrected  2; realised  2 → closing  0
  // GM0002 merges into GM0003 on 2025-01-01:
  //   GM0002 2024-II closing 5, GM0003 2024-II closing 1 → GM0003 2025-I carries in 6.
  const balances = computeBalances({
    periods,
    tasks: perPeriod({
      '2024-I': { GM0001: 10, GM0002: 4, GM0003: 4 },
      '2024-II': { GM0001: 8, GM0002: 5, GM0003: 3 },
      '2025-I': { GM0001: 6, GM0003: 7 },
    }),
    realised: perPeriod({
      '2024-I': { GM0001: 9, GM0002: 4, GM0003: 4 },
      '2024-II': { GM0001: 15, GM0003: 2 },
      '2025-I': { GM0001: 2, GM0003: 4 },
    }),
    openingBalance: new Map([['GM0001', 2]]),
    successions: [{ predecessor: 'GM0002', successor: 'GM0003', effectiveDate: '2025-01-01' }],
    asOf: '2025-12-31',
  });
  const row = (period: string, code: string) => balances.find((b) => b.period === period && b.code === code);

  it('carries a backlog in full', () => {
    expect(row('2024-I', 'GM0001')).toMatchObject({ task: 10, backlog: 2, lead: 0, corrected: 12, realised: 9, closing: 3 });
    expect(row('2024-II', 'GM0001')).toMatchObject({ task: 8, backlog: 3, lead: 0, corrected: 11, realised: 15, closing: -4 });
  });

  it('carries a lead in full and lowers the next corrected task', () => {
    expect(row('2025-I', 'GM0001')).toMatchObject({ task: 6, backlog: 0, lead: 4, corrected: 2, realised: 2, closing: 0 });
    expect(row('2025-I', 'GM0001')?.percentage).toBe(100);
  });

  it('lets the backlog follow a merged municipality into its successor', () => {
    expect(row('2024-II', 'GM0002')).toMatchObject({ corrected: 5, realised: 0, closing: 5 });
    expect(row('2025-I', 'GM0002')).toBeUndefined();
    expect(row('2025-I', 'GM0003')).toMatchObject({ task: 7, carriedIn: 6, corrected: 13, realised: 4, closing: 9 });
  });

  it('draws the on-track line at one sixth per month and forecasts linearly', () => {
    const [mid] = computeBalances({
      periods: [parsePeriod('2024-I')],
      tasks: perPeriod({ '2024-I': { GM0001: 60 } }),
      realised: perPeriod({ '2024-I': { GM0001: 20 } }),
      asOf: '2024-03-31',
    });
    expect(mid?.onTrack).toBeCloseTo(30, 0);
    expect(mid?.forecast).toBe(40);
  });
});
