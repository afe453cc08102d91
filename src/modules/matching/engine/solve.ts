// SPDX-License-Identifier: EUPL-1.2
/**
 * The placement engine: maximise the total score of placing every household in exactly one
 * allowed municipality, within capacities (in persons), honouring null (forbidden) and fixed
 * pairs. Pure and deterministic: typed arrays in, typed arrays out, no randomness, no I/O, and
 * iteration only in index order (never over object keys).
 *
 * Method (see docs/matching.md):
 *  1. dual: an auction on the LP relaxation yields prices per person (`auction.ts`); they give
 *     the Lagrangian bound (`bound.ts`) within ε·persons of the best such bound;
 *  2. primal repair: households the auction placed whole keep their place, the few split ones
 *     are inserted by ejection chains (`repair.ts`, `chains.ts`);
 *  3. local improvement: shifts, swaps and ejection chains guided by the prices (`improve.ts`),
 *     then exact re-division of pairs of municipalities (`pair-knapsack.ts`);
 *  4. rescue: households still unplaced get an exact pairwise re-division with them included.
 * Tiny instances (a few households) are solved exactly instead (`exact.ts`). If not everybody
 * can be placed, the plan is partial and `diagnose.ts` explains why.
 */
import { runAuction } from './auction.ts';
import { boundFromBestValues, relativeGap } from './bound.ts';
import { diagnose } from './diagnose.ts';
import { solveExactly } from './exact.ts';
import { improvePlan } from './improve.ts';
import { buildInterest } from './interest.ts';
import { improvePairs } from './pairs.ts';
import { Plan } from './plan.ts';
import { repairPlan } from './repair.ts';
import { rescueUnplaced } from './rescue.ts';
import type { EngineResult, PackedInstance } from './types.ts';

/** Tuning knobs; the defaults are what the benchmarks in docs/benchmarks.md use. */
export type SolveOptions = {
  /** Auction bid increment per person; the bound is within ε·persons of the LP optimum. */
  epsilon?: number;
  /** Cap on auction bids (a safety valve; prices reached so far still give a valid bound). */
  maxBids?: number;
  /** Best options kept per household for the local search. */
  optionWidth?: number;
  /** Longest ejection chain (households moved besides the one inserted). */
  chainDepth?: number;
  /** Cap on local-search rounds. */
  maxRounds?: number;
  /** Solve tiny instances exactly (exhaustive search) instead of heuristically. */
  exactSearch?: boolean;
};

const defaults: Required<SolveOptions> = {
  epsilon: 1e-5,
  maxBids: 20_000_000,
  optionWidth: 6,
  chainDepth: 4,
  maxRounds: 30,
  exactSearch: true,
};

/** Solves a validated instance. Never throws on infeasible input: it returns a partial plan. */
export function solvePlacement(instance: PackedInstance, options: SolveOptions = {}): EngineResult {
  const settings = { ...defaults, ...options };
  const auction = runAuction(instance, { epsilon: settings.epsilon, maxBids: settings.maxBids, cacheWidth: 8 });
  const prices = auction.prices;
  const interest = buildInterest(instance, prices, settings.optionWidth);
  const exact = settings.exactSearch ? solveExactly(instance) : undefined;
  let plan: Plan;
  let moves = 0;
  if (exact) {
    plan = Plan.fromAssignment(instance, exact);
  } else {
    plan = repairPlan(instance, prices, auction.main, auction.whole, interest, settings.chainDepth);
    moves += improvePlan(plan, prices, interest, settings.maxRounds, settings.chainDepth);
    moves += improvePairs(plan, prices, interest, settings.maxRounds, settings.chainDepth);
    moves += rescueUnplaced(plan, prices);
  }
  const objective = plan.objective();
  const bound = boundFromBestValues(instance, prices, interest.bestValue);
  const { reasons, shortfall, totalShortfall, unplacedPersons } = diagnose(plan);
  return {
    assignment: plan.assignment,
    reasons,
    objective,
    bound,
    prices,
    diagnostics: {
      dualIterations: auction.bids,
      localSearchMoves: moves,
      gap: relativeGap(bound, objective),
      shortfall,
      totalShortfall,
      unplacedPersons,
      load: Array.from(plan.free, (free, d) => (instance.capacities[d] as number) - free),
    },
  };
}
