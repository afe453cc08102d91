// SPDX-License-Identifier: EUPL-1.2
/** API contract of the supervision (interbestuurlijk toezicht): the intervention ladder. */
import { z } from 'zod';
import { provinceCodeSchema } from '../regions/region.schema.ts';
import { ladderSteps } from './domain/ladder.ts';
import { isoDateSchema } from './taakstelling.schema.ts';

export const ladderStepSchema = z
  .enum(ladderSteps)
  .describe(
    'op_koers → signaal → bestuurlijk_gesprek → schriftelijke_waarschuwing → besluit_indeplaatsstelling → uitvoering_indeplaatsstelling',
  );

export const thresholdsSchema = z.object({
  signalShortfall: z.number().min(0).max(1).describe('Behind the on-track line by more than this share of the corrected task → signal'),
  talkBacklogShare: z.number().min(0).max(10).describe("A backlog above this share of the period's task → administrative talk"),
  warningPeriods: z.number().int().min(1).max(20).describe('Periods in a row closed with a backlog → written warning'),
});

export const proposalSchema = z.object({
  step: ladderStepSchema,
  reasons: z.array(z.string()),
  figuresPeriod: z.string().nullable().describe('The period whose figures the proposal reads'),
});

export const transitionSchema = z.object({
  id: z.string(),
  fromStep: ladderStepSchema,
  toStep: ladderStepSchema,
  decidedAt: z.string(),
  decidedBy: z.string().describe('person:<id> or token:<id>'),
  decidedByName: z.string().nullable(),
  rationale: z.string(),
  nextDeadline: z.string().nullable(),
  proposal: proposalSchema.nullable().describe('What the system proposed when this was decided'),
});

export const supervisionQuerySchema = z.object({
  province: provinceCodeSchema,
  asOf: isoDateSchema.optional(),
});

export const supervisionItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  step: ladderStepSchema,
  since: z.string().nullable().describe('When the current step was decided; null: on track from the start'),
  decidedByName: z.string().nullable(),
  nextDeadline: z.string().nullable(),
  overdue: z.boolean().describe('The next deadline has passed on asOf'),
  proposal: proposalSchema,
  proposalDiffers: z.boolean().describe('The proposal is another step than the current one'),
});

export const supervisionOverviewSchema = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  asOf: z.string(),
  divisionYear: z.number().int(),
  thresholds: thresholdsSchema,
  customThresholds: z.boolean().describe('False: the defaults apply'),
  items: z.array(supervisionItemSchema),
});

export const municipalitySupervisionSchema = z.object({
  municipality: z.object({ code: z.string(), name: z.string(), provinceCode: z.string() }),
  asOf: z.string(),
  step: ladderStepSchema,
  thresholds: thresholdsSchema,
  proposal: proposalSchema,
  history: z.array(transitionSchema).describe('Newest first'),
});

export const decideStepInputSchema = z.object({
  step: ladderStepSchema,
  rationale: z.string().trim().min(10, 'give the reasons in at least 10 characters').max(4000),
  nextDeadline: isoDateSchema.optional(),
  expectedCurrentStep: ladderStepSchema.optional().describe('The step you saw; 409 when it changed meanwhile'),
});

export const provinceParamsSchema = z.object({ code: provinceCodeSchema });
