// SPDX-License-Identifier: EUPL-1.2
/**
 * Table-driven cases for the placement engine: small instances with a known answer, and invalid
 * instances with the message they must produce. Used by solve.test.ts and validate.test.ts.
 */
import type { MatchingInstance } from './types.ts';

/** An instance with its known optimum. */
export type SolveCase = {
  name: string;
  instance: MatchingInstance;
  /** The optimal total score. */
  objective: number;
  /** Expected household → municipality, when the optimum is unique. */
  assignments?: Record<string, string>;
  /** Households that cannot be placed, with a fragment of their reason. */
  unassigned?: Record<string, string>;
};

/** An invalid input and the message it must produce. */
export type InvalidCase = { name: string; input: unknown; error: RegExp };

const two = [
  { code: 'GM0344', capacity: 120 },
  { code: 'GM0307', capacity: 60 },
];

/** n households of one person each, all preferring the first of two municipalities. */
function crowd(n: number, firstCapacity: number): MatchingInstance {
  return {
    municipalities: [
      { code: 'GM0001', capacity: firstCapacity },
      { code: 'GM0002', capacity: n },
    ],
    households: Array.from({ length: n }, (_, i) => ({ id: `H${i}`, size: 1, scores: [0.9, 0.1 + i / 1000] })),
  };
}

/** Instances with a known optimal answer. */
export const solveCases: SolveCase[] = [
  {
    name: 'the example from the specification',
    instance: {
      municipalities: two,
      households: [
        { id: 'H000001', size: 3, scores: [0.41, null] },
        { id: 'H000002', size: 1, scores: [0.2, 0.35], fixed: 'GM0307' },
      ],
    },
    objective: 0.76,
    assignments: { H000001: 'GM0344', H000002: 'GM0307' },
  },
  {
    name: 'a fixed household stays put even where it scores lower',
    instance: { municipalities: two, households: [{ id: 'A', size: 2, scores: [0.9, 0.1], fixed: 'GM0307' }] },
    objective: 0.1,
    assignments: { A: 'GM0307' },
  },
  {
    name: 'capacity counts persons: the family of three wins the three places over two singles',
    instance: {
      municipalities: [
        { code: 'GM0001', capacity: 3 },
        { code: 'GM0002', capacity: 10 },
      ],
      households: [
        { id: 'F', size: 3, scores: [0.9, 0.1] },
        { id: 'S1', size: 1, scores: [0.5, 0.4] },
        { id: 'S2', size: 1, scores: [0.5, 0.4] },
      ],
    },
    objective: 0.9 + 0.4 + 0.4,
    assignments: { F: 'GM0001', S1: 'GM0002', S2: 'GM0002' },
  },
  {
    name: 'a full fixed municipality leaves the second fixed household unassigned, with a reason',
    instance: {
      municipalities: [
        { code: 'GM0001', capacity: 2 },
        { code: 'GM0002', capacity: 9 },
      ],
      households: [
        { id: 'A', size: 2, scores: [0.8, 0.1], fixed: 'GM0001' },
        { id: 'B', size: 2, scores: [0.7, 0.2], fixed: 'GM0001' },
      ],
    },
    objective: 0.8,
    unassigned: { B: 'fixed to GM0001' },
  },
  {
    name: 'a household larger than every allowed capacity cannot be placed',
    instance: { municipalities: two, households: [{ id: 'XL', size: 200, scores: [0.5, 0.5] }] },
    objective: 0,
    unassigned: { XL: 'larger than the capacity' },
  },
  {
    name: 'a household with only null scores cannot be placed',
    instance: { municipalities: two, households: [{ id: 'N', size: 1, scores: [null, null] }] },
    objective: 0,
    unassigned: { N: 'no allowed municipality' },
  },
  {
    name: 'no municipalities at all',
    instance: { municipalities: [], households: [{ id: 'A', size: 1, scores: [] }] },
    objective: 0,
    unassigned: { A: 'no allowed municipality' },
  },
  {
    name: 'no households at all',
    instance: { municipalities: two, households: [] },
    objective: 0,
  },
  {
    name: 'too few places in total: the plan is partial and says so',
    instance: {
      municipalities: [{ code: 'GM0001', capacity: 3 }],
      households: [
        { id: 'A', size: 2, scores: [0.6] },
        { id: 'B', size: 2, scores: [0.9] },
      ],
    },
    objective: 0.9,
    unassigned: { A: 'no room' },
  },
  {
    name: 'forty singles for twenty popular places (heuristic path): the twenty with the best alternative move',
    instance: crowd(40, 20),
    objective: 20 * 0.9 + Array.from({ length: 20 }, (_, i) => 0.1 + (20 + i) / 1000).reduce((a, b) => a + b, 0),
  },
];

