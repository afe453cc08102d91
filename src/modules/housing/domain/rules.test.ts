// SPDX-License-Identifier: EUPL-1.2
/** Bad input of a housing project (issue 7): each refused with its field and reason. */
import { describe, expect, it } from 'vitest';
import { checkProject, mixedGroups, type ProjectFacts } from './project.ts';
import { personsForStatusHolders } from './persons.ts';
import { bandOf, limitsFor, type RentLimitRow, type RentLimits } from './rent-band.ts';
import { splitByShare } from './schedule.ts';

// The shipped liberalisatiegrens rows (data/reference/liberalisatiegrens_huur.csv) with the
// mid-rent upper limit of the 2016 advice.
const table: RentLimitRow[] = [
  { year: 2016, liberalisationLimit: 710.68, midRentMax: 1000, source: 'rsptaxaties.nl' },
  { year: 2019, liberalisationLimit: 720.42, midRentMax: 1000, source: 'rsptaxaties.nl' },
  { year: 2022, liberalisationLimit: 763.47, midRentMax: 1000, source: 'stadhuis.nl' },
];
const limits2026 = limitsFor(2026, table);

const valid: ProjectFacts = {
  kind: 'transformation',
  endDate: null,
  homesTotal: 20,
  homes: { statusHolders: 8, students: 6, starters: 4, other: 2 },
  rentLines: [{ band: 'social', homes: 14, rentEur: 650 }, { band: 'mid', homes: 6, rentEur: 900 }],
  phases: { initiative: '2025-01-01', planning: null, permit: '2025-06-01', construction: null, delivered: '2026-03-01' },
  schedule: null,
};

describe('rent bands', () => {
  it('uses the year itself, or the latest earlier year with a source (flagged by limitYear)', () => {
    expect(limitsFor(2019, table)).toMatchObject({ liberalisationLimit: 720.42, limitYear: 2019 });
    expect(limits2026).toMatchObject({ year: 2026, liberalisationLimit: 763.47, limitYear: 2022 });
    expect(limitsFor(2015, table)).toBeNull();
  });

  it.each([
    [763.47, 'social'],
    [763.48, 'mid'],
    [1000, 'mid'],
    [1000.01, 'free'],
  ] as const)('puts EUR %s in exactly one band: %s', (rent, band) => {
    expect(bandOf(rent, limits2026 as RentLimits)).toBe(band);
  });
});

describe('project rules', () => {
  it('accepts a valid project', () => {
    expect(checkProject(valid, limits2026)).toBeNull();
  });

  it.each<[string, Partial<ProjectFacts>, string]>([
    ['a temporary project without an end date', { kind: 'temporary' }, 'endDate'],
    ['homes per group not adding up', { homes: { statusHolders: 8, students: 6, starters: 4, other: 1 } }, 'homes'],
    ['homes per band not adding up', { rentLines: [{ band: 'social', homes: 14, rentEur: 650 }] }, 'rentLines'],
    ['a social rent above the liberalisatiegrens', { rentLines: [{ band: 'social', homes: 20, rentEur: 800 }] }, 'rentLines.0.rentEur'],
    ['a mid-rent above the upper limit', { rentLines: [{ band: 'social', homes: 10, rentEur: 700 }, { band: 'mid', homes: 10, rentEur: 1100 }] }, 'rentLines.1.rentEur'],
    ['delivery before the permit', { phases: { ...valid.phases, delivered: '2025-05-01' } }, 'phases.delivered'],
    ['shares not adding up to 100', { schedule: [{ period: '2026-I', share: 60 }] }, 'schedule'],
    ['a share before the permit', { schedule: [{ period: '2024-II', share: 100 }] }, 'schedule.0.period'],
  ])('refuses %s', (_label, change, field) => {
    expect(checkProject({ ...valid, ...change }, limits2026)?.field).toBe(field);
  });

  it('names the reason', () => {
    expect(checkProject({ ...valid, rentLines: [{ band: 'social', homes: 20, rentEur: 800 }] }, limits2026)?.reason).toContain('falls in mid');
  });
});

describe('persons and shares', () => {
  it('requires persons or a household size when the CBS figure is missing', () => {
    expect(personsForStatusHolders({ homesStatusHolders: 4, statedPersons: null, householdSizeOverride: null, cbsHouseholdSize: null }).ok).toBe(false);
    expect(personsForStatusHolders({ homesStatusHolders: 4, statedPersons: null, householdSizeOverride: 3.5, cbsHouseholdSize: null })).toMatchObject({ persons: 14, basis: 'derived_entered' });
  });

  it('splits persons over periods in whole persons that add up', () => {
    expect(splitByShare(7, [{ period: '2026-I', share: 50 }, { period: '2026-II', share: 50 }])).toEqual([
      { period: '2026-I', persons: 4 },
      { period: '2026-II', persons: 3 },
    ]);
  });

  it('shows how much of a project is not only for status holders', () => {
    expect(mixedGroups(20, 8)).toEqual({ otherHomes: 12, share: 60, mixed: true });
    expect(mixedGroups(5, 5)).toEqual({ otherHomes: 0, share: 0, mixed: false });
  });
});
