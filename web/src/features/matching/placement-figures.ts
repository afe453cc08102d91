// SPDX-License-Identifier: EUPL-1.2
/**
 * The figures the placement page derives from a proposal's result, each with its formula:
 * per municipality the summed score and the task left after the proposal, and the fairness
 * shares (placed persons against the task). Pure, so it is tested without a browser.
 */
import type { ProposalResult } from './api/matching-api.ts';

export type MunicipalityFigures = {
  code: string;
  name: string;
  /** Σ score of the households placed here. */
  summedScore: number;
  /** remaining task − placed persons (negative: more placed than the task asks). */
  taskLeft: number;
};

/** Summed score and task left per municipality, in the result's order. */
export function municipalityFigures(result: ProposalResult): MunicipalityFigures[] {
  const scores = new Map<string, number>();
  for (const household of result.households) {
    if (household.municipality !== null && household.score !== null) {
      scores.set(household.municipality, (scores.get(household.municipality) ?? 0) + household.score);
    }
  }
  return result.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    summedScore: scores.get(m.code) ?? 0,
    taskLeft: m.capacityBasis.remainingTask - m.placedPersons,
  }));
}

export type FairnessRow = {
  code: string;
  name: string;
  placedPersons: number;
  task: number | null;
  /** placed persons here / all placed persons (null when nobody is placed). */
  placedShare: number | null;
  /** task here / the task of all municipalities with one (null without a task). */
  taskShare: number | null;
  /** placedShare − taskShare, in percentage points × 0.01 (null when either is missing). */
  difference: number | null;
};

/** Each municipality's share of the placed persons against its share of the period's task. */
export function fairnessRows(result: ProposalResult): FairnessRow[] {
  const placedTotal = result.municipalities.reduce((sum, m) => sum + m.placedPersons, 0);
  const taskTotal = result.municipalities.reduce((sum, m) => sum + (m.task !== null && m.task > 0 ? m.task : 0), 0);
  return result.municipalities.map((m) => {
    const placedShare = placedTotal > 0 ? m.placedPersons / placedTotal : null;
    const taskShare = m.task !== null && taskTotal > 0 ? Math.max(0, m.task) / taskTotal : null;
    return {
      code: m.code,
      name: m.name,
      placedPersons: m.placedPersons,
      task: m.task,
      placedShare,
      taskShare,
      difference: placedShare !== null && taskShare !== null ? placedShare - taskShare : null,
    };
  });
}

/** gap = (bound − objective) / bound, as the engine reports it (0 when the bound is 0). */
export function gapOf(result: Pick<ProposalResult, 'bound' | 'objective'>): number {
  return result.bound > 0 ? (result.bound - result.objective) / result.bound : 0;
}
