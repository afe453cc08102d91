// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel match-scores import --proposal ID --file FILE --source TEXT [--dry-run]`: a score
 * matrix from an external predictive model for a draft placement proposal, as the API imports it
 * (docs/matching.md, "Imported scores"). A .json file is read as JSON, anything else as CSV. Every
 * refused row is printed as file:line: field: message and nothing is stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { importScoreMatrix } from '../../modules/matching/import-score-matrix.ts';
import type { ScoreMatrixImportResult } from '../../modules/matching/score-matrix.schema.ts';
import { formatIssue, issuesOf } from '../../modules/regions/import/import-issues.ts';
import { AppError, isAppError } from '../../shared/errors.ts';

type ImportOptions = { proposal: string; file: string; source: string; dryRun?: boolean };

function readMatrix(file: string): { content: unknown; format: 'csv' | 'json' } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `Cannot read ${file}: ${(error as Error).message}`, { field: 'file' });
  }
  if (!file.toLowerCase().endsWith('.json')) {
    return { content: text, format: 'csv' };
  }
  try {
    return { content: JSON.parse(text) as unknown, format: 'json' };
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `${file}: not valid JSON: ${(error as Error).message}`, { field: 'file' });
  }
}

async function runImport(options: ImportOptions): Promise<void> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.proposal)) {
    throw new AppError('VALIDATION_FAILED', `--proposal: "${options.proposal}" is not a proposal id`, { field: 'proposal' });
  }
  const { content, format } = readMatrix(options.file);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose: 'regietafel match-scores import' });
  let result: ScoreMatrixImportResult;
  try {
    result = await importScoreMatrix({
      db: database.db,
      actor: 'cli:match-scores-import',
      proposalId: options.proposal.toLowerCase(),
      file: path.relative(process.cwd(), options.file) || options.file,
      content,
      format,
      source: options.source,
      dryRun: options.dryRun ?? false,
    });
  } catch (error) {
    if (isAppError(error, 'IMPORT_INVALID')) {
      for (const issue of issuesOf(error)) {
        process.stderr.write(`${formatIssue(issue)}\n`);
      }
    }
    throw error;
  } finally {
    await database.close();
  }
  const verb = result.dryRun ? 'checked (dry run, nothing written)' : 'imported; run the proposal again to use it';
  console.error(`regietafel match-scores: ${verb}: ${result.pairs} pair(s) of ${result.households} household(s), ${result.forbidden} forbidden, source "${result.source}"`);
}

/** Adds `match-scores import` to the program. */
export function registerMatchScoresCommand(program: Command): void {
  program
    .command('match-scores')
    .description('Scores from an external predictive model for a placement proposal (instead of the formula).')
    .command('import')
    .description('Import a score matrix (CSV: huishouden,gemeentecode,score; or .json) for a draft proposal')
    .requiredOption('--proposal <id>', 'the proposal id')
    .requiredOption('--file <file>', 'CSV or .json file; an empty score (null in JSON) forbids the pair')
    .requiredOption('--source <text>', 'the model: which model, which version, which date')
    .option('--dry-run', 'check everything and report, but write nothing')
    .action((options: ImportOptions) => runImport(options));
}
