// SPDX-License-Identifier: EUPL-1.2
/** Use case: the rent limits per year, shipped and added, each with its source. */
import type { Executor } from '../../db/client.ts';
import type { RentLimitRow } from './domain/rent-band.ts';
import { listRentLimits as selectRentLimits } from './housing.repository.ts';

export async function listRentLimits({ db }: { db: Executor }): Promise<RentLimitRow[]> {
  return selectRentLimits(db);
}
