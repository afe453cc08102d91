// SPDX-License-Identifier: EUPL-1.2
/**
 * The siting engine's data: plain values in, plain values out. The engine is pure (no database,
 * no HTTP, no clock): the same input always gives the same ranking, so a weighing can be checked
 * outside the product with `regietafel siting rank`.
 */

/** "benefit": more is better (e.g. population density); "cost": less is better (e.g. EUR per place). */
export type Direction = 'benefit' | 'cost';

/** The two ranking methods, shown side by side. */
export type Method = 'weighted-sum' | 'topsis';
export const methods: readonly Method[] = ['weighted-sum', 'topsis'];

/** A criterion as the CLI reads it: weights need not sum to 1 (they are normalised). */
export type Criterion = { id: string; weight: number; direction: Direction };

/** A candidate with one finite value per criterion id. */
export type Candidate = { id: string; values: Record<string, number> };

/** The input of a ranking (the CLI's input file, and what the product builds per scenario). */
export type RankInput = { criteria: Criterion[]; candidates: Candidate[] };

/** One line of a ranking: highest score first, equal scores by id, ranks 1..n without sharing. */
export type RankedCandidate = { id: string; score: number; rank: number };

/** What a criterion contributes to one candidate's score. */
export type Contribution = {
  criterionId: string;
  /** The criterion's weight after normalisation (weights sum to 1). */
  weight: number;
  /** The value after normalisation: min-max in [0, 1] (direction applied), or vector-normalised. */
  normalised: number;
  /** Weighted sum: weight × normalised, the part of the score this criterion gives. */
  contribution: number;
  /** TOPSIS: this criterion's share of the squared distance to the ideal and anti-ideal. */
  toIdeal?: number;
  toAntiIdeal?: number;
};

/** A candidate's score with the per-criterion breakdown. */
export type ScoredCandidate = RankedCandidate & { contributions: Contribution[] };

/**
 * The candidates' values packed column by column (criterion j's values at j·n … j·n + n − 1),
 * candidates sorted by id so that "equal scores by id" is "lower index first".
 */
export type PackedInput = {
  ids: string[];
  criteria: Criterion[];
  /** Normalised weights (sum 1), in criteria order. */
  weights: Float64Array;
  values: Float64Array;
};
