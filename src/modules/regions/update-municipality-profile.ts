// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: replace a municipality's public contact profile. The caller has passed
 * requireProfileEditor; the scope check needs the municipality's province, so it happens here,
 * after reading the (public) municipality and before anything is written.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { findProfile, saveProfile } from './municipality-profile.repository.ts';
import type { MunicipalityProfileInput } from './region.schema.ts';
import { canEditMunicipalityProfile } from './region.policy.ts';
import { findMunicipality } from './region.repository.ts';
import type { MunicipalityProfileResult } from './get-municipality-profile.ts';

type UpdateMunicipalityProfileOptions = {
  db: Db;
  principal: Authenticated;
  code: string;
  input: MunicipalityProfileInput;
};

/** Saves the profile as the caller; 403 outside their scope, 400 for a former municipality. */
export async function updateMunicipalityProfile({
  db,
  principal,
  code,
  input,
}: UpdateMunicipalityProfileOptions): Promise<MunicipalityProfileResult> {
  const municipality = await findMunicipality(db, code);
  if (!municipality) {
    throw new AppError('NOT_FOUND', `There is no municipality ${code} in the loaded data.`, { field: 'params.code' });
  }
  authorize(
    principal,
    canEditMunicipalityProfile(principal, { code, provinceCode: municipality.province_code }),
    `to change the profile of ${municipality.name}`,
  );
  if (municipality.end_date !== null) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${municipality.name} (${code}) ended on ${municipality.end_date}; change the profile of its successor.`,
      { field: 'params.code' },
    );
  }
  const values = {
    contactEmail: input.contactEmail ?? null,
    phone: input.phone ?? null,
    website: input.website ?? null,
    note: input.note || null,
  };
  return inTransaction(db, actorOf(principal), async (tx) => {
    await saveProfile(tx, code, values);
    return { municipality, profile: await findProfile(tx, code) };
  });
}
