// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs the engine on a loaded weighing: both methods side by side with their breakdown, and the
 * seeded sensitivity. Criteria with weight 0 take no part (their values are not needed). When a
 * value that is needed is missing there is no ranking, only the list of what is missing: the
 * engine never guesses.
 */
import { rankPacked } from './engine/rank.ts';
import { sensitivity, type SensitivityResult } from './engine/sensitivity.ts';
import type { Direction, Method, RankInput, ScoredCandidate } from './engine/types.ts';
import { packInput } from './engine/validate.ts';
import type { LoadedWeighing } from './load-weighing.ts';
import type { Explained } from './resolve-values.ts';

/** Draws of the sensitivity analysis (fixed by the issue: 1,000). */
export const sensitivityDraws = 1000;

export type WeighingOutcome = {
  missing: { locationId: string; criterionId: string; explain: Explained }[];
  notRanked: string | null;
  methods: Record<Method, ScoredCandidate[]> | null;
  sensitivity: SensitivityResult | null;
};

export function weigh(weighing: LoadedWeighing): WeighingOutcome {
  const used = weighing.criteria.map((c, j) => ({ c, j })).filter(({ c }) => c.weight > 0);
  const missing = weighing.candidates.flatMap(({ location, values }) =>
    used.flatMap(({ c, j }) => (values[j]?.value === null ? [{ locationId: location.id, criterionId: c.criterionId, explain: (values[j] as { explain: Explained }).explain }] : [])),
  );
  const none = { missing, methods: null, sensitivity: null };
  if (used.length === 0) {
    return { ...none, notRanked: 'All weights are zero.' };
  }
  if (weighing.candidates.length === 0) {
    return { ...none, notRanked: 'The scenario has no candidates yet.' };
  }
  if (missing.length > 0) {
    return { ...none, notRanked: `${missing.length} value(s) are missing; enter them or import the data layer they come from.` };
  }
  const input: RankInput = {
    criteria: used.map(({ c }) => ({ id: c.criterionId, weight: c.weight, direction: c.direction as Direction })),
    candidates: weighing.candidates.map(({ location, values }) => ({
      id: location.id,
      values: Object.fromEntries(used.map(({ c, j }) => [c.criterionId, values[j]?.value as number])),
    })),
  };
  const packed = packInput(input);
  return {
    missing,
    notRanked: null,
    methods: { 'weighted-sum': rankPacked(packed, 'weighted-sum'), topsis: rankPacked(packed, 'topsis') },
    sensitivity: sensitivity(packed, { seed: weighing.scenario.seed, draws: sensitivityDraws }),
  };
}
