// SPDX-License-Identifier: EUPL-1.2
/** The practice library (migrations/0082_practices.sql); `search` is a generated tsvector. */
import { sql } from 'drizzle-orm';
import { customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { receptionLocations } from './locations.ts';
import { municipalities } from './regions.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export type PracticeTheme = 'reception' | 'housing' | 'language' | 'education' | 'work' | 'participation' | 'health' | 'residents' | 'finance';

export const practices = pgTable(
  'practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    title: text('title').notNull(),
    whatWeDid: text('what_we_did').notNull(),
    result: text('result').notNull().default(''),
    lessons: text('lessons').notNull().default(''),
    contact: text('contact').notNull(),
    themes: text('themes').array().$type<PracticeTheme[]>().notNull().default([]),
    locationId: uuid('location_id').references(() => receptionLocations.id),
    projectReference: text('project_reference'),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(what_we_did, '') || ' ' || coalesce(result, '') || ' ' || coalesce(lessons, '')), 'B')`,
    ),
  },
  (t) => [index('practices_search_idx').using('gin', t.search)],
);
