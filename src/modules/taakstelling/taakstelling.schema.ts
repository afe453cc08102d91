// SPDX-License-Identifier: EUPL-1.2
/** API contract of the taakstelling module (shared with the web app). */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema, sourceSchema } from '../regions/region.schema.ts';
import { isCalendarDate } from './domain/period.ts';

export const periodSchema = z.string().regex(/^\d{4}-(I|II)$/, 'must be a half-year period such as 2024-I');

/** An ISO date (YYYY-MM-DD) that exists in the calendar, in 2000-2100. */
export const isoDateSchema = z
  .string()
  .regex(/^(20\d{2}|2100)-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (2000-2100)')
  .refine(isCalendarDate, 'is not a date in the calendar');

export const nationalTaskSchema = z.object({
  period: z.string(),
  task: z.number().int().describe('Persons to house nationally in this half year'),
  backlogIn: z.number().int().nullable().describe('National backlog carried in, when the source states it'),
  status: z.string().describe('vastgesteld, bijgesteld or prognose, as published'),
  quotation: z.string().nullable().describe('The sentence the figure was taken from'),
  populationReferenceDate: z
    .string()
    .nullable()
    .describe('Population reference date set for this period; null: the latest CBS 1 January figure on or before its first day'),
  entered: z.boolean().describe('Entered by a province coordinator (true) or shipped as published (false)'),
  source: sourceSchema,
});
export type NationalTaskResponse = z.infer<typeof nationalTaskSchema>;
export const nationalTaskListSchema = z.object({ items: z.array(nationalTaskSchema) });

export const distributionParamsSchema = z.object({ period: periodSchema });
export const distributionQuerySchema = z.object({ province: provinceCodeSchema.optional() });

export const distributionRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  population: z.number().int().nullable(),
  task: z
    .number()
    .int()
    .nullable()
    .describe('The task that counts: official where imported, else computed; null when neither exists'),
  computedTask: z.number().int().nullable(),
  quota: z.number().nullable().describe('national task × population / total population'),
  formula: z.string().nullable().describe('e.g. 18,750 × 374,238 / 17,942,942 = 391.07 → 391'),
  officialTask: z.number().int().nullable(),
  officialTaskIncludingBacklog: z.number().int().nullable().describe('From the official table, when it states it'),
  differs: z.boolean().describe('An official figure exists and differs from the computation'),
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

/** Where a figure entered by a person was published. */
const publishedSourceSchema = z.object({
  publisher: z.string().trim().min(1).max(200).describe('e.g. Rijksoverheid'),
  title: z.string().trim().min(1).max(300),
  url: z.string().url().max(1000).nullable().default(null),
  referenceDate: isoDateSchema.nullable().default(null).describe('Publication date'),
  note: z.string().trim().max(2000).nullable().default(null),
});

export const nationalTaskParamsSchema = z.object({ period: periodSchema });

export const nationalTaskInputSchema = z.object({
  task: z.number().int().min(0).max(1_000_000).describe('Persons to house nationally in this half year'),
  backlogIn: z.number().int().min(0).max(1_000_000).nullable().default(null).describe('National backlog carried in, when the source states it'),
  status: z.enum(['vastgesteld', 'bijgesteld', 'prognose']),
  quotation: z.string().trim().max(2000).nullable().default(null).describe('The sentence the figure was taken from'),
  source: publishedSourceSchema.describe('Where the figure was published: a figure without a source is not accepted'),
});

export const populationReferenceDateInputSchema = z.object({
  populationReferenceDate: isoDateSchema
    .nullable()
    .describe('A date with CBS population figures loaded; null restores the default (latest 1 January on or before the first day)'),
});

export const officialTasksInputSchema = z.object({
  source: publishedSourceSchema,
  rows: z
    .array(
      z.object({
        code: municipalityCodeSchema,
        task: z.number().int().min(0).max(1_000_000),
        taskIncludingBacklog: z.number().int().min(0).max(1_000_000).nullable().default(null),
      }),
    )
    .min(1)
    .max(1000),
  dryRun: z.boolean().default(false),
});

export const officialTasksResultSchema = z.object({
  period: z.string(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  officialSum: z.number().int(),
  nationalTask: z.number().int(),
  sumMismatch: z.boolean().describe('The official sum differs from the national task: shown, not fixed'),
  sourceId: z.string(),
});
