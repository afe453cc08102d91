// SPDX-License-Identifier: EUPL-1.2
/** API contract of realisations (status holders housed per municipality). */
import { z } from 'zod';
import { isoDateSchema, periodSchema } from './taakstelling.schema.ts';
import { householdPseudonymPattern } from './parse-realisations.ts';

const optionalText = z.string().trim().min(1).max(200).optional();
const persons = z.number().int('must be a whole number of persons');

export const recordRealisationInputSchema = z.object({
  housedOn: isoDateSchema.describe('Date the household moved into the dwelling'),
  persons: persons.min(1).max(10000),
  adults: persons.min(0).max(10000).optional(),
  minors: persons.min(0).max(10000).optional(),
  household: z
    .string()
    .regex(householdPseudonymPattern, 'must be a household pseudonym such as HH-7K3M-Q9XP (never a name or number)')
    .optional()
    .describe('Pseudonym of the household (households API)'),
  dwellingReference: optionalText.describe('Dwelling or housing-project reference; not a street address'),
  cameFromLocation: optionalText.describe('The reception location the persons came from'),
  sourceReference: optionalText.describe('Your own reference; the same reference twice is recorded once'),
});
export type RecordRealisationInput = z.infer<typeof recordRealisationInputSchema>;

export const realisationSchema = z.object({
  id: z.string(),
  municipalityCode: z.string(),
  housedOn: z.string(),
  period: z.string(),
  persons: z.number().int(),
  adults: z.number().int().nullable(),
  minors: z.number().int().nullable(),
  household: z
    .string()
    .nullable()
    .describe("Pseudonym; only shown to the municipality's own officers"),
  hasHousehold: z.boolean(),
  dwellingReference: z.string().nullable(),
  cameFromLocation: z.string().nullable(),
  sourceReference: z.string(),
  createdAt: z.string(),
});

export const recordRealisationResultSchema = z.object({ created: z.boolean(), realisation: realisationSchema });

export const realisationListQuerySchema = z.object({
  period: periodSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const realisationListSchema = z.object({ total: z.number().int(), items: z.array(realisationSchema) });

export const importQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Check everything and report, but write nothing'),
});
export const importResultSchema = z.object({
  file: z.string(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  inserted: z.number().int(),
  unchanged: z.number().int().describe('Rows whose source reference was imported before with the same values'),
  persons: z.number().int().describe('Persons in the inserted rows'),
  periods: z.array(z.string()),
  municipalities: z.array(z.string()),
});

export const realisationParamsSchema = z.object({ id: z.string().uuid('must be a realisation id') });
