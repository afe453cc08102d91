// SPDX-License-Identifier: EUPL-1.2
/**
 * Solves one placement proposal: scores every household × municipality pair with the
 * transparent formula (scores/), applies the locks and forbidden pairs, runs the engine, and
 * returns the result as stored: objective, bound, gap, prices, load per municipality against its
 * capacity and task, and per household its place and the explanation of that pair's score.
 * Pure: plain data in, result out.
 */
import { solvePlacement } from './engine/solve.ts';
import { validateInstance } from './engine/validate.ts';
import type { MatchingInstance } from './engine/types.ts';
import { scorePair, type Weights } from './scores/score-pair.ts';
import type { ScoreHousehold, ScoreMunicipality, ScoreTermExplanation } from './scores/score-terms.ts';

export type ProposalMunicipality = { code: string; name: string; task: number | null; capacity: number; score: ScoreMunicipality };
export type ProposalHousehold = { id: string; pseudonym: string; profile: ScoreHousehold };
export type ProposalPair = { householdId: string; municipalityCode: string; kind: 'lock' | 'forbid' };

export type SolveProposalOptions = {
  municipalities: ProposalMunicipality[];
  households: ProposalHousehold[];
  pairs: ProposalPair[];
  weights: Weights;
};

export type ProposalMunicipalityResult = {
  code: string;
  name: string;
  task: number | null;
  capacity: number;
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
  /** The terms of the score of its pair (empty when not placed). */
  terms: ScoreTermExplanation[];
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
  municipalities: ProposalMunicipalityResult[];
  households: ProposalHouseholdResult[];
};

/** Runs the engine on the proposal's inputs. Throws RangeError on inputs the engine refuses. */
export function solveProposal(options: SolveProposalOptions): ProposalResult {
  const { municipalities, households, pairs, weights } = options;
  const locks = new Map<string, string>();
  const forbidden = new Map<string, Set<string>>();
  for (const pair of pairs) {
    if (pair.kind === 'lock') {
      locks.set(pair.householdId, pair.municipalityCode);
    } else {
      forbidden.set(pair.householdId, (forbidden.get(pair.householdId) ?? new Set()).add(pair.municipalityCode));
    }
  }
  const explanations = households.map((household) => municipalities.map((municipality) => scorePair(household.profile, municipality.score, weights)));
  const instance: MatchingInstance = {
    municipalities: municipalities.map(({ code, capacity }) => ({ code, capacity })),
    households: households.map((household, h) => {
      const banned = forbidden.get(household.id);
      const scores = municipalities.map((municipality, d) => (banned?.has(municipality.code) ? null : (explanations[h]?.[d]?.score ?? null)));
      const fixed = locks.get(household.id);
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
    const explanation = d >= 0 ? explanations[h]?.[d] : undefined;
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
      reason: d >= 0 ? null : (solved.reasons.get(h) ?? 'not placed'),
      locked: locks.get(household.id) ?? null,
      forbidden: [...(forbidden.get(household.id) ?? [])].sort(),
      terms: explanation?.terms ?? [],
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
    municipalities: municipalities.map((municipality, d) => ({
      code: municipality.code,
      name: municipality.name,
      task: municipality.task,
      capacity: municipality.capacity,
      placedPersons: load[d] ?? 0,
      placedHouseholds: placedHouseholds[d] ?? 0,
      price: solved.prices[d] ?? 0,
      shortfall: shortfall.get(municipality.code) ?? 0,
    })),
    households: householdResults,
  };
}
