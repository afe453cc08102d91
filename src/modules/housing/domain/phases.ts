// SPDX-License-Identifier: EUPL-1.2
/**
 * The phases of a housing project, their order, and what a delay does. Each phase has a (planned
 * or actual) date; the dates that are given must follow the order of the phases, so a delivery
 * before the permit is refused. A delay moves the phase and every later phase by the same number
 * of months, and the delivery schedule by as many half-years as the delivery moved.
 */
import { periodIndex, periodOf, shiftDeliveries, type Delivery } from './schedule.ts';

export const projectPhases = ['initiative', 'planning', 'permit', 'construction', 'delivered'] as const;
export type ProjectPhase = (typeof projectPhases)[number];

/** The date of each phase (YYYY-MM-DD), null while unknown. */
export type PhaseDates = Record<ProjectPhase, string | null>;

export type PhaseProblem = { phase: ProjectPhase; reason: string };

/** The first phase dated before an earlier phase, or null when the dates are in order. */
export function checkPhaseOrder(dates: PhaseDates): PhaseProblem | null {
  let previous: { phase: ProjectPhase; on: string } | null = null;
  for (const phase of projectPhases) {
    const on = dates[phase];
    if (on === null) {
      continue;
    }
    if (previous && on < previous.on) {
      return { phase, reason: `The ${phase} date (${on}) lies before the ${previous.phase} date (${previous.on}); phases follow each other in order.` };
    }
    previous = { phase, on };
  }
  return null;
}

/** The phase a project is in on `asOf`: the last phase dated on or before it. */
export function phaseOn(dates: PhaseDates, asOf: string): ProjectPhase {
  let current: ProjectPhase = 'initiative';
  for (const phase of projectPhases) {
    const on = dates[phase];
    if (on !== null && on <= asOf) {
      current = phase;
    }
  }
  return current;
}

/** An ISO date `months` calendar months later (the day is kept, clamped to the month's end). */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1 + months;
  const day = Number(isoDate.slice(8, 10));
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export type DelayResult = { dates: PhaseDates; schedule: Delivery[] | null; periodsMoved: number };

/**
 * Delays `phase` by `months`: it and every later dated phase move by the same months. A stated
 * schedule moves by as many periods as the delivery (or, without a delivery date, the phase)
 * moved; an unstated one follows the delivery date by itself.
 */
export function delayPhase(dates: PhaseDates, schedule: Delivery[] | null, phase: ProjectPhase, months: number): DelayResult {
  const from = projectPhases.indexOf(phase);
  const moved = { ...dates };
  for (const later of projectPhases.slice(from)) {
    const on = dates[later];
    moved[later] = on === null ? null : addMonths(on, months);
  }
  const anchorBefore = dates.delivered ?? dates[phase];
  const anchorAfter = moved.delivered ?? moved[phase];
  const periodsMoved =
    anchorBefore && anchorAfter ? (periodIndex(periodOf(anchorAfter)) ?? 0) - (periodIndex(periodOf(anchorBefore)) ?? 0) : 0;
  const stated = schedule && schedule.length > 0 ? shiftDeliveries(schedule, periodsMoved) : schedule;
  return { dates: moved, schedule: stated, periodsMoved };
}

/** The year whose rent limits apply to a project: its delivery year, else its initiative year. */
export function rentYearOf(dates: Pick<PhaseDates, 'initiative' | 'delivered'>): number {
  return Number((dates.delivered ?? dates.initiative ?? '').slice(0, 4));
}
