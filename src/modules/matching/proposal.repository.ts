// SPDX-License-Identifier: EUPL-1.2
/** SQL for placement proposals and their locks and forbidden pairs. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { matchProposalPairs, matchProposals } from '../../db/schema/index.ts';

export type ProposalRecord = typeof matchProposals.$inferSelect;
export type NewProposal = typeof matchProposals.$inferInsert;
export type ProposalPairRecord = typeof matchProposalPairs.$inferSelect;

export async function insertProposal(tx: Tx, row: NewProposal): Promise<ProposalRecord> {
  const [inserted] = await tx.insert(matchProposals).values(row).returning();
  if (!inserted) {
    throw new Error('the proposal was not inserted');
  }
  return inserted;
}

export async function findProposal(db: Executor, id: string): Promise<ProposalRecord | undefined> {
  const [row] = await db.select().from(matchProposals).where(eq(matchProposals.id, id));
  return row;
}

/** Locks the row for the rest of the transaction, so two runs or an accept cannot interleave. */
export async function findProposalForUpdate(tx: Tx, id: string): Promise<ProposalRecord | undefined> {
  const [row] = await tx.select().from(matchProposals).where(eq(matchProposals.id, id)).for('update');
  return row;
}

export async function updateProposal(tx: Tx, id: string, changes: Partial<NewProposal>): Promise<ProposalRecord> {
  const [row] = await tx.update(matchProposals).set(changes).where(eq(matchProposals.id, id)).returning();
  if (!row) {
    throw new Error('the proposal was not updated');
  }
  return row;
}

export type ProposalWithName = ProposalRecord & { acceptedByName: string | null };

/** The display name of the person behind `accepted_by` (person:<id>), when that person exists. */
const acceptedByName = sql<string | null>`(
  SELECT p.display_name FROM people p
  WHERE "match_proposals"."accepted_by" LIKE 'person:%'
    AND p.id::text = substr("match_proposals"."accepted_by", 8))`;

/** The proposal with the name of who accepted it. */
export async function findProposalWithName(db: Executor, id: string): Promise<ProposalWithName | undefined> {
  const [row] = await db.select({ proposal: matchProposals, acceptedByName }).from(matchProposals).where(eq(matchProposals.id, id));
  return row ? { ...row.proposal, acceptedByName: row.acceptedByName } : undefined;
}

/** Proposals of the given provinces, newest first. */
export async function listProposals(db: Executor, provinces: string[]): Promise<ProposalWithName[]> {
  if (provinces.length === 0) {
    return [];
  }
  const rows = await db
    .select({ proposal: matchProposals, acceptedByName })
    .from(matchProposals)
    .where(inArray(matchProposals.provinceCode, provinces))
    .orderBy(desc(matchProposals.createdAt), asc(matchProposals.id));
  return rows.map((row) => ({ ...row.proposal, acceptedByName: row.acceptedByName }));
}

export async function listPairs(db: Executor, proposalId: string): Promise<ProposalPairRecord[]> {
  return db
    .select()
    .from(matchProposalPairs)
    .where(eq(matchProposalPairs.proposalId, proposalId))
    .orderBy(asc(matchProposalPairs.householdId), asc(matchProposalPairs.municipalityCode));
}

/** Sets a pair; a new lock replaces the household's earlier lock and any pair on the same municipality. */
export async function upsertPair(tx: Tx, pair: ProposalPairRecord): Promise<void> {
  if (pair.kind === 'lock') {
    await tx
      .delete(matchProposalPairs)
      .where(and(eq(matchProposalPairs.proposalId, pair.proposalId), eq(matchProposalPairs.householdId, pair.householdId), eq(matchProposalPairs.kind, 'lock')));
  }
  await tx
    .insert(matchProposalPairs)
    .values(pair)
    .onConflictDoUpdate({
      target: [matchProposalPairs.proposalId, matchProposalPairs.householdId, matchProposalPairs.municipalityCode],
      set: { kind: pair.kind },
    });
}

/** Removes a pair; true when there was one. */
export async function deletePair(tx: Tx, key: Omit<ProposalPairRecord, 'kind'>): Promise<boolean> {
  const removed = await tx
    .delete(matchProposalPairs)
    .where(
      and(
        eq(matchProposalPairs.proposalId, key.proposalId),
        eq(matchProposalPairs.householdId, key.householdId),
        eq(matchProposalPairs.municipalityCode, key.municipalityCode),
      ),
    )
    .returning();
  return removed.length > 0;
}
