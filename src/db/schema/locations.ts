// SPDX-License-Identifier: EUPL-1.2
/**
 * Reception locations (migrations/0020_locations.sql) and siting (0021_siting.sql): the register
 * with lifecycle steps and occupancy, the COA cost reference, facility layers, and the weighing
 * scenarios with criteria, candidates and entered values. Check names are PostgreSQL's.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities, provinces, sources } from './regions.ts';

const statusSql = sql.raw(`('idea', 'under_assessment', 'decided', 'preparing', 'open', 'closing', 'closed')`);
const facilityKindSql = sql.raw(`('supermarket', 'primary_school', 'gp', 'station', 'work', 'education', 'other')`);

/** A candidate or active reception location. */
export const receptionLocations = pgTable(
  'reception_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    address: text('address'),
    longitude: doublePrecision('longitude').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    placement: text('placement').notNull(),
    placementBoundaryYear: integer('placement_boundary_year'),
    placementSourceId: text('placement_source_id').references(() => sources.id),
    kind: text('kind').notNull(),
    buildingType: text('building_type').notNull(),
    capacity: integer('capacity').notNull(),
    plannedFrom: date('planned_from', { mode: 'string' }),
    plannedUntil: date('planned_until', { mode: 'string' }),
    owner: text('owner'),
    operator: text('operator'),
    oneOffCostEur: bigint('one_off_cost_eur', { mode: 'number' }),
    yearlyCostEur: bigint('yearly_cost_eur', { mode: 'number' }),
    costSource: text('cost_source'),
    status: text('status').notNull().default('idea'),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    decision: text('decision'),
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    isPublic: boolean('is_public').notNull().default(false),
    publicSummary: text('public_summary'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('reception_locations_name_check', sql`length(${t.name}) BETWEEN 1 AND 200`),
    check('reception_locations_address_check', sql`length(${t.address}) BETWEEN 1 AND 300`),
    check('reception_locations_longitude_check', sql`${t.longitude} BETWEEN 3.2 AND 7.3`),
    check('reception_locations_latitude_check', sql`${t.latitude} BETWEEN 50.7 AND 53.7`),
    check('reception_locations_placement_check', sql`${t.placement} IN ('derived', 'checked', 'near_border', 'entered_unchecked')`),
    check('reception_locations_kind_check', sql`${t.kind} IN ('emergency', 'structural', 'other')`),
    check(
      'reception_locations_building_type_check',
      sql`${t.buildingType} IN ('office', 'school', 'church', 'sports_hall', 'pavilion', 'new_build', 'hotel', 'holiday_park', 'barracks', 'container_homes', 'other')`,
    ),
    check('reception_locations_capacity_check', sql`${t.capacity} > 0 AND ${t.capacity} <= 100000`),
    check('reception_locations_owner_check', sql`length(${t.owner}) BETWEEN 1 AND 200`),
    check('reception_locations_operator_check', sql`length(${t.operator}) BETWEEN 1 AND 200`),
    check('reception_locations_one_off_cost_eur_check', sql`${t.oneOffCostEur} >= 0 AND ${t.oneOffCostEur} <= 100000000000`),
    check('reception_locations_yearly_cost_eur_check', sql`${t.yearlyCostEur} >= 0 AND ${t.yearlyCostEur} <= 100000000000`),
    check('reception_locations_cost_source_check', sql`length(${t.costSource}) BETWEEN 1 AND 500`),
    check('reception_locations_status_check', sql`${t.status} IN ${statusSql}`),
    check('reception_locations_decision_check', sql`${t.decision} IN ('yes', 'no')`),
    check('reception_locations_decided_by_check', sql`length(${t.decidedBy}) BETWEEN 1 AND 200`),
    check('reception_locations_public_summary_check', sql`length(${t.publicSummary}) BETWEEN 1 AND 2000`),
    check(
      'reception_locations_planned_check',
      sql`${t.plannedUntil} IS NULL OR ${t.plannedFrom} IS NULL OR ${t.plannedUntil} >= ${t.plannedFrom}`,
    ),
    check(
      'reception_locations_decision_complete_check',
      sql`(${t.decision} IS NULL AND ${t.decidedBy} IS NULL AND ${t.decidedOn} IS NULL)
      OR (${t.decision} IS NOT NULL AND ${t.decidedBy} IS NOT NULL AND ${t.decidedOn} IS NOT NULL)`,
    ),
    check('reception_locations_decided_check', sql`${t.status} IN ('idea', 'under_assessment') OR ${t.decision} IS NOT NULL`),
    index('reception_locations_municipality_idx').on(t.municipalityCode, t.status),
  ],
);

