// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may see integration data (data about vulnerable people, AVG art. 5 and 25):
 * - a household's record and tracks: the officers of its municipality, and COA officers while the
 *   household is in reception (not yet housed, not closed);
 * - the list of households past a threshold and municipal figures: the municipality's officers;
 * - province figures: the province's coordinators, as aggregates of at least 10 households;
 * - thresholds: every official reads them; coordinators set them.
 * Partners and moderators never see households (partners see referrals to their own offers).
 */
import { coversProvince, hasRole } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';

export type RecordScope = { municipalityCode: string | null; housedOn: string | null; closedAt: Date | null };

export const isOfficerOf = (principal: Principal, code: string | null): boolean =>
  code !== null && hasRole(principal, 'municipal_officer') && principal.municipalities.includes(code);

const inReception = (household: RecordScope): boolean => household.housedOn === null && household.closedAt === null;

export const integrationPolicy = {
  canReadRecord: (principal: Principal, household: RecordScope): boolean =>
    isOfficerOf(principal, household.municipalityCode) || (hasRole(principal, 'coa_officer') && inReception(household)),
  /** Changing the record: the same people who may read it. */
  canWriteRecord: (principal: Principal, household: RecordScope): boolean => integrationPolicy.canReadRecord(principal, household),
  /** The right-of-access export is made by the municipality that holds the record. */
  canExport: (principal: Principal, household: RecordScope): boolean => isOfficerOf(principal, household.municipalityCode),
  canReadMunicipality: (principal: Principal, code: string): boolean => isOfficerOf(principal, code),
  canReadProvince: (principal: Principal, code: string): boolean => coversProvince(principal, code),
  canReadThresholds: (principal: Principal): boolean =>
    hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer') || hasRole(principal, 'coa_officer'),
  canSetThresholds: (principal: Principal): boolean => hasRole(principal, 'province_coordinator'),
};
