// SPDX-License-Identifier: EUPL-1.2
/** API contract of imported score matrices (docs/matching.md, "Imported scores"). */
import { z } from 'zod';

export const scoreMatrixImportQuerySchema = z.object({
  source: z.string().trim().min(1, 'name the model: which model, which version, which date').max(300).describe('The external predictive model: name, version, date'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Check everything and report, but write nothing'),
});

export const scoreMatrixImportResultSchema = z.object({
  proposalId: z.string(),
  source: z.string(),
  file: z.string(),
  dryRun: z.boolean(),
  pairs: z.number().int().describe('Pairs in the file'),
  forbidden: z.number().int().describe('Pairs left empty (forbidden)'),
  households: z.number().int(),
});
export type ScoreMatrixImportResult = z.infer<typeof scoreMatrixImportResultSchema>;
