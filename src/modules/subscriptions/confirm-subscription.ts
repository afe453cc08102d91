// SPDX-License-Identifier: EUPL-1.2
/** Step two of the double opt-in: the link from the mail confirms the subscription, once. */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { hashToken } from '../accounts/secrets.ts';
import { confirmSubscription as markConfirmed, findByToken } from './subscription.repository.ts';

export type ConfirmSubscriptionOptions = { database: Database; token: string };

/** Confirms; returns the location followed. A used, expired or unknown link is NOT_FOUND. */
export async function confirmSubscription({ database, token }: ConfirmSubscriptionOptions): Promise<{ locationId: string }> {
  return inTransaction(database.db, 'system:public-subscriptions', async (tx) => {
    const match = await findByToken(tx, 'confirm', hashToken(token));
    if (!match) {
      throw new AppError('NOT_FOUND', 'This link has been used already or has expired.', { field: 'token' });
    }
    await markConfirmed(tx, match.subscription_id);
    return { locationId: match.location_id };
  });
}
