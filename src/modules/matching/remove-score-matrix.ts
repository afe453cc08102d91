// SPDX-License-Identifier: EUPL-1.2
/** Removes a draft proposal's imported score matrix: its next run uses the formula again. */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { findProposalForUpdate, updateProposal } from './proposal.repository.ts';
import { deleteScoreMatrix } from './score-matrix.repository.ts';

export type RemoveScoreMatrixOptions = { db: Db; actor: Actor; proposalId: string };

export async function removeScoreMatrix(options: RemoveScoreMatrixOptions): Promise<void> {
  const { db, actor, proposalId } = options;
  await inTransaction(db, actor, async (tx) => {
    const proposal = await findProposalForUpdate(tx, proposalId);
    if (!proposal || proposal.status === 'accepted') {
      throw new AppError('CONFLICT', 'This proposal is accepted as the plan and cannot change.', { field: 'id' });
    }
    if (!(await deleteScoreMatrix(tx, proposalId))) {
      throw new AppError('NOT_FOUND', 'This proposal has no imported score matrix.', { field: 'id' });
    }
    await updateProposal(tx, proposalId, { stale: true });
  });
}
