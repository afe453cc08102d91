// SPDX-License-Identifier: EUPL-1.2
/**
 * Creates a household with a fresh random pseudonym (retried on the rare collision). The
 * municipality, when given, must exist and not have merged away.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { findMunicipalityScope, insertHousehold, isUniqueViolation, type HouseholdRecord } from './household.repository.ts';
import type { CreateHouseholdInput } from './household.schema.ts';
import { newPseudonym } from './pseudonym.ts';

export type CreateHouseholdOptions = { db: Db; actor: Actor; input: CreateHouseholdInput; newPseudonym?: () => string };

/** Checks the parts shared by create and update: size, dates and municipality. */
export async function checkHousehold(
  db: Db,
  values: { adults: number; minors: number; municipalityCode: string | null; permitDate: string | null; readyForHousingDate: string | null },
): Promise<void> {
  if (values.adults + values.minors < 1) {
    throw new AppError('VALIDATION_FAILED', 'A household has at least one person.', { field: 'body.adults' });
  }
  if (values.adults + values.minors > 50) {
    throw new AppError('VALIDATION_FAILED', 'A household has at most 50 persons.', { field: 'body.minors' });
  }
  if (values.permitDate && values.readyForHousingDate && values.readyForHousingDate < values.permitDate) {
    throw new AppError('VALIDATION_FAILED', 'Ready for housing cannot be before the permit date.', { field: 'body.readyForHousingDate' });
  }
  if (values.municipalityCode !== null) {
    const municipality = await findMunicipalityScope(db, values.municipalityCode);
    if (!municipality || municipality.endDate !== null) {
      throw new AppError('VALIDATION_FAILED', `${values.municipalityCode} is not a current municipality.`, { field: 'body.municipalityCode' });
    }
  }
}

export async function createHousehold({ db, actor, input, newPseudonym: pseudonym = newPseudonym }: CreateHouseholdOptions): Promise<HouseholdRecord> {
  const values = {
    adults: input.adults,
    minors: input.minors,
    size: input.adults + input.minors,
    municipalityCode: input.municipalityCode ?? null,
    receptionLocation: input.receptionLocation ?? null,
    permitDate: input.permitDate ?? null,
    readyForHousingDate: input.readyForHousingDate ?? null,
  };
  await checkHousehold(db, values);
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(db, actor, (tx) => insertHousehold(tx, { ...values, pseudonym: pseudonym() }));
    } catch (error) {
      // 40 random bits: a collision is rare; after five in a row something else is wrong.
      if (!isUniqueViolation(error, 'households_pseudonym_key') || attempt >= 5) {
        throw error;
      }
    }
  }
}
