// SPDX-License-Identifier: EUPL-1.2
/** SQL of weighing scenarios: the scenario, its criteria and weights, candidates and entered values. */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { sitingCandidates, sitingCriteria, sitingScenarios, sitingValues } from '../../db/schema/index.ts';
import { rowsOf } from '../locations/location.repository.ts';

export type ScenarioRecord = {
  id: string;
  name: string;
  description: string | null;
  province_code: string;
  province_name: string;
  municipality_code: string | null;
  municipality_name: string | null;
  reference_date: string;
  seed: number;
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
  candidate_count: number;
};

const selectScenarios = sql`
  SELECT s.id, s.name, s.description, s.province_code, p.name AS province_name, s.municipality_code,
         m.name AS municipality_name, s.reference_date::text AS reference_date, s.seed::float8 AS seed, s.created_by,
         s.created_at, s.updated_at,
         (SELECT count(*)::int FROM siting_candidates c WHERE c.scenario_id = s.id) AS candidate_count
  FROM siting_scenarios s
  JOIN provinces p ON p.code = s.province_code
  LEFT JOIN municipalities m ON m.code = s.municipality_code`;

export async function findScenario(db: Executor, id: string): Promise<ScenarioRecord | undefined> {
  return rowsOf<ScenarioRecord>(await db.execute(sql`${selectScenarios} WHERE s.id = ${id}`))[0];
}

/** Scenarios of the given provinces (all of them) or municipalities (theirs only). */
export async function listScenarioRecords(db: Executor, scope: { provinces: string[]; municipalities: string[] }): Promise<ScenarioRecord[]> {
  const parts: SQL[] = [];
  if (scope.provinces.length > 0) {
    parts.push(sql`s.province_code IN (${sql.join(scope.provinces.map((c) => sql`${c}`), sql`, `)})`);
  }
  if (scope.municipalities.length > 0) {
    parts.push(sql`s.municipality_code IN (${sql.join(scope.municipalities.map((c) => sql`${c}`), sql`, `)})`);
  }
  if (parts.length === 0) {
    return [];
  }
  return rowsOf<ScenarioRecord>(await db.execute(sql`${selectScenarios} WHERE ${sql.join(parts, sql` OR `)} ORDER BY s.created_at DESC, s.id`));
}

export type ScenarioInsert = typeof sitingScenarios.$inferInsert;

export async function insertScenario(tx: Tx, values: ScenarioInsert): Promise<string> {
  const [row] = await tx.insert(sitingScenarios).values(values).returning({ id: sitingScenarios.id });
  return (row as { id: string }).id;
}

export async function updateScenarioRow(tx: Tx, id: string, values: Partial<ScenarioInsert>): Promise<void> {
  await tx
    .update(sitingScenarios)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(sitingScenarios.id, id));
}

export async function deleteScenario(tx: Tx, id: string): Promise<void> {
  await tx.delete(sitingScenarios).where(eq(sitingScenarios.id, id));
}

export type CriterionRecord = typeof sitingCriteria.$inferSelect;
export type CriterionInsert = typeof sitingCriteria.$inferInsert;

export async function listCriteria(db: Executor, scenarioId: string): Promise<CriterionRecord[]> {
  return db.select().from(sitingCriteria).where(eq(sitingCriteria.scenarioId, scenarioId)).orderBy(asc(sitingCriteria.position));
}

/** Replaces the criteria set: upserts the given ones, deletes the others (their values go too). */
export async function replaceCriteria(tx: Tx, scenarioId: string, criteria: Omit<CriterionInsert, 'scenarioId'>[]): Promise<void> {
  const keep = criteria.map((c) => c.criterionId);
  const others = (await listCriteria(tx, scenarioId)).map((c) => c.criterionId).filter((id) => !keep.includes(id));
  if (others.length > 0) {
    await tx.delete(sitingCriteria).where(and(eq(sitingCriteria.scenarioId, scenarioId), inArray(sitingCriteria.criterionId, others)));
  }
  for (const criterion of criteria) {
    const { criterionId, ...rest } = criterion;
    await tx
      .insert(sitingCriteria)
      .values({ scenarioId, criterionId, ...rest })
      .onConflictDoUpdate({ target: [sitingCriteria.scenarioId, sitingCriteria.criterionId], set: rest });
  }
}

/** Sets the weights of existing criteria (unchanged weights leave no audit entry). */
export async function setWeights(tx: Tx, scenarioId: string, weights: Record<string, number>): Promise<void> {
  for (const [criterionId, weight] of Object.entries(weights)) {
    await tx
      .update(sitingCriteria)
      .set({ weight })
      .where(and(eq(sitingCriteria.scenarioId, scenarioId), eq(sitingCriteria.criterionId, criterionId), sql`${sitingCriteria.weight} IS DISTINCT FROM ${weight}`));
  }
}

export async function listCandidateIds(db: Executor, scenarioId: string): Promise<string[]> {
  const rows = await db
    .select({ id: sitingCandidates.locationId })
    .from(sitingCandidates)
    .where(eq(sitingCandidates.scenarioId, scenarioId))
    .orderBy(asc(sitingCandidates.addedAt), asc(sitingCandidates.locationId));
  return rows.map((r) => r.id);
}

export async function insertCandidate(tx: Tx, scenarioId: string, locationId: string, addedBy: string): Promise<boolean> {
  const rows = await tx.insert(sitingCandidates).values({ scenarioId, locationId, addedBy }).onConflictDoNothing().returning({ id: sitingCandidates.locationId });
  return rows.length > 0;
}

export async function deleteCandidate(tx: Tx, scenarioId: string, locationId: string): Promise<boolean> {
  const rows = await tx
    .delete(sitingCandidates)
    .where(and(eq(sitingCandidates.scenarioId, scenarioId), eq(sitingCandidates.locationId, locationId)))
    .returning({ id: sitingCandidates.locationId });
  return rows.length > 0;
}

export type ValueRecord = typeof sitingValues.$inferSelect;

export async function listValues(db: Executor, scenarioId: string): Promise<ValueRecord[]> {
  return db.select().from(sitingValues).where(eq(sitingValues.scenarioId, scenarioId));
}

export async function upsertValue(tx: Tx, row: Omit<ValueRecord, 'enteredAt'>): Promise<void> {
  await tx
    .insert(sitingValues)
    .values(row)
    .onConflictDoUpdate({
      target: [sitingValues.scenarioId, sitingValues.locationId, sitingValues.criterionId],
      set: { value: row.value, source: row.source, note: row.note, enteredBy: row.enteredBy, enteredAt: sql`now()` },
    });
}

export async function deleteValue(tx: Tx, key: { scenarioId: string; locationId: string; criterionId: string }): Promise<boolean> {
  const rows = await tx
    .delete(sitingValues)
    .where(and(eq(sitingValues.scenarioId, key.scenarioId), eq(sitingValues.locationId, key.locationId), eq(sitingValues.criterionId, key.criterionId)))
    .returning({ id: sitingValues.criterionId });
  return rows.length > 0;
}
