// SPDX-License-Identifier: EUPL-1.2
/** Shapes offers, referrals and uptake for the API. */
import type { z } from 'zod';
import type { OfferWithOrganisation, ReferralView, UptakeRow } from './offer.repository.ts';
import { referralStatuses, type offerSchema, type referralSchema, type uptakeSchema } from './offer.schema.ts';

export function presentOffer(offer: OfferWithOrganisation): z.infer<typeof offerSchema> {
  return {
    id: offer.id,
    organisation: { id: offer.organisationId, name: offer.organisationName },
    kind: offer.kind,
    title: offer.title,
    description: offer.description,
    municipalityCode: offer.municipalityCode,
    iscoGroups: offer.iscoGroups,
    minIscedLevel: offer.minIscedLevel,
    minDutchLevel: offer.minDutchLevel,
    interests: offer.interests,
    places: offer.places,
    active: offer.active,
  };
}

/**
 * A referral for its reader. A partner gets the pseudonym and only what its offer asks for (the
 * Dutch level when the offer has a minimum, and so on), never the household id; the municipality
 * gets the household id too.
 */
export function presentReferral(referral: ReferralView, forPartner: boolean): z.infer<typeof referralSchema> {
  const needs: z.infer<typeof referralSchema>['needs'] = {};
  if (!forPartner || referral.offer.minDutchLevel !== null) {
    needs.dutchLevel = referral.dutchLevel;
  }
  if (!forPartner || referral.offer.minIscedLevel !== null) {
    needs.iscedLevel = referral.iscedLevel;
  }
  if (!forPartner || referral.offer.iscoGroups.length > 0) {
    needs.iscoGroup = referral.iscoGroup;
  }
  return {
    id: referral.id,
    offerId: referral.offerId,
    offerTitle: referral.offerTitle,
    pseudonym: referral.pseudonym,
    householdId: forPartner ? null : referral.householdId,
    referredOn: referral.referredOn,
    status: referral.status,
    statusOn: referral.statusOn,
    reasons: referral.reasons,
    needs,
  };
}

const emptyCounts = () => Object.fromEntries(referralStatuses.map((status) => [status, 0])) as Record<(typeof referralStatuses)[number], number>;

export function presentUptake(rows: UptakeRow[]): z.infer<typeof uptakeSchema> {
  const offers = new Map<string, z.infer<typeof uptakeSchema>['offers'][number]>();
  const partners = new Map<string, z.infer<typeof uptakeSchema>['partners'][number]>();
  for (const row of rows) {
    const offer = offers.get(row.offerId) ?? { offerId: row.offerId, title: row.title, organisationName: row.organisationName, total: 0, counts: emptyCounts() };
    const partner = partners.get(row.organisationId) ?? { organisationId: row.organisationId, organisationName: row.organisationName, total: 0, counts: emptyCounts() };
    for (const entry of [offer, partner]) {
      entry.counts[row.status] += row.n;
      entry.total += row.n;
    }
    offers.set(row.offerId, offer);
    partners.set(row.organisationId, partner);
  }
  return {
    offers: [...offers.values()],
    partners: [...partners.values()],
    formula: 'aantal doorverwijzingen per offer en per partner, naar de laatst vastgelegde stand (doorverwezen, geaccepteerd, gestart, afgerond, afgewezen, ingetrokken)',
  };
}
