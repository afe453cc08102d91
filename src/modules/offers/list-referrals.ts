// SPDX-License-Identifier: EUPL-1.2
/**
 * Referrals for their reader: a partner sees the referrals to its own offers (each pseudonym it
 * sees is logged as a read of that household); a municipal officer those of its households.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { insertRead } from '../integration/read-log.repository.ts';
import { isPartner } from './offer.policy.ts';
import { countUptake, listReferrals, type ReferralView, type UptakeRow } from './offer.repository.ts';

export type ListReferralsOptions = { db: Db; principal: Authenticated };

export async function listReferralsFor({ db, principal }: ListReferralsOptions): Promise<{ items: ReferralView[]; forPartner: boolean }> {
  if (!isPartner(principal)) {
    return { items: await listReferrals(db, { municipalityCodes: principal.municipalities }), forPartner: false };
  }
  const items = await listReferrals(db, { organisationId: principal.organisationId });
  const actor = actorOf(principal);
  if (items.length > 0) {
    await inTransaction(db, actor, async (tx) => {
      for (const householdId of new Set(items.map((item) => item.householdId))) {
        await insertRead(tx, { actor, householdId, purpose: 'referrals', outcome: 'shown' });
      }
    });
  }
  return { items, forPartner: true };
}

export type GetUptakeOptions = { db: Db; principal: Authenticated };

/** Uptake counts: a partner its own offers, officials all offers. */
export async function getUptake({ db, principal }: GetUptakeOptions): Promise<UptakeRow[]> {
  return countUptake(db, isPartner(principal) ? principal.organisationId : undefined);
}