/** One dated lifecycle step of a location. */
export const receptionLocationSteps = pgTable(
  'reception_location_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => receptionLocations.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    steppedOn: date('stepped_on', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('reception_location_steps_status_check', sql`${t.status} IN ${statusSql}`),
    check('reception_location_steps_note_check', sql`length(${t.note}) BETWEEN 1 AND 1000`),
    unique('reception_location_steps_status_key').on(t.locationId, t.status),
  ],
);

/** Persons at a location on a date. */
export const receptionLocationOccupancy = pgTable(
  'reception_location_occupancy',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => receptionLocations.id, { onDelete: 'cascade' }),
    countedOn: date('counted_on', { mode: 'string' }).notNull(),
    persons: integer('persons').notNull(),
    capacityAtCount: integer('capacity_at_count').notNull(),
    sourceReference: text('source_reference'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('reception_location_occupancy_persons_check', sql`${t.persons} >= 0 AND ${t.persons} <= 100000`),
    check('reception_location_occupancy_capacity_at_count_check', sql`${t.capacityAtCount} > 0`),
    check('reception_location_occupancy_source_reference_check', sql`length(${t.sourceReference}) BETWEEN 1 AND 200`),
    unique('reception_location_occupancy_date_key').on(t.locationId, t.countedOn),
  ],
);

/** COA's cost of reception per resident per year. */
export const receptionCostReferences = pgTable(
  'reception_cost_references',
  {
    year: integer('year').notNull(),
    receptionKind: text('reception_kind').notNull(),
    eurPerResidentPerYear: integer('eur_per_resident_per_year').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    quotation: text('quotation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.receptionKind] }),
    check('reception_cost_references_year_check', sql`${t.year} BETWEEN 1990 AND 2100`),
    check('reception_cost_references_reception_kind_check', sql`${t.receptionKind} IN ('regular', 'emergency')`),
    check('reception_cost_references_eur_per_resident_per_year_check', sql`${t.eurPerResidentPerYear} > 0`),
  ],
);

/** An imported layer of facility points. */
export const facilityLayers = pgTable(
  'facility_layers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    /** Municipality codes the layer covers; null = the whole country. */
    coverageMunicipalities: text('coverage_municipalities').array(),
    fileName: text('file_name').notNull(),
    featureCount: integer('feature_count').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    importedBy: text('imported_by').notNull(),
  },
  (t) => [
    check('facility_layers_kind_check', sql`${t.kind} IN ${facilityKindSql}`),
    check('facility_layers_name_check', sql`length(${t.name}) BETWEEN 1 AND 200`),
    check('facility_layers_feature_count_check', sql`${t.featureCount} >= 0`),
  ],
);

/** One facility point of a layer. */
export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    layerId: uuid('layer_id')
      .notNull()
      .references(() => facilityLayers.id, { onDelete: 'cascade' }),
    featureIndex: integer('feature_index').notNull(),
    name: text('name'),
    longitude: doublePrecision('longitude').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    check('facilities_feature_index_check', sql`${t.featureIndex} >= 0`),
    check('facilities_longitude_check', sql`${t.longitude} BETWEEN -180 AND 180`),
    check('facilities_latitude_check', sql`${t.latitude} BETWEEN -90 AND 90`),
    unique('facilities_feature_key').on(t.layerId, t.featureIndex),
  ],
);

