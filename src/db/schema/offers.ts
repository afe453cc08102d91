// SPDX-License-Identifier: EUPL-1.2
/** Partner offers and referrals (migrations/0081_offers.sql). */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './accounts.ts';
import type { CefrLevel } from './integration.ts';
import { municipalities } from './regions.ts';
import { households } from './taakstelling.ts';

export type OfferKind = 'vacancy' | 'traineeship' | 'course' | 'activity' | 'buddy';
export type ReferralStatus = 'referred' | 'accepted' | 'started' | 'completed' | 'declined' | 'withdrawn';

export const partnerOffers = pgTable(
  'partner_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<OfferKind>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    iscoGroups: text('isco_groups').array().notNull().default(sql`'{}'`),
    minIscedLevel: integer('min_isced_level'),
    minDutchLevel: text('min_dutch_level').$type<CefrLevel>(),
    interests: text('interests').array().notNull().default(sql`'{}'`),
    places: integer('places'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('partner_offers_organisation_idx').on(t.organisationId),
    check('partner_offers_kind_check', sql`${t.kind} IN ('vacancy', 'traineeship', 'course', 'activity', 'buddy')`),
    check('partner_offers_title_check', sql`length(${t.title}) BETWEEN 1 AND 200`),
  ],
);

export const offerReferrals = pgTable(
  'offer_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => partnerOffers.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    status: text('status').$type<ReferralStatus>().notNull().default('referred'),
    statusOn: date('status_on', { mode: 'string' }).notNull(),
    reasons: text('reasons').array().notNull().default(sql`'{}'`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('offer_referrals_unique').on(t.offerId, t.householdId), index('offer_referrals_household_idx').on(t.householdId)],
);
