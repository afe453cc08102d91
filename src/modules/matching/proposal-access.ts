// SPDX-License-Identifier: EUPL-1.2
/** The one access check of every route on one proposal (proposal.policy.ts). */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { authorizeOrHide } from '../../shared/policy.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { proposalPolicy } from './proposal.policy.ts';
import { findProposal, type ProposalRecord } from './proposal.repository.ts';

/** The proposal, when the caller may use it; 404 otherwise (as if it did not exist). */
export async function usableProposal(db: Executor, principal: Authenticated, id: string): Promise<ProposalRecord> {
  const proposal = await findProposal(db, id);
  if (!proposal) {
    throw new AppError('NOT_FOUND', 'Not found.');
  }
  authorizeOrHide(principal, proposalPolicy.canUse(principal, proposal.provinceCode));
  return proposal;
}