/** A weighing of candidate locations under one set of criteria and weights. */
export const sitingScenarios = pgTable(
  'siting_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description'),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    seed: bigint('seed', { mode: 'number' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('siting_scenarios_name_check', sql`length(${t.name}) BETWEEN 1 AND 200`),
    check('siting_scenarios_description_check', sql`length(${t.description}) BETWEEN 1 AND 4000`),
    check('siting_scenarios_seed_check', sql`${t.seed} >= 0 AND ${t.seed} <= 4294967295`),
    index('siting_scenarios_scope_idx').on(t.provinceCode, t.municipalityCode),
  ],
);

/** One criterion of a scenario. */
export const sitingCriteria = pgTable(
  'siting_criteria',
  {
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => sitingScenarios.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    position: integer('position').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    direction: text('direction').notNull(),
    weight: doublePrecision('weight').notNull(),
    measure: text('measure').notNull(),
    facilityKind: text('facility_kind'),
    unit: text('unit').notNull(),
    rationaleNl: text('rationale_nl').notNull(),
    rationaleEn: text('rationale_en').notNull(),
    dataSource: text('data_source').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scenarioId, t.criterionId] }),
    check('siting_criteria_criterion_id_check', sql`${t.criterionId} ~ '^[a-z][a-z0-9_]{0,39}$'`),
    check('siting_criteria_position_check', sql`${t.position} >= 0`),
    check('siting_criteria_label_nl_check', sql`length(${t.labelNl}) BETWEEN 1 AND 200`),
    check('siting_criteria_label_en_check', sql`length(${t.labelEn}) BETWEEN 1 AND 200`),
    check('siting_criteria_direction_check', sql`${t.direction} IN ('benefit', 'cost')`),
    check('siting_criteria_weight_check', sql`${t.weight} >= 0 AND ${t.weight} <= 1000`),
    check(
      'siting_criteria_measure_check',
      sql`${t.measure} IN ('size_curve', 'population_density', 'address_density', 'facility_distance', 'cost_per_place', 'time_to_realise', 'entered')`,
    ),
    check('siting_criteria_facility_kind_check', sql`${t.facilityKind} IN ${facilityKindSql}`),
    check('siting_criteria_unit_check', sql`length(${t.unit}) BETWEEN 1 AND 100`),
    check('siting_criteria_rationale_nl_check', sql`length(${t.rationaleNl}) BETWEEN 1 AND 4000`),
    check('siting_criteria_rationale_en_check', sql`length(${t.rationaleEn}) BETWEEN 1 AND 4000`),
    check('siting_criteria_data_source_check', sql`length(${t.dataSource}) BETWEEN 1 AND 1000`),
    check('siting_criteria_facility_check', sql`(${t.measure} = 'facility_distance') = (${t.facilityKind} IS NOT NULL)`),
  ],
);

/** A location taking part in a scenario. */
export const sitingCandidates = pgTable(
  'siting_candidates',
  {
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => sitingScenarios.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => receptionLocations.id, { onDelete: 'cascade' }),
    addedBy: text('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.locationId] })],
);

/** An entered value of one candidate for one criterion, with its source. */
export const sitingValues = pgTable(
  'siting_values',
  {
    scenarioId: uuid('scenario_id').notNull(),
    locationId: uuid('location_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
    note: text('note'),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.scenarioId, t.locationId, t.criterionId] }),
    check('siting_values_value_check', sql`${t.value} >= -1e12 AND ${t.value} <= 1e12`),
    check('siting_values_source_check', sql`length(${t.source}) BETWEEN 1 AND 500`),
    check('siting_values_note_check', sql`length(${t.note}) BETWEEN 1 AND 1000`),
    foreignKey({ columns: [t.scenarioId, t.locationId], foreignColumns: [sitingCandidates.scenarioId, sitingCandidates.locationId] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.scenarioId, t.criterionId], foreignColumns: [sitingCriteria.scenarioId, sitingCriteria.criterionId] }).onDelete(
      'cascade',
    ),
  ],
);
