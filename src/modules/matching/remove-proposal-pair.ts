// SPDX-License-Identifier: EUPL-1.2
/** Removes a lock or forbidden pair from a draft proposal. */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { deletePair, findProposalForUpdate, updateProposal, type ProposalRecord } from './proposal.repository.ts';

export type RemoveProposalPairOptions = { db: Db; actor: Actor; proposalId: string; householdId: string; municipalityCode: string };

export async function removeProposalPair(options: RemoveProposalPairOptions): Promise<ProposalRecord> {
  const { db, actor, proposalId, householdId, municipalityCode } = options;
  return inTransaction(db, actor, async (tx) => {
    const proposal = await findProposalForUpdate(tx, proposalId);
    if (!proposal || proposal.status === 'accepted') {
      throw new AppError('CONFLICT', 'This proposal is accepted as the plan and cannot change.', { field: 'id' });
    }
    if (!(await deletePair(tx, { proposalId, householdId, municipalityCode }))) {
      throw new AppError('NOT_FOUND', 'This proposal has no lock or forbidden pair for this household and municipality.');
    }
    return updateProposal(tx, proposalId, { stale: true });
  });
}
