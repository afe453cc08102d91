// SPDX-License-Identifier: EUPL-1.2
/**
 * A municipality's capacity in a proposal, in persons (docs/matching.md, "Capacity"):
 *   capacity = min(remaining task, available homes in persons)   where homes are entered,
 *   capacity = remaining task                                    where they are not,
 *   remaining task = max(0, round(corrected task − realised)),
 *   homes in persons = 2 × homes for 1-2 + 4 × homes for 3-4 + L × homes for 5 or more,
 *   with L = max(5, the largest household to place): each home at the most its size class holds.
 * Pure; the explanation says which of the two limits binds.
 */

/** Available homes by size class, as entered (null: not entered). */
export type EnteredHomes = { small: number; medium: number; large: number } | null;

export type CapacityBasis = {
  /** Corrected task − realised of the period, rounded, at least 0. */
  remainingTask: number;
  /** The entered homes in persons; null when the municipality entered none. */
  homesPersons: number | null;
  /** Which limit gives the capacity ('task' also when both are equal or no homes are entered). */
  limit: 'task' | 'homes';
  /** The computation with its numbers, e.g. "min(12, 2 × 3 + 4 × 1 + 5 × 0 = 10) = 10". */
  how: string;
};

/** Persons the largest home class holds: at least 5, or the largest household to place. */
export function largeHomeSize(householdSizes: readonly number[]): number {
  return householdSizes.reduce((max, size) => Math.max(max, size), 5);
}

/** The capacity in persons and how it was found. */
export function capacityOf(remaining: number, homes: EnteredHomes, largeSize: number): { capacity: number } & CapacityBasis {
  const remainingTask = Math.max(0, Math.round(remaining));
  if (homes === null) {
    return { capacity: remainingTask, remainingTask, homesPersons: null, limit: 'task', how: `remaining task = ${remainingTask} (no available homes entered)` };
  }
  const homesPersons = 2 * homes.small + 4 * homes.medium + largeSize * homes.large;
  const homesHow = `2 × ${homes.small} + 4 × ${homes.medium} + ${largeSize} × ${homes.large} = ${homesPersons}`;
  const capacity = Math.min(remainingTask, homesPersons);
  const limit = homesPersons < remainingTask ? 'homes' : 'task';
  return { capacity, remainingTask, homesPersons, limit, how: `min(remaining task ${remainingTask}, homes in persons ${homesHow}) = ${capacity}` };
}
