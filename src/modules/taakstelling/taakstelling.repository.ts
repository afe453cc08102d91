// SPDX-License-Identifier: EUPL-1.2
/** SQL for the taakstelling module (national tasks, official tables, division and population). */
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  municipalities,
  municipalityPopulation,
  municipalityYears,
  nationalTasks,
  officialMunicipalTasks,
  provinces,
  sources,
} from '../../db/schema/index.ts';

export type NationalTaskRow = typeof nationalTasks.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;

export async function listNationalTasks(db: Executor): Promise<(NationalTaskRow & { source: SourceRow })[]> {
  const rows = await db
    .select({ task: nationalTasks, source: sources })
    .from(nationalTasks)
    .innerJoin(sources, eq(sources.id, nationalTasks.sourceId))
    .orderBy(asc(nationalTasks.period));
  return rows.map((row) => ({ ...row.task, source: row.source }));
}

export async function findNationalTask(
  db: Executor,
  period: string,
): Promise<(NationalTaskRow & { source: SourceRow }) | undefined> {
  const [row] = await db
    .select({ task: nationalTasks, source: sources })
    .from(nationalTasks)
    .innerJoin(sources, eq(sources.id, nationalTasks.sourceId))
    .where(eq(nationalTasks.period, period));
  return row ? { ...row.task, source: row.source } : undefined;
}

/** The municipalities active on 1 January of `year`, with their province. */
export async function divisionOfYear(db: Executor, year: number) {
  return db
    .select({
      code: municipalityYears.municipalityCode,
      name: municipalityYears.name,
      provinceCode: municipalityYears.provinceCode,
      provinceName: provinces.name,
    })
    .from(municipalityYears)
    .innerJoin(provinces, eq(provinces.code, municipalityYears.provinceCode))
    .where(and(eq(municipalityYears.year, year), eq(municipalityYears.active, true)))
    .orderBy(asc(municipalityYears.municipalityCode));
}

/** The latest population reference date on or before `date`, or undefined. */
export async function latestPopulationDate(db: Executor, onOrBefore: string): Promise<string | undefined> {
  const [row] = await db
    .select({ referenceDate: municipalityPopulation.referenceDate })
    .from(municipalityPopulation)
    .where(lte(municipalityPopulation.referenceDate, onOrBefore))
    .orderBy(desc(municipalityPopulation.referenceDate))
    .limit(1);
  return row?.referenceDate;
}

export async function populationsOn(db: Executor, referenceDate: string, codes: string[]) {
  if (codes.length === 0) {
    return [];
  }
  return db
    .select({
      code: municipalityPopulation.municipalityCode,
      population: municipalityPopulation.population,
      source: sources,
    })
    .from(municipalityPopulation)
    .innerJoin(sources, eq(sources.id, municipalityPopulation.sourceId))
    .where(
      and(eq(municipalityPopulation.referenceDate, referenceDate), inArray(municipalityPopulation.municipalityCode, codes)),
    );
}

export async function officialTasksOf(db: Executor, period: string) {
  return db
    .select({ official: officialMunicipalTasks, source: sources })
    .from(officialMunicipalTasks)
    .innerJoin(sources, eq(sources.id, officialMunicipalTasks.sourceId))
    .where(eq(officialMunicipalTasks.period, period));
}

/** Inserts or updates national tasks and their sources; unchanged rows are left alone. */
export async function upsertNationalTasks(db: Executor, rows: { task: NationalTaskRow; source: SourceRow }[]) {
  for (const { task, source } of rows) {
    await db
      .insert(sources)
      .values(source)
      .onConflictDoUpdate({
        target: sources.id,
        set: { publisher: source.publisher, title: source.title, url: source.url, note: source.note, referenceDate: source.referenceDate },
        setWhere: sql`(sources.publisher, sources.title, sources.url, sources.note, sources.reference_date) IS DISTINCT FROM
          (excluded.publisher, excluded.title, excluded.url, excluded.note, excluded.reference_date)`,
      });
    await db
      .insert(nationalTasks)
      .values(task)
      .onConflictDoUpdate({
        target: nationalTasks.period,
        set: { task: task.task, backlogIn: task.backlogIn, status: task.status, sourceId: task.sourceId, quotation: task.quotation },
        setWhere: sql`(national_tasks.task, national_tasks.backlog_in, national_tasks.status, national_tasks.source_id, national_tasks.quotation)
          IS DISTINCT FROM (excluded.task, excluded.backlog_in, excluded.status, excluded.source_id, excluded.quotation)`,
      });
  }
}

/** Inserts a source, or replaces the descriptive fields of the one with its id. */
export async function upsertSource(db: Executor, source: SourceRow): Promise<void> {
  await db
    .insert(sources)
    .values(source)
    .onConflictDoUpdate({
      target: sources.id,
      set: { publisher: source.publisher, title: source.title, url: source.url, referenceDate: source.referenceDate, note: source.note },
    });
}

/** Inserts or replaces a national task entered by a person, with its source; its reference date is kept. */
export async function saveEnteredNationalTask(db: Executor, task: Omit<NationalTaskRow, 'populationReferenceDate'>, source: SourceRow) {
  await upsertSource(db, source);
  await db
    .insert(nationalTasks)
    .values({ ...task, populationReferenceDate: null })
    .onConflictDoUpdate({
      target: nationalTasks.period,
      set: { task: task.task, backlogIn: task.backlogIn, status: task.status, sourceId: task.sourceId, quotation: task.quotation },
    });
}

/** Sets (or with null clears) the population reference date of a period's distribution. */
export async function updatePopulationReferenceDate(db: Executor, period: string, referenceDate: string | null): Promise<void> {
  await db.update(nationalTasks).set({ populationReferenceDate: referenceDate }).where(eq(nationalTasks.period, period));
}

/** The reference dates that have population figures loaded, oldest first. */
export async function populationReferenceDates(db: Executor): Promise<string[]> {
  const rows = await db
    .selectDistinct({ referenceDate: municipalityPopulation.referenceDate })
    .from(municipalityPopulation)
    .orderBy(asc(municipalityPopulation.referenceDate));
  return rows.map((row) => row.referenceDate);
}

export async function countNationalTasks(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(nationalTasks);
  return row?.n ?? 0;
}

export type MunicipalityRecord = typeof municipalities.$inferSelect;

/** One municipality (latest name and province), or undefined. Reference data for the policies. */
export async function findMunicipality(db: Executor, code: string): Promise<MunicipalityRecord | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.code, code));
  return row;
}

export async function findProvince(db: Executor, code: string): Promise<{ code: string; name: string } | undefined> {
  const [row] = await db.select().from(provinces).where(eq(provinces.code, code));
  return row;
}
