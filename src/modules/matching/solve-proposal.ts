// SPDX-License-Identifier: EUPL-1.2
/**
 * Solves one placement proposal: scores every household × municipality pair with the
 * transparent formula (scores/) or takes the score from an imported matrix, applies the locks and forbidden pairs, runs the engine, and
 * returns the result as stored: objective, bound, gap, prices, load per municipality against its
 * capacity and task, and per household its place and the explanation of that pair's score.
 * Pure: plain data in, result out.
 */
import type { CapacityBasis } from './capacity.ts';
import { solvePlacement } from './engine/solve.ts';
import { validateInstance } from './engine/validate.ts';
import type { MatchingInstance } from './engine/types.ts';
import type { ScoreMatrix } from './parse-score-matrix.ts';
import { scorePair, type Weights } from './scores/score-pair.ts';
import type { ScoreHousehold, ScoreMunicipality, ScoreTermExplanation } from './scores/score-terms.ts';

export type ProposalMunicipality = { code: string; name: string; task: number | null; capacity: number; capacityBasis: CapacityBasis; score: ScoreMunicipality };
export type ProposalHousehold = { id: string; pseudonym: string; profile: ScoreHousehold };
export type ProposalPair = { householdId: string; municipalityCode: string; kind: 'lock' | 'forbid' };

export type SolveProposalOptions = {
  municipalities: ProposalMunicipality[];
  households: ProposalHousehold[];
  pairs: ProposalPair[];
  weights: Weights;
  /** A score matrix from an external model, used instead of the formula (null: the formula). */
  imported?: ImportedScores | null;
};

export type ImportedScores = { source: string; importedAt: string; scores: ScoreMatrix };

/** Where the scores of a run come from: the formula (scores/) or a named external model. */
export type ScoreSource = { kind: 'formula' | 'imported'; source: string | null; importedAt: string | null };

/** Households not in the imported matrix have no allowed municipality; this says why. */
export const notInMatrixReason = 'no score in the imported score matrix (it was imported before this household was ready to place)';

export type ProposalMunicipalityResult = {
  code: string;
  name: string;
  task: number | null;
  capacity: number;
  capacityBasis: CapacityBasis;
  placedPersons: number;
  placedHouseholds: number;
  price: number;
  /** Persons beyond its capacity of households that can only go here (0 when none). */
  shortfall: number;
};

export type ProposalHouseholdResult = {
  id: string;
  pseudonym: string;
  size: number;
  iscoMajorGroup: number | null;
  tieMunicipalityCode: string | null;
  careNeed: boolean;
  municipality: string | null;
  score: number | null;
  /** Why it is not placed (only when municipality is null). */
  reason: string | null;
  locked: string | null;
  forbidden: string[];
  /** The terms of the score of its pair (empty when not placed, or when the score is imported). */
  terms: ScoreTermExplanation[];
  /** Its best other allowed municipalities with their scores (at most 3), for comparison. */
  alternatives: { municipality: string; score: number }[];
};

export type ProposalResult = {
  objective: number;
  bound: number;
  gap: number;
  solveMs: number;
  totalPersons: number;
  placedPersons: number;
  placedHouseholds: number;
  totalShortfall: number;
  /** True when any placed pair's score rests on invented example data. */
  usesExampleData: boolean;
  scoreSource: ScoreSource;
  municipalities: ProposalMunicipalityResult[];
  households: ProposalHouseholdResult[];
};

