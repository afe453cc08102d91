// SPDX-License-Identifier: EUPL-1.2
/** Shapes stored proposals for the API (never the actor ids of who created or accepted them). */
import type { ProposalPairRecord, ProposalRecord } from './proposal.repository.ts';
import type { ProposalView } from './proposal.schema.ts';
import type { ProposalResult } from './solve-proposal.ts';

function common(proposal: ProposalRecord) {
  return {
    id: proposal.id,
    provinceCode: proposal.provinceCode,
    period: proposal.period,
    status: proposal.status,
    weights: proposal.weights,
    runs: proposal.runs,
    stale: proposal.stale,
    createdAt: proposal.createdAt,
    runAt: proposal.runAt,
    acceptedAt: proposal.acceptedAt,
  };
}

export function presentProposal(proposal: ProposalRecord, pairs: ProposalPairRecord[]): ProposalView {
  return {
    ...common(proposal),
    pairs: pairs.map(({ householdId, municipalityCode, kind }) => ({ householdId, municipalityCode, kind })),
    result: (proposal.result as ProposalResult | null) ?? null,
  };
}

export function presentProposalSummary(proposal: ProposalRecord) {
  return { ...common(proposal), objective: proposal.objective, gap: proposal.gap };
}
