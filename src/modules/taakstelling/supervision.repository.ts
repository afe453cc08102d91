// SPDX-License-Identifier: EUPL-1.2
/** SQL for supervision (the intervention ladder): transitions and per-province thresholds. */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { supervisionThresholds, supervisionTransitions } from '../../db/schema/index.ts';

export type TransitionRecord = typeof supervisionTransitions.$inferSelect;
export type NewTransition = typeof supervisionTransitions.$inferInsert;
export type TransitionWithName = TransitionRecord & { decidedByName: string | null };
export type ThresholdsRecord = typeof supervisionThresholds.$inferSelect;

/** The display name of the person behind `decided_by` (person:<id>), when that person exists. */
const decidedByName = sql<string | null>`(
  SELECT p.display_name FROM people p
  WHERE "supervision_transitions"."decided_by" LIKE 'person:%'
    AND p.id::text = substr("supervision_transitions"."decided_by", 8))`;

/** Every transition of one municipality, newest first. */
export async function transitionsOf(db: Executor, code: string): Promise<TransitionWithName[]> {
  return db
    .select({ transition: supervisionTransitions, decidedByName })
    .from(supervisionTransitions)
    .where(eq(supervisionTransitions.municipalityCode, code))
    .orderBy(desc(supervisionTransitions.decidedAt))
    .then((rows) => rows.map((r) => ({ ...r.transition, decidedByName: r.decidedByName })));
}

/** The latest transition of each of `codes` (municipalities without one are absent). */
export async function latestTransitions(db: Executor, codes: string[]): Promise<Map<string, TransitionWithName>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectDistinctOn([supervisionTransitions.municipalityCode], { transition: supervisionTransitions, decidedByName })
    .from(supervisionTransitions)
    .where(inArray(supervisionTransitions.municipalityCode, codes))
    .orderBy(supervisionTransitions.municipalityCode, desc(supervisionTransitions.decidedAt));
  return new Map(rows.map((r) => [r.transition.municipalityCode, { ...r.transition, decidedByName: r.decidedByName }]));
}

/** Serialises decisions about one municipality (two coordinators at once: one waits). */
export async function lockMunicipalitySupervision(tx: Tx, code: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`supervision:${code}`}))`);
}

export async function insertTransition(tx: Tx, row: NewTransition): Promise<TransitionRecord> {
  const [inserted] = await tx.insert(supervisionTransitions).values(row).returning();
  if (!inserted) {
    throw new Error('the transition was not inserted');
  }
  return inserted;
}

export async function findThresholds(db: Executor, provinceCode: string): Promise<ThresholdsRecord | undefined> {
  const [row] = await db.select().from(supervisionThresholds).where(eq(supervisionThresholds.provinceCode, provinceCode));
  return row;
}

export async function upsertThresholds(tx: Tx, row: Omit<ThresholdsRecord, 'updatedAt'>): Promise<ThresholdsRecord> {
  const [saved] = await tx
    .insert(supervisionThresholds)
    .values(row)
    .onConflictDoUpdate({
      target: supervisionThresholds.provinceCode,
      set: {
        signalShortfall: row.signalShortfall,
        talkBacklogShare: row.talkBacklogShare,
        warningPeriods: row.warningPeriods,
        updatedBy: row.updatedBy,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  if (!saved) {
    throw new Error('the thresholds were not saved');
  }
  return saved;
}
