// SPDX-License-Identifier: EUPL-1.2
/**
 * Integration (migrations/0080_integration.sql): the integration record and tracks of a household,
 * the append-only read log, and the waiting-time thresholds. The waits view and the aggregates
 * (a materialized view) are read with SQL in the integration repositories.
 */
import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { households } from './taakstelling.ts';

/** Routes of the Wet inburgering 2021. */
export type CivicIntegrationRoute = 'b1' | 'education' | 'z';
/** CEFR levels the system records (A1-B2). */
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2';
export type DiplomaRecognition = 'none' | 'requested' | 'recognised' | 'partly_recognised' | 'refused';
export type TrackKind = 'language' | 'education' | 'work' | 'civic_integration';
export type WorkKind = 'job' | 'traineeship' | 'volunteering';
export type WaitingIndicator = 'permit_to_housing' | 'housing_to_language' | 'housing_to_education_or_work';

export const householdIntegration = pgTable(
  'household_integration',
  {
    householdId: uuid('household_id')
      .primaryKey()
      .references(() => households.id, { onDelete: 'cascade' }),
    housedOn: date('housed_on', { mode: 'string' }),
    civicIntegrationRoute: text('civic_integration_route').$type<CivicIntegrationRoute>(),
    civicIntegrationLevel: text('civic_integration_level').$type<CefrLevel>(),
    dutchLevel: text('dutch_level').$type<CefrLevel>(),
    educationEnrolled: boolean('education_enrolled').notNull().default(false),
    diplomaRecognition: text('diploma_recognition').$type<DiplomaRecognition>().notNull().default('none'),
    iscoGroup: text('isco_group'),
    iscedLevel: integer('isced_level'),
    interests: text('interests').array().notNull().default(sql`'{}'`),
    careMedical: boolean('care_medical').notNull().default(false),
    careMobility: boolean('care_mobility').notNull().default(false),
    carePsychosocial: boolean('care_psychosocial').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('household_integration_route_check', sql`${t.civicIntegrationRoute} IN ('b1', 'education', 'z')`),
    check('household_integration_level_check', sql`${t.civicIntegrationLevel} IN ('A1', 'A2', 'B1', 'B2')`),
    check('household_integration_dutch_level_check', sql`${t.dutchLevel} IN ('A1', 'A2', 'B1', 'B2')`),
    check(
      'household_integration_diploma_check',
      sql`${t.diplomaRecognition} IN ('none', 'requested', 'recognised', 'partly_recognised', 'refused')`,
    ),
    check('household_integration_isco_check', sql`${t.iscoGroup} ~ '^[0-9]{1,2}$'`),
    check('household_integration_isced_check', sql`${t.iscedLevel} BETWEEN 0 AND 8`),
  ],
);

export const householdTracks = pgTable(
  'household_tracks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TrackKind>().notNull(),
    workKind: text('work_kind').$type<WorkKind>(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('household_tracks_household_idx').on(t.householdId, t.kind, t.startedOn),
    check('household_tracks_kind_check', sql`${t.kind} IN ('language', 'education', 'work', 'civic_integration')`),
    check('household_tracks_dates_check', sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.startedOn}`),
  ],
);

/** Append-only (a trigger refuses UPDATE and DELETE, except the retention job's bypass). */
export const householdReads = pgTable(
  'household_reads',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    householdId: uuid('household_id').notNull(),
    purpose: text('purpose').$type<'record' | 'tracks' | 'export' | 'referrals' | 'household' | 'match_profile'>().notNull(),
    outcome: text('outcome').$type<'shown' | 'hidden'>().notNull(),
  },
  (t) => [index('household_reads_household_idx').on(t.householdId, t.readAt), index('household_reads_read_at_idx').on(t.readAt)],
);

export const integrationThresholds = pgTable(
  'integration_thresholds',
  {
    indicator: text('indicator').$type<WaitingIndicator>().primaryKey(),
    days: integer('days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('integration_thresholds_days_check', sql`${t.days} BETWEEN 1 AND 3650`)],
);
