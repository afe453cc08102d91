// SPDX-License-Identifier: EUPL-1.2
/** Locks a household to a municipality, or forbids the pair, in a draft proposal (run it again after). */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { findProposalForUpdate, updateProposal, upsertPair, type ProposalRecord } from './proposal.repository.ts';
import type { ProposalPairInput } from './proposal.schema.ts';
import type { ProposalResult } from './solve-proposal.ts';

export type SetProposalPairOptions = { db: Db; actor: Actor; proposal: ProposalRecord; pair: ProposalPairInput };

/** The household and municipality must be in the proposal's last run. */
export function checkPairInProposal(proposal: ProposalRecord, pair: Pick<ProposalPairInput, 'householdId' | 'municipalityCode'>): void {
  const result = proposal.result as ProposalResult | null;
  if (!result?.households.some((h) => h.id === pair.householdId)) {
    throw new AppError('VALIDATION_FAILED', 'This household is not in the proposal (run it first, or it is no longer to be placed).', { field: 'householdId' });
  }
  if (!result.municipalities.some((m) => m.code === pair.municipalityCode)) {
    throw new AppError('VALIDATION_FAILED', `${pair.municipalityCode} is not a municipality of ${proposal.provinceCode} in ${proposal.period}.`, {
      field: 'municipalityCode',
    });
  }
}

export async function setProposalPair(options: SetProposalPairOptions): Promise<ProposalRecord> {
  const { db, actor, pair } = options;
  return inTransaction(db, actor, async (tx) => {
    const proposal = await findProposalForUpdate(tx, options.proposal.id);
    if (!proposal || proposal.status === 'accepted') {
      throw new AppError('CONFLICT', 'This proposal is accepted as the plan and cannot change.', { field: 'id' });
    }
    checkPairInProposal(proposal, pair);
    await upsertPair(tx, { proposalId: proposal.id, ...pair });
    return updateProposal(tx, proposal.id, { stale: true });
  });
}
