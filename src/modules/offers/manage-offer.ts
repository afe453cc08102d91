// SPDX-License-Identifier: EUPL-1.2
/**
 * A partner enters and changes its own offers. The organisation comes from the signed-in partner,
 * never from the request, so a partner cannot enter an offer in another's name; changing another
 * partner's offer is refused (403).
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { offerPolicy } from './offer.policy.ts';
import { findOffer, insertOffer, listOffers, updateOffer, type OfferWithOrganisation } from './offer.repository.ts';
import type { CreateOfferInput, UpdateOfferInput } from './offer.schema.ts';

export type CreateOfferOptions = { db: Db; principal: Authenticated; input: CreateOfferInput };

export async function createOffer({ db, principal, input }: CreateOfferOptions): Promise<OfferWithOrganisation> {
  const row = await inTransaction(db, actorOf(principal), (tx) => insertOffer(tx, { ...input, organisationId: principal.organisationId }));
  const offer = await findOffer(db, row.id);
  if (!offer) {
    throw new Error('the offer just written is missing');
  }
  return offer;
}

export type UpdateOfferOptions = { db: Db; principal: Authenticated; id: string; input: UpdateOfferInput };

export async function updateOfferById({ db, principal, id, input }: UpdateOfferOptions): Promise<OfferWithOrganisation> {
  const current = await findOffer(db, id);
  if (!current) {
    throw new AppError('NOT_FOUND', 'There is no such offer.', { field: 'params.id' });
  }
  if (!offerPolicy.canEdit(principal, current)) {
    throw new AppError('FORBIDDEN', "You may only change your own organisation's offers.", { field: 'params.id' });
  }
  const values = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  await inTransaction(db, actorOf(principal), (tx) => updateOffer(tx, id, values));
  return (await findOffer(db, id)) ?? current;
}

export type ListOffersOptions = { db: Db; principal: Authenticated; mine: boolean };

/** Active offers for officials; a partner's own offers (active or not) with `mine`. */
export async function listVisibleOffers({ db, principal, mine }: ListOffersOptions): Promise<OfferWithOrganisation[]> {
  return mine ? listOffers(db, { organisationId: principal.organisationId }) : listOffers(db, { activeOnly: true });
}

export type GetOfferOptions = { db: Db; id: string };

export async function getOffer({ db, id }: GetOfferOptions): Promise<OfferWithOrganisation> {
  const offer = await findOffer(db, id);
  if (!offer) {
    throw new AppError('NOT_FOUND', 'There is no such offer.', { field: 'params.id' });
  }
  return offer;
}
