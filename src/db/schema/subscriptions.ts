// SPDX-License-Identifier: EUPL-1.2
/** Subscriptions to a location's page (migrations/0066_subscriptions.sql). Check names are PostgreSQL's. */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { receptionLocations } from './locations.ts';

/** One follower of one location, pending until the address is confirmed. */
export const locationSubscriptions = pgTable(
  'location_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => receptionLocations.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'confirmed'] }).notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    check('location_subscriptions_status_check', sql`${t.status} IN ('pending', 'confirmed')`),
    check('location_subscriptions_check', sql`(${t.status} = 'confirmed') = (${t.confirmedAt} IS NOT NULL)`),
    index('location_subscriptions_location_idx').on(t.locationId, t.status),
  ],
);

/** The follower's address, apart from the subscription; lower-cased, one per location. */
export const locationSubscriptionEmails = pgTable(
  'location_subscription_emails',
  {
    subscriptionId: uuid('subscription_id')
      .primaryKey()
      .references(() => locationSubscriptions.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => receptionLocations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
  },
  (t) => [
    check('location_subscription_emails_email_check', sql`length(${t.email}) BETWEEN 3 AND 254`),
    unique('location_subscription_emails_location_id_email_key').on(t.locationId, t.email),
  ],
);

/** Hashed confirm (single use, expiring) and unsubscribe tokens. */
export const locationSubscriptionTokens = pgTable(
  'location_subscription_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => locationSubscriptions.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['confirm', 'unsubscribe'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique('location_subscription_tokens_token_hash_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    check('location_subscription_tokens_purpose_check', sql`${t.purpose} IN ('confirm', 'unsubscribe')`),
    check('location_subscription_tokens_token_hash_check', sql`length(${t.tokenHash}) = 64`),
    index('location_subscription_tokens_subscription_idx').on(t.subscriptionId),
  ],
);
