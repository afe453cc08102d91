// SPDX-License-Identifier: EUPL-1.2
/**
 * Province aggregates of waiting times, from the precomputed aggregates (never more than a minute
 * behind). Aggregates only: no pseudonyms, and no figure for a group of fewer than 10 households.
 */
import type { Db } from '../../db/client.ts';
import type { WaitingIndicator } from '../../db/schema/index.ts';
import { ensureFreshStats, listProvinceStats, type StatsRow } from './waiting.repository.ts';
import { minimumGroupSize, waitingIndicators } from './waiting-times.ts';

export type SuppressibleSummary = {
  period: string;
  indicator: WaitingIndicator;
  households: number | null;
  medianDays: number | null;
  buckets: number[] | null;
  suppressed: boolean;
};

/** Hides every figure of a group below the minimum size: its count, median and distribution. */
export function suppressSmall(row: Pick<StatsRow, 'period' | 'indicator' | 'households' | 'medianDays' | 'buckets'>): SuppressibleSummary {
  if (row.households < minimumGroupSize) {
    return { period: row.period, indicator: row.indicator, households: null, medianDays: null, buckets: null, suppressed: true };
  }
  return { period: row.period, indicator: row.indicator, households: row.households, medianDays: row.medianDays, buckets: row.buckets, suppressed: false };
}

export type ProvinceWaitingTimes = {
  provinceCode: string;
  refreshedAt: Date;
  province: SuppressibleSummary[];
  municipalities: (SuppressibleSummary & { municipalityCode: string; municipalityName: string })[];
};

export type GetProvinceWaitingTimesOptions = { db: Db; provinceCode: string; now?: Date };

export async function getProvinceWaitingTimes({ db, provinceCode, now }: GetProvinceWaitingTimesOptions): Promise<ProvinceWaitingTimes> {
  const refreshedAt = await ensureFreshStats(db, now);
  const order = (row: StatsRow) => waitingIndicators.indexOf(row.indicator);
  const rows = (await listProvinceStats(db, provinceCode)).sort(
    (a, b) => a.code.localeCompare(b.code) || a.period.localeCompare(b.period) || order(a) - order(b),
  );
  return {
    provinceCode,
    refreshedAt,
    province: rows.filter((row) => row.scope === 'province').map(suppressSmall),
    municipalities: rows
      .filter((row) => row.scope === 'municipality')
      .map((row) => ({ ...suppressSmall(row), municipalityCode: row.code, municipalityName: row.name ?? row.code })),
  };
}
