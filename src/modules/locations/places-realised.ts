// SPDX-License-Identifier: EUPL-1.2
/**
 * Places realised over time (progress against the reception targets), pure. On a date a location
 * counts when its "open" step is on or before that date and it has no "closed" step on or before
 * it ("closing" still has its places). Places = the capacity of those locations, split by kind;
 * occupied = the sum of each counted location's latest count on or before the date.
 * Capacity is the location's current capacity (earlier capacities are in the audit trail).
 */
import type { CountRecord, OpenedLocationRecord } from './progress.repository.ts';

export type RealisedPoint = {
  date: string;
  places: number;
  emergencyPlaces: number;
  structuralPlaces: number;
  otherPlaces: number;
  locations: number;
  occupied: number;
  /** Open locations with at least one count on or before the date. */
  countedLocations: number;
};

export type Interval = 'week' | 'month' | 'quarter';

/** Most points a series may have. */
export const maxPoints = 520;

/** The dates of a series: `from`, each following week / 1st of month / 1st of quarter, and `to`. */
export function seriesDates(from: string, to: string, interval: Interval): string[] {
  const dates = [from];
  const cursor = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  for (;;) {
    if (interval === 'week') {
      cursor.setUTCDate(cursor.getUTCDate() + 7);
    } else {
      const months = interval === 'month' ? 1 : 3;
      const month = cursor.getUTCMonth();
      cursor.setUTCDate(1);
      cursor.setUTCMonth(month - (month % months) + months);
    }
    if (cursor >= end || dates.length > maxPoints) {
      break;
    }
    dates.push(cursor.toISOString().slice(0, 10));
  }
  if (to !== from) {
    dates.push(to);
  }
  return dates;
}

/** The series of places realised on each date. */
export function placesRealised(locations: OpenedLocationRecord[], counts: CountRecord[], dates: string[]): RealisedPoint[] {
  const countsOf = new Map<string, CountRecord[]>();
  for (const count of counts) {
    countsOf.set(count.location_id, [...(countsOf.get(count.location_id) ?? []), count]);
  }
  return dates.map((date) => {
    const point: RealisedPoint = { date, places: 0, emergencyPlaces: 0, structuralPlaces: 0, otherPlaces: 0, locations: 0, occupied: 0, countedLocations: 0 };
    for (const location of locations) {
      if (location.opened_on > date || (location.closed_on !== null && location.closed_on <= date)) {
        continue;
      }
      point.locations += 1;
      point.places += location.capacity;
      if (location.kind === 'emergency') {
        point.emergencyPlaces += location.capacity;
      } else if (location.kind === 'structural') {
        point.structuralPlaces += location.capacity;
      } else {
        point.otherPlaces += location.capacity;
      }
      const latest = (countsOf.get(location.id) ?? []).filter((c) => c.counted_on <= date).at(-1);
      if (latest) {
        point.occupied += latest.persons;
        point.countedLocations += 1;
      }
    }
    return point;
  });
}
