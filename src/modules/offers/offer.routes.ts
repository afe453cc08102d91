// SPDX-License-Identifier: EUPL-1.2
/** /api/v1/offers…: partner offers, matches to a household, referrals and uptake. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { householdIdParamsSchema } from '../integration/integration.schema.ts';
import { getUptake, listReferralsFor } from './list-referrals.ts';
import { createOffer, getOffer, listVisibleOffers, updateOfferById } from './manage-offer.ts';
import { matchHouseholdOffers } from './match-household-offers.ts';
import { offerPolicy } from './offer.policy.ts';
import { presentOffer, presentReferral, presentUptake } from './offer.presenter.ts';
import {
  createOfferInputSchema,
  createReferralInputSchema,
  offerListQuerySchema,
  offerListSchema,
  offerMatchesSchema,
  offerParamsSchema,
  offerSchema,
  referralListSchema,
  referralParamsSchema,
  referralSchema,
  updateOfferInputSchema,
  updateReferralInputSchema,
  uptakeSchema,
} from './offer.schema.ts';
import { recordUptake, referHousehold } from './refer-household.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['offers'];

export async function offerRoutes(app: ApiApp): Promise<void> {
  const db = () => app.deps.database.db;

  app.get('/offers', { schema: { tags, summary: 'Active offers (officials, partners); ?mine=true: your own', security, querystring: offerListQuerySchema, response: { 200: offerListSchema } } }, async (request) => {
    const principal = requireSignedIn(request.principal);
    authorize(principal, offerPolicy.canRead(principal), 'to read offers');
    return { items: (await listVisibleOffers({ db: db(), principal, mine: request.query.mine })).map(presentOffer) };
  });

  app.post('/offers', { schema: { tags, summary: "Enter an offer for your own organisation (partners)", security, body: createOfferInputSchema, response: { 201: offerSchema } } }, async (request, reply) => {
    const principal = requireSignedIn(request.principal);
    authorize(principal, offerPolicy.canCreate(principal), 'to enter offers');
    return reply.code(201).send(presentOffer(await createOffer({ db: db(), principal, input: request.body })));
  });

  app.get('/offers/:id', { schema: { tags, summary: 'One offer', security, params: offerParamsSchema, response: { 200: offerSchema } } }, async (request) => {
    const principal = requireSignedIn(request.principal);
    authorize(principal, offerPolicy.canRead(principal), 'to read offers');
    return presentOffer(await getOffer({ db: db(), id: request.params.id }));
  });

  app.patch(
    '/offers/:id',
    { schema: { tags, summary: "Change your organisation's offer (another partner's is refused)", security, params: offerParamsSchema, body: updateOfferInputSchema, response: { 200: offerSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, offerPolicy.canCreate(principal), 'to change offers');
      return presentOffer(await updateOfferById({ db: db(), principal, id: request.params.id, input: request.body }));
    },
  );

  app.get(
    '/integration/households/:id/offer-matches',
    { schema: { tags, summary: 'Offers that fit a household, best first, with the reasons (its municipality; COA while in reception)', security, params: householdIdParamsSchema, response: { 200: offerMatchesSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const matches = await matchHouseholdOffers({ db: db(), principal, householdId: request.params.id });
      return { householdId: matches.householdId, items: matches.items.map((item) => ({ offer: presentOffer(item.offer), score: item.score, reasons: item.reasons })) };
    },
  );

  app.post(
    '/offers/:id/referrals',
    { schema: { tags, summary: "Refer a household to an offer (the household's municipality)", security, params: offerParamsSchema, body: createReferralInputSchema, response: { 201: referralSchema } } },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      const referral = await referHousehold({ db: db(), principal, offerId: request.params.id, householdId: request.body.householdId, referredOn: request.body.referredOn });
      return reply.code(201).send(presentReferral(referral, false));
    },
  );

  app.get('/offers/referrals', { schema: { tags, summary: "Referrals: a partner's to its own offers; an officer's of its households", security, response: { 200: referralListSchema } } }, async (request) => {
    const principal = requireSignedIn(request.principal);
    authorize(principal, offerPolicy.canListReferrals(principal), 'to read referrals');
    const { items, forPartner } = await listReferralsFor({ db: db(), principal });
    return { items: items.map((item) => presentReferral(item, forPartner)) };
  });

  app.patch(
    '/offers/referrals/:id',
    { schema: { tags, summary: "Record uptake of a referral (the household's municipality)", security, params: referralParamsSchema, body: updateReferralInputSchema, response: { 200: referralSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const referral = await recordUptake({ db: db(), principal, referralId: request.params.id, status: request.body.status, on: request.body.on });
      return presentReferral(referral, false);
    },
  );

  app.get('/offers/uptake', { schema: { tags, summary: 'Uptake per offer and per partner (a partner: its own offers)', security, response: { 200: uptakeSchema } } }, async (request) => {
    const principal = requireSignedIn(request.principal);
    authorize(principal, offerPolicy.canReadUptake(principal), 'to read uptake');
    return presentUptake(await getUptake({ db: db(), principal }));
  });
}
