// SPDX-License-Identifier: EUPL-1.2
/** The offers API: partner offers, matches for a household, referrals and uptake. */
import type { z } from 'zod';
import type {
  CreateOfferInput,
  createOfferInputSchema,
  UpdateOfferInput,
  offerListSchema,
  offerMatchesSchema,
  offerSchema,
  referralListSchema,
  referralSchema,
  referralStatuses,
  uptakeSchema,
} from '../../../../../src/modules/offers/offer.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type Offer = z.infer<typeof offerSchema>;
export type OfferMatches = z.infer<typeof offerMatchesSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type ReferralStatus = (typeof referralStatuses)[number];
export type Uptake = z.infer<typeof uptakeSchema>;
/** What the offer form sends; the server fills in the defaults. */
export type OfferInput = z.input<typeof createOfferInputSchema>;
export type { CreateOfferInput, UpdateOfferInput };

export function fetchOffers(mine: boolean, signal?: AbortSignal): Promise<z.infer<typeof offerListSchema>> {
  return apiRequest(`/offers${queryString({ mine: mine ? 'true' : undefined })}`, { signal });
}

export function createOffer(input: OfferInput): Promise<Offer> {
  return apiRequest('/offers', { method: 'POST', body: input });
}

export function updateOffer(id: string, input: UpdateOfferInput): Promise<Offer> {
  return apiRequest(`/offers/${id}`, { method: 'PATCH', body: input });
}

export function fetchOfferMatches(householdId: string, signal?: AbortSignal): Promise<OfferMatches> {
  return apiRequest(`/integration/households/${householdId}/offer-matches`, { signal });
}

export function referHousehold(offerId: string, householdId: string): Promise<Referral> {
  return apiRequest(`/offers/${offerId}/referrals`, { method: 'POST', body: { householdId } });
}

export function fetchReferrals(signal?: AbortSignal): Promise<z.infer<typeof referralListSchema>> {
  return apiRequest('/offers/referrals', { signal });
}

export function recordUptake(referralId: string, status: ReferralStatus, on?: string): Promise<Referral> {
  return apiRequest(`/offers/referrals/${referralId}`, { method: 'PATCH', body: on ? { status, on } : { status } });
}

export function fetchUptake(signal?: AbortSignal): Promise<Uptake> {
  return apiRequest('/offers/uptake', { signal });
}
