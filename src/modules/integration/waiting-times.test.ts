// SPDX-License-Identifier: EUPL-1.2
/**
 * Acceptance: every waiting-time figure checked against dates worked out by hand (2016 is a leap
 * year: February has 29 days).
 */
import { describe, expect, it } from 'vitest';
import { daysBetween, distribution, median, overdueHouseholds, periodOf, summariseWaits, waitsOf, type HouseholdDates } from './waiting-times.ts';

/** Permit 15 Jan, housed 22 Apr, language from 2 May, work from 1 Sep 2016. */
const housed: HouseholdDates = {
  householdId: 'a',
  pseudonym: 'HH-AAAA-AAAA',
  permitDate: '2016-01-15',
  housedOn: '2016-04-22',
  tracks: [
    { kind: 'work', startedOn: '2016-09-01' },
    { kind: 'language', startedOn: '2016-05-02' },
    { kind: 'language', startedOn: '2016-08-01' },
  ],
};
/** Permit 20 Jun 2016, still in reception. */
const inReception: HouseholdDates = { householdId: 'b', pseudonym: 'HH-BBBB-BBBB', permitDate: '2016-06-20', housedOn: null, tracks: [] };
/** Housed 1 Jul 2016, no track yet; language started in reception on 1 Jun for the third. */
const waitingForLanguage: HouseholdDates = { householdId: 'c', pseudonym: 'HH-CCCC-CCCC', permitDate: '2016-03-01', housedOn: '2016-07-01', tracks: [] };
const startedEarly: HouseholdDates = {
  householdId: 'd',
  pseudonym: 'HH-DDDD-DDDD',
  permitDate: '2016-03-01',
  housedOn: '2016-07-01',
  tracks: [{ kind: 'language', startedOn: '2016-06-01' }],
};

describe('[INTEGRATION] waiting times with hand-worked dates', () => {
  it('counts calendar days across months and the leap day', () => {
    // 15 Jan → 31 Jan: 16; + 29 (Feb) = 45; + 31 (Mar) = 76; + 22 (Apr) = 98.
    expect(daysBetween('2016-01-15', '2016-04-22')).toBe(98);
    // 22 Apr → 30 Apr: 8; + 2 = 10.
    expect(daysBetween('2016-04-22', '2016-05-02')).toBe(10);
    // 22 Apr → 30 Apr: 8; May 31, Jun 30, Jul 31, Aug 31 → 131; + 1 = 132.
    expect(daysBetween('2016-04-22', '2016-09-01')).toBe(132);
    expect(daysBetween('2017-02-28', '2017-03-01')).toBe(1);
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
  });

  it('gives each indicator of a housed household, using the first start of a track', () => {
    expect(waitsOf(housed, '2016-12-31')).toEqual([
      { indicator: 'permit_to_housing', from: '2016-01-15', to: '2016-04-22', days: 98, ongoing: false },
      { indicator: 'housing_to_language', from: '2016-04-22', to: '2016-05-02', days: 10, ongoing: false },
      { indicator: 'housing_to_education_or_work', from: '2016-04-22', to: '2016-09-01', days: 132, ongoing: false },
    ]);
  });

  it('counts an ongoing wait up to the reference date, and nothing before the first date is known', () => {
    // 20 Jun → 30 Jun: 10; + 31 (Jul) + 31 (Aug) + 30 (Sep) = 102; + 1 = 103.
    expect(waitsOf(inReception, '2016-10-01')).toEqual([
      { indicator: 'permit_to_housing', from: '2016-06-20', to: null, days: 103, ongoing: true },
    ]);
    expect(waitsOf(inReception, '2016-06-01')).toEqual([]);
  });

  it('counts a language track that started in reception, before housing, as no wait', () => {
    expect(waitsOf(startedEarly, '2016-08-01').find((w) => w.indicator === 'housing_to_language')).toEqual({
      indicator: 'housing_to_language',
      from: '2016-07-01',
      to: '2016-06-01',
      days: 0,
      ongoing: false,
    });
  });

  it('takes the middle value, or the mean of the two middle values, as the median', () => {
    expect(median([98, 10, 40])).toBe(40);
    expect(median([10, 40, 98, 120])).toBe(69);
    expect(median([])).toBeNull();
  });

  it('puts waits in buckets of 4, 8, 13, 26 and 52 weeks', () => {
    expect(distribution([0, 27, 28, 55, 56, 90, 91, 181, 182, 364, 365, 1000])).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('names half-year periods like taakstelling', () => {
    expect(periodOf('2016-06-30')).toBe('2016-I');
    expect(periodOf('2016-07-01')).toBe('2016-II');
  });

  it('lists households past the threshold, longest wait first', () => {
    // On 1 Oct 2016 household c waits 92 days for language (1 Jul → 1 Oct: 31 + 31 + 30).
    const longer = { ...waitingForLanguage, householdId: 'e', pseudonym: 'HH-EEEE-EEEE', housedOn: '2016-06-01' }; // 122 days
    const list = overdueHouseholds([housed, waitingForLanguage, startedEarly, longer], 'housing_to_language', 70, '2016-10-01');
    expect(list).toEqual([
      { householdId: 'e', pseudonym: 'HH-EEEE-EEEE', indicator: 'housing_to_language', since: '2016-06-01', days: 122, thresholdDays: 70 },
      { householdId: 'c', pseudonym: 'HH-CCCC-CCCC', indicator: 'housing_to_language', since: '2016-07-01', days: 92, thresholdDays: 70 },
    ]);
    expect(overdueHouseholds([waitingForLanguage], 'housing_to_language', 92, '2016-10-01')).toEqual([]);
  });

  it('summarises completed waits per half year of the first date', () => {
    const summary = summariseWaits([housed, inReception, waitingForLanguage, startedEarly], '2016-10-01');
    expect(summary).toEqual([
      // Permits of 15 Jan (98 days), 1 Mar → 1 Jul (c and d: 122 days each: 31 Mar + 30 Apr + 31 May + 30 Jun).
      { period: '2016-I', indicator: 'permit_to_housing', households: 3, medianDays: 122, buckets: [0, 0, 0, 3, 0, 0] },
      { period: '2016-I', indicator: 'housing_to_language', households: 1, medianDays: 10, buckets: [1, 0, 0, 0, 0, 0] },
      { period: '2016-I', indicator: 'housing_to_education_or_work', households: 1, medianDays: 132, buckets: [0, 0, 0, 1, 0, 0] },
      { period: '2016-II', indicator: 'housing_to_language', households: 1, medianDays: 0, buckets: [1, 0, 0, 0, 0, 0] },
    ]);
  });
});
