// SPDX-License-Identifier: EUPL-1.2
/**
 * When a project's homes arrive: the share of its homes expected per half-year period
 * ("2026-I" = January–June, "2026-II" = July–December, as in the taakstelling), and what a delay
 * does to it. Periods are handled here as a plain index (year × 2 + half) so that shifting by a
 * number of periods is simple arithmetic.
 */

/** A share (whole percent) of a project's homes expected in a period. */
export type Delivery = { period: string; share: number };

const pattern = /^(\d{4})-(I|II)$/;

/** "2026-II" → 4053; null for anything that is not a period. */
export function periodIndex(period: string): number | null {
  const match = pattern.exec(period);
  if (!match) {
    return null;
  }
  return Number(match[1]) * 2 + (match[2] === 'I' ? 0 : 1);
}

/** 4053 → "2026-II". */
export function periodAt(index: number): string {
  return `${Math.floor(index / 2)}-${index % 2 === 0 ? 'I' : 'II'}`;
}

/** The period an ISO date (YYYY-MM-DD) falls in. */
export function periodOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-${month <= 6 ? 'I' : 'II'}`;
}

/** The last day of a period, as an ISO date. */
export function lastDayOf(period: string): string {
  return period.endsWith('-II') ? `${period.slice(0, 4)}-12-31` : `${period.slice(0, 4)}-06-30`;
}

/** `count` consecutive periods starting at `first`. */
export function periodRange(first: string, count: number): string[] {
  const start = periodIndex(first) ?? 0;
  return Array.from({ length: count }, (_, i) => periodAt(start + i));
}

/**
 * The deliveries of a project: the stated schedule, or all homes in the period of the delivery
 * date; empty when neither is known (the project is then not in the forecast yet).
 */
export function deliveriesOf(schedule: Delivery[] | null, deliveredOn: string | null): Delivery[] {
  if (schedule && schedule.length > 0) {
    return schedule;
  }
  return deliveredOn ? [{ period: periodOf(deliveredOn), share: 100 }] : [];
}

/** Moves every delivery `periods` half-years later (earlier when negative). */
export function shiftDeliveries(schedule: Delivery[], periods: number): Delivery[] {
  return schedule.map((d) => ({ period: periodAt((periodIndex(d.period) ?? 0) + periods), share: d.share }));
}

/**
 * Splits `total` persons over the deliveries by share, by largest remainder, so the parts are
 * whole persons and add up to the total exactly (ties go to the earlier period).
 */
export function splitByShare(total: number, deliveries: Delivery[]): { period: string; persons: number }[] {
  const [only] = deliveries;
  if (deliveries.length === 1 && only && only.share === 100) {
    // Most projects deliver at once: nothing to split.
    return [{ period: only.period, persons: total }];
  }
  const exact = deliveries.map((d) => (total * d.share) / 100);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) {
      break;
    }
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return deliveries.map((d, i) => ({ period: d.period, persons: parts[i] ?? 0 }));
}
