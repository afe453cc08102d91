// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipal tasks of one period from plain data (no database): the national task ×
 * population share over the whole country (largest remainder), with an imported official table
 * overriding the computation where it exists. Used for one period (compute-distribution.ts) and
 * for all periods at once (taakstelling-state.ts), so both give the same figures.
 */
import { distributionFormula, largestRemainder, type ExactShare } from './distribute.ts';

export type DivisionMember = { code: string; name: string; provinceCode: string };
export type OfficialTask = { code: string; task: number; taskIncludingBacklog: number | null };

export type BuildPeriodDistributionInput = {
  period: string;
  nationalTask: number;
  /** Municipalities active on 1 January of the period's year, ordered by code. */
  division: DivisionMember[];
  /** The population reference date used, or undefined when no figure is loaded. */
  referenceDate: string | undefined;
  /** Populations on referenceDate (any codes; only the division's are used). */
  populations: { code: string; population: number }[];
  official: OfficialTask[];
};

export type PeriodDistributionRow = DivisionMember & {
  population: number | null;
  /**
   * The task that counts: the official figure where imported, else the computed one; null when
   * neither exists (a partial official table for a period without population figures).
   */
  task: number | null;
  /** The computed share (formula text on demand: computedFormula). */
  computed: ExactShare | null;
  official: number | null;
  officialIncludingBacklog: number | null;
  /** True when an official figure exists and differs from the computation. */
  differs: boolean;
};

export type PeriodDistribution = {
  rows: PeriodDistributionRow[];
  /** Set when the computation was possible (population of every municipality on the date). */
  populationReferenceDate: string | null;
  populationTotal: number | null;
  /** Set when an official table was imported but its sum differs from the national task. */
  officialSumMismatch: { officialSum: number; nationalTask: number } | null;
};

export type PeriodDistributionResult =
  | { ok: true; distribution: PeriodDistribution }
  | { ok: false; message: string; missingCodes: string[]; referenceDate: string | null };

/** Builds the distribution, or says why it cannot (no population and no official table). */
export function buildPeriodDistribution(input: BuildPeriodDistributionInput): PeriodDistributionResult {
  const { period, division, referenceDate } = input;
  const codes = new Set(division.map((m) => m.code));
  const populations = input.populations.filter((p) => codes.has(p.code));
  const complete = referenceDate !== undefined && populations.length === division.length;
  if (!complete && input.official.length === 0) {
    const known = new Set(populations.map((p) => p.code));
    const missing = division.filter((m) => !known.has(m.code)).map((m) => m.code);
    const year = period.slice(0, 4);
    return {
      ok: false,
      missingCodes: missing,
      referenceDate: referenceDate ?? null,
      message: referenceDate
        ? `No population on ${referenceDate} for ${missing.length} municipalities of ${year} (e.g. ${missing.slice(0, 3).join(', ')}); import an official table for ${period}.`
        : `No CBS population figure on or before the start of ${period} is loaded; the task of ${period} cannot be distributed. Import an official table for ${period}.`,
    };
  }
  const computed = complete
    ? new Map(largestRemainder({ nationalTask: input.nationalTask, populations }).shares.map((row) => [row.code, row]))
    : new Map<string, ExactShare>();
  const popByCode = new Map(populations.map((p) => [p.code, p.population]));
  const officialByCode = new Map(input.official.map((o) => [o.code, o]));
  const rows = division.map((member): PeriodDistributionRow => {
    const mine = computed.get(member.code) ?? null;
    const official = officialByCode.get(member.code) ?? null;
    // Fields written out: `{ ...member, more }` is some 50 times slower in V8, and this runs for
    // every municipality of every period at each recompute.
    return {
      code: member.code,
      name: member.name,
      provinceCode: member.provinceCode,
      population: popByCode.get(member.code) ?? null,
      task: official?.task ?? mine?.task ?? null,
      computed: mine,
      official: official?.task ?? null,
      officialIncludingBacklog: official?.taskIncludingBacklog ?? null,
      differs: official !== null && mine !== null && official.task !== mine.task,
    };
  });
  const officialSum = input.official.reduce((sum, o) => sum + o.task, 0);
  return {
    ok: true,
    distribution: {
      rows,
      populationReferenceDate: complete ? (referenceDate ?? null) : null,
      populationTotal: complete ? populations.reduce((sum, p) => sum + p.population, 0) : null,
      officialSumMismatch:
        input.official.length > 0 && officialSum !== input.nationalTask
          ? { officialSum, nationalTask: input.nationalTask }
          : null,
    },
  };
}

/** "18,750 × 374,238 / 17,942,942 = 391.07 → 391" for a computed row, else null. */
export function computedFormula(distribution: PeriodDistribution, nationalTask: number, row: PeriodDistributionRow): string | null {
  return row.computed && distribution.populationTotal !== null
    ? distributionFormula(nationalTask, distribution.populationTotal, row.computed)
    : null;
}
