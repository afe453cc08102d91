// SPDX-License-Identifier: EUPL-1.2
/** The score of one household × municipality pair with its explanation, and the score matrix. */
import {
  careTerm,
  defaultWeights,
  dwellingTerm,
  labourTerm,
  scoreTerms,
  tiesTerm,
  type ScoreHousehold,
  type ScoreMunicipality,
  type ScoreTerm,
  type ScoreTermExplanation,
} from './score-terms.ts';

/** score = Σ weight_t × value_t over the terms, with the weights scaled to sum to 1. */
export type ScoreExplanation = { score: number; terms: ScoreTermExplanation[] };

export type Weights = Readonly<Record<ScoreTerm, number>>;

const termFunctions = { labour: labourTerm, ties: tiesTerm, care: careTerm, dwelling: dwellingTerm } as const;

/** Weights scaled to sum to 1; refuses negative, non-finite or all-zero weights. */
export function normaliseWeights(weights: Weights): Weights {
  let sum = 0;
  for (const term of scoreTerms) {
    const weight = weights[term];
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`the weight of ${term} must be a number ≥ 0, not ${weight}`);
    }
    sum += weight;
  }
  if (sum === 0) {
    throw new RangeError('at least one weight must be above 0');
  }
  return { labour: weights.labour / sum, ties: weights.ties / sum, care: weights.care / sum, dwelling: weights.dwelling / sum };
}

/** Rounded to 6 decimals so that a score and the sum of its shown contributions agree. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The score of `household` in `municipality` and the term that makes up each part of it. */
export function scorePair(household: ScoreHousehold, municipality: ScoreMunicipality, weights: Weights = defaultWeights): ScoreExplanation {
  const scaled = normaliseWeights(weights);
  const terms = scoreTerms.map((term): ScoreTermExplanation => {
    const part = termFunctions[term](household, municipality);
    const weight = round6(scaled[term]);
    return { term, weight, ...part, contribution: round6(weight * part.value) };
  });
  const score = Math.min(1, Math.max(0, round6(terms.reduce((sum, term) => sum + term.weight * term.value, 0))));
  return { score, terms };
}
