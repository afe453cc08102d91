// SPDX-License-Identifier: EUPL-1.2
/**
 * Distribution of the national task over municipalities in proportion to population, rounded
 * with the largest-remainder (Hamilton) method so the municipal tasks sum exactly to the national
 * task. Ties in the remainder go first to the lower CBS code. Arithmetic is exact (BigInt), so
 * the result does not depend on floating-point rounding.
 */
import { AppError } from '../../../shared/errors.ts';

export type PopulationShare = { code: string; population: number };

export type DistributedTask = {
  code: string;
  population: number;
  /** The whole-number task. */
  task: number;
  /** The exact quota nationalTask × population / total, rounded to 2 decimals for display. */
  quota: number;
  /** True when this municipality received one of the remaining units for its remainder. */
  roundedUp: boolean;
  /** How it was computed, e.g. "18,750 × 374,238 / 17,942,942 = 391.07 → 391". */
  formula: string;
};

export type DistributeTaskOptions = { nationalTask: number; populations: PopulationShare[] };

const en = new Intl.NumberFormat('en-GB');

/** Distributes `nationalTask` persons over the municipalities in `populations`. */
export function distributeTask({ nationalTask, populations }: DistributeTaskOptions): DistributedTask[] {
  if (!Number.isSafeInteger(nationalTask) || nationalTask < 0) {
    throw new AppError('VALIDATION_FAILED', 'The national task must be a whole number ≥ 0.', { field: 'nationalTask' });
  }
  const seen = new Set<string>();
  for (const row of populations) {
    if (!Number.isSafeInteger(row.population) || row.population < 0) {
      throw new AppError('VALIDATION_FAILED', `Population of ${row.code} must be a whole number ≥ 0.`, {
        field: 'population',
      });
    }
    if (seen.has(row.code)) {
      throw new AppError('VALIDATION_FAILED', `Municipality ${row.code} appears twice.`, { field: 'code' });
    }
    seen.add(row.code);
  }
  const totalNumber = populations.reduce((sum, row) => sum + row.population, 0);
  if (totalNumber === 0) {
    throw new AppError('VALIDATION_FAILED', 'The total population is zero; nothing to distribute over.', {
      field: 'population',
    });
  }
  const total = BigInt(totalNumber);
  const task = BigInt(nationalTask);
  const rows = populations.map((row) => {
    const numerator = task * BigInt(row.population);
    return { row, floor: numerator / total, remainder: numerator % total };
  });
  const assigned = rows.reduce((sum, r) => sum + r.floor, 0n);
  const left = Number(task - assigned);
  const order = [...rows].sort((a, b) =>
    a.remainder === b.remainder ? a.row.code.localeCompare(b.row.code) : a.remainder > b.remainder ? -1 : 1,
  );
  const roundedUp = new Set(order.slice(0, left).map((r) => r.row.code));
  return rows
    .map(({ row, floor, remainder }) => {
      const up = roundedUp.has(row.code);
      const result = Number(floor) + (up ? 1 : 0);
      // Two decimals of the exact quota, for display only.
      const hundredths = Number((remainder * 100n + total / 2n) / total);
      const quota = Number(floor) + hundredths / 100;
      return {
        code: row.code,
        population: row.population,
        task: result,
        quota,
        roundedUp: up,
        formula:
          `${en.format(nationalTask)} × ${en.format(row.population)} / ${en.format(totalNumber)} = ` +
          `${quota.toFixed(2)} → ${result}${up ? ' (largest remainder)' : ''}`,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
