// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Project } from '../api/housing-api.ts';
import { homesPerPeriod } from './homes-per-period.ts';

const project = (overrides: Partial<Project>): Project =>
  ({
    homesTotal: 20,
    homes: { statusHolders: 10, students: 6, starters: 4, other: 0 },
    homesPerBand: { social: 16, mid: 4, free: 0 },
    deliveries: [{ period: '2027-I', share: 50, persons: 11 }, { period: '2027-II', share: 50, persons: 11 }],
    ...overrides,
  }) as Project;

describe('homes per half year', () => {
  it('splits each project by its delivery shares and adds projects up per period', () => {
    const rows = homesPerPeriod([project({}), project({ deliveries: [{ period: '2027-I', share: 100, persons: 5 }] })]);
    expect(rows).toEqual([
      { period: '2027-I', total: 30, statusHolders: 15, students: 9, starters: 6, other: 0, social: 24, mid: 6, free: 0 },
      { period: '2027-II', total: 10, statusHolders: 5, students: 3, starters: 2, other: 0, social: 8, mid: 2, free: 0 },
    ]);
  });
});
