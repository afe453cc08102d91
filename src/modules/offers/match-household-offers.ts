// SPDX-License-Identifier: EUPL-1.2
/** The active offers that fit one household, best first, with the reasons (a logged read). */
import type { Db } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { integrationPolicy } from '../integration/integration.policy.ts';
import { loadHouseholdForRead, type LoadedHousehold } from '../integration/load-household-for-read.ts';
import { matchOffers, type MatchProfile, type OfferMatch } from './match-offers.ts';
import { listOffers, type OfferWithOrganisation } from './offer.repository.ts';

export type MatchHouseholdOffersOptions = { db: Db; principal: Authenticated; householdId: string };

export const profileForMatching = ({ profile }: LoadedHousehold): MatchProfile => ({
  dutchLevel: profile?.dutchLevel ?? null,
  iscoGroup: profile?.iscoGroup ?? null,
  iscedLevel: profile?.iscedLevel ?? null,
  interests: profile?.interests ?? [],
});

export async function matchHouseholdOffers({
  db,
  principal,
  householdId,
}: MatchHouseholdOffersOptions): Promise<{ householdId: string; items: (OfferMatch & { offer: OfferWithOrganisation })[] }> {
  const loaded = await loadHouseholdForRead({
    db,
    principal,
    householdId,
    purpose: 'record',
    allowed: (scope) => integrationPolicy.canReadRecord(principal, scope),
  });
  const offers = await listOffers(db, { activeOnly: true });
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const items = matchOffers(profileForMatching(loaded), offers).map((match) => ({ ...match, offer: byId.get(match.offerId) as OfferWithOrganisation }));
  return { householdId, items };
}
