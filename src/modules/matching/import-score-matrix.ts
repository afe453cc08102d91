// SPDX-License-Identifier: EUPL-1.2
/**
 * Imports a score matrix from an external predictive model for a draft proposal: parse and check
 * it against the households and municipalities of the proposal's last run, then store it in ONE
 * transaction (audited; the trail records the source, not the scores) and mark the proposal stale:
 * its next run uses these scores instead of the formula.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { refuseOnIssues, type ImportIssue } from '../regions/import/import-issues.ts';
import { parseScoreMatrix } from './parse-score-matrix.ts';
import { findProposalForUpdate, updateProposal } from './proposal.repository.ts';
import type { ScoreMatrixImportResult } from './score-matrix.schema.ts';
import { upsertScoreMatrix } from './score-matrix.repository.ts';
import type { ProposalResult } from './solve-proposal.ts';

export type ImportScoreMatrixOptions = {
  db: Db;
  actor: Actor;
  proposalId: string;
  /** File name for messages (file:line: field: message). */
  file: string;
  /** The CSV text, or the parsed JSON body. */
  content: unknown;
  format: 'csv' | 'json';
  /** The external model: name, version, date. */
  source: string;
  dryRun?: boolean;
};

export async function importScoreMatrix(options: ImportScoreMatrixOptions): Promise<ScoreMatrixImportResult> {
  const { db, actor, proposalId, file, format } = options;
  const source = options.source.trim();
  const dryRun = options.dryRun ?? false;
  return inTransaction(db, actor, async (tx) => {
    const proposal = await findProposalForUpdate(tx, proposalId);
    if (!proposal) {
      throw new AppError('NOT_FOUND', 'Not found.');
    }
    if (proposal.status === 'accepted') {
      throw new AppError('CONFLICT', 'This proposal is accepted as the plan and cannot change.', { field: 'id' });
    }
    const result = proposal.result as ProposalResult | null;
    if (!result) {
      throw new AppError('CONFLICT', 'Run the proposal first: the matrix is checked against its households and municipalities.', { field: 'id' });
    }
    const issues: ImportIssue[] = [];
    if (source.length === 0 || source.length > 300) {
      issues.push({ file, field: 'source', message: 'name the model (which model, which version, which date) in 1 to 300 characters' });
    }
    const context = {
      households: new Map(result.households.map((h) => [h.pseudonym, h.id])),
      municipalities: new Set(result.municipalities.map((m) => m.code)),
    };
    const parsed = parseScoreMatrix({ file, content: options.content, format, context, issues });
    refuseOnIssues(issues);
    const forbidden = Object.values(parsed.scores).reduce((sum, row) => sum + Object.values(row).filter((score) => score === null).length, 0);
    if (!dryRun) {
      await upsertScoreMatrix(tx, { proposalId, source, fileName: file, pairs: parsed.pairs, scores: parsed.scores, importedBy: actor });
      await updateProposal(tx, proposalId, { stale: true });
    }
    return { proposalId, source, file, dryRun, pairs: parsed.pairs, forbidden, households: Object.keys(parsed.scores).length };
  });
}
