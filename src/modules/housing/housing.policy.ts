// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with the housing stock. Checked before any data is read or written.
 *
 * - The register (vacant buildings and projects) is planning information without personal data,
 *   so every province coordinator, municipal officer and COA officer reads all of it: what works
 *   in one municipality may work in another (opportunity 2). The owner of a building may be a
 *   private person, so it is shown only to those who may edit the building.
 * - Municipal officers add and edit the buildings and projects of their own municipalities;
 *   province coordinators those of their provinces.
 * - The forecast contains the corrected task, so it follows the taakstelling's balance rule:
 *   coordinators their province, officers their municipality, COA officers everything.
 * - Brokering (surpluses, deficits, proposed pairs) and agreements: province coordinators; an
 *   agreement needs a coordinator of both municipalities' provinces (the transfer rule).
 * - Partners, moderators and the public: nothing here.
 */
import { coversMunicipality, hasRole } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { taakstellingPolicy } from '../taakstelling/taakstelling.policy.ts';

/** A building or project as the policy sees it. */
export type HousingRef = { municipalityCode: string; provinceCode: string };

export const housingPolicy = {
  canRead: (principal: Principal): boolean =>
    hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer') || hasRole(principal, 'coa_officer'),
  canEdit: (principal: Principal, ref: HousingRef): boolean =>
    coversMunicipality(principal, { code: ref.municipalityCode, provinceCode: ref.provinceCode }),
  /** May add buildings or projects at all (each one is then checked with canEdit). */
  canAdd: (principal: Principal): boolean => hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer'),
  canReadForecast: (principal: Principal): boolean => taakstellingPolicy.canReadBalances(principal),
  canReadForecastOf: (principal: Principal, ref: HousingRef): boolean =>
    taakstellingPolicy.canReadBalance(principal, { code: ref.municipalityCode, provinceCode: ref.provinceCode }),
  canBroker: (principal: Principal): boolean => hasRole(principal, 'province_coordinator'),
};
