// SPDX-License-Identifier: EUPL-1.2
/**
 * Table-driven cases of the ranking engine (STYLE.md §12). Every expected number is worked out by
 * hand in the comments; the test compares the engine with them, never with itself.
 */
import type { Method, RankInput, RankedCandidate } from './types.ts';

export type RankCase = { name: string; input: RankInput; expected: Record<Method, RankedCandidate[]> };

/**
 * The hand-worked example: 3 candidates × 3 criteria. Raw weights 5, 3, 2 normalise to
 * 0.5, 0.3, 0.2 (sum 10).
 *
 *              cost (k EUR, cost)  density (benefit)  support (benefit)
 *   A                 30                 2000                1
 *   B                 40                 1000                2
 *   C                120                 2000                2
 *
 * Weighted sum, min-max per criterion (1 = best):
 *   cost:    min 30, max 120, range 90 → A (120−30)/90 = 1, B (120−40)/90 = 8/9, C 0
 *   density: min 1000, max 2000        → A 1, B 0, C 1
 *   support: min 1, max 2              → A 0, B 1, C 1
 *   A = 0.5·1 + 0.3·1 + 0.2·0 = 0.8
 *   B = 0.5·8/9 + 0.3·0 + 0.2·1 = 4/9 + 1/5 = 29/45 = 0.644444444444…
 *   C = 0.5·0 + 0.3·1 + 0.2·1 = 0.5
 *
 * TOPSIS, vector normalisation (column lengths √(30²+40²+120²) = 130, √(2000²+1000²+2000²) = 3000,
 * √(1²+2²+2²) = 3), weighted v = w·r:
 *   cost:    A 0.5·3/13 = 3/26,  B 0.5·4/13 = 2/13, C 0.5·12/13 = 6/13   ideal 3/26, anti 6/13
 *   density: A 0.3·2/3 = 1/5,    B 0.3·1/3 = 1/10,  C 1/5                 ideal 1/5,  anti 1/10
 *   support: A 0.2·1/3 = 1/15,   B 0.2·2/3 = 2/15,  C 2/15                ideal 2/15, anti 1/15
 *   A: D⁺ = √(0 + 0 + (1/15)²) = 1/15 = 0.0666667
 *      D⁻ = √((6/13 − 3/26)² + (1/10)² + 0) = √((9/26)² + 0.01) = √0.1298225 = 0.3603089
 *      C = 0.3603089 / (0.3603089 + 0.0666667) = 0.8438630
 *   B: D⁺ = √((2/13 − 3/26)² + (1/10)² + 0) = √((1/26)² + 0.01) = √0.0114793 = 0.1071414
 *      D⁻ = √((6/13 − 2/13)² + 0 + (1/15)²) = √((4/13)² + (1/15)²) = √0.0991191 = 0.3148317
 *      C = 0.3148317 / (0.1071414 + 0.3148317) = 0.7460942
 *   C: D⁺ = √((6/13 − 3/26)² + 0 + 0) = 9/26 = 0.3461538
 *      D⁻ = √(0 + (1/10)² + (1/15)²) = √0.0144444 = 0.1201850
 *      C = 0.1201850 / (0.3461538 + 0.1201850) = 0.2577204
 */
export const handWorked: RankCase = {
  name: 'hand-worked 3 × 3',
  input: {
    criteria: [
      { id: 'cost', weight: 5, direction: 'cost' },
      { id: 'density', weight: 3, direction: 'benefit' },
      { id: 'support', weight: 2, direction: 'benefit' },
    ],
    candidates: [
      { id: 'C', values: { cost: 120, density: 2000, support: 2 } },
      { id: 'A', values: { cost: 30, density: 2000, support: 1 } },
      { id: 'B', values: { cost: 40, density: 1000, support: 2 } },
    ],
  },
  expected: {
    'weighted-sum': [
      { id: 'A', score: 0.8, rank: 1 },
      { id: 'B', score: 29 / 45, rank: 2 },
      { id: 'C', score: 0.5, rank: 3 },
    ],
    topsis: [
      { id: 'A', score: 0.843863, rank: 1 },
      { id: 'B', score: 0.746094, rank: 2 },
      { id: 'C', score: 0.25772, rank: 3 },
    ],
  },
};

