// SPDX-License-Identifier: EUPL-1.2
/**
 * Placement inputs (migrations/0050_labour_market.sql): labour-market regions, their members and
 * shortages, what municipalities entered about care and homes, and households' match profiles.
 */
import { boolean, date, doublePrecision, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './regions.ts';
import { households } from './taakstelling.ts';

/** Labour-market regions (arbeidsmarktregio's), imported; `isExample` for invented ones. */
export const labourMarketRegions = pgTable('labour_market_regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  isExample: boolean('is_example').notNull(),
  source: text('source').notNull(),
});

/** Which labour-market region a municipality belongs to. */
export const labourMarketRegionMembers = pgTable('labour_market_region_members', {
  municipalityCode: text('municipality_code')
    .primaryKey()
    .references(() => municipalities.code),
  regionCode: text('region_code')
    .notNull()
    .references(() => labourMarketRegions.code, { onDelete: 'cascade' }),
});

/** Shortage in [0, 1] per region × ISCO-08 major group. */
export const labourMarketShortages = pgTable(
  'labour_market_shortages',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => labourMarketRegions.code, { onDelete: 'cascade' }),
    iscoMajorGroup: smallint('isco_major_group').notNull(),
    shortage: doublePrecision('shortage').notNull(),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    isExample: boolean('is_example').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.iscoMajorGroup] })],
);

/** Care and available homes as entered for a municipality; null = not entered. */
export const municipalityMatchInputs = pgTable('municipality_match_inputs', {
  municipalityCode: text('municipality_code')
    .primaryKey()
    .references(() => municipalities.code),
  careAvailable: boolean('care_available'),
  homesSmall: integer('homes_small'),
  homesMedium: integer('homes_medium'),
  homesLarge: integer('homes_large'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** The attributes of a household that the match uses. */
export const householdMatchProfiles = pgTable('household_match_profiles', {
  householdId: uuid('household_id')
    .primaryKey()
    .references(() => households.id, { onDelete: 'cascade' }),
  iscoMajorGroup: smallint('isco_major_group'),
  tieMunicipalityCode: text('tie_municipality_code').references(() => municipalities.code),
  careNeed: boolean('care_need').notNull().default(false),
});

/** Placement proposals (migrations/0051_match_proposals.sql); accepted ones are immutable. */
export const matchProposals = pgTable('match_proposals', {
  id: uuid('id').primaryKey().defaultRandom(),
  provinceCode: text('province_code').notNull(),
  period: text('period').notNull(),
  status: text('status', { enum: ['draft', 'accepted'] }).notNull().default('draft'),
  weights: jsonb('weights').$type<Record<'labour' | 'ties' | 'care' | 'dwelling', number>>().notNull(),
  result: jsonb('result').$type<unknown>(),
  objective: doublePrecision('objective'),
  bound: doublePrecision('bound'),
  gap: doublePrecision('gap'),
  runs: integer('runs').notNull().default(0),
  stale: boolean('stale').notNull().default(true),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  runAt: timestamp('run_at', { withTimezone: true, mode: 'string' }),
  acceptedBy: text('accepted_by'),
  acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'string' }),
});

/** Locks and forbidden pairs of a proposal. */
export const matchProposalPairs = pgTable(
  'match_proposal_pairs',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => matchProposals.id, { onDelete: 'cascade' }),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    kind: text('kind', { enum: ['lock', 'forbid'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.householdId, t.municipalityCode] })],
);

/** A proposal's score matrix from an external predictive model (migrations/0090_match_score_matrices.sql). */
export const matchScoreMatrices = pgTable('match_score_matrices', {
  proposalId: uuid('proposal_id')
    .primaryKey()
    .references(() => matchProposals.id, { onDelete: 'cascade' }),
  source: text('source').notNull(),
  fileName: text('file_name').notNull(),
  pairs: integer('pairs').notNull(),
  /** Household id → municipality code → score in [0, 1], or null = forbidden. */
  scores: jsonb('scores').$type<Record<string, Record<string, number | null>>>().notNull(),
  importedBy: text('imported_by').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
