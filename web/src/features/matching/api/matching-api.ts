// SPDX-License-Identifier: EUPL-1.2
/**
 * The placement-proposal API as the web app uses it: list, start, run, lock or forbid pairs,
 * import a score matrix and accept. Types come from the server's zod contract (type-only imports).
 */
import type { z } from 'zod';
import type { proposalListSchema, ProposalView, ProposalPairInput } from '../../../../../src/modules/matching/proposal.schema.ts';
import type { ScoreMatrixImportResult } from '../../../../../src/modules/matching/score-matrix.schema.ts';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export type { ProposalView, ProposalPairInput, ScoreMatrixImportResult };
export type ProposalList = z.infer<typeof proposalListSchema>;
export type ProposalResult = NonNullable<ProposalView['result']>;
export type ProposalMunicipality = ProposalResult['municipalities'][number];
export type ProposalHousehold = ProposalResult['households'][number];

const base = '/matching/proposals';
const enc = encodeURIComponent;

/** The proposals of a province, newest first. */
export function fetchProposals(province: string, signal?: AbortSignal): Promise<ProposalList> {
  return apiRequest<ProposalList>(`${base}${queryString({ province })}`, { signal });
}

/** One proposal with its last result. */
export function fetchProposal(id: string, signal?: AbortSignal): Promise<ProposalView> {
  return apiRequest<ProposalView>(`${base}/${enc(id)}`, { signal });
}

/** Starts (and runs) a proposal for a province and period. */
export function createProposal(provinceCode: string, period: string): Promise<ProposalView> {
  return apiRequest<ProposalView>(base, { method: 'POST', body: { provinceCode, period } });
}

/** Runs a draft proposal again. */
export function runProposal(id: string): Promise<ProposalView> {
  return apiRequest<ProposalView>(`${base}/${enc(id)}/run`, { method: 'POST' });
}

/** Locks a household to a municipality, or forbids the pair. */
export function setPair(id: string, pair: ProposalPairInput): Promise<ProposalView> {
  return apiRequest<ProposalView>(`${base}/${enc(id)}/pairs`, { method: 'PUT', body: pair });
}

/** Removes a lock or forbidden pair. */
export function removePair(id: string, householdId: string, municipalityCode: string): Promise<ProposalView> {
  return apiRequest<ProposalView>(`${base}/${enc(id)}/pairs/${enc(householdId)}/${enc(municipalityCode)}`, { method: 'DELETE' });
}

/** Accepts the proposal as the plan. */
export function acceptProposal(id: string): Promise<ProposalView> {
  return apiRequest<ProposalView>(`${base}/${enc(id)}/accept`, { method: 'POST' });
}

/** Imports a score matrix file (CSV or JSON) from an external model. */
export function importScoreMatrix(id: string, file: { name: string; content: string }, source: string, dryRun: boolean): Promise<ScoreMatrixImportResult> {
  const json = file.name.toLowerCase().endsWith('.json');
  return apiRequest<ScoreMatrixImportResult>(`${base}/${enc(id)}/scores${queryString({ source, dryRun: String(dryRun) })}`, {
    method: 'PUT',
    text: { contentType: json ? 'application/json' : 'text/csv', content: file.content },
  });
}

/** Removes the imported score matrix (back to the formula). */
export function removeScoreMatrix(id: string): Promise<void> {
  return apiRequest<void>(`${base}/${enc(id)}/scores`, { method: 'DELETE' });
}
