// SPDX-License-Identifier: EUPL-1.2
/**
 * One-click unsubscribe (RFC 8058): the link of any mail deletes the subscription and the address.
 * An unknown or already used link gives the same result, so a second click is not an error and
 * the link tells nobody whether someone was subscribed.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { hashToken } from '../accounts/secrets.ts';
import { deleteSubscription, findByToken } from './subscription.repository.ts';

export type UnsubscribeFromLocationOptions = { database: Database; token: string };

/** Deletes the subscription the token belongs to, if any. */
export async function unsubscribeFromLocation({ database, token }: UnsubscribeFromLocationOptions): Promise<void> {
  await inTransaction(database.db, 'system:public-subscriptions', async (tx) => {
    const match = await findByToken(tx, 'unsubscribe', hashToken(token));
    if (match) {
      await deleteSubscription(tx, match.subscription_id);
    }
  });
}
