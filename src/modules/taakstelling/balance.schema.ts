// SPDX-License-Identifier: EUPL-1.2
/** API contract of the balances (province dashboard, municipality page, exports). */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema, sourceSchema } from '../regions/region.schema.ts';
import { isoDateSchema, periodSchema } from './taakstelling.schema.ts';

export const periodBalancesParamsSchema = z.object({ period: periodSchema });
export const municipalityParamsSchema = z.object({ code: municipalityCodeSchema });

export const balanceQuerySchema = z.object({
  province: provinceCodeSchema.optional().describe('Only this province (filters; never redistributes)'),
  asOf: isoDateSchema.optional().describe('Date the figures are read on (on-track line, forecast); default today'),
});
export const asOfQuerySchema = balanceQuerySchema.pick({ asOf: true });

export const periodStatusSchema = z
  .enum(['computed', 'partial', 'no_distribution', 'no_national_task', 'no_division'])
  .describe('computed: every municipality has a task and a balance; otherwise `message` says why not');

const howSchema = z
  .object({
    task: z.string(),
    carriedIn: z.string(),
    transfers: z.string(),
    corrected: z.string().describe('e.g. corrected = task 391 + backlog 12 − lead 0 + transfers 0 = 403'),
    realised: z.string(),
    percentage: z.string(),
    onTrack: z.string(),
    forecast: z.string(),
    closing: z.string(),
  })
  .describe('How each number was computed');

const count = z.number().int();
const nullableCount = count.nullable();

export const balanceRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  population: nullableCount.describe('On the population reference date of the period'),
  task: nullableCount.describe('Official where imported, else computed; null when unknown'),
  taskSource: z.enum(['computed', 'official']).nullable(),
  computedTask: nullableCount,
  officialTask: nullableCount,
  officialTaskIncludingBacklog: nullableCount,
  differs: z.boolean().describe('The official figure differs from the computation'),
  carriedIn: nullableCount.describe('Carried in from the previous period: + backlog, − lead'),
  backlog: nullableCount,
  lead: nullableCount,
  transfers: nullableCount.describe('Agreed transfers: + housed for another municipality, − housed by another'),
  corrected: nullableCount.describe('task + backlog − lead ± transfers'),
  realised: count.describe('Persons housed in the period (recorded realisations)'),
  realisations: count.describe('Number of recorded realisations'),
  percentage: z.number().nullable().describe('realised / corrected × 100, one decimal'),
  onTrack: z.number().nullable().describe('Where the municipality should be on asOf: one sixth of the corrected task per month'),
  forecast: nullableCount.describe('Linear extrapolation of realised to the end of the period'),
  closing: nullableCount.describe('corrected − realised, carried into the next period'),
  onTrackStatus: z.enum(['on_track', 'behind']).nullable(),
  how: howSchema.nullable(),
  trend: z.array(z.object({ period: z.string(), percentage: z.number().nullable() })).describe('Up to six periods, oldest first'),
});

export const balanceTotalsSchema = z.object({
  municipalities: count,
  task: nullableCount,
  corrected: nullableCount,
  realised: count,
  closing: nullableCount,
  percentage: z.number().nullable(),
  how: z.string(),
});

const periodHeader = {
  period: z.string(),
  status: periodStatusSchema,
  message: z.string().nullable().describe('Why there is no (complete) distribution or balance'),
  nationalTask: nullableCount,
  nationalBacklogIn: nullableCount,
  divisionYear: count,
  populationReferenceDate: z.string().nullable(),
  populationTotal: nullableCount,
  chainStart: z.string().nullable().describe('First period of the carry-over chain this period belongs to'),
  officialSumMismatch: z.object({ officialSum: count, nationalTask: count }).nullable(),
};

export const periodBalancesSchema = z.object({
  ...periodHeader,
  asOf: z.string(),
  province: z.object({ code: z.string(), name: z.string() }).nullable(),
  method: z.string(),
  rows: z.array(balanceRowSchema),
  totals: balanceTotalsSchema,
  sources: z.array(sourceSchema),
});
export type PeriodBalancesResponse = z.infer<typeof periodBalancesSchema>;

const municipalityRefSchema = z.object({ code: z.string(), name: z.string(), effectiveDate: z.string() });

export const municipalityBalancesSchema = z.object({
  municipality: z.object({
    code: z.string(),
    name: z.string(),
    provinceCode: z.string(),
    provinceName: z.string(),
    activeUntil: z.string().nullable(),
    successor: municipalityRefSchema.nullable(),
    predecessors: z.array(municipalityRefSchema),
  }),
  asOf: z.string(),
  method: z.string(),
  periods: z.array(z.object({ ...periodHeader, row: balanceRowSchema.nullable(), note: z.string().nullable() })),
  sources: z.array(sourceSchema),
});
export type MunicipalityBalancesResponse = z.infer<typeof municipalityBalancesSchema>;