/** The tie and zero rules of the issue, each worked out by hand. */
export const ruleCases: RankCase[] = [
  {
    // Every criterion has equal values: min-max gives 0 everywhere (score 0); in TOPSIS every
    // candidate is at distance 0 from both ideals, so it scores 0. Equal scores go by id.
    name: 'all candidates equal → all score 0, ranked by id',
    input: {
      criteria: [
        { id: 'x', weight: 1, direction: 'benefit' },
        { id: 'y', weight: 1, direction: 'cost' },
      ],
      candidates: [
        { id: 'b', values: { x: 5, y: 7 } },
        { id: 'a', values: { x: 5, y: 7 } },
        { id: 'c', values: { x: 5, y: 7 } },
      ],
    },
    expected: {
      'weighted-sum': [
        { id: 'a', score: 0, rank: 1 },
        { id: 'b', score: 0, rank: 2 },
        { id: 'c', score: 0, rank: 3 },
      ],
      topsis: [
        { id: 'a', score: 0, rank: 1 },
        { id: 'b', score: 0, rank: 2 },
        { id: 'c', score: 0, rank: 3 },
      ],
    },
  },
  {
    // z is all 0: it contributes 0 to both methods. Weights 0.5 (x) / 0.5 (z).
    // Weighted sum: x min-max P 1, Q 0 → P 0.5·1 = 0.5, Q 0.
    // TOPSIS: x vector-normalised P 3/5, Q 4/5 (cost: ideal 3/5·0.5 = 0.3, anti 0.4); z gives 0.
    //   P: D⁺ 0, D⁻ 0.1 → 1;   Q: D⁺ 0.1, D⁻ 0 → 0.
    name: 'a criterion of zeros contributes 0',
    input: {
      criteria: [
        { id: 'x', weight: 1, direction: 'cost' },
        { id: 'z', weight: 1, direction: 'benefit' },
      ],
      candidates: [
        { id: 'Q', values: { x: 4, z: 0 } },
        { id: 'P', values: { x: 3, z: 0 } },
      ],
    },
    expected: {
      'weighted-sum': [
        { id: 'P', score: 0.5, rank: 1 },
        { id: 'Q', score: 0, rank: 2 },
      ],
      topsis: [
        { id: 'P', score: 1, rank: 1 },
        { id: 'Q', score: 0, rank: 2 },
      ],
    },
  },
  {
    // Mirror images: weighted sum A = 0.5·1 + 0.5·0 = 0.5 = B; TOPSIS A and B are at the same
    // distances (0.5·… swapped), so both 0.5. Equal scores: "B" before "a" (code-unit order).
    name: 'equal scores are ordered by id in code-unit order, ranks are not shared',
    input: {
      criteria: [
        { id: 'x', weight: 1, direction: 'benefit' },
        { id: 'y', weight: 1, direction: 'benefit' },
      ],
      candidates: [
        { id: 'a', values: { x: 1, y: 0 } },
        { id: 'B', values: { x: 0, y: 1 } },
      ],
    },
    expected: {
      'weighted-sum': [
        { id: 'B', score: 0.5, rank: 1 },
        { id: 'a', score: 0.5, rank: 2 },
      ],
      topsis: [
        { id: 'B', score: 0.5, rank: 1 },
        { id: 'a', score: 0.5, rank: 2 },
      ],
    },
  },
];

/** Inputs that must be refused, with the message each must contain. */
export const badInputs: { name: string; raw: unknown; message: RegExp }[] = [
  {
    name: 'a missing value',
    raw: { criteria: [{ id: 'cost', weight: 1, direction: 'cost' }], candidates: [{ id: 'A', values: {} }] },
    message: /candidates\[0\] \(id "A"\)\.values\.cost: missing/,
  },
  {
    name: 'a negative weight',
    raw: {
      criteria: [
        { id: 'cost', weight: -0.3, direction: 'cost' },
        { id: 'size', weight: 1, direction: 'benefit' },
      ],
      candidates: [{ id: 'A', values: { cost: 1, size: 1 } }],
    },
    message: /criteria\[0\] \(id "cost"\)\.weight: is negative \(-0\.3\)/,
  },
  {
    name: 'an unknown criterion',
    raw: { criteria: [{ id: 'cost', weight: 1, direction: 'cost' }], candidates: [{ id: 'A', values: { cost: 1, price: 2 } }] },
    message: /candidates\[0\] \(id "A"\)\.values\.price: unknown criterion/,
  },
  {
    name: 'weights all zero',
    raw: { criteria: [{ id: 'cost', weight: 0, direction: 'cost' }], candidates: [{ id: 'A', values: { cost: 1 } }] },
    message: /all weights are zero/,
  },
  {
    name: 'a bad direction',
    raw: { criteria: [{ id: 'cost', weight: 1, direction: 'less' }], candidates: [{ id: 'A', values: { cost: 1 } }] },
    message: /criteria\[0\] \(id "cost"\)\.direction: must be "benefit" or "cost"/,
  },
  {
    name: 'a value that is not a number',
    raw: { criteria: [{ id: 'cost', weight: 1, direction: 'cost' }], candidates: [{ id: 'A', values: { cost: '27100' } }] },
    message: /values\.cost: must be a finite number/,
  },
  {
    name: 'duplicate candidate ids',
    raw: {
      criteria: [{ id: 'cost', weight: 1, direction: 'cost' }],
      candidates: [
        { id: 'A', values: { cost: 1 } },
        { id: 'A', values: { cost: 2 } },
      ],
    },
    message: /candidates\[1\] \(id "A"\)\.id: duplicate candidate id/,
  },
  { name: 'no candidates', raw: { criteria: [{ id: 'cost', weight: 1, direction: 'cost' }], candidates: [] }, message: /candidates: must be a non-empty array/ },
  { name: 'not an object', raw: [1, 2], message: /\(root\): must be an object/ },
];
