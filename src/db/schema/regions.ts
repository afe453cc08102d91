// SPDX-License-Identifier: EUPL-1.2
/**
 * Regions (migrations/0002_regions.sql): sources, provinces, municipalities, the division per
 * year, successions, population, boundaries, wijk/buurt figures, loaded datasets and the public
 * contact profile of a municipality. Check names are the ones PostgreSQL generates.
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
} from 'drizzle-orm/pg-core';

/** Where figures come from (publisher, table, peildatum, licence, how it reached us). */
export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  publisher: text('publisher').notNull(),
  title: text('title').notNull(),
  publisherTable: text('publisher_table'),
  referenceDate: date('reference_date', { mode: 'string' }),
  url: text('url'),
  licence: text('licence'),
  note: text('note'),
});

/** The 12 provinces. */
export const provinces = pgTable(
  'provinces',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
  },
  (t) => [check('provinces_code_check', sql`${t.code} ~ '^PV[0-9]{2}$'`)],
);

/** Every municipality in the division 2016-2025, with its latest name and province. */
export const municipalities = pgTable(
  'municipalities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    beginDate: date('begin_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
  },
  (t) => [check('municipalities_code_check', sql`${t.code} ~ '^GM[0-9]{4}$'`)],
);

/** The division as CBS lists it for one year. */
export const municipalityYears = pgTable(
  'municipality_years',
  {
    year: integer('year').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    beginDate: date('begin_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    active: boolean('active').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.municipalityCode] }),
    check('municipality_years_year_check', sql`${t.year} BETWEEN 1900 AND 2100`),
    index('municipality_years_code_idx').on(t.municipalityCode),
    index('municipality_years_province_idx').on(t.year, t.provinceCode),
  ],
);

/** Predecessor → successor with the date it took effect and how it was derived. */
export const municipalitySuccessions = pgTable(
  'municipality_successions',
  {
    predecessorCode: text('predecessor_code')
      .notNull()
      .references(() => municipalities.code),
    successorCode: text('successor_code')
      .notNull()
      .references(() => municipalities.code),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    derivation: text('derivation').notNull(),
    /** Share of the predecessor's territory that went to this successor, when measured. */
    territoryShare: doublePrecision('territory_share'),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorCode, t.successorCode] }),
    check(
      'municipality_successions_territory_share_check',
      sql`${t.territoryShare} > 0 AND ${t.territoryShare} <= 1`,
    ),
    check('municipality_successions_check', sql`${t.predecessorCode} <> ${t.successorCode}`),
    index('municipality_successions_successor_idx').on(t.successorCode),
  ],
);

/** Population on a peildatum; the other published columns are kept in `figures`. */
export const municipalityPopulation = pgTable(
  'municipality_population',
  {
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    population: integer('population').notNull(),
    households: integer('households'),
    averageHouseholdSize: doublePrecision('average_household_size'),
    densityPerKm2: integer('density_per_km2'),
    figures: jsonb('figures').$type<Record<string, number | null>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityCode, t.referenceDate] }),
    check('municipality_population_population_check', sql`${t.population} >= 0`),
    check('municipality_population_households_check', sql`${t.households} >= 0`),
    check('municipality_population_average_household_size_check', sql`${t.averageHouseholdSize} > 0`),
    check('municipality_population_density_per_km2_check', sql`${t.densityPerKm2} >= 0`),
  ],
);

/** What a boundary outlines. */
export type BoundaryKind = 'province' | 'municipality' | 'wijk';

/** GeoJSON geometry (WGS84) per area and boundary year; redacted in the audit trail (size). */
export const boundaries = pgTable(
  'boundaries',
  {
    kind: text('kind').$type<BoundaryKind>().notNull(),
    code: text('code').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    geometry: jsonb('geometry').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.code, t.year] }),
    check('boundaries_kind_check', sql`${t.kind} IN ('province', 'municipality', 'wijk')`),
    check('boundaries_year_check', sql`${t.year} BETWEEN 1900 AND 2100`),
  ],
);

/** One row of a CBS "Kerncijfers wijken en buurten" table (gemeente, wijk or buurt). */
export const areaFigures = pgTable(
  'area_figures',
  {
    year: integer('year').notNull(),
    cbsRowId: integer('cbs_row_id').notNull(),
    level: text('level').$type<'gemeente' | 'wijk' | 'buurt'>().notNull(),
    name: text('name').notNull(),
    wijkName: text('wijk_name'),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    population: integer('population'),
    figures: jsonb('figures').$type<Record<string, number | null>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.cbsRowId] }),
    check('area_figures_year_check', sql`${t.year} BETWEEN 1900 AND 2100`),
    check('area_figures_level_check', sql`${t.level} IN ('gemeente', 'wijk', 'buurt')`),
    check('area_figures_population_check', sql`${t.population} >= 0`),
    index('area_figures_municipality_idx').on(t.municipalityCode, t.year),
  ],
);

/** Checksums of the last loaded files, and of the shipped set once it was loaded. */
export const datasets = pgTable('datasets', {
  id: text('id').primaryKey(),
  loadedChecksum: text('loaded_checksum').notNull(),
  shippedChecksum: text('shipped_checksum'),
  fileChecksums: jsonb('file_checksums').$type<Record<string, string>>().notNull(),
});

/** Public contact points of a municipality for residents; the e-mail is redacted in the audit. */
export const municipalityProfiles = pgTable('municipality_profiles', {
  municipalityCode: text('municipality_code')
    .primaryKey()
    .references(() => municipalities.code),
  contactEmail: text('contact_email'),
  phone: text('phone'),
  website: text('website'),
  note: text('note'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
