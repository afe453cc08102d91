// SPDX-License-Identifier: EUPL-1.2
/**
 * Normalisation per criterion over the candidates, on packed columns (types.ts PackedInput).
 *
 * - Min-max (weighted sum): benefit (x − min) / (max − min), cost (max − x) / (max − min), so 1 is
 *   always the best candidate and 0 the worst. A criterion whose values are all equal gives 0 to
 *   every candidate: it does not tell them apart, so it contributes nothing.
 * - Vector (TOPSIS): x / √(Σ x²) over the candidates, direction applied later by the ideal points.
 *   A criterion whose values are all 0 gives 0 (there is no length to divide by).
 */
import type { PackedInput } from './types.ts';

/** Min-max normalised columns, direction applied, in [0, 1]. */
export function minMaxColumns(packed: PackedInput): Float64Array {
  const n = packed.ids.length;
  const out = new Float64Array(packed.values.length);
  packed.criteria.forEach((criterion, j) => {
    const start = j * n;
    let min = Infinity;
    let max = -Infinity;
    for (let i = start; i < start + n; i++) {
      const x = packed.values[i] as number;
      min = x < min ? x : min;
      max = x > max ? x : max;
    }
    const range = max - min;
    if (!(range > 0)) {
      return;
    }
    for (let i = start; i < start + n; i++) {
      const x = packed.values[i] as number;
      // Clamped: (x − min) / range can exceed 1 by a rounding error when range is tiny.
      const r = criterion.direction === 'benefit' ? (x - min) / range : (max - x) / range;
      out[i] = r < 0 ? 0 : r > 1 ? 1 : r;
    }
  });
  return out;
}

/** Vector-normalised columns: each column divided by its Euclidean length. */
export function vectorColumns(packed: PackedInput): Float64Array {
  const n = packed.ids.length;
  const out = new Float64Array(packed.values.length);
  packed.criteria.forEach((_criterion, j) => {
    const start = j * n;
    let sumOfSquares = 0;
    for (let i = start; i < start + n; i++) {
      const x = packed.values[i] as number;
      sumOfSquares += x * x;
    }
    const length = Math.sqrt(sumOfSquares);
    if (!(length > 0) || !Number.isFinite(length)) {
      return;
    }
    for (let i = start; i < start + n; i++) {
      out[i] = (packed.values[i] as number) / length;
    }
  });
  return out;
}

/**
 * Weights × factors, renormalised to sum 1 (the sensitivity draws). Factors are positive, so a
 * weight of 0 stays 0 and the sum stays positive when some weight is positive.
 */
export function renormalise(weights: Float64Array, factors: Float64Array, out: Float64Array): Float64Array {
  let total = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = (weights[j] as number) * (factors[j] as number);
    out[j] = w;
    total += w;
  }
  for (let j = 0; j < weights.length; j++) {
    out[j] = (out[j] as number) / total;
  }
  return out;
}
