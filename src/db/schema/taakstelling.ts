// SPDX-License-Identifier: EUPL-1.2
/**
 * Taakstelling: national tasks and official municipal tables (migrations/0004), households
 * (0005), realisations, their totals and transfers (0006), supervision (0007) and reception-place
 * targets (0008).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { municipalities, provinces, sources } from './regions.ts';

export const nationalTasks = pgTable(
  'national_tasks',
  {
    /** Half-year period, "2024-I" or "2024-II". */
    period: text('period').primaryKey(),
    task: integer('task').notNull(),
    backlogIn: integer('backlog_in'),
    status: text('status').notNull(),
    populationReferenceDate: date('population_reference_date', { mode: 'string' }),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    quotation: text('quotation'),
  },
  (t) => [
    check('national_tasks_period_check', sql`${t.period} ~ '^[0-9]{4}-(I|II)$'`),
    check('national_tasks_task_check', sql`${t.task} >= 0`),
    check('national_tasks_backlog_in_check', sql`${t.backlogIn} >= 0`),
  ],
);

export const officialMunicipalTasks = pgTable(
  'official_municipal_tasks',
  {
    period: text('period').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    task: integer('task').notNull(),
    taskIncludingBacklog: integer('task_including_backlog'),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.period, t.municipalityCode] }),
    check('official_municipal_tasks_period_check', sql`${t.period} ~ '^[0-9]{4}-(I|II)$'`),
    check('official_municipal_tasks_task_check', sql`${t.task} >= 0`),
    check('official_municipal_tasks_task_including_backlog_check', sql`${t.taskIncludingBacklog} >= 0`),
  ],
);

/**
 * Households (migrations/0005_households.sql): the one pseudonymous household entity shared by
 * realisations, placement and integration. Defined here because schema/index.ts re-exports this
 * file; src/modules/households owns its use.
 */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Random HH-XXXX-XXXX (Crockford base32), derived from nothing. */
    pseudonym: text('pseudonym').notNull(),
    size: integer('size').notNull(),
    adults: integer('adults').notNull(),
    minors: integer('minors').notNull(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    receptionLocation: text('reception_location'),
    permitDate: date('permit_date', { mode: 'string' }),
    readyForHousingDate: date('ready_for_housing_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Set by the retention job (migrations/0083) when it anonymised the closed household. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    unique('households_pseudonym_key').on(t.pseudonym),
    check('households_pseudonym_check', sql`${t.pseudonym} ~ '^HH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'`),
    check('households_adults_check', sql`${t.adults} >= 0`),
    check('households_minors_check', sql`${t.minors} >= 0`),
    check('households_size_check', sql`${t.size} >= 1 AND ${t.size} <= 50 AND ${t.size} = ${t.adults} + ${t.minors}`),
    check(
      'households_ready_check',
      sql`${t.readyForHousingDate} IS NULL OR ${t.permitDate} IS NULL OR ${t.readyForHousingDate} >= ${t.permitDate}`,
    ),
    index('households_municipality_idx').on(t.municipalityCode),
  ],
);

/** Realisations (migrations/0006): persons housed in a municipality on a date. */
export const realisations = pgTable(
  'realisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    housedOn: date('housed_on', { mode: 'string' }).notNull(),
    /** Half-year period of housedOn, e.g. "2024-I" (checked by the database). */
    period: text('period').notNull(),
    persons: integer('persons').notNull(),
    adults: integer('adults'),
    minors: integer('minors'),
    householdId: uuid('household_id').references(() => households.id),
    dwellingReference: text('dwelling_reference'),
    cameFromLocation: text('came_from_location'),
    sourceReference: text('source_reference').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('realisations_source_reference_key').on(t.municipalityCode, t.sourceReference),
    check(
      'realisations_period_check',
      sql`${t.period} = (extract(year FROM ${t.housedOn}))::integer::text
      || CASE WHEN extract(month FROM ${t.housedOn}) <= 6 THEN '-I' ELSE '-II' END`,
    ),
    check('realisations_persons_check', sql`${t.persons} >= 1 AND ${t.persons} <= 10000`),
    check('realisations_adults_check', sql`${t.adults} >= 0`),
    check('realisations_minors_check', sql`${t.minors} >= 0`),
    check(
      'realisations_composition_check',
      sql`${t.adults} IS NULL OR ${t.minors} IS NULL OR ${t.adults} + ${t.minors} = ${t.persons}`,
    ),
    index('realisations_municipality_idx').on(t.municipalityCode, t.housedOn),
    index('realisations_household_idx').on(t.householdId),
  ],
);

