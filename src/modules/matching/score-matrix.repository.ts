// SPDX-License-Identifier: EUPL-1.2
/** SQL for a proposal's imported score matrix. */
import { eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { matchScoreMatrices } from '../../db/schema/index.ts';

export type ScoreMatrixRecord = typeof matchScoreMatrices.$inferSelect;
export type ScoreMatrixSummary = Omit<ScoreMatrixRecord, 'scores'> & { importedByName: string | null };

/** The display name of the person behind `imported_by` (person:<id>), when that person exists. */
const importedByName = sql<string | null>`(
  SELECT p.display_name FROM people p
  WHERE "match_score_matrices"."imported_by" LIKE 'person:%'
    AND p.id::text = substr("match_score_matrices"."imported_by", 8))`;

/** Stores the matrix of a proposal, replacing an earlier one. */
export async function upsertScoreMatrix(tx: Tx, row: Omit<ScoreMatrixRecord, 'importedAt'>): Promise<void> {
  await tx
    .insert(matchScoreMatrices)
    .values(row)
    .onConflictDoUpdate({
      target: matchScoreMatrices.proposalId,
      set: { source: row.source, fileName: row.fileName, pairs: row.pairs, scores: row.scores, importedBy: row.importedBy, importedAt: sql`now()` },
    });
}

/** The whole matrix (for a run). */
export async function findScoreMatrix(db: Executor, proposalId: string): Promise<ScoreMatrixRecord | undefined> {
  const [row] = await db.select().from(matchScoreMatrices).where(eq(matchScoreMatrices.proposalId, proposalId));
  return row;
}

/** What the proposal view shows of the matrix: its source and who imported it when, not the scores. */
export async function findScoreMatrixSummary(db: Executor, proposalId: string): Promise<ScoreMatrixSummary | undefined> {
  const [row] = await db
    .select({
      proposalId: matchScoreMatrices.proposalId,
      source: matchScoreMatrices.source,
      fileName: matchScoreMatrices.fileName,
      pairs: matchScoreMatrices.pairs,
      importedBy: matchScoreMatrices.importedBy,
      importedAt: matchScoreMatrices.importedAt,
      importedByName,
    })
    .from(matchScoreMatrices)
    .where(eq(matchScoreMatrices.proposalId, proposalId));
  return row;
}

/** Removes the matrix (back to the formula); true when there was one. */
export async function deleteScoreMatrix(tx: Tx, proposalId: string): Promise<boolean> {
  const removed = await tx.delete(matchScoreMatrices).where(eq(matchScoreMatrices.proposalId, proposalId)).returning({ id: matchScoreMatrices.proposalId });
  return removed.length > 0;
}
