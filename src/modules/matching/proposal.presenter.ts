// SPDX-License-Identifier: EUPL-1.2
/**
 * Shapes stored proposals for the API: never the actor ids of who created or accepted them, only
 * the display name of who accepted. Results stored before capacities, score sources and
 * alternatives were recorded get the values those runs used (remaining task, the formula, none).
 */
import type { ProposalPairRecord, ProposalWithName } from './proposal.repository.ts';
import type { ProposalView } from './proposal.schema.ts';
import type { ScoreMatrixSummary } from './score-matrix.repository.ts';
import type { ProposalResult } from './solve-proposal.ts';

function common(proposal: ProposalWithName) {
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
    acceptedByName: proposal.acceptedByName,
  };
}

type StoredResult = Omit<ProposalResult, 'scoreSource' | 'municipalities' | 'households'> & {
  scoreSource?: ProposalResult['scoreSource'];
  municipalities: (Omit<ProposalResult['municipalities'][number], 'capacityBasis'> & Partial<Pick<ProposalResult['municipalities'][number], 'capacityBasis'>>)[];
  households: (Omit<ProposalResult['households'][number], 'alternatives'> & Partial<Pick<ProposalResult['households'][number], 'alternatives'>>)[];
};

/** The stored result with the fields older runs did not record filled in. */
export function presentResult(stored: unknown): ProposalResult | null {
  if (stored === null || stored === undefined) {
    return null;
  }
  const result = stored as StoredResult;
  return {
    ...result,
    scoreSource: result.scoreSource ?? { kind: 'formula', source: null, importedAt: null },
    municipalities: result.municipalities.map((m) => ({
      ...m,
      capacityBasis: m.capacityBasis ?? { remainingTask: m.capacity, homesPersons: null, limit: 'task', how: `remaining task = ${m.capacity}` },
    })),
    households: result.households.map((h) => ({ ...h, alternatives: h.alternatives ?? [] })),
  };
}

export function presentProposal(proposal: ProposalWithName, pairs: ProposalPairRecord[], matrix: ScoreMatrixSummary | undefined): ProposalView {
  return {
    ...common(proposal),
    scoreMatrix: matrix
      ? { source: matrix.source, file: matrix.fileName, pairs: matrix.pairs, importedAt: matrix.importedAt, importedByName: matrix.importedByName }
      : null,
    pairs: pairs.map(({ householdId, municipalityCode, kind }) => ({ householdId, municipalityCode, kind })),
    result: presentResult(proposal.result),
  };
}

export function presentProposalSummary(proposal: ProposalWithName) {
  return { ...common(proposal), objective: proposal.objective, gap: proposal.gap };
}
