// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with the taakstelling. Checked before any data is read or written.
 *
 * - National tasks and their distribution are public figures (published by the State): anyone.
 * - Balances (counts per municipality, no personal data): province coordinators for their
 *   province, municipal officers for their own municipalities, COA officers everywhere (read only).
 * - Realisation rows are household-level: only the municipality's officers and the coordinators
 *   of its province; the household pseudonym only for the municipality's officers.
 * - Realisations are entered by the municipality's officers or its province's coordinators.
 * - Supervision: read by the province and the municipality concerned; decided only by a
 *   coordinator of the municipality's province.
 * - Transfers, official tables, thresholds and reception targets: province coordinators.
 */
import type { Principal } from '../../shared/principal.ts';
import { coversMunicipality, coversProvince, hasRole } from '../../shared/policy.ts';

export type MunicipalityScope = { code: string; provinceCode: string | null };

const isOfficerOf = (principal: Principal, code: string): boolean =>
  hasRole(principal, 'municipal_officer') && principal.municipalities.includes(code);

export const taakstellingPolicy = {
  canReadDistribution: (_principal: Principal): boolean => true,
  canEnterNationalTask: (principal: Principal): boolean => hasRole(principal, 'province_coordinator'),
  canImportOfficialTable: (principal: Principal): boolean => hasRole(principal, 'province_coordinator'),

  /** May read some balances (which ones: canReadBalance). */
  canReadBalances: (principal: Principal): boolean =>
    hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer') || hasRole(principal, 'coa_officer'),
  canReadBalance: (principal: Principal, municipality: MunicipalityScope): boolean =>
    hasRole(principal, 'coa_officer') || coversMunicipality(principal, municipality),

  canReadRealisations: (principal: Principal, municipality: MunicipalityScope): boolean =>
    coversMunicipality(principal, municipality),
  canSeeHouseholdPseudonyms: (principal: Principal, municipality: MunicipalityScope): boolean =>
    isOfficerOf(principal, municipality.code),
  canRecordRealisation: (principal: Principal, municipality: MunicipalityScope): boolean =>
    coversMunicipality(principal, municipality),
  /** May import a file at all (each municipality in it is then checked with canRecordRealisation). */
  canImportRealisations: (principal: Principal): boolean =>
    hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer'),

  /** May record transfers at all (each one is then checked with canRecordTransfer). */
  canRecordTransfers: (principal: Principal): boolean => hasRole(principal, 'province_coordinator'),
  canRecordTransfer: (principal: Principal, from: MunicipalityScope, to: MunicipalityScope): boolean =>
    from.provinceCode !== null &&
    to.provinceCode !== null &&
    coversProvince(principal, from.provinceCode) &&
    coversProvince(principal, to.provinceCode),

  canReadSupervision: (principal: Principal, municipality: MunicipalityScope): boolean =>
    coversMunicipality(principal, municipality),
  canDecideSupervision: (principal: Principal, municipality: MunicipalityScope): boolean =>
    municipality.provinceCode !== null && coversProvince(principal, municipality.provinceCode),
  canSetThresholds: (principal: Principal, provinceCode: string): boolean => coversProvince(principal, provinceCode),

  canReadReceptionTargets: (principal: Principal): boolean => principal.kind === 'person',
  canManageReceptionTargets: (principal: Principal, provinceCode: string): boolean => coversProvince(principal, provinceCode),
  canRecordPlaceCount: (principal: Principal, municipality: MunicipalityScope): boolean =>
    hasRole(principal, 'coa_officer') || coversMunicipality(principal, municipality),
};
