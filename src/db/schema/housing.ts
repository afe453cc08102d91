// SPDX-License-Identifier: EUPL-1.2
/**
 * Housing stock (migrations/0070_housing.sql): rent limits per year, vacant buildings and
 * housing projects. Check names are PostgreSQL's.
 */
import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './regions.ts';

/** The liberalisatiegrens and the mid-rent upper bound per year, each with its source. */
export const housingRentLimits = pgTable(
  'housing_rent_limits',
  {
    year: integer('year').primaryKey(),
    liberalisationLimitEur: numeric('liberalisation_limit_eur', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    midRentMaxEur: numeric('mid_rent_max_eur', { precision: 8, scale: 2, mode: 'number' }).notNull().default(1000),
    sourceUrl: text('source_url').notNull(),
    quotation: text('quotation'),
    midRentSource: text('mid_rent_source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('housing_rent_limits_year_check', sql`${t.year} BETWEEN 2000 AND 2100`),
    check('housing_rent_limits_liberalisation_limit_eur_check', sql`${t.liberalisationLimitEur} > 0`),
    check('housing_rent_limits_check', sql`${t.midRentMaxEur} > ${t.liberalisationLimitEur}`),
  ],
);

/** A vacant building that could become homes. */
export const vacantBuildings = pgTable(
  'vacant_buildings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    address: text('address').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    formerUse: text('former_use').$type<'office' | 'school' | 'church' | 'care' | 'retail' | 'other'>().notNull(),
    floorAreaM2: integer('floor_area_m2').notNull(),
    owner: text('owner'),
    vacantSince: date('vacant_since', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('vacant_buildings_former_use_check', sql`${t.formerUse} IN ('office', 'school', 'church', 'care', 'retail', 'other')`),
    index('vacant_buildings_municipality_idx').on(t.municipalityCode),
  ],
);

/** A housing project with its phases, homes per target group and rent lines. */
export const housingProjects = pgTable(
  'housing_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<'transformation' | 'new_build' | 'temporary'>().notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    buildingId: uuid('building_id').references(() => vacantBuildings.id, { onDelete: 'set null' }),
    site: text('site'),
    ownerKind: text('owner_kind').$type<'corporation' | 'investor' | 'municipality' | 'other'>().notNull(),
    ownerName: text('owner_name'),
    endDate: date('end_date', { mode: 'string' }),
    homesTotal: integer('homes_total').notNull(),
    homesStatusHolders: integer('homes_status_holders').notNull(),
    homesStudents: integer('homes_students').notNull(),
    homesStarters: integer('homes_starters').notNull(),
    homesOther: integer('homes_other').notNull(),
    rentLines: jsonb('rent_lines').$type<{ band: 'social' | 'mid' | 'free'; homes: number; rentEur: number }[]>().notNull(),
    personsStated: integer('persons_stated'),
    householdSizeOverride: numeric('household_size_override', { precision: 4, scale: 2, mode: 'number' }),
    initiativeOn: date('initiative_on', { mode: 'string' }).notNull(),
    planningOn: date('planning_on', { mode: 'string' }),
    permitOn: date('permit_on', { mode: 'string' }),
    constructionOn: date('construction_on', { mode: 'string' }),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    schedule: jsonb('schedule').$type<{ period: string; share: number }[]>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'housing_projects_groups_check',
      sql`${t.homesStatusHolders} + ${t.homesStudents} + ${t.homesStarters} + ${t.homesOther} = ${t.homesTotal}`,
    ),
    check('housing_projects_end_date_check', sql`(${t.kind} = 'temporary') = (${t.endDate} IS NOT NULL)`),
    check('housing_projects_delivery_check', sql`${t.permitOn} IS NULL OR ${t.deliveredOn} IS NULL OR ${t.deliveredOn} >= ${t.permitOn}`),
    index('housing_projects_municipality_idx').on(t.municipalityCode),
    index('housing_projects_building_idx').on(t.buildingId),
  ],
);
