// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks a ranking input (the CLI's JSON, or what a scenario builds) and packs it for the methods.
 * Nothing is guessed: a missing value, a negative or non-finite weight, weights that are all zero,
 * an unknown criterion or a duplicate id is an error naming the place, e.g.
 * `candidates[2] (id "C").values.cost: missing`.
 */
import type { Candidate, Criterion, PackedInput, RankInput } from './types.ts';

export type ValidationOutcome = { ok: true; input: RankInput } | { ok: false; errors: string[] };

/** At most this many errors are listed; the rest are counted. */
const maxErrors = 20;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkCriteria(raw: unknown, errors: string[]): Criterion[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.push('criteria: must be a non-empty array');
    return [];
  }
  const seen = new Set<string>();
  const criteria: Criterion[] = [];
  raw.forEach((item: unknown, i) => {
    const at = `criteria[${i}]`;
    if (!isObject(item)) {
      errors.push(`${at}: must be an object {"id","weight","direction"}`);
      return;
    }
    const { id, weight, direction } = item;
    if (typeof id !== 'string' || id.length === 0) {
      errors.push(`${at}.id: must be a non-empty string`);
      return;
    }
    const label = `${at} (id "${id}")`;
    if (seen.has(id)) {
      errors.push(`${label}.id: duplicate criterion id`);
    }
    seen.add(id);
    if (typeof weight !== 'number' || !Number.isFinite(weight)) {
      errors.push(`${label}.weight: must be a finite number`);
    } else if (weight < 0) {
      errors.push(`${label}.weight: is negative (${weight}); weights must be 0 or more`);
    }
    if (direction !== 'benefit' && direction !== 'cost') {
      errors.push(`${label}.direction: must be "benefit" or "cost"`);
    }
    criteria.push({ id, weight: Number(weight), direction: direction === 'cost' ? 'cost' : 'benefit' });
  });
  if (criteria.length > 0 && criteria.every((c) => c.weight === 0)) {
    errors.push('criteria: all weights are zero; at least one weight must be more than 0');
  }
  return criteria;
}

function checkCandidates(raw: unknown, criteria: Criterion[], errors: string[]): Candidate[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    errors.push('candidates: must be a non-empty array');
    return [];
  }
  const known = new Set(criteria.map((c) => c.id));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  raw.forEach((item: unknown, i) => {
    const at = `candidates[${i}]`;
    if (!isObject(item) || typeof item.id !== 'string' || item.id.length === 0) {
      errors.push(`${at}.id: must be a non-empty string`);
      return;
    }
    const label = `${at} (id "${item.id}")`;
    if (seen.has(item.id)) {
      errors.push(`${label}.id: duplicate candidate id`);
    }
    seen.add(item.id);
    if (!isObject(item.values)) {
      errors.push(`${label}.values: must be an object of criterion id → number`);
      return;
    }
    const values: Record<string, number> = {};
    for (const [key, value] of Object.entries(item.values)) {
      if (!known.has(key)) {
        errors.push(`${label}.values.${key}: unknown criterion (criteria are ${[...known].join(', ')})`);
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push(`${label}.values.${key}: must be a finite number`);
      } else {
        values[key] = value;
      }
    }
    for (const criterion of criteria) {
      if (!(criterion.id in item.values)) {
        errors.push(`${label}.values.${criterion.id}: missing`);
      }
    }
    candidates.push({ id: item.id, values });
  });
  return candidates;
}

/** Validates raw input (e.g. parsed JSON); lists every problem, never repairs one. */
export function validateRankInput(raw: unknown): ValidationOutcome {
  if (!isObject(raw)) {
    return { ok: false, errors: ['(root): must be an object {"criteria":[…],"candidates":[…]}'] };
  }
  const errors: string[] = [];
  const criteria = checkCriteria(raw.criteria, errors);
  const candidates = checkCandidates(raw.candidates, criteria, errors);
  if (errors.length > 0) {
    const shown = errors.slice(0, maxErrors);
    if (errors.length > maxErrors) {
      shown.push(`… and ${errors.length - maxErrors} more`);
    }
    return { ok: false, errors: shown };
  }
  return { ok: true, input: { criteria, candidates } };
}

/** Code-unit order of ids: the same everywhere, unlike localeCompare. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Packs a valid input: candidates sorted by id, values column by column, weights summing to 1. */
export function packInput(input: RankInput): PackedInput {
  const candidates = [...input.candidates].sort((a, b) => compareIds(a.id, b.id));
  const n = candidates.length;
  const total = input.criteria.reduce((sum, c) => sum + c.weight, 0);
  const weights = Float64Array.from(input.criteria, (c) => c.weight / total);
  const values = new Float64Array(n * input.criteria.length);
  input.criteria.forEach((criterion, j) => {
    candidates.forEach((candidate, i) => {
      values[j * n + i] = candidate.values[criterion.id] as number;
    });
  });
  return { ids: candidates.map((c) => c.id), criteria: input.criteria, weights, values };
}
