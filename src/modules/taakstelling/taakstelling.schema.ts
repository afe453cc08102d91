// SPDX-License-Identifier: EUPL-1.2
/** API contract of the taakstelling module (shared with the web app). */
import { z } from 'zod';
import { provinceCodeSchema, sourceSchema } from '../regions/region.schema.ts';

export const periodSchema = z.string().regex(/^\d{4}-(I|II)$/, 'must be a half-year period such as 2024-I');

export const nationalTaskSchema = z.object({
  period: z.string(),
  task: z.number().int().describe('Persons to house nationally in this half year'),
  backlogIn: z.number().int().nullable().describe('National backlog carried in, when the source states it'),
  status: z.string().describe('vastgesteld, bijgesteld or prognose, as published'),
  quotation: z.string().nullable().describe('The sentence the figure was taken from'),
  source: sourceSchema,
});
export const nationalTaskListSchema = z.object({ items: z.array(nationalTaskSchema) });

export const distributionParamsSchema = z.object({ period: periodSchema });
export const distributionQuerySchema = z.object({ province: provinceCodeSchema.optional() });

export const distributionRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  population: z.number().int().nullable(),
  task: z.number().int().describe('The task that counts: official where imported, else computed'),
  computedTask: z.number().int().nullable(),
  quota: z.number().nullable().describe('national task × population / total population'),
  formula: z.string().nullable().describe('e.g. 18,750 × 374,238 / 17,942,942 = 391.07 → 391'),
  officialTask: z.number().int().nullable(),
  differs: z.boolean(),
});

export const distributionSchema = z.object({
  period: z.string(),
  nationalTask: z.number().int(),
  nationalBacklogIn: z.number().int().nullable(),
  divisionYear: z.number().int(),
  populationReferenceDate: z.string().nullable(),
  populationTotal: z.number().int().nullable(),
  method: z.string(),
  rows: z.array(distributionRowSchema),
  officialSumMismatch: z.object({ officialSum: z.number().int(), nationalTask: z.number().int() }).nullable(),
  sources: z.array(sourceSchema),
});
export type DistributionResponse = z.infer<typeof distributionSchema>;
