// SPDX-License-Identifier: EUPL-1.2
/**
 * Province aggregates of waiting times, from the precomputed aggregates (never more than a minute
 * behind). Aggregates only: no pseudonyms, no figure for a group of fewer than 10 households, and
 * none that the province total would give back by subtraction (suppression.ts).
 */
import type { Db } from '../../db/client.ts';
import { suppressProvinceFigures, type ShownFigures } from './suppression.ts';
import { ensureFreshStats, listProvinceStats, type StatsRow } from './waiting.repository.ts';
import { waitingIndicators } from './waiting-times.ts';

export type ProvinceWaitingTimes = {
  provinceCode: string;
  refreshedAt: Date;
  province: ShownFigures[];
  municipalities: (ShownFigures & { municipalityCode: string; municipalityName: string })[];
};

export type GetProvinceWaitingTimesOptions = { db: Db; provinceCode: string; now?: Date };

export async function getProvinceWaitingTimes({ db, provinceCode, now }: GetProvinceWaitingTimesOptions): Promise<ProvinceWaitingTimes> {
  const refreshedAt = await ensureFreshStats(db, now);
  const order = (row: StatsRow) => waitingIndicators.indexOf(row.indicator);
  // Codes and periods are ASCII ("GM0344", "2016-I"): a plain comparison, much cheaper than localeCompare.
  const ascii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const rows = (await listProvinceStats(db, provinceCode)).sort((a, b) => ascii(a.code, b.code) || ascii(a.period, b.period) || order(a) - order(b));
  const shown = suppressProvinceFigures(
    rows.filter((row) => row.scope === 'province'),
    rows.filter((row) => row.scope === 'municipality'),
  );
  return {
    provinceCode,
    refreshedAt,
    province: shown.province,
    municipalities: shown.municipalities.map(({ row, ...figures }) => ({ ...figures, municipalityCode: row.code, municipalityName: row.name ?? row.code })),
  };
}
