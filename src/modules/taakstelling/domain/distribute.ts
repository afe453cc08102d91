// SPDX-License-Identifier: EUPL-1.2
/**
 * Distribution of the national task over municipalities in proportion to population, rounded
 * with the largest-remainder (Hamilton) method so the municipal tasks sum exactly to the national
 * task. Ties in the remainder go first to the lower CBS code. Arithmetic is exact integer
 * arithmetic, so the result does not depend on floating-point rounding: plain numbers while
 * national task × total population stays below 2^53 (always, for real figures: 10^5 × 2 × 10^7),
 * BigInt beyond that. Both paths give identical results (distribute.test.ts).
 */
import { AppError } from '../../../shared/errors.ts';

export type PopulationShare = { code: string; population: number };

/** One municipality's share without the formula text (for computing many periods at once). */
export type ExactShare = {
  code: string;
  population: number;
  /** The whole-number task. */
  task: number;
  /** The exact quota nationalTask × population / total, rounded to 2 decimals for display. */
  quota: number;
  /** True when this municipality received one of the remaining units for its remainder. */
  roundedUp: boolean;
};

export type DistributedTask = ExactShare & {
  /** How it was computed, e.g. "18,750 × 374,238 / 17,942,942 = 391.07 → 391". */
  formula: string;
};

export type DistributeTaskOptions = { nationalTask: number; populations: PopulationShare[] };

const en = new Intl.NumberFormat('en-GB');

function validate({ nationalTask, populations }: DistributeTaskOptions): number {
  if (!Number.isSafeInteger(nationalTask) || nationalTask < 0) {
    throw new AppError('VALIDATION_FAILED', 'The national task must be a whole number ≥ 0.', { field: 'nationalTask' });
  }
  const seen = new Set<string>();
  let total = 0;
  for (const row of populations) {
    if (!Number.isSafeInteger(row.population) || row.population < 0) {
      throw new AppError('VALIDATION_FAILED', `Population of ${row.code} must be a whole number ≥ 0.`, { field: 'population' });
    }
    if (seen.has(row.code)) {
      throw new AppError('VALIDATION_FAILED', `Municipality ${row.code} appears twice.`, { field: 'code' });
    }
    seen.add(row.code);
    total += row.population;
  }
  if (total === 0) {
    throw new AppError('VALIDATION_FAILED', 'The total population is zero; nothing to distribute over.', { field: 'population' });
  }
  return total;
}

type Split = { row: PopulationShare; floor: number; remainder: number | bigint; hundredths: number };

/** floor(task × population / total) and its remainder, in exact integers. */
function splitNumbers(task: number, rows: PopulationShare[], total: number): Split[] {
  return rows.map((row) => {
    const numerator = task * row.population;
    let floor = Math.floor(numerator / total);
    let remainder = numerator - floor * total;
    // The float division can be one off near an integer; the integer remainder corrects it.
    if (remainder < 0) {
      floor -= 1;
      remainder += total;
    } else if (remainder >= total) {
      floor += 1;
      remainder -= total;
    }
    return { row, floor, remainder, hundredths: Math.floor((remainder * 100 + Math.floor(total / 2)) / total) };
  });
}

function splitBigInts(task: number, rows: PopulationShare[], total: number): Split[] {
  const t = BigInt(task);
  const n = BigInt(total);
  return rows.map((row) => {
    const numerator = t * BigInt(row.population);
    const remainder = numerator % n;
    return { row, floor: Number(numerator / n), remainder, hundredths: Number((remainder * 100n + n / 2n) / n) };
  });
}

/**
 * The shares without formula texts, ordered by code. `arithmetic` forces a path (tests); by
 * default plain numbers are used whenever every intermediate value is a safe integer.
 */
export function largestRemainder(options: DistributeTaskOptions, arithmetic: 'auto' | 'bigint' = 'auto'): { shares: ExactShare[]; total: number } {
  const total = validate(options);
  const { nationalTask, populations } = options;
  const safe = nationalTask * total * 100 < Number.MAX_SAFE_INTEGER;
  const splits = arithmetic === 'auto' && safe ? splitNumbers(nationalTask, populations, total) : splitBigInts(nationalTask, populations, total);
  const left = nationalTask - splits.reduce((sum, s) => sum + s.floor, 0);
  const order = [...splits].sort((a, b) =>
    a.remainder === b.remainder ? (a.row.code < b.row.code ? -1 : 1) : a.remainder > b.remainder ? -1 : 1,
  );
  const roundedUp = new Set(order.slice(0, left).map((s) => s.row.code));
  const shares = splits.map(({ row, floor, hundredths }): ExactShare => {
    const up = roundedUp.has(row.code);
    return { code: row.code, population: row.population, task: floor + (up ? 1 : 0), quota: floor + hundredths / 100, roundedUp: up };
  });
  return { shares: shares.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)), total };
}

/** The formula text of one share, e.g. "18,750 × 374,238 / 17,942,942 = 391.07 → 391". */
export function distributionFormula(nationalTask: number, total: number, share: ExactShare): string {
  return (
    `${en.format(nationalTask)} × ${en.format(share.population)} / ${en.format(total)} = ` +
    `${share.quota.toFixed(2)} → ${share.task}${share.roundedUp ? ' (largest remainder)' : ''}`
  );
}

/** Distributes `nationalTask` persons over the municipalities in `populations`, with formulas. */
export function distributeTask(options: DistributeTaskOptions): DistributedTask[] {
  const { shares, total } = largestRemainder(options);
  return shares.map((share) => ({ ...share, formula: distributionFormula(options.nationalTask, total, share) }));
}
