// SPDX-License-Identifier: EUPL-1.2
/** Runs (or reruns) a draft proposal on today's data (and its imported score matrix, if any) and stores its result. */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { loadProposalInputs } from './load-proposal-inputs.ts';
import { findProposalForUpdate, listPairs, updateProposal, type ProposalRecord } from './proposal.repository.ts';
import { findScoreMatrix } from './score-matrix.repository.ts';
import { solveProposal } from './solve-proposal.ts';

export type RunProposalOptions = { db: Db; actor: Actor; proposalId: string; today?: string };

export async function runProposal(options: RunProposalOptions): Promise<ProposalRecord> {
  const { db, proposalId } = options;
  return inTransaction(db, options.actor, async (tx) => {
    const proposal = await findProposalForUpdate(tx, proposalId);
    if (!proposal) {
      throw new AppError('NOT_FOUND', 'Not found.');
    }
    if (proposal.status === 'accepted') {
      throw new AppError('CONFLICT', 'This proposal is accepted as the plan and cannot run again; start a new proposal.', { field: 'id' });
    }
    const inputs = await loadProposalInputs({ db: tx, provinceCode: proposal.provinceCode, period: proposal.period, today: options.today });
    const pairs = await listPairs(tx, proposalId);
    const matrix = await findScoreMatrix(tx, proposalId);
    const imported = matrix ? { source: matrix.source, importedAt: matrix.importedAt, scores: matrix.scores } : null;
    const present = new Set(inputs.households.map((h) => h.id));
    // Pairs of households that are no longer to be placed (housed, closed) are left out of the run.
    let result;
    try {
      result = solveProposal({ ...inputs, pairs: pairs.filter((pair) => present.has(pair.householdId)), weights: proposal.weights, imported });
    } catch (error) {
      if (error instanceof RangeError) {
        throw new AppError('VALIDATION_FAILED', `The proposal's inputs are not valid: ${error.message}`, { field: 'id' });
      }
      throw error;
    }
    return updateProposal(tx, proposalId, {
      result,
      objective: result.objective,
      bound: result.bound,
      gap: result.gap,
      runs: proposal.runs + 1,
      stale: false,
      runAt: new Date().toISOString(),
    });
  });
}
