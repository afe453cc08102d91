// SPDX-License-Identifier: EUPL-1.2
/** The right-of-access export (AVG art. 15): every row about one household, table by table. */
import { z } from 'zod';

export const householdExportSchema = z.object({
  generatedAt: z.string(),
  householdId: z.string(),
  pseudonym: z.string(),
  explanation: z.string().describe('What each part is, in plain Dutch'),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).describe('Rows per table, columns as stored'),
});
export type HouseholdExport = z.infer<typeof householdExportSchema>;
