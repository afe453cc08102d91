// SPDX-License-Identifier: EUPL-1.2
/** The activities board (migrations/0067_activities.sql). Check names are PostgreSQL's. */
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { receptionLocations } from './locations.ts';
import { municipalities } from './regions.ts';

/** The kinds of activity the board lists. */
export const activityKinds = ['sport', 'culture', 'nature', 'language_cafe', 'buddies'] as const;

/** One activity, pending until a moderator or official publishes it. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: activityKinds }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    publicDescription: text('public_description').notNull(),
    containsContact: boolean('contains_contact').notNull().default(false),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    schedule: text('schedule'),
    place: text('place').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    locationId: uuid('location_id').references(() => receptionLocations.id, { onDelete: 'set null' }),
    organiserName: text('organiser_name').notNull(),
    organiserEmail: text('organiser_email').notNull(),
    organiserUrl: text('organiser_url'),
    status: text('status', { enum: ['pending', 'published', 'rejected'] }).notNull().default('pending'),
    moderationReason: text('moderation_reason'),
    moderatedBy: text('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    submittedBy: text('submitted_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('activities_kind_check', sql`${t.kind} IN ('sport', 'culture', 'nature', 'language_cafe', 'buddies')`),
    check('activities_title_check', sql`length(${t.title}) BETWEEN 3 AND 120`),
    check('activities_description_check', sql`length(${t.description}) BETWEEN 10 AND 2000`),
    check('activities_public_description_check', sql`length(${t.publicDescription}) BETWEEN 1 AND 2000`),
    check('activities_schedule_check', sql`length(${t.schedule}) BETWEEN 1 AND 200`),
    check('activities_place_check', sql`length(${t.place}) BETWEEN 2 AND 300`),
    check('activities_organiser_name_check', sql`length(${t.organiserName}) BETWEEN 2 AND 200`),
    check('activities_organiser_email_check', sql`length(${t.organiserEmail}) BETWEEN 3 AND 254`),
    check('activities_organiser_url_check', sql`length(${t.organiserUrl}) BETWEEN 8 AND 500`),
    check('activities_status_check', sql`${t.status} IN ('pending', 'published', 'rejected')`),
    check('activities_moderation_reason_check', sql`length(${t.moderationReason}) BETWEEN 1 AND 500`),
    check('activities_check', sql`${t.endsAt} IS NULL OR ${t.endsAt} >= ${t.startsAt}`),
    check('activities_check1', sql`(${t.status} = 'pending') = (${t.moderatedAt} IS NULL)`),
    index('activities_board_idx').on(t.status, t.startsAt),
    index('activities_queue_idx').on(t.status, t.createdAt).where(sql`${t.status} = 'pending'`),
  ],
);
