// SPDX-License-Identifier: EUPL-1.2
/**
 * Response-time figures of reactions against the target of 5 Dutch working days. Pure: the
 * timings in, the aggregate out; published on the location page, never per person.
 */
import { responseTargetWorkingDays } from './participation.schema.ts';
import type { ResponseStats } from './participation-views.schema.ts';
import { dutchDateOf, workingDaysBetween, type IsoDate } from './working-days.ts';

export type ReactionTiming = { receivedAt: string; answeredAt: string | null; dueOn: IsoDate; status: string };

export const responseTimeFormula =
  'Werkdagen tussen ontvangst en antwoord (zaterdag, zondag en feestdagen uit de Algemene termijnenwet tellen niet mee); ' +
  `doel: binnen ${responseTargetWorkingDays} werkdagen. Open na doel: nog niet beantwoord of gesloten en de termijn is voorbij.`;

/** Working days from receipt to answer, counted on Dutch calendar dates. */
export function responseWorkingDays(receivedAt: string, answeredAt: string): number {
  return workingDaysBetween(dutchDateOf(new Date(receivedAt)), dutchDateOf(new Date(answeredAt)));
}

/** True when a reaction is still open (received or forwarded) and its due date has passed. */
export function isPastTarget(timing: Pick<ReactionTiming, 'status' | 'dueOn'>, today: IsoDate): boolean {
  return (timing.status === 'received' || timing.status === 'forwarded') && timing.dueOn < today;
}

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The aggregate figures over a set of reactions, on the Dutch date `today`. */
export function responseStats(timings: ReactionTiming[], today: IsoDate): ResponseStats {
  const days = timings.flatMap((timing) => (timing.answeredAt ? [responseWorkingDays(timing.receivedAt, timing.answeredAt)] : []));
  return {
    targetWorkingDays: responseTargetWorkingDays,
    answered: days.length,
    answeredWithinTarget: days.filter((value) => value <= responseTargetWorkingDays).length,
    medianWorkingDays: median(days),
    openPastTarget: timings.filter((timing) => isPastTarget(timing, today)).length,
    formula: responseTimeFormula,
  };
}
