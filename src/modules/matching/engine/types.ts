// SPDX-License-Identifier: EUPL-1.2
/**
 * Types of the placement engine. The JSON shapes (`MatchingInstance`, `MatchingResult`) are the
 * public contract of `regietafel match`; `PackedInstance` and `EngineResult` are the engine's
 * internal, index-based forms built for speed (typed arrays, no object-key iteration).
 */

/** A municipality (gemeente) with its capacity in persons. */
export type MunicipalityInput = {
  /** CBS code, e.g. `GM0344`. */
  code: string;
  /** Places available, in persons (not households). */
  capacity: number;
};

/** A household of status holders (vergunninghouders) to be placed. */
export type HouseholdInput = {
  /** Unique id, e.g. `H000001`. */
  id: string;
  /** Number of persons; a positive integer. */
  size: number;
  /** Suitability per municipality, in the order of `municipalities`, in [0, 1]; `null` = not allowed. */
  scores: (number | null)[];
  /** Optional CBS code that pins the household to one municipality. */
  fixed?: string;
};

/** The `--instance` JSON of `regietafel match`. */
export type MatchingInstance = {
  municipalities: MunicipalityInput[];
  households: HouseholdInput[];
};

/** One placed household. */
export type AssignmentOutput = { household: string; municipality: string };

/** One household that could not be placed, with a reason for a person to read. */
export type UnassignedOutput = { household: string; reason: string };

/** The `--out` JSON of `regietafel match`; exactly this shape, nothing more. */
export type MatchingResult = {
  assignments: AssignmentOutput[];
  unassigned: UnassignedOutput[];
  /** Sum of the scores of the assigned pairs. */
  objective: number;
  /** Lagrangian dual bound on any plan: Σ_d price_d·capacity_d + Σ_h max(0, max_allowed(score − price·size)). */
  bound: number;
  /** Non-negative price per person for each municipality code (the bound's multipliers). */
  prices: Record<string, number>;
  /** Milliseconds spent optimising, after the instance was read and validated. */
  solveMs: number;
};

/**
 * A validated instance in index form. `scores[h * m + d]` is the score of household h in
 * municipality d, or `-Infinity` when the pair is not allowed (null score, or another municipality
 * than the one the household is fixed to). Sizes and capacities are integers.
 */
export type PackedInstance = {
  /** Number of households. */
  n: number;
  /** Number of municipalities. */
  m: number;
  householdIds: string[];
  codes: string[];
  sizes: Int32Array;
  capacities: Float64Array;
  scores: Float64Array;
  /** Index of the fixed municipality per household, or -1. */
  fixed: Int32Array;
};

/** Persons a municipality lacks to place every household that can only go there (or is fixed there). */
export type CapacityShortfall = { municipality: string; persons: number };

/** What the engine found out while solving; not part of the CLI JSON. */
export type SolveDiagnostics = {
  /** Bids made by the auction (the dual phase). */
  dualIterations: number;
  /** Improving moves and swaps made by the local search. */
  localSearchMoves: number;
  /** (bound − objective) / bound, or 0 when the bound is 0. */
  gap: number;
  /** Municipalities whose capacity cannot hold what must go there; empty when none is known. */
  shortfall: CapacityShortfall[];
  /** Persons beyond the total capacity of all municipalities (0 when everybody could fit). */
  totalShortfall: number;
  /** Persons in unassigned households. */
  unplacedPersons: number;
  /** Persons placed per municipality, in municipality order. */
  load: number[];
};

/** The engine's result in index form. */
export type EngineResult = {
  /** Municipality index per household, or -1 when unassigned. */
  assignment: Int32Array;
  /** Reason per unassigned household index. */
  reasons: Map<number, string>;
  objective: number;
  bound: number;
  prices: Float64Array;
  diagnostics: SolveDiagnostics;
};
