// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of a housing project, checked before it is stored: a temporary project has an end
 * date; the homes per target group add up to the total; so do the homes per rent band, and each
 * rent lies in its band; the phases are in order; the delivery shares add up to 100 and none lies
 * before the permit. Every problem names the field at fault.
 */
import { checkPhaseOrder, type PhaseDates } from './phases.ts';
import { checkRentLines, type RentLimits, type RentLine } from './rent-band.ts';
import { periodIndex, periodOf, type Delivery } from './schedule.ts';

export const projectKinds = ['transformation', 'new_build', 'temporary'] as const;
export type ProjectKind = (typeof projectKinds)[number];

export const targetGroups = ['statusHolders', 'students', 'starters', 'other'] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** What the rules look at. */
export type ProjectFacts = {
  kind: ProjectKind;
  endDate: string | null;
  homesTotal: number;
  homes: Record<TargetGroup, number>;
  rentLines: RentLine[];
  phases: PhaseDates;
  schedule: Delivery[] | null;
};

/** A refused project: the field (relative to the project body) and the reason. */
export type ProjectProblem = { field: string; reason: string };

function checkSchedule(facts: ProjectFacts): ProjectProblem | null {
  const schedule = facts.schedule ?? [];
  if (schedule.length === 0) {
    return null;
  }
  const seen = new Set<string>();
  for (const [index, delivery] of schedule.entries()) {
    if (periodIndex(delivery.period) === null) {
      return { field: `schedule.${index}.period`, reason: `"${delivery.period}" is not a period; write it as 2026-I or 2026-II.` };
    }
    if (seen.has(delivery.period)) {
      return { field: `schedule.${index}.period`, reason: `${delivery.period} appears twice in the delivery schedule.` };
    }
    seen.add(delivery.period);
    const permit = facts.phases.permit;
    if (permit && (periodIndex(delivery.period) ?? 0) < (periodIndex(periodOf(permit)) ?? 0)) {
      return { field: `schedule.${index}.period`, reason: `Homes cannot be delivered in ${delivery.period}, before the permit (${permit}).` };
    }
  }
  const total = schedule.reduce((sum, d) => sum + d.share, 0);
  if (total !== 100) {
    return { field: 'schedule', reason: `The delivery shares add up to ${total}%, not 100%.` };
  }
  return null;
}

/** The first problem of a project, or null when it may be stored. */
export function checkProject(facts: ProjectFacts, limits: RentLimits | null): ProjectProblem | null {
  if (facts.kind === 'temporary' && facts.endDate === null) {
    return { field: 'endDate', reason: 'A temporary project needs an end date (when the temporary homes go).' };
  }
  if (facts.kind !== 'temporary' && facts.endDate !== null) {
    return { field: 'endDate', reason: 'Only a temporary project has an end date.' };
  }
  const byGroup = targetGroups.reduce((sum, group) => sum + facts.homes[group], 0);
  if (byGroup !== facts.homesTotal) {
    return {
      field: 'homes',
      reason: `The homes per target group add up to ${byGroup} (${targetGroups.map((g) => `${g} ${facts.homes[g]}`).join(' + ')}), not to the total of ${facts.homesTotal}.`,
    };
  }
  const byBand = facts.rentLines.reduce((sum, line) => sum + line.homes, 0);
  if (byBand !== facts.homesTotal) {
    return { field: 'rentLines', reason: `The homes per rent band add up to ${byBand}, not to the total of ${facts.homesTotal}; each home falls in exactly one band.` };
  }
  if (facts.rentLines.length > 0) {
    if (!limits) {
      return { field: 'rentLines', reason: 'No liberalisatiegrens is known for this year or any earlier year; a coordinator can add it with its source.' };
    }
    const rent = checkRentLines(facts.rentLines, limits);
    if (rent) {
      return { field: `rentLines.${rent.index}.${rent.field}`, reason: rent.reason };
    }
  }
  const phase = checkPhaseOrder(facts.phases);
  if (phase) {
    return { field: `phases.${phase.phase}`, reason: phase.reason };
  }
  if (facts.endDate !== null && facts.phases.delivered !== null && facts.endDate <= facts.phases.delivered) {
    return { field: 'endDate', reason: `The end date (${facts.endDate}) must lie after the delivery (${facts.phases.delivered}).` };
  }
  return checkSchedule(facts);
}

/** How much of a project is not only for status holders: the share of other homes. */
export function mixedGroups(homesTotal: number, homesStatusHolders: number): { otherHomes: number; share: number | null; mixed: boolean } {
  const otherHomes = homesTotal - homesStatusHolders;
  return {
    otherHomes,
    share: homesTotal > 0 ? Math.round((otherHomes / homesTotal) * 1000) / 10 : null,
    mixed: homesStatusHolders > 0 && otherHomes > 0,
  };
}
