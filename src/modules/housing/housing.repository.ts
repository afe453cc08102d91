// SPDX-License-Identifier: EUPL-1.2
/** SQL of the housing module: vacant buildings, projects, rent limits and household sizes. */
import { asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { housingProjects, housingRentLimits, municipalities, vacantBuildings } from '../../db/schema/index.ts';
import type { RentLimitRow } from './domain/rent-band.ts';
import { shippedRentLimits } from './shipped-rent-limits.ts';
import type { HouseholdSize } from './domain/persons.ts';

export type BuildingRow = typeof vacantBuildings.$inferSelect;
export type NewBuilding = typeof vacantBuildings.$inferInsert;
export type ProjectRow = typeof housingProjects.$inferSelect;
export type NewProject = typeof housingProjects.$inferInsert;

/** A row with its municipality's name and province. */
export type Placed<T> = T & { municipalityName: string; provinceCode: string };

/** Which rows a caller sees: these provinces and municipalities (both empty: none), or all. */
export type HousingScope = { all: true } | { all: false; provinces: string[]; municipalities: string[] };
export type HousingFilter = { province?: string | undefined; municipality?: string | undefined };

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

function whereOf(scope: HousingScope, filter: HousingFilter): SQL {
  const parts: SQL[] = [sql`TRUE`];
  if (!scope.all) {
    const provinces = scope.provinces.length > 0 ? sql`${municipalities.provinceCode} IN (${sql.join(scope.provinces.map((p) => sql`${p}`), sql`, `)})` : sql`FALSE`;
    const codes = scope.municipalities.length > 0 ? sql`${municipalities.code} IN (${sql.join(scope.municipalities.map((c) => sql`${c}`), sql`, `)})` : sql`FALSE`;
    parts.push(sql`(${provinces} OR ${codes})`);
  }
  if (filter.province) {
    parts.push(sql`${municipalities.provinceCode} = ${filter.province}`);
  }
  if (filter.municipality) {
    parts.push(sql`${municipalities.code} = ${filter.municipality}`);
  }
  return sql.join(parts, sql` AND `);
}

const placedColumns = { municipalityName: municipalities.name, provinceCode: municipalities.provinceCode };
const projectIdsOfBuilding = sql<string[]>`coalesce((SELECT array_agg(p.id::text ORDER BY p.created_at) FROM housing_projects p WHERE p.building_id = ${vacantBuildings.id}), '{}')`;

export async function listBuildings(db: Executor, scope: HousingScope, filter: HousingFilter): Promise<Placed<BuildingRow & { projectIds: string[] }>[]> {
  return db
    .select({ ...getTableColumns(vacantBuildings), ...placedColumns, projectIds: projectIdsOfBuilding })
    .from(vacantBuildings)
    .innerJoin(municipalities, eq(municipalities.code, vacantBuildings.municipalityCode))
    .where(whereOf(scope, filter))
    .orderBy(asc(vacantBuildings.municipalityCode), asc(vacantBuildings.address), asc(vacantBuildings.id));
}

export async function findBuilding(db: Executor, id: string): Promise<Placed<BuildingRow & { projectIds: string[] }> | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(vacantBuildings), ...placedColumns, projectIds: projectIdsOfBuilding })
    .from(vacantBuildings)
    .innerJoin(municipalities, eq(municipalities.code, vacantBuildings.municipalityCode))
    .where(eq(vacantBuildings.id, id));
  return row;
}

export async function insertBuildings(tx: Tx, rows: NewBuilding[]): Promise<BuildingRow[]> {
  return rows.length === 0 ? [] : tx.insert(vacantBuildings).values(rows).returning();
}

/** A municipality's name, province and end date (null while it exists). */
export async function municipalityOf(db: Executor, code: string): Promise<{ code: string; name: string; provinceCode: string; endDate: string | null }[]> {
  return rowsOf<{ code: string; name: string; provinceCode: string; endDate: string | null }>(
    await db.execute(sql`SELECT code, name, province_code AS "provinceCode", end_date::text AS "endDate" FROM municipalities WHERE code = ${code}`),
  );
}

export async function listProjects(db: Executor, scope: HousingScope, filter: HousingFilter): Promise<Placed<ProjectRow>[]> {
  return db
    .select({ ...getTableColumns(housingProjects), ...placedColumns })
    .from(housingProjects)
    .innerJoin(municipalities, eq(municipalities.code, housingProjects.municipalityCode))
    .where(whereOf(scope, filter))
    .orderBy(asc(housingProjects.municipalityCode), asc(housingProjects.name), asc(housingProjects.id));
}

export async function findProject(db: Executor, id: string): Promise<Placed<ProjectRow> | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(housingProjects), ...placedColumns })
    .from(housingProjects)
    .innerJoin(municipalities, eq(municipalities.code, housingProjects.municipalityCode))
    .where(eq(housingProjects.id, id));
  return row;
}

export async function insertProject(tx: Tx, row: NewProject): Promise<ProjectRow> {
  const [inserted] = await tx.insert(housingProjects).values(row).returning();
  if (!inserted) {
    throw new Error('the project was not inserted');
  }
  return inserted;
}

export async function updateProject(tx: Tx, id: string, values: Partial<NewProject>): Promise<void> {
  await tx.update(housingProjects).set({ ...values, updatedAt: new Date() }).where(eq(housingProjects.id, id));
}

export async function deleteProject(tx: Tx, id: string): Promise<void> {
  await tx.delete(housingProjects).where(eq(housingProjects.id, id));
}

/** The rent limits per year: the shipped file's, with rows added by coordinators taking precedence. */
export async function listRentLimits(db: Executor): Promise<RentLimitRow[]> {
  const added = (await db.select().from(housingRentLimits)).map((r) => ({
    year: r.year,
    liberalisationLimit: Number(r.liberalisationLimitEur),
    midRentMax: Number(r.midRentMaxEur),
    source: `${r.sourceUrl}; ${r.midRentSource}`,
  }));
  const years = new Set(added.map((r) => r.year));
  return [...shippedRentLimits().filter((r) => !years.has(r.year)), ...added];
}

/** The latest CBS average household size per municipality, with its source and reference date. */
export async function householdSizes(db: Executor, codes?: string[]): Promise<Map<string, HouseholdSize>> {
  const only = codes ? sql`AND p.municipality_code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})` : sql``;
  if (codes && codes.length === 0) {
    return new Map();
  }
  const rows = rowsOf<{ code: string; size: number; title: string; reference_date: string }>(
    await db.execute(sql`
      SELECT DISTINCT ON (p.municipality_code) p.municipality_code AS code, p.average_household_size AS size, s.title, p.reference_date::text AS reference_date
      FROM municipality_population p JOIN sources s ON s.id = p.source_id
      WHERE p.average_household_size IS NOT NULL ${only}
      ORDER BY p.municipality_code, p.reference_date DESC`),
  );
  return new Map(rows.map((r) => [r.code, { value: Number(r.size), source: `${r.title}, ${r.reference_date}` }]));
}

/** Adds or replaces the rent limits of a year. */
export async function upsertRentLimit(tx: Tx, row: typeof housingRentLimits.$inferInsert): Promise<void> {
  const { year: _year, ...values } = row;
  await tx.insert(housingRentLimits).values(row).onConflictDoUpdate({ target: housingRentLimits.year, set: values });
}
