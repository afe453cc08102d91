// SPDX-License-Identifier: EUPL-1.2
/**
 * Participation (migrations/0060_participation.sql): page settings per location, announcements,
 * residents' reactions, and the e-mail addresses kept apart for answers. Check names are PostgreSQL's.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { receptionLocations } from './locations.ts';

const locationRef = () => uuid('location_id').notNull().references(() => receptionLocations.id, { onDelete: 'cascade' });

/** Moderation mode, contact and weighing summary of one location's public page. */
export const participationSettings = pgTable(
  'participation_settings',
  {
    locationId: uuid('location_id')
      .primaryKey()
      .references(() => receptionLocations.id, { onDelete: 'cascade' }),
    moderation: text('moderation').notNull().default('before'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    contactUrl: text('contact_url'),
    weighingSummary: text('weighing_summary'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('participation_settings_moderation_check', sql`${t.moderation} IN ('before', 'after')`),
    check('participation_settings_contact_name_check', sql`length(${t.contactName}) BETWEEN 1 AND 200`),
    check('participation_settings_contact_email_check', sql`length(${t.contactEmail}) BETWEEN 3 AND 254`),
    check('participation_settings_contact_phone_check', sql`length(${t.contactPhone}) BETWEEN 3 AND 40`),
    check('participation_settings_contact_url_check', sql`length(${t.contactUrl}) BETWEEN 8 AND 500`),
    check('participation_settings_weighing_summary_check', sql`length(${t.weighingSummary}) BETWEEN 1 AND 4000`),
  ],
);

/** An official's announcement; with `meetingAt` also an invitation to a meeting. */
export const participationAnnouncements = pgTable(
  'participation_announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: locationRef(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    meetingAt: timestamp('meeting_at', { withTimezone: true }),
    meetingPlace: text('meeting_place'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    check('participation_announcements_title_check', sql`length(${t.title}) BETWEEN 1 AND 200`),
    check('participation_announcements_body_check', sql`length(${t.body}) BETWEEN 1 AND 5000`),
    check('participation_announcements_meeting_place_check', sql`length(${t.meetingPlace}) BETWEEN 1 AND 300`),
    index('participation_announcements_location_idx').on(t.locationId, t.publishedAt.desc()),
  ],
);

/** A resident's reaction, with its moderation, status and answer. */
export const participationReactions = pgTable(
  'participation_reactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: locationRef(),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    publicBody: text('public_body').notNull(),
    containsContact: boolean('contains_contact').notNull().default(false),
    longitude: doublePrecision('longitude'),
    latitude: doublePrecision('latitude'),
    visibility: text('visibility').notNull(),
    moderationReason: text('moderation_reason'),
    moderatedBy: text('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    status: text('status').notNull().default('received'),
    statusNote: text('status_note'),
    theme: text('theme'),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    check(
      'participation_reactions_kind_check',
      sql`${t.kind} IN ('question', 'concern', 'idea', 'initiative', 'offer_of_help', 'support')`,
    ),
    check('participation_reactions_body_check', sql`length(${t.body}) BETWEEN 1 AND 2000`),
    check('participation_reactions_public_body_check', sql`length(${t.publicBody}) BETWEEN 1 AND 2000`),
    check('participation_reactions_longitude_check', sql`${t.longitude} BETWEEN 3.2 AND 7.3`),
    check('participation_reactions_latitude_check', sql`${t.latitude} BETWEEN 50.7 AND 53.7`),
    check('participation_reactions_visibility_check', sql`${t.visibility} IN ('pending', 'published', 'hidden')`),
    check('participation_reactions_moderation_reason_check', sql`length(${t.moderationReason}) BETWEEN 1 AND 500`),
    check('participation_reactions_status_check', sql`${t.status} IN ('received', 'answered', 'forwarded', 'closed')`),
    check('participation_reactions_status_note_check', sql`length(${t.statusNote}) BETWEEN 1 AND 500`),
    check('participation_reactions_theme_check', sql`length(${t.theme}) BETWEEN 1 AND 60`),
    check('participation_reactions_answer_check', sql`length(${t.answer}) BETWEEN 1 AND 5000`),
    check('participation_reactions_answered_check', sql`(${t.answer} IS NULL) = (${t.answeredAt} IS NULL)`),
    check('participation_reactions_spot_check', sql`(${t.longitude} IS NULL) = (${t.latitude} IS NULL)`),
    index('participation_reactions_location_idx').on(t.locationId, t.receivedAt.desc()),
    index('participation_reactions_queue_idx').on(t.visibility, t.receivedAt),
  ],
);

/** The e-mail address for the answer to one reaction (never public). */
export const participationReactionEmails = pgTable(
  'participation_reaction_emails',
  {
    reactionId: uuid('reaction_id')
      .primaryKey()
      .references(() => participationReactions.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('participation_reaction_emails_email_check', sql`length(${t.email}) BETWEEN 3 AND 254`),
    index('participation_reaction_emails_released_idx').on(t.releasedAt),
  ],
);