/** Running totals per municipality per period, kept by statement triggers on realisations. */
export const realisationTotals = pgTable(
  'realisation_totals',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    period: text('period').notNull(),
    persons: integer('persons').notNull(),
    realisations: integer('realisations').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.period] }),
    check('realisation_totals_period_check', sql`${t.period} ~ '^[0-9]{4}-(I|II)$'`),
    check('realisation_totals_persons_check', sql`${t.persons} >= 0`),
    check('realisation_totals_realisations_check', sql`${t.realisations} >= 0`),
  ],
);

/** An agreed transfer: `to` houses `persons` for `from` in `period`. */
export const taakstellingTransfers = pgTable(
  'taakstelling_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    period: text('period').notNull(),
    fromMunicipalityCode: text('from_municipality_code')
      .notNull()
      .references(() => municipalities.code),
    toMunicipalityCode: text('to_municipality_code')
      .notNull()
      .references(() => municipalities.code),
    persons: integer('persons').notNull(),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    reference: text('reference').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('taakstelling_transfers_period_check', sql`${t.period} ~ '^[0-9]{4}-(I|II)$'`),
    check('taakstelling_transfers_persons_check', sql`${t.persons} >= 1 AND ${t.persons} <= 100000`),
    check('taakstelling_transfers_reference_check', sql`length(${t.reference}) BETWEEN 1 AND 500`),
    check('taakstelling_transfers_check', sql`${t.fromMunicipalityCode} <> ${t.toMunicipalityCode}`),
    index('taakstelling_transfers_period_idx').on(t.period),
  ],
);

const ladderStepSql = `('op_koers', 'signaal', 'bestuurlijk_gesprek',
    'schriftelijke_waarschuwing', 'besluit_indeplaatsstelling', 'uitvoering_indeplaatsstelling')`;

/** Supervision (migrations/0007): one decision of the province about a municipality's step. */
export const supervisionTransitions = pgTable(
  'supervision_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    fromStep: text('from_step').notNull(),
    toStep: text('to_step').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    /** The audit actor (person:<id> or token:<id>). */
    decidedBy: text('decided_by').notNull(),
    rationale: text('rationale').notNull(),
    nextDeadline: date('next_deadline', { mode: 'string' }),
    figuresPeriod: text('figures_period'),
    proposedStep: text('proposed_step'),
    proposalReasons: jsonb('proposal_reasons').$type<string[]>().notNull().default([]),
  },
  (t) => [
    check('supervision_transitions_figures_period_check', sql`${t.figuresPeriod} ~ '^[0-9]{4}-(I|II)$'`),
    check('supervision_transitions_from_step_check', sql`${t.fromStep} IN ${sql.raw(ladderStepSql)}`),
    check('supervision_transitions_to_step_check', sql`${t.toStep} IN ${sql.raw(ladderStepSql)}`),
    check('supervision_transitions_proposed_step_check', sql`${t.proposedStep} IN ${sql.raw(ladderStepSql)}`),
    check('supervision_transitions_rationale_check', sql`length(${t.rationale}) BETWEEN 10 AND 4000`),
    index('supervision_transitions_municipality_idx').on(t.municipalityCode, t.decidedAt),
  ],
);

