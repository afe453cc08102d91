// SPDX-License-Identifier: EUPL-1.2
/** Loads a location the caller may read, or answers 404 (outside the scope looks like missing). */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { authorizeOrHide } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { findLocationRecord, type LocationRecord } from './location.repository.ts';
import { locationPolicy, type LocationRef } from './location.policy.ts';

/** The policy's view of a location record. */
export const refOf = (record: LocationRecord): LocationRef => ({
  id: record.id,
  municipalityCode: record.municipality_code,
  provinceCode: record.province_code,
});

type LoadVisibleLocationOptions = { db: Executor; principal: Principal; id: string };

export async function loadVisibleLocation({ db, principal, id }: LoadVisibleLocationOptions): Promise<LocationRecord> {
  const record = await findLocationRecord(db, id);
  if (!record) {
    throw new AppError('NOT_FOUND', `There is no location ${id}.`, { field: 'params.id' });
  }
  authorizeOrHide(principal, locationPolicy.canRead(principal, refOf(record)));
  return record;
}
