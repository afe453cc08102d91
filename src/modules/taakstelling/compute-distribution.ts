// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipal tasks of one period: the national task × each municipality's population share on
 * the period's reference date, largest-remainder rounded over the whole country; an imported
 * official table overrides the computation where it exists. Municipalities follow the division
 * of the period's year (mergers). Without population figures for the reference date, it says so
 * (DATA_MISSING) instead of computing.
 */
import { AppError } from '../../shared/errors.ts';
import type { Executor } from '../../db/client.ts';
import { buildPeriodDistribution, computedFormula, type PeriodDistributionRow } from './domain/period-distribution.ts';
import { parsePeriod, periodStart } from './domain/period.ts';
import {
  divisionOfYear,
  findNationalTask,
  latestPopulationDate,
  officialTasksOf,
  populationsOn,
  type SourceRow,
} from './taakstelling.repository.ts';

export type ComputeDistributionOptions = { db: Executor; period: string; province?: string | undefined };

export type DistributionRow = PeriodDistributionRow & { formula: string | null };

export type Distribution = {
  period: string;
  nationalTask: number;
  nationalBacklogIn: number | null;
  divisionYear: number;
  populationReferenceDate: string | null;
  populationTotal: number | null;
  rows: DistributionRow[];
  sources: SourceRow[];
  /** Set when an official table was imported but its sum differs from the national task. */
  officialSumMismatch: { officialSum: number; nationalTask: number } | null;
};

/** Computes the distribution of one period (optionally only one province's rows: no redistribution). */
export async function computeDistribution({ db, period, province }: ComputeDistributionOptions): Promise<Distribution> {
  const parsed = parsePeriod(period);
  const national = await findNationalTask(db, period);
  if (!national) {
    throw new AppError('NOT_FOUND', `No national task with a source is known for ${period}.`, { field: 'period' });
  }
  const division = await divisionOfYear(db, parsed.year);
  if (division.length === 0) {
    throw new AppError('DATA_MISSING', `No municipal division is loaded for ${parsed.year}.`, { field: 'period' });
  }
  const referenceDate = national.populationReferenceDate ?? (await latestPopulationDate(db, periodStart(parsed)));
  const populations = referenceDate ? await populationsOn(db, referenceDate, division.map((m) => m.code)) : [];
  const official = await officialTasksOf(db, period);
  const result = buildPeriodDistribution({
    period,
    nationalTask: national.task,
    division,
    referenceDate,
    populations,
    official: official.map((o) => ({
      code: o.official.municipalityCode,
      task: o.official.task,
      taskIncludingBacklog: o.official.taskIncludingBacklog,
    })),
  });
  if (!result.ok) {
    throw new AppError('DATA_MISSING', result.message, {
      field: 'period',
      details: { referenceDate: result.referenceDate, missingMunicipalities: result.missingCodes.length },
    });
  }
  const { distribution } = result;
  const sources = new Map<string, SourceRow>([[national.source.id, national.source]]);
  if (distribution.populationReferenceDate !== null) {
    for (const p of populations) {
      sources.set(p.source.id, p.source);
    }
  }
  for (const o of official) {
    sources.set(o.source.id, o.source);
  }
  return {
    period,
    nationalTask: national.task,
    nationalBacklogIn: national.backlogIn,
    divisionYear: parsed.year,
    populationReferenceDate: distribution.populationReferenceDate,
    populationTotal: distribution.populationTotal,
    rows: distribution.rows
      .filter((row) => !province || row.provinceCode === province)
      .map((row) => ({ ...row, formula: computedFormula(distribution, national.task, row) })),
    sources: [...sources.values()],
    officialSumMismatch: distribution.officialSumMismatch,
  };
}
