// SPDX-License-Identifier: EUPL-1.2
/**
 * Half-year periods of the taakstelling: "2024-I" is 1 January – 30 June 2024, "2024-II" is
 * 1 July – 31 December 2024. The national task is set per period (Huisvestingswet 2014, art. 28).
 */
import { AppError } from '../../../shared/errors.ts';

export type Period = { year: number; half: 1 | 2 };

const periodPattern = /^(\d{4})-(I|II)$/;

/** Parses "2024-I" / "2024-II"; anything else is a VALIDATION_FAILED naming `field`. */
export function parsePeriod(text: string, field = 'period'): Period {
  const match = periodPattern.exec(text.trim());
  if (!match) {
    throw new AppError('VALIDATION_FAILED', `"${text}" is not a period; write it as 2024-I or 2024-II.`, { field });
  }
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) {
    throw new AppError('VALIDATION_FAILED', `Year ${year} is outside 2000-2100.`, { field });
  }
  return { year, half: match[2] === 'I' ? 1 : 2 };
}

export function formatPeriod(period: Period): string {
  return `${period.year}-${period.half === 1 ? 'I' : 'II'}`;
}

/** First day of the period, as an ISO date. */
export function periodStart(period: Period): string {
  return `${period.year}-${period.half === 1 ? '01' : '07'}-01`;
}

/** Last day of the period, as an ISO date. */
export function periodEnd(period: Period): string {
  return `${period.year}-${period.half === 1 ? '06-30' : '12-31'}`;
}

export function nextPeriod(period: Period): Period {
  return period.half === 1 ? { year: period.year, half: 2 } : { year: period.year + 1, half: 1 };
}

export function previousPeriod(period: Period): Period {
  return period.half === 2 ? { year: period.year, half: 1 } : { year: period.year - 1, half: 2 };
}

/** Negative when a is before b, 0 when equal. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year !== b.year ? a.year - b.year : a.half - b.half;
}

/** The period an ISO date (YYYY-MM-DD) falls in. */
export function periodOfDate(isoDate: string): Period {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return { year, half: month <= 6 ? 1 : 2 };
}

/**
 * Months of the period elapsed on `isoDate` (0 before it starts, 6 after it ends), counting days
 * so that the "on track" line rises smoothly: one sixth of the task per month.
 */
export function monthsElapsed(period: Period, isoDate: string): number {
  const start = Date.parse(`${periodStart(period)}T00:00:00Z`);
  const end = Date.parse(`${periodEnd(period)}T00:00:00Z`) + 86_400_000;
  const at = Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000;
  if (at <= start) {
    return 0;
  }
  if (at >= end) {
    return 6;
  }
  return (6 * (at - start)) / (end - start);
}

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 and 2024-13-01 are not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Today's date in the Netherlands (Europe/Amsterdam), as YYYY-MM-DD. */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
