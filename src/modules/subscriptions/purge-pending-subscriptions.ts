// SPDX-License-Identifier: EUPL-1.2
/** Retention: an address nobody confirmed is deleted once its confirmation link has expired. */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { confirmValidDays } from './subscribe-to-location.ts';
import { deleteUnconfirmedOlderThan } from './subscription.repository.ts';

export type PurgePendingSubscriptionsOptions = { db: Db };

/** Deletes pending subscriptions older than the confirmation link's lifetime; returns how many. */
export async function purgePendingSubscriptions({ db }: PurgePendingSubscriptionsOptions): Promise<number> {
  return inTransaction(db, 'system:retention', (tx) => deleteUnconfirmedOlderThan(tx, confirmValidDays));
}
