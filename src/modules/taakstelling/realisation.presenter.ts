// SPDX-License-Identifier: EUPL-1.2
/** Shapes realisations for the API; the household pseudonym only for the municipality itself. */
import type { z } from 'zod';
import type { RealisationListRow, RealisationRecord } from './realisation.repository.ts';
import type { realisationSchema } from './realisation.schema.ts';

export function presentRealisation(
  row: RealisationRecord & { householdPseudonym?: string | null },
  showPseudonym: boolean,
): z.infer<typeof realisationSchema> {
  return {
    id: row.id,
    municipalityCode: row.municipalityCode,
    housedOn: row.housedOn,
    period: row.period,
    persons: row.persons,
    adults: row.adults,
    minors: row.minors,
    household: showPseudonym ? (row.householdPseudonym ?? null) : null,
    hasHousehold: row.householdId !== null,
    dwellingReference: row.dwellingReference,
    cameFromLocation: row.cameFromLocation,
    sourceReference: row.sourceReference,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentRealisationList(rows: RealisationListRow[], total: number, showPseudonym: boolean) {
  return { total, items: rows.map((row) => presentRealisation(row, showPseudonym)) };
}
