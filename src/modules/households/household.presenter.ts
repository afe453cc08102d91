// SPDX-License-Identifier: EUPL-1.2
/** Shapes households for the API. */
import type { z } from 'zod';
import type { HouseholdRecord } from './household.repository.ts';
import type { householdSchema } from './household.schema.ts';

export function presentHousehold(row: HouseholdRecord): z.infer<typeof householdSchema> {
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    size: row.size,
    adults: row.adults,
    minors: row.minors,
    municipalityCode: row.municipalityCode,
    receptionLocation: row.receptionLocation,
    permitDate: row.permitDate,
    readyForHousingDate: row.readyForHousingDate,
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
  };
}
