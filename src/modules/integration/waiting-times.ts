// SPDX-License-Identifier: EUPL-1.2
/**
 * Waiting times (pure: dates in, figures out). Long waits harm integration (WRR, "Geen tijd
 * verliezen", 2015), so three intervals are measured per household:
 * - permit_to_housing: permit date → housing date;
 * - housing_to_language: housing date → first start of a language track;
 * - housing_to_education_or_work: housing date → first start of an education or work track.
 * A wait is completed when both dates are known, else ongoing up to `asOf`. A track that started
 * before housing (in reception) counts as no wait (0 days). The SQL view `integration_waits`
 * computes the same completed waits; the integration test checks that both agree.
 */
import type { TrackKind, WaitingIndicator } from '../../db/schema/integration.ts';
import { formatPeriod, periodOfDate } from '../taakstelling/domain/period.ts';

export const waitingIndicators: readonly WaitingIndicator[] = ['permit_to_housing', 'housing_to_language', 'housing_to_education_or_work'];

/** Distribution buckets in days, [lower, upper): ≤ 4 weeks, 4-8, 8-13, 13-26, 26-52, > 52 weeks. */
export const bucketBounds: readonly (readonly [number, number | null])[] = [
  [0, 28],
  [28, 56],
  [56, 91],
  [91, 182],
  [182, 365],
  [365, null],
];

/** No aggregate is shown for fewer households than this (small numbers single people out). */
export const minimumGroupSize = 10;

export type HouseholdDates = {
  householdId: string;
  pseudonym: string;
  permitDate: string | null;
  housedOn: string | null;
  tracks: readonly { kind: TrackKind; startedOn: string }[];
};

export type Wait = { indicator: WaitingIndicator; from: string; to: string | null; days: number; ongoing: boolean };

const dayMs = 86_400_000;

/** Whole days from `from` to `to` (calendar dates YYYY-MM-DD, no time zones involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The half year of a date, written like taakstelling periods: "2016-I" or "2016-II". */
export function periodOf(date: string): string {
  return formatPeriod(periodOfDate(date));
}

const firstStart = (tracks: HouseholdDates['tracks'], kinds: readonly TrackKind[]): string | null =>
  tracks
    .filter((track) => kinds.includes(track.kind))
    .map((track) => track.startedOn)
    .sort()[0] ?? null;

function waitBetween(indicator: WaitingIndicator, from: string | null, to: string | null, asOf: string): Wait | undefined {
  if (from === null) {
    return undefined;
  }
  if (to !== null) {
    return { indicator, from, to, days: Math.max(0, daysBetween(from, to)), ongoing: false };
  }
  if (asOf < from) {
    return undefined;
  }
  return { indicator, from, to: null, days: daysBetween(from, asOf), ongoing: true };
}

/** The waits of one household on `asOf` (only those whose first date is known). */
export function waitsOf(household: HouseholdDates, asOf: string): Wait[] {
  const candidates = [
    waitBetween('permit_to_housing', household.permitDate, household.housedOn, asOf),
    waitBetween('housing_to_language', household.housedOn, firstStart(household.tracks, ['language']), asOf),
    waitBetween('housing_to_education_or_work', household.housedOn, firstStart(household.tracks, ['education', 'work']), asOf),
  ];
  return candidates.filter((wait): wait is Wait => wait !== undefined);
}

/** The median (mean of the two middle values for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** How many of `days` fall in each of `bucketBounds`. */
export function distribution(days: readonly number[]): number[] {
  return bucketBounds.map(([lower, upper]) => days.filter((d) => d >= lower && (upper === null || d < upper)).length);
}

export type OverdueHousehold = { householdId: string; pseudonym: string; indicator: WaitingIndicator; since: string; days: number; thresholdDays: number };

/**
 * Households still waiting longer than the threshold of `indicator` on `asOf`, longest first
 * (equal waits by pseudonym, so the order is stable).
 */
export function overdueHouseholds(
  households: readonly HouseholdDates[],
  indicator: WaitingIndicator,
  thresholdDays: number,
  asOf: string,
): OverdueHousehold[] {
  return households
    .flatMap((household) =>
      waitsOf(household, asOf)
        .filter((wait) => wait.indicator === indicator && wait.ongoing && wait.days > thresholdDays)
        .map((wait) => ({ householdId: household.householdId, pseudonym: household.pseudonym, indicator, since: wait.from, days: wait.days, thresholdDays })),
    )
    .sort((a, b) => b.days - a.days || a.pseudonym.localeCompare(b.pseudonym));
}

export type WaitingSummary = {
  period: string;
  indicator: WaitingIndicator;
  /** Households with a completed wait whose first date falls in the period. */
  households: number;
  medianDays: number | null;
  buckets: number[];
};

/**
 * Medians and distributions of completed waits per period (half year of the first date) and
 * indicator, sorted by period and indicator. Same definition as the `integration_waiting_stats`
 * materialized view.
 */
export function summariseWaits(households: readonly HouseholdDates[], asOf: string): WaitingSummary[] {
  const groups = new Map<string, { period: string; indicator: WaitingIndicator; days: number[] }>();
  for (const household of households) {
    for (const wait of waitsOf(household, asOf)) {
      if (wait.ongoing) {
        continue;
      }
      const period = periodOf(wait.from);
      const key = `${period}|${wait.indicator}`;
      const group = groups.get(key) ?? { period, indicator: wait.indicator, days: [] };
      group.days.push(wait.days);
      groups.set(key, group);
    }
  }
  const order = (indicator: WaitingIndicator) => waitingIndicators.indexOf(indicator);
  return [...groups.values()]
    .sort((a, b) => a.period.localeCompare(b.period) || order(a.indicator) - order(b.indicator))
    .map(({ period, indicator, days }) => ({ period, indicator, households: days.length, medianDays: median(days), buckets: distribution(days) }));
}
