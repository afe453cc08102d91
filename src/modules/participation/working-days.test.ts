// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { addWorkingDays, dutchDateOf, dutchPublicHolidays, easterSunday, isWorkingDay, workingDaysBetween } from './working-days.ts';

describe('[PARTICIPATION] Dutch working days', () => {
  it.each([
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the holidays of the Algemene termijnenwet for 2025', () => {
    expect(dutchPublicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
      { date: '2025-04-21', name: 'Tweede Paasdag' },
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' },
      { date: '2025-06-09', name: 'Tweede Pinksterdag' },
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
      { date: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it.each([
    { name: 'Koningsdag on a Sunday moves to Saturday 26 April (2025)', date: '2025-04-26', working: false },
    { name: 'Koningsdag 2024 on Saturday 27 April', date: '2024-04-27', working: false },
    { name: 'Koninginnedag 2013 on 30 April', date: '2013-04-30', working: false },
    { name: 'Goede Vrijdag is a working day (2025-04-18)', date: '2025-04-18', working: true },
    { name: 'Bevrijdingsdag 2026 (a Tuesday)', date: '2026-05-05', working: false },
    { name: 'an ordinary Wednesday', date: '2026-11-25', working: true },
    { name: 'a Saturday', date: '2026-11-28', working: false },
  ])('$name', ({ date, working }) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it.each([
    { name: 'a Monday plus 5 is the next Monday', from: '2026-11-23', days: 5, due: '2026-11-30' },
    { name: 'a Friday plus 5 is the next Friday', from: '2026-11-27', days: 5, due: '2026-12-04' },
    { name: 'Christmas week skips both Kerstdagen', from: '2025-12-22', days: 5, due: '2025-12-31' },
    { name: 'Easter 2025: Thursday before, skipping Easter Monday', from: '2025-04-17', days: 5, due: '2025-04-25' },
    { name: 'a Saturday receipt counts from Monday', from: '2026-11-28', days: 5, due: '2026-12-04' },
  ])('$name', ({ from, days, due }) => {
    expect(addWorkingDays(from, days)).toBe(due);
    expect(workingDaysBetween(from, due)).toBe(days);
  });

  it('counts 0 working days for an answer on the day of receipt', () => {
    expect(workingDaysBetween('2026-11-25', '2026-11-25')).toBe(0);
  });

  it('takes the Dutch calendar date of a moment', () => {
    expect(dutchDateOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dutchDateOf(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});
