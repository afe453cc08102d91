// SPDX-License-Identifier: EUPL-1.2
/** Taakstelling (migrations/0004_taakstelling.sql): national tasks and official municipal tables. */
import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { municipalities, sources } from './regions.ts';

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
