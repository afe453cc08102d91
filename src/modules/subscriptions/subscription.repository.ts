// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of subscriptions (migrations/0066_subscriptions.sql). Addresses are looked up lower-cased;
 * tokens only by their hash.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  locationSubscriptionEmails,
  locationSubscriptions,
  locationSubscriptionTokens,
} from '../../db/schema/index.ts';

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The name of a location with a public page, or null when there is none. */
export async function findPublicLocationName(executor: Executor, locationId: string): Promise<string | null> {
  const result = await executor.execute(
    sql`SELECT name FROM reception_locations WHERE id = ${locationId} AND is_public`,
  );
  return rowsOf<{ name: string }>(result)[0]?.name ?? null;
}

/** The subscription of an address to a location, with when its last confirm token was made. */
export type ExistingSubscription = { id: string; status: 'pending' | 'confirmed'; last_confirm_token_at: string | null };

export async function findSubscriptionByEmail(
  executor: Executor,
  locationId: string,
  email: string,
): Promise<ExistingSubscription | null> {
  const result = await executor.execute(sql`
    SELECT s.id, s.status,
           (SELECT max(t.created_at)::text FROM location_subscription_tokens t
             WHERE t.subscription_id = s.id AND t.purpose = 'confirm') AS last_confirm_token_at
    FROM location_subscription_emails e JOIN location_subscriptions s ON s.id = e.subscription_id
    WHERE e.location_id = ${locationId} AND e.email = ${email}`);
  return rowsOf<ExistingSubscription>(result)[0] ?? null;
}

/** Adds a pending subscription with its address; returns its id. */
export async function insertSubscription(executor: Executor, locationId: string, email: string): Promise<string> {
  const [row] = await executor
    .insert(locationSubscriptions)
    .values({ locationId })
    .returning({ id: locationSubscriptions.id });
  if (!row) {
    throw new Error('insert returned no row');
  }
  await executor.insert(locationSubscriptionEmails).values({ subscriptionId: row.id, locationId, email });
  return row.id;
}

/** Stores a token's hash; `expiresAt` null means it stays valid as long as the subscription. */
export async function insertToken(
  executor: Executor,
  values: { subscriptionId: string; purpose: 'confirm' | 'unsubscribe'; tokenHash: string; expiresAt: Date | null },
): Promise<void> {
  await executor.insert(locationSubscriptionTokens).values(values);
}

/** The subscription a valid (unexpired) token of `purpose` belongs to. */
export type TokenMatch = { token_id: string; subscription_id: string; location_id: string; status: 'pending' | 'confirmed' };

export async function findByToken(
  executor: Executor,
  purpose: 'confirm' | 'unsubscribe',
  tokenHash: string,
): Promise<TokenMatch | null> {
  const result = await executor.execute(sql`
    SELECT t.id AS token_id, s.id AS subscription_id, s.location_id, s.status
    FROM location_subscription_tokens t JOIN location_subscriptions s ON s.id = t.subscription_id
    WHERE t.token_hash = ${tokenHash} AND t.purpose = ${purpose}
      AND (t.expires_at IS NULL OR t.expires_at > now())
    FOR UPDATE OF s`);
  return rowsOf<TokenMatch>(result)[0] ?? null;
}

/** Confirms a subscription and removes all its confirm tokens (they are single-use). */
export async function confirmSubscription(executor: Executor, subscriptionId: string): Promise<void> {
  await executor
    .update(locationSubscriptions)
    .set({ status: 'confirmed', confirmedAt: sql`now()` })
    .where(and(eq(locationSubscriptions.id, subscriptionId), eq(locationSubscriptions.status, 'pending')));
  await executor
    .delete(locationSubscriptionTokens)
    .where(
      and(eq(locationSubscriptionTokens.subscriptionId, subscriptionId), eq(locationSubscriptionTokens.purpose, 'confirm')),
    );
}

/** Deletes a subscription; its address and tokens go with it (ON DELETE CASCADE). */
export async function deleteSubscription(executor: Executor, subscriptionId: string): Promise<void> {
  await executor.delete(locationSubscriptions).where(eq(locationSubscriptions.id, subscriptionId));
}

/** Confirmed followers of a location, with their address. */
export async function listConfirmedSubscribers(
  executor: Executor,
  locationId: string,
): Promise<Array<{ subscription_id: string; email: string }>> {
  const result = await executor.execute(sql`
    SELECT s.id AS subscription_id, e.email
    FROM location_subscriptions s JOIN location_subscription_emails e ON e.subscription_id = s.id
    WHERE s.location_id = ${locationId} AND s.status = 'confirmed'
    ORDER BY s.confirmed_at, s.id`);
  return rowsOf(result);
}

/** Deletes subscriptions never confirmed within `days`: an address nobody confirmed is not kept. */
export async function deleteUnconfirmedOlderThan(executor: Executor, days: number): Promise<number> {
  const result = await executor.execute(sql`
    DELETE FROM location_subscriptions
    WHERE status = 'pending' AND created_at < now() - make_interval(days => ${days})
    RETURNING id`);
  return rowsOf(result).length;
}
