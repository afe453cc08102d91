// SPDX-License-Identifier: EUPL-1.2
/** Use case: a municipality's public contact profile (empty when none was saved yet). */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { findProfile, type ProfileRecord } from './municipality-profile.repository.ts';
import { findMunicipality, type MunicipalityRecord } from './region.repository.ts';

type GetMunicipalityProfileOptions = { db: Db; code: string };

/** The municipality and its saved profile (undefined when none was saved). */
export type MunicipalityProfileResult = { municipality: MunicipalityRecord; profile: ProfileRecord | undefined };

/** Throws NOT_FOUND (field params.code) for an unknown municipality. */
export async function getMunicipalityProfile({ db, code }: GetMunicipalityProfileOptions): Promise<MunicipalityProfileResult> {
  const municipality = await findMunicipality(db, code);
  if (!municipality) {
    throw new AppError('NOT_FOUND', `There is no municipality ${code} in the loaded data.`, { field: 'params.code' });
  }
  return { municipality, profile: await findProfile(db, code) };
}