/** A province's thresholds for the ladder proposals; without a row the defaults apply. */
export const supervisionThresholds = pgTable(
  'supervision_thresholds',
  {
    provinceCode: text('province_code')
      .primaryKey()
      .references(() => provinces.code),
    signalShortfall: doublePrecision('signal_shortfall').notNull(),
    talkBacklogShare: doublePrecision('talk_backlog_share').notNull(),
    warningPeriods: integer('warning_periods').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    check('supervision_thresholds_signal_shortfall_check', sql`${t.signalShortfall} >= 0 AND ${t.signalShortfall} <= 1`),
    check(
      'supervision_thresholds_talk_backlog_share_check',
      sql`${t.talkBacklogShare} >= 0 AND ${t.talkBacklogShare} <= 10`,
    ),
    check('supervision_thresholds_warning_periods_check', sql`${t.warningPeriods} BETWEEN 1 AND 20`),
  ],
);

/** Reception targets (migrations/0008): a safety region as entered by a coordinator. */
export const safetyRegions = pgTable(
  'safety_regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('safety_regions_code_check', sql`${t.code} ~ '^VR[0-9]{2}$'`),
    check('safety_regions_name_check', sql`length(${t.name}) BETWEEN 1 AND 200`),
  ],
);

export const safetyRegionMembers = pgTable(
  'safety_region_members',
  {
    safetyRegionCode: text('safety_region_code')
      .notNull()
      .references(() => safetyRegions.code, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [
    primaryKey({ columns: [t.safetyRegionCode, t.municipalityCode] }),
    unique('safety_region_members_municipality_key').on(t.municipalityCode),
  ],
);

export const receptionScopeKinds = ['safety_region', 'province', 'municipality'] as const;
export const receptionTargetKinds = ['emergency', 'structural', 'total'] as const;

/** A target number of reception places for a safety region, province or municipality. */
export const receptionTargets = pgTable(
  'reception_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scopeKind: text('scope_kind', { enum: receptionScopeKinds }).notNull(),
    scopeCode: text('scope_code').notNull(),
    kind: text('kind', { enum: receptionTargetKinds }).notNull(),
    places: integer('places').notNull(),
    approximate: boolean('approximate').notNull().default(false),
    periodLabel: text('period_label').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    parentTargetId: uuid('parent_target_id').references((): AnyPgColumn => receptionTargets.id, { onDelete: 'cascade' }),
    derivation: text('derivation'),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('reception_targets_scope_kind_check', sql`${t.scopeKind} IN ('safety_region', 'province', 'municipality')`),
    check('reception_targets_kind_check', sql`${t.kind} IN ('emergency', 'structural', 'total')`),
    check('reception_targets_places_check', sql`${t.places} >= 0 AND ${t.places} <= 1000000`),
    check('reception_targets_period_label_check', sql`length(${t.periodLabel}) BETWEEN 1 AND 100`),
    check(
      'reception_targets_scope_code_check',
      sql`(${t.scopeKind} = 'safety_region' AND ${t.scopeCode} ~ '^VR[0-9]{2}$')
    OR (${t.scopeKind} = 'province' AND ${t.scopeCode} ~ '^PV[0-9]{2}$')
    OR (${t.scopeKind} = 'municipality' AND ${t.scopeCode} ~ '^GM[0-9]{4}$')`,
    ),
    index('reception_targets_scope_idx').on(t.scopeKind, t.scopeCode),
  ],
);

/** Realised reception places counted at one location on a date (until the locations register). */
export const receptionPlaceCounts = pgTable(
  'reception_place_counts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    kind: text('kind', { enum: ['emergency', 'structural'] }).notNull(),
    locationReference: text('location_reference').notNull(),
    countedOn: date('counted_on', { mode: 'string' }).notNull(),
    places: integer('places').notNull(),
    sourceReference: text('source_reference'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('reception_place_counts_kind_check', sql`${t.kind} IN ('emergency', 'structural')`),
    check('reception_place_counts_location_reference_check', sql`length(${t.locationReference}) BETWEEN 1 AND 200`),
    check('reception_place_counts_places_check', sql`${t.places} >= 0 AND ${t.places} <= 100000`),
    index('reception_place_counts_municipality_idx').on(t.municipalityCode, t.kind, t.locationReference, t.countedOn),
  ],
);
