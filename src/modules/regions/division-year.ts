// SPDX-License-Identifier: EUPL-1.2
import type { Db } from '../../db/client.ts';
import { findLatestDivisionYear } from './region.repository.ts';

/** The last division year of the shipped data; used when nothing is loaded yet. */
export const shippedDivisionYear = 2025;

/** The requested division year, or by default the latest one loaded. */
export async function resolveDivisionYear(db: Db, year: number | undefined): Promise<number> {
  if (year !== undefined) {
    return year;
  }
  return (await findLatestDivisionYear(db)) ?? shippedDivisionYear;
}
