// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipal tasks of one period: the national task × each municipality's population share on
 * the period's reference date, largest-remainder rounded over the whole country; an imported
 * official table overrides the computation where it exists. Municipalities follow the division
 * of the period's year (mergers). Without population figures for the reference date, it says so
 * instead of computing.
 */
import { AppError } from '../../shared/errors.ts';
import type { Executor } from '../../db/client.ts';
import { distributeTask, type DistributedTask } from './domain/distribute.ts';
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

export type DistributionRow = {
  code: string;
  name: string;
  provinceCode: string;
  population: number | null;
  /** The task that counts: the official figure where imported, else the computed one. */
  task: number;
  computed: DistributedTask | null;
  official: number | null;
  /** True when an official figure exists and differs from the computation. */
  differs: boolean;
};

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
  const codes = division.map((m) => m.code);
  const referenceDate = national.populationReferenceDate ?? (await latestPopulationDate(db, periodStart(parsed)));
  const populations = referenceDate ? await populationsOn(db, referenceDate, codes) : [];
  const official = await officialTasksOf(db, period);
  const officialByCode = new Map(official.map((o) => [o.official.municipalityCode, o.official.task]));
  const complete = populations.length === codes.length;
  if (!complete && official.length === 0) {
    const missing = codes.filter((code) => !populations.some((p) => p.code === code));
    throw new AppError(
      'DATA_MISSING',
      referenceDate
        ? `No population on ${referenceDate} for ${missing.length} municipalities of ${parsed.year} (e.g. ${missing.slice(0, 3).join(', ')}); import an official table for ${period}.`
        : `No CBS population figure on or before ${periodStart(parsed)} is loaded; the task of ${period} cannot be distributed. Import an official table for ${period}.`,
      { field: 'period', details: { referenceDate: referenceDate ?? null } },
    );
  }
  const computed = complete
    ? new Map(distributeTask({ nationalTask: national.task, populations }).map((row) => [row.code, row]))
    : new Map<string, DistributedTask>();
  const popByCode = new Map(populations.map((p) => [p.code, p.population]));
  const rows = division
    .filter((m) => !province || m.provinceCode === province)
    .map((m): DistributionRow => {
      const mine = computed.get(m.code) ?? null;
      const officialTask = officialByCode.get(m.code) ?? null;
      return {
        code: m.code,
        name: m.name,
        provinceCode: m.provinceCode,
        population: popByCode.get(m.code) ?? null,
        task: officialTask ?? mine?.task ?? 0,
        computed: mine,
        official: officialTask,
        differs: officialTask !== null && mine !== null && officialTask !== mine.task,
      };
    });
  const officialSum = official.reduce((sum, o) => sum + o.official.task, 0);
  const sources = new Map<string, SourceRow>([[national.source.id, national.source]]);
  for (const p of populations) {
    sources.set(p.source.id, p.source);
  }
  for (const o of official) {
    sources.set(o.source.id, o.source);
  }
  return {
    period,
    nationalTask: national.task,
    nationalBacklogIn: national.backlogIn,
    divisionYear: parsed.year,
    populationReferenceDate: complete ? (referenceDate ?? null) : null,
    populationTotal: complete ? populations.reduce((sum, p) => sum + p.population, 0) : null,
    rows,
    sources: [...sources.values()],
    officialSumMismatch:
      official.length > 0 && officialSum !== national.task ? { officialSum, nationalTask: national.task } : null,
  };
}
