// SPDX-License-Identifier: EUPL-1.2
/**
 * The navigation entries of the integration pages per role (issue 8). The server's policies decide
 * for real; these only avoid offering pages that would be refused:
 * - a municipal officer: the waiting times of their municipality; a coordinator: the province's;
 * - a partner: their offers and the referrals to them;
 * - every official (coordinator, municipal or COA officer): the practice library.
 */
import type { SessionPerson } from '../auth/api/session-api.ts';
import { paths } from '../../lib/paths.ts';

export type IntegrationNavItem = {
  key: 'integration' | 'myOffers' | 'partnerReferrals' | 'practices';
  href: string;
  /** Translation key of the link text. */
  label: string;
  /** Route names under which the link is the current page. */
  routes: readonly string[];
};

const officialRoles = ['province_coordinator', 'municipal_officer', 'coa_officer'];

const hasRole = (person: SessionPerson | null, role: string): boolean => person?.roles.some((grant) => grant.role === role) ?? false;

/** Whether the person is an official who reads the practice library. */
export function readsPractices(person: SessionPerson | null): boolean {
  return officialRoles.some((role) => hasRole(person, role));
}

/** The municipalities a person may publish practices for (an officer's own); coordinators choose from their province. */
export function publishScopes(person: SessionPerson | null): { municipalities: string[]; provinces: string[] } {
  const scopes = (role: string) => person?.roles.filter((grant) => grant.role === role).flatMap((grant) => grant.scopes) ?? [];
  return { municipalities: scopes('municipal_officer'), provinces: scopes('province_coordinator') };
}

/** Whether the person is a partner organisation's employee. */
export function isPartner(person: SessionPerson | null): boolean {
  return hasRole(person, 'partner');
}

/** The integration links for this person, in nav order. */
export function integrationNav(person: SessionPerson | null): IntegrationNavItem[] {
  const items: IntegrationNavItem[] = [];
  const officer = person?.roles.find((grant) => grant.role === 'municipal_officer')?.scopes[0];
  const coordinator = person?.roles.find((grant) => grant.role === 'province_coordinator')?.scopes[0];
  if (officer) {
    items.push({ key: 'integration', href: paths.integrationMunicipality(officer), label: 'integration.nav', routes: ['integrationMunicipality', 'household'] });
  } else if (coordinator) {
    items.push({ key: 'integration', href: paths.integrationProvince(coordinator), label: 'integration.nav', routes: ['integrationProvince'] });
  }
  if (isPartner(person)) {
    items.push({ key: 'myOffers', href: paths.myOffers, label: 'offers.nav.mine', routes: ['myOffers'] });
    items.push({ key: 'partnerReferrals', href: paths.partnerReferrals, label: 'offers.nav.referrals', routes: ['partnerReferrals'] });
  }
  if (readsPractices(person)) {
    items.push({ key: 'practices', href: paths.practices(), label: 'practices.nav', routes: ['practices', 'practice', 'newPractice'] });
  }
  return items;
}
