// SPDX-License-Identifier: EUPL-1.2
/**
 * Exhaustive search for tiny instances (a handful of households): the plan that places the most
 * households and, among those, has the highest total score. The heuristic pipeline is near-optimal
 * but not exact; on instances this small an exact answer costs microseconds, so we give it.
 */
import type { PackedInstance } from './types.ts';

/** Largest search tree (product over households of options + 1) we are willing to walk. */
const maxLeaves = 100_000;

/** The exact best plan, or undefined when the instance is too large for exhaustive search. */
export function solveExactly(instance: PackedInstance): Int32Array | undefined {
  const { n, m, scores, sizes, capacities } = instance;
  const options: number[][] = [];
  let leaves = 1;
  for (let h = 0; h < n; h++) {
    const allowed: number[] = [];
    for (let d = 0; d < m; d++) {
      if ((scores[h * m + d] as number) > Number.NEGATIVE_INFINITY && (capacities[d] as number) >= (sizes[h] as number)) {
        allowed.push(d);
      }
    }
    options.push(allowed);
    leaves *= allowed.length + 1;
    if (leaves > maxLeaves) {
      return undefined;
    }
  }
  const free = Float64Array.from(capacities);
  const current = new Int32Array(n).fill(-1);
  const best = new Int32Array(n).fill(-1);
  let bestPlaced = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  const visit = (h: number, placed: number, score: number): void => {
    if (placed + (n - h) < bestPlaced) {
      return;
    }
    if (h === n) {
      if (placed > bestPlaced || (placed === bestPlaced && score > bestScore + 1e-12)) {
        bestPlaced = placed;
        bestScore = score;
        best.set(current);
      }
      return;
    }
    const size = sizes[h] as number;
    for (const d of options[h] as number[]) {
      if ((free[d] as number) >= size) {
        free[d] = (free[d] as number) - size;
        current[h] = d;
        visit(h + 1, placed + 1, score + (scores[h * m + d] as number));
        free[d] = (free[d] as number) + size;
      }
    }
    current[h] = -1;
    visit(h + 1, placed, score);
  };
  visit(0, 0, 0);
  return best;
}
