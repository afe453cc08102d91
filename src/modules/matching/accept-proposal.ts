// SPDX-License-Identifier: EUPL-1.2
/**
 * Accepts a proposal as the plan: stored and audited, and immutable from then on (a database
 * trigger refuses any later change). Only a proposal whose last run reflects its locks and
 * forbidden pairs can be accepted.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { findProposalForUpdate, updateProposal, type ProposalRecord } from './proposal.repository.ts';

export type AcceptProposalOptions = { db: Db; actor: Actor; proposalId: string };

export async function acceptProposal(options: AcceptProposalOptions): Promise<ProposalRecord> {
  const { db, actor, proposalId } = options;
  return inTransaction(db, actor, async (tx) => {
    const proposal = await findProposalForUpdate(tx, proposalId);
    if (!proposal) {
      throw new AppError('NOT_FOUND', 'Not found.');
    }
    if (proposal.status === 'accepted') {
      throw new AppError('CONFLICT', 'This proposal is already accepted as the plan.', { field: 'id' });
    }
    if (proposal.result === null || proposal.stale) {
      throw new AppError('CONFLICT', 'Locks or forbidden pairs changed after the last run: run the proposal again before accepting it.', { field: 'id' });
    }
    return updateProposal(tx, proposalId, { status: 'accepted', acceptedBy: actor, acceptedAt: new Date().toISOString() });
  });
}
