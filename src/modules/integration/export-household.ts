// SPDX-License-Identifier: EUPL-1.2
/**
 * The right-of-access export (AVG art. 15) of one household: made by its municipality, which
 * holds the link between the pseudonym and the person, and logged like every read.
 */
import type { Db } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { collectHouseholdRows } from './export.repository.ts';
import type { HouseholdExport } from './export.schema.ts';
import { integrationPolicy } from './integration.policy.ts';
import { loadHouseholdForRead } from './load-household-for-read.ts';

export type ExportHouseholdOptions = { db: Db; principal: Authenticated; householdId: string; now?: Date };

export const exportExplanation =
  'Alle gegevens die Regietafel over dit huishouden bewaart, per tabel: het huishouden (pseudoniem, samenstelling, data), ' +
  'het integratiedossier, de trajecten, huisvestingen, doorverwijzingen naar aanbod, en wie het dossier wanneer heeft bekeken.';

export async function exportHousehold({ db, principal, householdId, now = new Date() }: ExportHouseholdOptions): Promise<HouseholdExport> {
  const { household } = await loadHouseholdForRead({
    db,
    principal,
    householdId,
    purpose: 'export',
    allowed: (scope) => integrationPolicy.canExport(principal, scope),
  });
  return {
    generatedAt: now.toISOString(),
    householdId: household.id,
    pseudonym: household.pseudonym,
    explanation: exportExplanation,
    tables: await collectHouseholdRows(db, household.id),
  };
}
