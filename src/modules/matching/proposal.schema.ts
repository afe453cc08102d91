// SPDX-License-Identifier: EUPL-1.2
/** API contract of placement proposals (docs/matching.md, "Proposals"). */
import { z } from 'zod';
import { periodSchema } from '../taakstelling/taakstelling.schema.ts';
import { scoreTerms } from './scores/score-terms.ts';

const weight = z.number().min(0).max(100);

export const weightsSchema = z
  .object({ labour: weight, ties: weight, care: weight, dwelling: weight })
  .refine((w) => w.labour + w.ties + w.care + w.dwelling > 0, { message: 'at least one weight must be above 0', path: ['labour'] })
  .describe('Weights of the score terms; scaled to sum to 1');

export const createProposalInputSchema = z.object({
  provinceCode: z.string().regex(/^PV\d{2}$/, 'must be a province code such as PV26'),
  period: periodSchema,
  weights: weightsSchema.optional(),
});
export type CreateProposalInput = z.infer<typeof createProposalInputSchema>;

export const proposalPairInputSchema = z.object({
  householdId: z.string().uuid('must be a household id'),
  municipalityCode: z.string().regex(/^GM\d{4}$/, 'must be a municipality code such as GM0344'),
  kind: z.enum(['lock', 'forbid']).describe('lock: place the household here; forbid: never here'),
});
export type ProposalPairInput = z.infer<typeof proposalPairInputSchema>;

export const proposalParamsSchema = z.object({ id: z.string().uuid('must be a proposal id') });
export const proposalPairParamsSchema = proposalParamsSchema.extend({
  householdId: z.string().uuid('must be a household id'),
  municipalityCode: z.string().regex(/^GM\d{4}$/, 'must be a municipality code such as GM0344'),
});
export const proposalListQuerySchema = z.object({ province: z.string().regex(/^PV\d{2}$/).optional() });

const termSchema = z.object({
  term: z.enum(scoreTerms),
  weight: z.number(),
  value: z.number(),
  contribution: z.number(),
  reason: z.string().describe('Why the term has its value (a code the UI words)'),
  neutral: z.boolean().describe('No data: 0.5 for every municipality'),
  source: z.string(),
  example: z.boolean().describe('Rests on invented example data ("voorbeeld")'),
});

const resultSchema = z.object({
  objective: z.number().describe('Sum of the scores of the placed pairs'),
  bound: z.number().describe('Upper bound on any plan, from the prices'),
  gap: z.number().describe('(bound − objective) / bound'),
  solveMs: z.number(),
  totalPersons: z.number().int(),
  placedPersons: z.number().int(),
  placedHouseholds: z.number().int(),
  totalShortfall: z.number().int().describe('Persons beyond the total capacity'),
  usesExampleData: z.boolean(),
  scoreSource: z
    .object({
      kind: z.enum(['formula', 'imported']).describe('formula: the documented formula (scores/); imported: a score matrix from an external model'),
      source: z.string().nullable().describe('The external model as its importer named it'),
      importedAt: z.string().nullable(),
    })
    .describe('Where the scores of this run come from'),
  municipalities: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      task: z.number().nullable().describe('Corrected task of the period (taakstelling balances)'),
      capacity: z.number().int().describe('Places in persons: min(remaining task, available homes in persons) where homes are entered'),
      capacityBasis: z.object({
        remainingTask: z.number().int().describe('Corrected task − realised, rounded, at least 0'),
        homesPersons: z.number().int().nullable().describe('2 × homes for 1-2 + 4 × homes for 3-4 + L × homes for 5+; null = not entered'),
        limit: z.enum(['task', 'homes']).describe('Which of the two gives the capacity'),
        how: z.string().describe('The computation with its numbers'),
      }),
      placedPersons: z.number().int(),
      placedHouseholds: z.number().int(),
      price: z.number().describe('Price per person (≥ 0) of the bound'),
      shortfall: z.number().int().describe('Persons lacking for households that can only go here'),
    }),
  ),
  households: z.array(
    z.object({
      id: z.string(),
      pseudonym: z.string(),
      size: z.number().int(),
      iscoMajorGroup: z.number().int().nullable(),
      tieMunicipalityCode: z.string().nullable(),
      careNeed: z.boolean(),
      municipality: z.string().nullable(),
      score: z.number().nullable(),
      reason: z.string().nullable(),
      locked: z.string().nullable(),
      forbidden: z.array(z.string()),
      terms: z.array(termSchema),
      alternatives: z.array(z.object({ municipality: z.string(), score: z.number() })).describe('Best other allowed municipalities (at most 3)'),
    }),
  ),
});

export const proposalSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  period: z.string(),
  status: z.enum(['draft', 'accepted']),
  weights: z.object({ labour: z.number(), ties: z.number(), care: z.number(), dwelling: z.number() }),
  runs: z.number().int(),
  stale: z.boolean().describe('Locks or forbidden pairs changed after the last run'),
  createdAt: z.string(),
  runAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  acceptedByName: z.string().nullable().describe('Display name of the coordinator who accepted it'),
  scoreMatrix: z
    .object({ source: z.string(), file: z.string(), pairs: z.number().int(), importedAt: z.string(), importedByName: z.string().nullable() })
    .nullable()
    .describe('The imported score matrix the next runs use instead of the formula; null = the formula'),
  pairs: z.array(z.object({ householdId: z.string(), municipalityCode: z.string(), kind: z.enum(['lock', 'forbid']) })),
  result: resultSchema.nullable(),
});
export type ProposalView = z.infer<typeof proposalSchema>;

export const proposalSummarySchema = proposalSchema.omit({ result: true, pairs: true, scoreMatrix: true }).extend({
  objective: z.number().nullable(),
  gap: z.number().nullable(),
});
export const proposalListSchema = z.object({ items: z.array(proposalSummarySchema) });

export const matchProfileInputSchema = z.object({
  iscoMajorGroup: z.number().int().min(0).max(9).nullable().describe('ISCO-08 major group (0-9) of the work experience; null = unknown'),
  tieMunicipalityCode: z.string().regex(/^GM\d{4}$/, 'must be a municipality code such as GM0344').nullable().describe('Where family lives; null = none'),
  careNeed: z.boolean().describe('Needs care nearby'),
});
export const matchProfileSchema = matchProfileInputSchema.extend({ householdId: z.string() });

const homes = z.number().int().min(0).max(100_000).nullable();
export const municipalityInputSchema = z.object({
  careAvailable: z.boolean().nullable().describe('Specialised care available; null = not entered (neutral)'),
  homesSmall: homes.describe('Available homes for 1-2 persons'),
  homesMedium: homes.describe('Available homes for 3-4 persons'),
  homesLarge: homes.describe('Available homes for 5 or more persons'),
});
export const municipalityInputViewSchema = municipalityInputSchema.extend({ municipalityCode: z.string(), updatedAt: z.string() });
export const householdIdParamsSchema = z.object({ id: z.string().uuid('must be a household id') });
export const municipalityCodeParamsSchema = z.object({ code: z.string().regex(/^GM\d{4}$/, 'must be a municipality code such as GM0344') });
