// SPDX-License-Identifier: EUPL-1.2
/**
 * ACCEPTANCE (issue 7): two projects and one delay move a municipality's forecast exactly as
 * worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { computeForecast, totalCells, type ForecastProject } from './forecast.ts';
import { delayPhase, type PhaseDates } from './phases.ts';
import { personsForStatusHolders } from './persons.ts';
import { deliveriesOf, type Delivery } from './schedule.ts';

const periods = ['2026-I', '2026-II', '2027-I'];
const asOf = '2026-01-15';
const municipality = { code: 'GM9001', name: 'Voorbeeldgemeente (test)', provinceCode: 'PV99' };
// Corrected tasks (task + backlog − lead + transfers) and realised persons, invented for the test.
const corrected = new Map([
  ['2026-I', new Map([['GM9001', 40]])],
  ['2026-II', new Map([['GM9001', 30]])],
  ['2027-I', new Map([['GM9001', 35]])],
]);
const realised = new Map([['2026-I', new Map([['GM9001', 8]])]]);

// Project A: transformation of an office, 10 of its 20 homes for status holders, persons not
// stated: 10 homes × 2.2 persons per household (CBS) = 22 persons. Half delivered in 2026-I,
// half in 2026-II.
const phasesA: PhaseDates = { initiative: '2025-01-10', planning: '2025-03-01', permit: '2025-09-01', construction: '2025-11-01', delivered: '2026-05-15' };
const scheduleA: Delivery[] = [{ period: '2026-I', share: 50 }, { period: '2026-II', share: 50 }];
// Project B: new build, persons stated: 15, all delivered on 2026-10-01 (period 2026-II).
const phasesB: PhaseDates = { initiative: '2025-02-01', planning: null, permit: '2025-12-01', construction: '2026-01-05', delivered: '2026-10-01' };

function forecastOf(projects: ForecastProject[]) {
  const [row] = computeForecast({ periods, asOf, municipalities: [municipality], corrected, realised, projects });
  return row?.cells.map((c) => ({ period: c.period, expected: c.expected, projected: c.projected, gap: c.gap }));
}

describe('forecast against the taakstelling (acceptance)', () => {
  const personsA = personsForStatusHolders({
    homesStatusHolders: 10,
    statedPersons: null,
    householdSizeOverride: null,
    cbsHouseholdSize: { value: 2.2, source: 'CBS 85984NED, 1 January 2024' },
  });
  const personsB = personsForStatusHolders({ homesStatusHolders: 6, statedPersons: 15, householdSizeOverride: null, cbsHouseholdSize: null });

  it('derives the persons of project A from the CBS household size, showing the formula', () => {
    expect(personsA).toEqual({
      ok: true,
      persons: 22,
      basis: 'derived_cbs',
      formula: '10 homes × 2.2 persons per household (CBS 85984NED, 1 January 2024) = 22 → 22 persons',
    });
    expect(personsB).toMatchObject({ ok: true, persons: 15, basis: 'stated' });
  });

  it('two projects and one delay move the forecast exactly as worked out by hand', () => {
    const a = personsA.ok ? personsA.persons : 0;
    const b = personsB.ok ? personsB.persons : 0;
    const projectB: ForecastProject = { id: 'B', municipalityCode: 'GM9001', persons: b, deliveries: deliveriesOf(null, phasesB.delivered) };

    // Before the delay:
    //   2026-I : expected A 22 × 50% = 11;           projected 8 + 11 = 19; gap 40 − 19 = 21
    //   2026-II: expected A 11 + B 15 = 26;         projected 0 + 26 = 26; gap 30 − 26 = 4
    //   2027-I : expected 0;                         projected 0;           gap 35 − 0 = 35
    const before = forecastOf([{ id: 'A', municipalityCode: 'GM9001', persons: a, deliveries: deliveriesOf(scheduleA, phasesA.delivered) }, projectB]);
    expect(before).toEqual([
      { period: '2026-I', expected: 11, projected: 19, gap: 21 },
      { period: '2026-II', expected: 26, projected: 26, gap: 4 },
      { period: '2027-I', expected: 0, projected: 0, gap: 35 },
    ]);

    // The permit of A is 4 months late: permit 2025-09-01 → 2026-01-01, construction
    // 2025-11-01 → 2026-03-01, delivery 2026-05-15 → 2026-09-15 (period 2026-I → 2026-II, one
    // period later), so the schedule moves one period: 50% in 2026-II, 50% in 2027-I.
    const delayed = delayPhase(phasesA, scheduleA, 'permit', 4);
    expect(delayed.dates).toEqual({ ...phasesA, permit: '2026-01-01', construction: '2026-03-01', delivered: '2026-09-15' });
    expect(delayed.periodsMoved).toBe(1);

    // After the delay:
    //   2026-I : expected 0;                         projected 8 + 0 = 8;   gap 40 − 8 = 32
    //   2026-II: expected A 11 + B 15 = 26;         projected 26;          gap 30 − 26 = 4
    //   2027-I : expected A 11;                      projected 11;          gap 35 − 11 = 24
    const after = forecastOf([
      { id: 'A', municipalityCode: 'GM9001', persons: a, deliveries: deliveriesOf(delayed.schedule, delayed.dates.delivered) },
      projectB,
    ]);
    expect(after).toEqual([
      { period: '2026-I', expected: 0, projected: 8, gap: 32 },
      { period: '2026-II', expected: 26, projected: 26, gap: 4 },
      { period: '2027-I', expected: 11, projected: 11, gap: 24 },
    ]);
  });

  it('a delay of a project without a stated schedule moves its homes with the delivery date', () => {
    const delayed = delayPhase(phasesB, null, 'construction', 6);
    expect(delayed.dates.delivered).toBe('2027-04-01');
    expect(deliveriesOf(delayed.schedule, delayed.dates.delivered)).toEqual([{ period: '2027-I', share: 100 }]);
  });

  it('does not count deliveries in periods that ended before the as-of date (they are realised)', () => {
    const rows = computeForecast({
      periods: ['2025-II', '2026-I'],
      asOf,
      municipalities: [municipality],
      corrected: new Map(),
      realised: new Map(),
      projects: [{ id: 'C', municipalityCode: 'GM9001', persons: 10, deliveries: [{ period: '2025-II', share: 50 }, { period: '2026-I', share: 50 }] }],
    });
    expect(rows[0]?.cells.map((c) => [c.expected, c.gap])).toEqual([[0, null], [5, null]]);
  });

  it('sums a province and leaves its gap open when a municipality has no task', () => {
    const rows = computeForecast({
      periods: ['2026-I'],
      asOf,
      municipalities: [municipality, { code: 'GM9002', name: 'Buurgemeente (test)', provinceCode: 'PV99' }],
      corrected: new Map([['2026-I', new Map([['GM9001', 40], ['GM9002', 10]])]]),
      realised,
      projects: [{ id: 'D', municipalityCode: 'GM9002', persons: 13, deliveries: [{ period: '2026-I', share: 100 }] }],
    });
    const [total] = totalCells(rows, ['2026-I']);
    expect(total).toMatchObject({ corrected: 50, realised: 8, expected: 13, projected: 21, gap: 29 });
    expect(total?.formula).toBe('projected = realised 8 + expected 13 = 21; gap = corrected task 50 − 21 = 29');
    const withoutTask = computeForecast({
      periods: ['2026-I'],
      asOf,
      municipalities: [municipality, { code: 'GM9002', name: 'Buurgemeente (test)', provinceCode: 'PV99' }],
      corrected,
      realised,
      projects: [],
    });
    const [open] = totalCells(withoutTask, ['2026-I']);
    expect(open?.gap).toBeNull();
    expect(open?.formula).toBe('projected = realised 8 + expected 0 = 8; no corrected task known for this period, so no gap');
  });

  it('spells out each formula when the cell is serialised, the same as when read', () => {
    const [row] = computeForecast({ periods: ['2026-I'], asOf, municipalities: [municipality], corrected, realised, projects: [] });
    const cell = row?.cells[0];
    expect(JSON.parse(JSON.stringify(cell))).toEqual({
      period: '2026-I',
      corrected: 40,
      realised: 8,
      expected: 0,
      projected: 8,
      gap: 32,
      projects: 0,
      formula: 'projected = realised 8 + expected 0 = 8; gap = corrected task 40 − 8 = 32',
    });
    expect(cell?.formula).toBe('projected = realised 8 + expected 0 = 8; gap = corrected task 40 − 8 = 32');
  });
});