/** Runs the engine on the proposal's inputs. Throws RangeError on inputs the engine refuses. */
export function solveProposal(options: SolveProposalOptions): ProposalResult {
  const { municipalities, households, pairs, weights } = options;
  const imported = options.imported ?? null;
  const locks = new Map<string, string>();
  const forbidden = new Map<string, Set<string>>();
  for (const pair of pairs) {
    if (pair.kind === 'lock') {
      locks.set(pair.householdId, pair.municipalityCode);
    } else {
      forbidden.set(pair.householdId, (forbidden.get(pair.householdId) ?? new Set()).add(pair.municipalityCode));
    }
  }
  const explanations = households.map((household) =>
    municipalities.map((municipality) => {
      if (!imported) {
        return scorePair(household.profile, municipality.score, weights);
      }
      const score = imported.scores[household.id]?.[municipality.code];
      return score === undefined || score === null ? null : { score, terms: [] };
    }),
  );
  const instance: MatchingInstance = {
    municipalities: municipalities.map(({ code, capacity }) => ({ code, capacity })),
    households: households.map((household, h) => {
      const banned = forbidden.get(household.id);
      const scores = municipalities.map((municipality, d) => (banned?.has(municipality.code) ? null : (explanations[h]?.[d]?.score ?? null)));
      const fixed = locks.get(household.id);
      if (fixed && imported && scores[municipalities.findIndex((m) => m.code === fixed)] === null) {
        throw new RangeError(`${household.pseudonym} is locked to ${fixed}, which the imported score matrix forbids: remove the lock or import a matrix that allows the pair`);
      }
      return { id: household.id, size: household.profile.size, scores, ...(fixed ? { fixed } : {}) };
    }),
  };
  const validated = validateInstance(instance);
  if (!validated.ok) {
    throw new RangeError(validated.errors.join('; '));
  }
  const started = performance.now();
  const solved = solvePlacement(validated.instance);
  const solveMs = performance.now() - started;
  const shortfall = new Map(solved.diagnostics.shortfall.map((s) => [s.municipality, s.persons]));
  const placedHouseholds = new Array<number>(municipalities.length).fill(0);
  let usesExampleData = false;
  const householdResults = households.map((household, h): ProposalHouseholdResult => {
    const d = solved.assignment[h] as number;
    const explanation = d >= 0 ? (explanations[h]?.[d] ?? undefined) : undefined;
    if (d >= 0) {
      placedHouseholds[d] = (placedHouseholds[d] ?? 0) + 1;
      usesExampleData ||= explanation?.terms.some((term) => term.example) ?? false;
    }
    return {
      id: household.id,
      pseudonym: household.pseudonym,
      size: household.profile.size,
      iscoMajorGroup: household.profile.iscoMajorGroup,
      tieMunicipalityCode: household.profile.tieMunicipalityCode,
      careNeed: household.profile.careNeed,
      municipality: d >= 0 ? (municipalities[d]?.code ?? null) : null,
      score: explanation?.score ?? null,
      reason: d >= 0 ? null : imported && !imported.scores[household.id] ? notInMatrixReason : (solved.reasons.get(h) ?? 'not placed'),
      locked: locks.get(household.id) ?? null,
      forbidden: [...(forbidden.get(household.id) ?? [])].sort(),
      terms: explanation?.terms ?? [],
      alternatives: alternativesOf(instance.households[h]?.scores ?? [], municipalities, d),
    };
  });
  const load = solved.diagnostics.load;
  return {
    objective: solved.objective,
    bound: solved.bound,
    gap: solved.diagnostics.gap,
    solveMs,
    totalPersons: households.reduce((sum, household) => sum + household.profile.size, 0),
    placedPersons: load.reduce((sum, persons) => sum + persons, 0),
    placedHouseholds: placedHouseholds.reduce((sum, count) => sum + count, 0),
    totalShortfall: solved.diagnostics.totalShortfall,
    usesExampleData,
    scoreSource: imported ? { kind: 'imported', source: imported.source, importedAt: imported.importedAt } : { kind: 'formula', source: null, importedAt: null },
    municipalities: municipalities.map((municipality, d) => ({
      code: municipality.code,
      name: municipality.name,
      task: municipality.task,
      capacity: municipality.capacity,
      capacityBasis: municipality.capacityBasis,
      placedPersons: load[d] ?? 0,
      placedHouseholds: placedHouseholds[d] ?? 0,
      price: solved.prices[d] ?? 0,
      shortfall: shortfall.get(municipality.code) ?? 0,
    })),
    households: householdResults,
  };
}

/** The best (at most 3) allowed municipalities other than `placed`, highest score first, ties by order. */
function alternativesOf(scores: readonly (number | null)[], municipalities: readonly ProposalMunicipality[], placed: number): { municipality: string; score: number }[] {
  const options: { municipality: string; score: number; d: number }[] = [];
  scores.forEach((score, d) => {
    const code = municipalities[d]?.code;
    if (d !== placed && score !== null && code !== undefined) {
      options.push({ municipality: code, score, d });
    }
  });
  options.sort((a, b) => b.score - a.score || a.d - b.d);
  return options.slice(0, 3).map(({ municipality, score }) => ({ municipality, score }));
}
