// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipality refers one of its households to an offer, and later records what came of it
 * (uptake). The match reasons at the time of the referral are kept as codes.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { isUniqueViolation } from '../households/household.repository.ts';
import { isOfficerOf } from '../integration/integration.policy.ts';
import { loadHouseholdForRead } from '../integration/load-household-for-read.ts';
import { todayInNetherlands } from '../taakstelling/domain/period.ts';
import { profileForMatching } from './match-household-offers.ts';
import { matchOffer } from './match-offers.ts';
import { findOffer, findReferral, insertReferral, listReferrals, updateReferralStatus, type ReferralView } from './offer.repository.ts';
import type { referralStatuses } from './offer.schema.ts';

export type ReferHouseholdOptions = { db: Db; principal: Authenticated; offerId: string; householdId: string; referredOn?: string | undefined };

async function viewOf(db: Db, id: string, householdId: string): Promise<ReferralView> {
  const view = (await listReferrals(db, { householdId })).find((referral) => referral.id === id);
  if (!view) {
    throw new Error('the referral just written is missing');
  }
  return view;
}

export async function referHousehold({ db, principal, offerId, householdId, referredOn }: ReferHouseholdOptions): Promise<ReferralView> {
  const offer = await findOffer(db, offerId);
  if (!offer || !offer.active) {
    throw new AppError('NOT_FOUND', 'There is no such open offer.', { field: 'params.id' });
  }
  const loaded = await loadHouseholdForRead({ db, principal, householdId, purpose: 'referrals', allowed: (scope) => isOfficerOf(principal, scope.municipalityCode) });
  const on = referredOn ?? todayInNetherlands();
  const reasons = matchOffer(profileForMatching(loaded), offer)?.reasons.map((reason) => `${reason.code}:${reason.detail}`) ?? [];
  try {
    const row = await inTransaction(db, actorOf(principal), (tx) => insertReferral(tx, { offerId, householdId, referredOn: on, statusOn: on, reasons }));
    return await viewOf(db, row.id, householdId);
  } catch (error) {
    if (isUniqueViolation(error, 'offer_referrals_unique')) {
      throw new AppError('CONFLICT', 'This household was already referred to this offer.', { field: 'body.householdId' });
    }
    throw error;
  }
}

export type RecordUptakeOptions = {
  db: Db;
  principal: Authenticated;
  referralId: string;
  status: (typeof referralStatuses)[number];
  on?: string | undefined;
};

export async function recordUptake({ db, principal, referralId, status, on }: RecordUptakeOptions): Promise<ReferralView> {
  const referral = await findReferral(db, referralId);
  if (!referral) {
    throw new AppError('NOT_FOUND', 'There is no such referral that you may change.', { field: 'params.id' });
  }
  await loadHouseholdForRead({
    db,
    principal,
    householdId: referral.householdId,
    purpose: 'referrals',
    allowed: (scope) => isOfficerOf(principal, scope.municipalityCode),
  });
  const statusOn = on ?? todayInNetherlands();
  if (statusOn < referral.referredOn) {
    throw new AppError('VALIDATION_FAILED', `The date ${statusOn} lies before the referral (${referral.referredOn}).`, { field: 'body.on' });
  }
  await inTransaction(db, actorOf(principal), (tx) => updateReferralStatus(tx, referral.id, status, statusOn));
  return viewOf(db, referral.id, referral.householdId);
}
