// SPDX-License-Identifier: EUPL-1.2
/** Starts a placement proposal for a province and period, and runs it once. */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { parsePeriod } from '../taakstelling/domain/period.ts';
import { insertProposal, type ProposalRecord } from './proposal.repository.ts';
import type { CreateProposalInput } from './proposal.schema.ts';
import { runProposal } from './run-proposal.ts';
import { defaultWeights } from './scores/score-terms.ts';

export type CreateProposalOptions = { db: Db; actor: Actor; input: CreateProposalInput; today?: string };

export async function createProposal(options: CreateProposalOptions): Promise<ProposalRecord> {
  const { db, actor, input } = options;
  parsePeriod(input.period, 'period');
  const created = await inTransaction(db, actor, (tx) =>
    insertProposal(tx, { provinceCode: input.provinceCode, period: input.period, weights: input.weights ?? { ...defaultWeights }, createdBy: actor }),
  );
  return runProposal({ db, actor, proposalId: created.id, today: options.today });
}
