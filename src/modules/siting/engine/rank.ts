// SPDX-License-Identifier: EUPL-1.2
/**
 * Ranks candidates by one method: highest score first, equal scores by id, ranks 1..n without
 * shared ranks. Scores are rounded to 12 decimals, so scores that are equal in exact arithmetic
 * but differ in the last bits of a floating-point sum still tie (and then go by id).
 */
import { packInput } from './validate.ts';
import { prepareTopsis, topsisContributions, topsisScores } from './topsis.ts';
import type { Method, PackedInput, RankInput, RankedCandidate, ScoredCandidate } from './types.ts';
import { prepareWeightedSum, weightedSumContributions, weightedSumScores } from './weighted-sum.ts';

const scale = 1e12;

/** A score as ranked and shown: rounded to 12 decimals. */
export const roundScore = (score: number): number => Math.round(score * scale) / scale;

/** Candidate indices in ranking order (indices are in id order, so the lower index wins a tie). */
export function rankingOrder(scores: Float64Array): number[] {
  const rounded = Array.from(scores, roundScore);
  return rounded
    .map((_, i) => i)
    .sort((a, b) => (rounded[b] as number) - (rounded[a] as number) || a - b);
}

/** Scores and breakdown of every candidate of a packed input, in ranking order. */
export function rankPacked(packed: PackedInput, method: Method): ScoredCandidate[] {
  const n = packed.ids.length;
  const scores = new Float64Array(n);
  if (method === 'weighted-sum') {
    const model = prepareWeightedSum(packed);
    weightedSumScores(model, packed.weights, scores);
    return rankingOrder(scores).map((i, r) => ({
      id: packed.ids[i] as string,
      score: roundScore(scores[i] as number),
      rank: r + 1,
      contributions: weightedSumContributions(model, packed, i),
    }));
  }
  const model = prepareTopsis(packed);
  topsisScores(model, packed.weights, scores);
  return rankingOrder(scores).map((i, r) => ({
    id: packed.ids[i] as string,
    score: roundScore(scores[i] as number),
    rank: r + 1,
    contributions: topsisContributions(model, packed, i, scores[i] as number),
  }));
}

/** Ranks a valid input (validate it first with validateRankInput). */
export function rank(input: RankInput, method: Method): ScoredCandidate[] {
  return rankPacked(packInput(input), method);
}

/** The CLI's output shape: {"ranking":[{"id","score","rank"}]}. */
export function presentRanking(scored: ScoredCandidate[]): { ranking: RankedCandidate[] } {
  return { ranking: scored.map(({ id, score, rank: position }) => ({ id, score, rank: position })) };
}