const valid = { municipalities: two, households: [{ id: 'H1', size: 1, scores: [0.5, 0.5] }] };

function withHousehold(household: Record<string, unknown>): unknown {
  return { municipalities: two, households: [household] };
}

/** Invalid instances, one problem each. */
export const invalidCases: InvalidCase[] = [
  { name: 'not an object', input: [1, 2], error: /must be a JSON object/ },
  { name: 'municipalities missing', input: { households: [] }, error: /"municipalities" must be an array/ },
  { name: 'households not an array', input: { municipalities: two, households: {} }, error: /"households" must be an array/ },
  { name: 'NaN score', input: withHousehold({ id: 'H1', size: 1, scores: [Number.NaN, 0.5] }), error: /households\[0\] \(id "H1"\)\.scores\[0\] \(GM0344\): must be a number in \[0, 1\] or null, got NaN/ },
  { name: 'Infinity score', input: withHousehold({ id: 'H1', size: 1, scores: [0.5, Number.POSITIVE_INFINITY] }), error: /scores\[1\] \(GM0307\).*got Infinity/ },
  { name: 'score above 1', input: withHousehold({ id: 'H1', size: 1, scores: [1.5, 0.5] }), error: /scores\[0\].*got 1\.5/ },
  { name: 'negative score', input: withHousehold({ id: 'H1', size: 1, scores: [-0.1, 0.5] }), error: /scores\[0\].*got -0\.1/ },
  { name: 'score as text', input: withHousehold({ id: 'H1', size: 1, scores: ['0.5', 0.5] }), error: /scores\[0\].*got "0\.5"/ },
  { name: 'size 0', input: withHousehold({ id: 'H1', size: 0, scores: [0.5, 0.5] }), error: /\(id "H1"\)\.size: must be a positive integer/ },
  { name: 'fractional size', input: withHousehold({ id: 'H1', size: 2.5, scores: [0.5, 0.5] }), error: /\.size: must be a positive integer \(persons\), got 2\.5/ },
  { name: 'negative capacity', input: { ...valid, municipalities: [{ code: 'GM0344', capacity: -1 }, two[1]] }, error: /municipalities\[0\]\.capacity \(GM0344\): must be an integer ≥ 0/ },
  { name: 'duplicate household id', input: { municipalities: two, households: [valid.households[0], valid.households[0]] }, error: /households\[1\] \(id "H1"\): duplicate household id \(also households\[0\]\)/ },
  { name: 'duplicate municipality code', input: { ...valid, municipalities: [two[0], two[0]] }, error: /municipalities\[1\]\.code: duplicate municipality code "GM0344"/ },
  { name: 'scores row too short', input: withHousehold({ id: 'H1', size: 1, scores: [0.5] }), error: /\.scores: must be an array with one entry per municipality \(2\), got 1 entries/ },
  { name: 'fixed to an unknown code', input: withHousehold({ id: 'H1', size: 1, scores: [0.5, 0.5], fixed: 'GM9999' }), error: /\.fixed: unknown municipality code "GM9999"/ },
  { name: 'fixed to a forbidden pair', input: withHousehold({ id: 'H1', size: 1, scores: [null, 0.5], fixed: 'GM0344' }), error: /\.fixed: "GM0344" is a forbidden pair/ },
  { name: 'missing id', input: withHousehold({ size: 1, scores: [0.5, 0.5] }), error: /households\[0\]\.id: must be a non-empty string/ },
];
